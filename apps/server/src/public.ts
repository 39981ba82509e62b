// The server's public entry for the CLI and other tools.
export { openRuntime, type Runtime } from './runtime.ts';
export { runWorker } from './worker.ts';
export { ConfigError } from './config/config.ts';
export { DataDirBusyError } from './db/data-dir-lock.ts';
