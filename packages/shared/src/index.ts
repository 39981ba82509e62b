export * from './access.ts';
export * from './region.ts';
export * from './rulebook.ts';
export * from './detect.ts';
export * from './cases.ts';
export * from './election-pack.ts';
export * from './ingest.ts';
export * from './rulebook-data.ts';
