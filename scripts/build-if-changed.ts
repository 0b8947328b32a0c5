/**
 * `npm start`'s first step: bundles the bot (`npm run build`, scripts/bundle.ts) only when its sources
 * changed since the last build, so that a restart does not rebuild (when the build was the TypeScript
 * compiler, a newcomer measured 80–95 s from `npm start` to the first answer on a busy 2-core machine,
 * nearly all of it compiling). The sources' paths, sizes and modification times are compared with those recorded by the
 * last build; any difference, a file added or removed included, rebuilds everything (the build empties
 * dist/ first, so a removed command never lingers there).
 *
 * Exits with the build's status when it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the bundle depends on: the folders it is built from and the build's settings. */
const SOURCE_FOLDERS = ['src', 'commands'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/bundle.ts'];
const STAMP = join('dist', '.sources');

function listing(): string {
  const entries: string[] = [];
  const visit = (path: string) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else entries.push(`${path}\t${info.size}\t${info.mtimeMs}`);
  };
  for (const path of [...SOURCE_FOLDERS, ...SOURCE_FILES]) visit(path);
  return entries.join('\n');
}

const sources = listing();
if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== sources) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, sources);
}
