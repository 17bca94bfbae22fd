export * from './types.js';
export * from './diagnostic.js';
export * from './errors.js';
export * from './hash.js';
