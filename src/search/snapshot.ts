/**
 * Saving and restoring whatever the composition root wants to keep between starts (articles,
 * passages, the index), under a key made from the corpus files' content and the index settings.
 *
 * File layout: one header line of JSON (`{"format", "key", "sha256"}`), then the payload as JSON.
 * The checksum covers the payload text, so a truncated or edited file is reported as corrupt.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type SnapshotLoad<T> =
  | { status: 'restored'; payload: T }
  | { status: 'missing' }
  | { status: 'stale' }
  | { status: 'corrupt'; reason: string };

const FILE_NAME = 'index-snapshot.json';
const FORMAT = 'hemeroteca-snapshot/1';

interface Header {
  format: string;
  key: string;
  sha256: string;
}

/** A key that changes whenever a corpus file's content or the settings change; file order does not matter. */
export function snapshotKey(parts: { fileHashes: string[]; settings: unknown }): string {
  const hash = createHash('sha256');
  for (const fileHash of [...parts.fileHashes].sort()) hash.update(fileHash).update('\n');
  hash.update(JSON.stringify({ format: FORMAT, settings: parts.settings }));
  return hash.digest('hex');
}

/** Writes the snapshot to a temporary file, then renames it into place so a crash never leaves half a file. */
export async function saveSnapshot<T>(dir: string, key: string, payload: T): Promise<void> {
  await mkdir(dir, { recursive: true });
  const body = JSON.stringify(payload);
  const header: Header = { format: FORMAT, key, sha256: sha256(body) };
  const target = path.join(dir, FILE_NAME);
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(header)}\n${body}`);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Never throws: a missing, outdated or damaged snapshot is reported in the result. */
export async function loadSnapshot<T>(dir: string, key: string): Promise<SnapshotLoad<T>> {
  let content: string;
  try {
    content = await readFile(path.join(dir, FILE_NAME), 'utf8');
  } catch (error) {
    if (isFileMissing(error)) return { status: 'missing' };
    return { status: 'corrupt', reason: `cannot read the snapshot: ${describe(error)}` };
  }
  const newline = content.indexOf('\n');
  const header = parseHeader(newline < 0 ? content : content.slice(0, newline));
  if (!header) return { status: 'corrupt', reason: 'the snapshot header is missing or unreadable' };
  // A snapshot written by another format version is as outdated as one for other seeds.
  if (header.format !== FORMAT || header.key !== key) return { status: 'stale' };
  const body = content.slice(newline + 1);
  if (newline < 0 || sha256(body) !== header.sha256) return { status: 'corrupt', reason: 'the snapshot is truncated or altered (checksum mismatch)' };
  try {
    return { status: 'restored', payload: JSON.parse(body) as T };
  } catch (error) {
    return { status: 'corrupt', reason: `the snapshot payload is not valid JSON: ${describe(error)}` };
  }
}

function parseHeader(line: string): Header | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const { format, key, sha256: checksum } = value as Record<string, unknown>;
    if (typeof format !== 'string' || typeof key !== 'string' || typeof checksum !== 'string') return undefined;
    return { format, key, sha256: checksum };
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isFileMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
