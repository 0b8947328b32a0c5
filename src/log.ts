/**
 * A tiny structured logger that writes one line per event to stderr, so stdout stays free for
 * the CLI's JSON and console-mode replies. Secrets never reach the line: values of keys that look
 * secret are withheld, and the configured secret values (token, API keys) are replaced wherever they
 * appear in the finished line (messages, URLs, error causes, stacks); control and invisible format characters are written
 * as escapes (present/safe-text.ts `escapedUnprintable`). If writing fails (the reader of
 * stderr went away: EPIPE), logging falls silent for good instead of failing again on every line.
 */
import { randomBytes } from 'node:crypto';
import { escapedUnprintable } from './present/safe-text.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export type LogFields = Record<string, unknown>;

export interface LoggerOptions {
  level?: LogLevel;
  /** Where each line goes; default stderr. A writer that throws silences the logger. */
  write?: (line: string) => void;
  /** Values never to print (see `secretsOf` in config.ts); each is replaced by [redacted] wherever it appears. */
  secrets?: readonly string[];
}

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];
const SECRET_KEY = /token|secret|password|api_?key|authorization/i;
/** Shorter values are not secrets worth the name, and replacing them would garble every line. */
const MIN_SECRET_LENGTH = 4;
/** How deep error causes are followed, so a cause cycle cannot loop. */
const MAX_CAUSES = 5;

/**
 * A logger writing one line per call ("<ISO time> <LEVEL> <message> <fields>") at `options.level` (default info) and
 * above, with `options.secrets` redacted and stacks only at debug. A writer that throws silences it.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = LEVELS.indexOf(options.level ?? 'info');
  const write = options.write ?? writeToStderr;
  const secrets = options.secrets ?? [];
  const withStacks = options.level === 'debug';
  let silenced = false;
  const emit = (level: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (silenced || LEVELS.indexOf(level) < threshold) return;
    const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}${formatFields(fields, withStacks)}`;
    try {
      // One line that shows what it holds: a file name with a line break or a right-to-left override is escaped.
      write(escapedUnprintable(redactSecrets(line, secrets)));
    } catch {
      // Nowhere left to report this; logging more would only fail again.
      silenced = true;
    }
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that discards everything, for tests and library callers that want silence. */
export const silentLogger: Logger = createLogger({ write: () => {} });

let stderrBroken = false;

/**
 * Writes a line to stderr unless it has failed before. A failed write on a pipe is reported later as
 * an 'error' event; with no listener that event would become an uncaught exception, which is logged,
 * which fails again: the loop issue 18 found. So the first failure marks stderr broken, for good.
 */
function writeToStderr(line: string): void {
  if (stderrBroken) return;
  if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', () => (stderrBroken = true));
  process.stderr.write(line + '\n');
}

/** A URL's user information ("https://user:password@host": RFC 3986 §3.2.1), which may hold a password whatever its setting. */
const URL_USER_INFO = /\b([a-z][a-z\d+.-]*:\/\/)[^\s/?#@"'<>]+@/giu;

/**
 * `text` with every secret (as written, and as it reads inside a URL) replaced by [redacted], and the user information
 * of any URL too: a password written into a URL is a secret the configuration never named.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let redacted = text.replace(URL_USER_INFO, '$1[redacted]@');
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) redacted = redacted.replaceAll(form, '[redacted]');
  }
  return redacted;
}

function formatFields(fields: LogFields, withStacks: boolean): string {
  const parts = Object.entries(fields).map(([key, value]) => `${key}=${SECRET_KEY.test(key) ? '[redacted]' : render(value, withStacks)}`);
  return parts.length ? ' ' + parts.join(' ') : '';
}

function render(value: unknown, withStacks: boolean): string {
  if (value instanceof Error) return JSON.stringify(describeError(value, withStacks));
  if (typeof value === 'string') return /^[\w.:/@#-]+$/.test(value) ? value : JSON.stringify(value);
  try {
    return JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Error ? describeError(inner, withStacks) : inner)) ?? String(value);
  } catch {
    // A cycle or a BigInt: the plain string form is still worth a line.
    return JSON.stringify(String(value));
  }
}

/** An error's message followed by its causes' (where the useful detail often is), and its stack at debug level. */
function describeError(error: Error, withStacks: boolean): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth <= MAX_CAUSES; depth++) {
    parts.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  const text = parts.join(' ← caused by: ');
  return withStacks && error.stack ? `${text}\n${error.stack}` : text;
}

/** A short id to give a user with an error and to log with its details, so their report finds the log line. */
export function newErrorId(): string {
  return randomBytes(3).toString('hex');
}
