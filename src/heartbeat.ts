/**
 * A liveness file for container health checks. While the bot serves Discord, the process rewrites
 * INDEX_DIR/heartbeat.json every HEARTBEAT_INTERVAL_MS, and at once when the gateway connects or drops,
 * with the time and whether the gateway is ready: a stuck event loop stops the writes, a lost gateway
 * writes `ready: false`. The Dockerfile's
 * HEALTHCHECK runs src/healthcheck.ts, which judges the file with `heartbeatProblem`.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const HEARTBEAT_FILE = 'heartbeat.json';
/** Twice a health-check interval of 30 s, so that every check sees a beat written since the one before. */
const HEARTBEAT_INTERVAL_MS = 15_000;

/** What the file holds: when it was written (ISO 8601), by which process, and the gateway's state then. */
export interface Heartbeat {
  at: string;
  pid: number;
  ready: boolean;
}

/** How often the gateway's state is looked at, so that a change reaches the file within a second. */
const LOOK_EVERY_MS = 1000;

/**
 * Writes the heartbeat into `indexDir` now, then whenever `ready()` changes and at least every
 * `intervalMs` (atomically: a reader never sees half a file). The timer never keeps the process alive. A
 * failed write is not retried or logged: the beat goes stale, which is what a health check should see.
 * Returns a function that stops the beats.
 */
export function startHeartbeat(indexDir: string, ready: () => boolean, intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  const file = path.join(indexDir, HEARTBEAT_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  let last: { atMs: number; ready: boolean } | undefined;
  let writing = Promise.resolve();
  const look = () => {
    const now = Date.now();
    const state = ready();
    if (last && last.ready === state && now - last.atMs < intervalMs) return;
    last = { atMs: now, ready: state };
    const heartbeat: Heartbeat = { at: new Date(now).toISOString(), pid: process.pid, ready: state };
    // One write at a time, so that two beats never share the temporary file.
    writing = writing.then(() => writeFile(temporary, JSON.stringify(heartbeat)).then(() => rename(temporary, file))).catch(() => {});
  };
  look();
  const timer = setInterval(look, Math.min(LOOK_EVERY_MS, intervalMs));
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Why the bot does not look healthy from its heartbeat file's text (undefined when the file is missing),
 * read at `now`; undefined when it is healthy: written less than `maxAgeMs` ago (three missed beats by
 * default) with the gateway ready.
 */
export function heartbeatProblem(text: string | undefined, now: Date, maxAgeMs = 3 * HEARTBEAT_INTERVAL_MS): string | undefined {
  if (text === undefined) return `no ${HEARTBEAT_FILE} yet: the bot has not connected to Discord`;
  let heartbeat: unknown;
  try {
    heartbeat = JSON.parse(text);
  } catch {
    return `${HEARTBEAT_FILE} is not JSON`;
  }
  if (!isHeartbeat(heartbeat)) return `${HEARTBEAT_FILE} does not hold a heartbeat`;
  const ageMs = now.getTime() - Date.parse(heartbeat.at);
  if (!(ageMs < maxAgeMs)) return `last heartbeat ${Math.round(ageMs / 1000)} s ago: the bot is stuck or gone`;
  if (!heartbeat.ready) return 'the bot is not connected to Discord';
  return undefined;
}

function isHeartbeat(value: unknown): value is Heartbeat {
  if (typeof value !== 'object' || value === null) return false;
  const { at, pid, ready } = value as Record<string, unknown>;
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof pid === 'number' && typeof ready === 'boolean';
}
