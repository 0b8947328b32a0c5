/**
 * What `npm run bench` and `npm run stress` share: progress lines on standard error, the installed
 * version of a package, and a report in docs/ rewritten with the notes written by hand below its mark.
 */
import { readFile, writeFile } from 'node:fs/promises';

/** A progress line on standard error, prefixed with the seconds since `started`. */
export function progressSince(started: Date): (line: string) => void {
  return (line) => process.stderr.write(`[${Math.round((Date.now() - started.getTime()) / 1000)} s] ${line}\n`);
}

/** The version in node_modules (some packages do not export their package.json). */
export async function installedVersion(name: string): Promise<string> {
  return (JSON.parse(await readFile(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
}

/** Writes `markdown` to `report`, followed by `notesMark` and whatever the previous report held below it. */
export async function writeKeepingNotes(report: URL, markdown: string, notesMark: string): Promise<void> {
  const previous = await readFile(report, 'utf8').catch(() => '');
  const notes = previous.includes(notesMark) ? previous.slice(previous.indexOf(notesMark)) : `${notesMark}\n`;
  await writeFile(report, `${markdown}\n\n${notes}`);
}
