/**
 * `node dist/healthcheck.js` (the Dockerfile's HEALTHCHECK): exit 0 when the bot's heartbeat in
 * INDEX_DIR is fresh and its gateway ready, otherwise exit 1 with one line saying why.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from './config.js';
import { errorCode } from './error-code.js';
import { HEARTBEAT_FILE, heartbeatProblem } from './heartbeat.js';

async function check(): Promise<string | undefined> {
  const { indexDir } = loadConfig();
  const text = await readFile(path.join(indexDir, HEARTBEAT_FILE), 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  });
  return heartbeatProblem(text, new Date());
}

const problem = await check().catch((error: unknown) => `cannot read the heartbeat: ${error instanceof Error ? error.message : String(error)}`);
process.stdout.write(`${problem ?? 'healthy'}\n`);
process.exitCode = problem === undefined ? 0 : 1;
