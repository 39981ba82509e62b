// `npm start`: installs what is missing, builds the web app, and runs Netra on the embedded database
// (PGlite in DATA_DIR, default ./data) with demo data — or on PostgreSQL when DATABASE_URL is set.
import { ensureDependencies, ensureWebBuild, run } from './bootstrap.mjs';

ensureDependencies();
ensureWebBuild();
process.exit(run(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts']));
