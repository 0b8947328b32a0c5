/**
 * Runs a real entry point of the project (`src/main.ts`, `src/discord/deploy.ts`, …) as its own process.
 * tsx is loaded into that node process (`node --import tsx`) rather than run as a wrapper, so that, as
 * with `npm start`'s compiled entry, the process spawned is the program itself and a signal sent to it
 * reaches the program's handlers (tsx's wrapper relays signals and SIGKILLs a child slow to take them).
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}


/** A clean environment: only what the entry point needs, never the developer's tokens. */
export function testEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR } = process.env;
  return { PATH, HOME, TMPDIR, LANG: 'en_US.UTF-8', LLM_PROVIDER: 'none', TRANSLATOR: 'none', DISCORD_TOKEN: '', ...extra };
}

export interface RunningEntry extends ChildProcess {
  finished: Promise<Finished>;
  /** Standard error so far (the log). */
  log(): string;
  /** Resolves when the log has a line matching `pattern`; rejects if the process ends first or after `timeoutMs`. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export function startEntry(entry: string, env: NodeJS.ProcessEnv): RunningEntry {
  return startCommand(process.execPath, ['--import', 'tsx', entry], env);
}

/** Runs `command` with `args` (for instance `npm start`, as an operator or a container would) and watches it as `startEntry` does. */
export function startCommand(command: string, args: string[], env: NodeJS.ProcessEnv): RunningEntry {
  const entry = [command, ...args].join(' ');
  const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const finished = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  let ended = false;
  void finished.then(() => (ended = true));
  const waitForLog = async (pattern: RegExp, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(stderr)) {
      if (ended) throw new Error(`${entry} ended before logging ${pattern}:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`${entry} did not log ${pattern} in ${timeoutMs} ms:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return Object.assign(child, { finished, log: () => stderr, waitForLog });
}

/** Runs an entry point to its end with `input` on standard input. */
export function runEntry(entry: string, env: NodeJS.ProcessEnv, input = ''): Promise<Finished> {
  const child = startEntry(entry, env);
  child.stdin?.end(input);
  return child.finished;
}
