#!/usr/bin/env node
// A local Neo4j Community server (5.26 LTS + APOC) for development, tests and benchmarks, without Docker:
// Maven resolves the jars into ~/.m2 (neo4j/pom.xml), neo4j/Launcher.java starts them with Bolt on 127.0.0.1.
//
//   node scripts/neo4j-server.mjs setup   resolve the jars and compile the launcher (idempotent, cached)
//   node scripts/neo4j-server.mjs start   start in the background: Bolt on bolt://127.0.0.1:${NEO4J_PORT:-7687},
//                                         data under .neo4j/dev (git-ignored); prints the URI
//   node scripts/neo4j-server.mjs stop    stop the server started by `start` (by the pid it recorded)
//
// The functions below are also what the test setup (test/support/neo4j-global-setup.ts) and the benchmark use.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in scripts/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const defaults = Object.freeze({
  /** Where data, logs, import/ and plugins/ go. */
  home: join(ROOT, '.neo4j', 'dev'),
  /** Bolt port on 127.0.0.1. */
  port: 7687,
  /** JVM heap bound. */
  heap: process.env.NEO4J_HEAP ?? '1g',
  /** Neo4j page cache. */
  pageCache: process.env.NEO4J_PAGECACHE ?? '256m',
  /** Extra raw Neo4j settings (key → value). */
  settings: {},
  /** How long to wait for the ready line. */
  startTimeoutMs: 180_000,
  /** Progress messages. */
  log: (/** @type {string} */ _line) => {},
});

/** The JVM flags the official server passes, plus APOC's file switches (only the server's import dir is used). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-Dapoc.import.file.enabled=true',
  '-Dapoc.export.file.enabled=true',
  '-Dapoc.import.file.use_neo4j_config=true',
];

/** An error with a stable code: JAVA_NOT_FOUND, MAVEN_NOT_FOUND, MAVEN_FAILED, START_FAILED. */
export class Neo4jServerError extends Error {
  /** @param {string} code @param {string} message @param {{cause?: unknown}} [options] */
  constructor(code, message, options) {
    super(message, options);
    this.name = 'Neo4jServerError';
    this.code = code;
  }
}

