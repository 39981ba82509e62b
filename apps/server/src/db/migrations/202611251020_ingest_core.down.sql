DROP TABLE IF EXISTS activity_stage;
