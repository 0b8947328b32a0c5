/**
 * A tiny structured logger that writes one line per event to stderr, so stdout stays free for
 * the CLI's JSON and console-mode replies. Values of keys that look secret are never printed.
 */
import { randomBytes } from 'node:crypto';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export type LogFields = Record<string, unknown>;

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];
const SECRET_KEY = /token|secret|password|api_?key|authorization/i;

export function createLogger(options: { level?: LogLevel; write?: (line: string) => void } = {}): Logger {
  const threshold = LEVELS.indexOf(options.level ?? 'info');
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const emit = (level: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (LEVELS.indexOf(level) < threshold) return;
    write(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${formatFields(fields)}`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that discards everything, for tests and library callers that want silence. */
export const silentLogger: Logger = createLogger({ write: () => {} });

function formatFields(fields: LogFields): string {
  const parts = Object.entries(fields).map(([key, value]) => `${key}=${SECRET_KEY.test(key) ? '[redacted]' : render(value)}`);
  return parts.length ? ' ' + parts.join(' ') : '';
}

function render(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === 'string') return /^[\w.:/@#-]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** A short id to give a user with an error and to log with its details, so their report finds the log line. */
export function newErrorId(): string {
  return randomBytes(3).toString('hex');
}
