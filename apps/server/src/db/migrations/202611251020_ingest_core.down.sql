DROP TABLE IF EXISTS activity_stage;
DROP TABLE IF EXISTS account_link;
DROP TABLE IF EXISTS activity;
DROP TABLE IF EXISTS social_account;
DROP TABLE IF EXISTS candidate;
DROP TABLE IF EXISTS import_run;
