/**
 * Finds the slash commands: every module in commands/ that exports `data` and `execute` (the
 * discord.js guide's pattern). Used by the bot to route interactions and by `npm run deploy`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Logger } from '../log.js';
import { isCommand, type Command } from './command.js';

/** commands/: two folders up from this module in the sources (src/discord/), beside it in the bundle (dist/, scripts/bundle.ts). */
const COMMANDS_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../commands/' : './commands/', import.meta.url));

/** The commands in `dir` (commands/ by default) by their name; a module that is not a command is skipped with a warning. */
export async function loadCommands(log: Logger, dir = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((file) => /\.[cm]?[jt]s$/.test(file) && !file.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    if (!isCommand(module)) {
      log.warn('skipping a file in commands/ that does not export data and execute', { file });
      continue;
    }
    commands.set(module.data.name, module);
  }
  return commands;
}
