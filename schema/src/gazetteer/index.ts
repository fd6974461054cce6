export * from './municipalities.js';
export * from './counties.js';
export * from './seats.js';
export * from './names.js';
export * from './lookup.js';
export * from './hosts.js';
