/**
 * Where the evaluation and benchmark data lives: $EVAL_DATA_DIR, or ../shared/data beside the repository
 * (each folder's SOURCE.md says where it comes from). It is never copied into the repository, and tests
 * never read it: without it, `npm run eval` and `npm run bench` say so and skip what needs it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The data folder, absolute. */
export const EVAL_DATA_DIR = process.env.EVAL_DATA_DIR
  ? path.resolve(process.env.EVAL_DATA_DIR)
  : fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** The path of `folder` (for instance "xquad") inside the data folder. */
export function evalDataPath(folder: string): string {
  return path.join(EVAL_DATA_DIR, folder);
}

/** Why `folder` cannot be used (a sentence naming the path and how to provide it), or undefined when it is there. */
export function missingEvalData(folder: string): string | undefined {
  const where = evalDataPath(folder);
  if (existsSync(where)) return undefined;
  return `${where} is absent: evaluation data lives outside the repository, in ../shared/data beside it or in the folder EVAL_DATA_DIR names`;
}

/**
 * Text made comparable with a reference copied from another extractor: Unicode composed, typographic quotes
 * and dashes folded to ASCII ones, whitespace collapsed, lower case.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’`´]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
