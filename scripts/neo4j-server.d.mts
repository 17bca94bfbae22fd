// Types for scripts/neo4j-server.mjs (used by the test setup and benchmarks).
export declare const ROOT: string;
export declare class Neo4jServerError extends Error {
  readonly code: 'JAVA_NOT_FOUND' | 'MAVEN_NOT_FOUND' | 'MAVEN_FAILED' | 'START_FAILED';
}
export declare function checkJava(): number;
export declare function setupNeo4j(options?: { log?: (line: string) => void }): { classpath: string; apocJars: string[] };
export declare function freePort(): Promise<number>;
export interface RunningNeo4j {
  uri: string;
  port: number;
  pid: number;
  home: string;
  importDir: string;
  startMs: number;
  stop(): Promise<void>;
}
export interface StartOptions {
  home?: string;
  port?: number;
  heap?: string;
  pageCache?: string;
  settings?: Record<string, string>;
  startTimeoutMs?: number;
  log?: (line: string) => void;
  detached?: boolean;
}
export declare function startNeo4j(options?: StartOptions): Promise<RunningNeo4j>;
/** True while the process with this pid runs. */
export declare function alive(pid: number): boolean;
export declare function stopPid(pid: number, graceMs?: number): Promise<void>;
