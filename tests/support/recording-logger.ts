/** Loggers for code that watches what the library logs, instead of printing it. */
import type { Logger, LogFields, LogLevel } from '../../src/log.js';

export interface Logged {
  level: LogLevel;
  message: string;
  fields: LogFields;
}

/** A Logger that hands every call, at every level, to `onLog`. */
export function loggerCalling(onLog: (entry: Logged) => void): Logger {
  const at = (level: LogLevel) => (message: string, fields: LogFields = {}) => onLog({ level, message, fields });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A Logger that keeps every entry, in order, in `logged`. */
export function recordingLogger(): { log: Logger; logged: Logged[] } {
  const logged: Logged[] = [];
  return { log: loggerCalling((entry) => logged.push(entry)), logged };
}
