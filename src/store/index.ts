export type { GraphStore, StoreCounts, WriteReport } from './graph-store.js';
export { MemoryStore } from './memory/memory-store.js';