/** The java binary (JAVA_HOME first), or undefined. */
function javaBin() {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * Checks that Java 17 or later is available. Returns the major version, or throws JAVA_NOT_FOUND.
 * @returns {number}
 */
export function checkJava() {
  const r = spawnSync(javaBin(), ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Neo4jServerError('JAVA_NOT_FOUND', 'Java 17 not found (no `java` on PATH or in JAVA_HOME)', { cause: r.error });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) throw new Neo4jServerError('JAVA_NOT_FOUND', `Java 17 or later needed, found ${m?.[0] ?? 'an unknown version'}`);
  return major;
}

function sha(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Resolves the server's class path with Maven (cached in .neo4j/cache/ per pom.xml content) and compiles the
 * launcher once. Returns the class path for `java -cp` and the APOC jars to place in plugins/.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {{ classpath: string, apocJars: string[] }}
 */
export function setupNeo4j(options = {}) {
  const log = options.log ?? defaults.log;
  checkJava();
  const pom = readFileSync(join(ROOT, 'neo4j', 'pom.xml'), 'utf8');
  const launcher = readFileSync(join(ROOT, 'neo4j', 'Launcher.java'), 'utf8');
  const cache = join(ROOT, '.neo4j', 'cache');
  mkdirSync(cache, { recursive: true });
  const cpFile = join(cache, `classpath-${sha(pom)}.txt`);
  let deps = existsSync(cpFile) ? readFileSync(cpFile, 'utf8').trim() : '';
  if (!deps || deps.split(delimiter).some((j) => !existsSync(j))) {
    log('neo4j: resolving Neo4j and APOC with Maven (first time: ~150 MB into ~/.m2)…');
    const r = spawnSync('mvn', ['-q', '-B', '-f', join(ROOT, 'neo4j', 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.error) throw new Neo4jServerError('MAVEN_NOT_FOUND', 'Maven (mvn) not found: install it to resolve Neo4j from Maven Central', { cause: r.error });
    if (r.status !== 0) throw new Neo4jServerError('MAVEN_FAILED', `Maven failed to resolve Neo4j:\n${(r.stdout + r.stderr).slice(-4000)}`);
    deps = readFileSync(cpFile, 'utf8').trim();
  }
  const classes = join(cache, `launcher-${sha(launcher + deps)}`);
  if (!existsSync(join(classes, 'Launcher.class'))) {
    log('neo4j: compiling neo4j/Launcher.java…');
    mkdirSync(classes, { recursive: true });
    const javac = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
    const r = spawnSync(javac, ['-d', classes, '-cp', deps, join(ROOT, 'neo4j', 'Launcher.java')], { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Neo4jServerError('JAVA_NOT_FOUND', `cannot compile the launcher (a JDK with javac is needed): ${r.stderr ?? ''}`, { cause: r.error });
  }
  const apocJars = deps.split(delimiter).filter((j) => /[\\/]apoc-(core|common)-[^\\/]+\.jar$/.test(j));
  return { classpath: [classes, ...deps.split(delimiter)].join(delimiter), apocJars };
}

/**
 * A free TCP port on 127.0.0.1.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolvePort(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/**
 * @typedef {object} RunningNeo4j
 * @property {string} uri      bolt://127.0.0.1:PORT
 * @property {number} port
 * @property {number} pid      the JVM's process id
 * @property {string} home     the server's home (data/, logs/, import/, plugins/)
 * @property {string} importDir files there can be read by apoc.import.* and LOAD CSV
 * @property {number} startMs  milliseconds from spawn to the ready line
 * @property {() => Promise<void>} stop  stops this server (SIGTERM, then SIGKILL after 30 s)
 */

/**
 * Starts a Neo4j server and waits until it answers. With `detached`, the JVM outlives this process
 * (its output goes to HOME/logs/launcher.log and its pid to HOME/neo4j.pid).
 * @param {Partial<typeof defaults> & { detached?: boolean }} [options]
 * @returns {Promise<RunningNeo4j>}
 */
export async function startNeo4j(options = {}) {
  const o = { ...defaults, ...options };
  const { classpath, apocJars } = setupNeo4j({ log: o.log });
  const home = resolve(o.home);
  for (const d of ['data', 'logs', 'import', 'plugins']) mkdirSync(join(home, d), { recursive: true });
  for (const f of readdirSync(join(home, 'plugins'))) if (f.startsWith('apoc-')) rmSync(join(home, 'plugins', f));
  for (const jar of apocJars) copyFileSync(jar, join(home, 'plugins', jar.split(/[\\/]/).pop()));
  const settings = { 'server.memory.pagecache.size': o.pageCache, ...o.settings };
  const args = [
    `-Xmx${o.heap}`,
    `-Xms${o.heap}`,
    ...JVM_FLAGS,
    // extra JVM flags, e.g. for a profiler: NEO4J_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/x.jfr'
    ...(process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
    '-cp',
    classpath,
    'Launcher',
    home,
    String(o.port),
    ...Object.entries(settings).map(([k, v]) => `${k}=${v}`),
  ];
  const logFile = join(home, 'logs', 'launcher.log');
  const t0 = Date.now();
  let child;
  if (o.detached) {
    const fd = openSync(logFile, 'w');
    child = spawn(javaBin(), args, { detached: true, stdio: ['ignore', fd, fd] });
    closeSync(fd);
  } else {
    child = spawn(javaBin(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  }
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jServerError('START_FAILED', 'could not spawn java');
  writeFileSync(join(home, 'neo4j.pid'), `${pid}\n`);
  let output = '';
  const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  const ready = new Promise((res, reject) => {
    const timer = setTimeout(() => reject(new Neo4jServerError('START_FAILED', `Neo4j did not start within ${o.startTimeoutMs} ms:\n${tail()}`)), o.startTimeoutMs);
    const tail = () => (o.detached ? safeRead(logFile) : output).slice(-4000);
    const check = () => {
      const text = o.detached ? safeRead(logFile) : output;
      if (/vnkg-neo4j ready /.test(text)) {
        clearTimeout(timer);
        res(undefined);
        return true;
      }
      return false;
    };
    if (o.detached) {
      const poll = setInterval(() => check() && clearInterval(poll), 200);
    } else {
      const onData = (chunk) => {
        output += chunk;
        if (output.length > 200_000) output = output.slice(-100_000);
        check();
      };
      child.stdout.setEncoding('utf8').on('data', onData);
      child.stderr.setEncoding('utf8').on('data', onData);
    }
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Neo4jServerError('START_FAILED', `Neo4j exited during startup (code ${code}, signal ${signal}):\n${tail()}`));
    });
  });
  try {
    await ready;
  } catch (err) {
    killPid(pid, 'SIGKILL');
    throw err;
  }
  if (o.detached) child.unref();
  const uri = `bolt://127.0.0.1:${o.port}`;
  return {
    uri,
    port: o.port,
    pid,
    home,
    importDir: join(home, 'import'),
    startMs: Date.now() - t0,
    stop: () => stopPid(pid),
  };
}

function safeRead(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function killPid(pid, signal) {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** True while the process with this pid runs. */
export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops one server by its pid: SIGTERM (clean shutdown), then SIGKILL after `graceMs`.
 * @param {number} pid
 * @param {number} [graceMs]
 */
export async function stopPid(pid, graceMs = 30_000) {
  if (!killPid(pid, 'SIGTERM')) return;
  const until = Date.now() + graceMs;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) killPid(pid, 'SIGKILL');
  while (alive(pid)) await new Promise((r) => setTimeout(r, 50));
}

async function main(cmd) {
  const home = defaults.home;
  const pidFile = join(home, 'neo4j.pid');
  const log = (line) => console.error(line);
  if (cmd === 'setup') {
    setupNeo4j({ log });
    console.log('neo4j: ready to start (jars resolved, launcher compiled)');
  } else if (cmd === 'start') {
    const old = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
    if (old && alive(old)) {
      console.error(`neo4j: already running (pid ${old}); \`npm run neo4j:stop\` first`);
      process.exitCode = 1;
      return;
    }
    const port = Number(process.env.NEO4J_PORT ?? defaults.port);
    const s = await startNeo4j({ home, port, detached: true, log });
    console.log(`neo4j: ready on ${s.uri} (pid ${s.pid}, ${s.startMs} ms; data in ${home})`);
    console.log(`export NEO4J_URI=${s.uri}`);
  } else if (cmd === 'stop') {
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
    if (!pid || !alive(pid)) {
      console.log('neo4j: not running');
      return;
    }
    await stopPid(pid);
    rmSync(pidFile, { force: true });
    console.log(`neo4j: stopped (pid ${pid})`);
  } else {
    console.error('usage: node scripts/neo4j-server.mjs setup|start|stop');
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((err) => {
    console.error(`neo4j: ${err.message}`);
    process.exitCode = 1;
  });
}
