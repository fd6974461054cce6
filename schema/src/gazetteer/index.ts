export * from './municipalities.js';
export * from './counties.js';
