/**
 * Last-resort handlers: a promise rejection or exception that nothing caught is logged and the bot
 * keeps serving, rather than the whole process dying on one bad interaction.
 */
import type { Logger } from './log.js';

/** Logs, at error level, every promise rejection and exception nothing caught, instead of letting them end the process. */
export function installProcessGuards(log: Logger): void {
  process.on('unhandledRejection', (reason) => log.error('unhandled promise rejection', { error: reason }));
  process.on('uncaughtException', (error) => log.error('uncaught exception', { error }));
}
