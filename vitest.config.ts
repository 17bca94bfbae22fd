import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration tests share one Neo4j server and one browser: run files one at a time on this 2-core machine.
    fileParallelism: false,
    // Neo4j for integration tests: NEO4J_URI, or a local server started on first use (test/support/neo4j.ts).
    globalSetup: ['test/support/neo4j-global-setup.ts'],
  },
});
