import { describe } from 'vitest';
import { MemoryStore } from '../../src/store/index.js';
import { snapshotOf } from './fixtures.js';
import { graphStoreContract } from './graph-store-contract.js';

describe('MemoryStore', () => {
  graphStoreContract(async () => {
    const store = new MemoryStore();
    return { store, snapshot: async () => snapshotOf(store.graph) };
  });
});
