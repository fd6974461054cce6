export * from './model.js';
export * from './gazetteer/index.js';
export * from './graph/migrations.js';
export * from './graph/stored.js';
export * from './taxonomy/index.js';
export * from './concepts/index.js';
