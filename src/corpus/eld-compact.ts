/**
 * eld's language detection (eld 2.1.0, Copyright 2023 Nito T.M., Apache License 2.0) over its 'small'
 * database held compactly: the same decisions as `eld.detect(text).language` from `eld/small`, for
 * about a tenth of the memory and load time. Importing `eld/small` compiles its 1.6 MB database module
 * into 81,206 objects: 43 MB of heap, 145 MB of RSS and 0.37 s of CPU in every thread that imports it
 * (the build's main thread and each worker). Here the module's source is read as text and its n-grams
 * kept as one map from n-gram to a run of (language, score) bytes, on the first detection.
 *
 * The text processing (separators, UTF-8 bytes as eld's dictionary characters, 4-byte n-grams at a
 * 3-byte stride) and the scoring follow eld's src/languageDetector.js line for line, using its own
 * separator expression and dictionary; tests/corpus/language.test.ts checks that the table read here is
 * eld's database and that the decisions agree with eld's on texts of many languages and scripts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eldFile } from './eld-data.js';

const { separators } = (await import(eldFile('regexPatterns.js'))) as { separators: RegExp };
const { dictionary } = (await import(eldFile('dictionary.js'))) as { dictionary: string[] };

/** eld's database of n-grams, as runs of (language number, score) pairs. */
export interface NgramTable {
  /** Language number → ISO 639-1 code. */
  codes: string[];
  /** N-gram → its number; its pairs are `starts[number]` to `starts[number + 1]`. */
  numbers: Map<string, number>;
  starts: Uint32Array;
  languages: Uint8Array;
  scores: Uint8Array;
}

/** One n-gram entry of eld's database module: a quoted or bare key, then its scores by language number. */
const ENTRY = /(?:'((?:[^'\\]|\\.)*)'|([^\s,:{}'"]+)):\{([^{}]*)\}/gu;
const LANGUAGE = /(\d+):'([a-z]+)'/gu;

/**
 * eld's 'small' database read from its module's source (an object literal of n-gram keys, quoted
 * with `'` and `\'` escapes or bare, each with `{language: score, …}`).
 * Throws when the source does not have that shape.
 */
export function readNgramTable(source: string): NgramTable {
  const ngramsAt = source.indexOf('ngrams:{');
  if (ngramsAt === -1) throw new Error("eld's database module has no ngrams");
  const codes: string[] = [];
  for (const [, number, code] of source.slice(0, ngramsAt).matchAll(LANGUAGE)) codes[Number(number)] = code!;
  const numbers = new Map<string, number>();
  const starts: number[] = [];
  const languages: number[] = [];
  const scores: number[] = [];
  for (const [, quoted, bare, pairs] of source.slice(ngramsAt + 'ngrams:'.length).matchAll(ENTRY)) {
    const key = quoted === undefined ? bare! : quoted.replace(/\\(.)/gsu, '$1');
    if (numbers.has(key)) throw new Error(`eld's database repeats the n-gram ${JSON.stringify(key)}`);
    numbers.set(key, starts.length);
    starts.push(languages.length);
    for (const pair of pairs!.split(',')) {
      const [language, score] = pair.split(':').map(Number);
      if (!(language! < codes.length) || !(score! >= 0 && score! < 256)) throw new Error(`eld's database has an unexpected score: ${pair}`);
      languages.push(language!);
      scores.push(score!);
    }
  }
  starts.push(languages.length);
  return { codes, numbers, starts: Uint32Array.from(starts), languages: Uint8Array.from(languages), scores: Uint8Array.from(scores) };
}

let table: NgramTable | undefined;

/** eld's 'small' database, read from its module's source the first time it is wanted. */
export function loadEldSmall(): NgramTable {
  table ??= readNgramTable(readFileSync(fileURLToPath(eldFile('ngrams/small.js')), 'utf8'));
  return table;
}

/** eld scores by language number from the first 1,000 characters of `text`; null when no language scores. */
function bestLanguage(text: string, ngrams: NgramTable): number | null {
  const words = utf8Words(withoutSeparators(text.substring(0, 1000)).trim().toLowerCase());
  const scores = new Int32Array(ngrams.codes.length);
  // eld adds back the minimum score it subtracted from each to keep its database small.
  const BASE_SCORE = 53;
  for (const ngram of byteNgrams(words)) {
    const number = ngrams.numbers.get(ngram);
    if (number === undefined) continue;
    for (let at = ngrams.starts[number]!; at < ngrams.starts[number + 1]!; at++) {
      const language = ngrams.languages[at]!;
      scores[language] = scores[language]! + ngrams.scores[at]! + BASE_SCORE;
    }
  }
  let best: number | null = null;
  let bestScore = 0;
  scores.forEach((score, language) => {
    if (score > 0 && score > bestScore) [best, bestScore] = [language, score];
  });
  return best;
}

/** ISO 639-1 code of the language eld's 'small' database finds in `text`; '' when it finds none. */
export function detectEldSmall(text: string): string {
  const ngrams = loadEldSmall();
  const best = bestLanguage(text, ngrams);
  return best === null ? '' : (ngrams.codes[best] ?? '');
}

/** Apostrophes eld's separators expression leaves where they end a run of separators (its lookbehind). */
const APOSTROPHES = "'`\u2019";

let separatorUnits: Uint8Array | undefined;

/**
 * For each UTF-16 code unit, 1 when eld's separators expression takes it for a separator, read from the expression
 * one character at a time (a character followed by a space matches from it when it is one); each half of a surrogate
 * pair is one, as the expression takes every character past U+FFFF.
 */
function separatorTable(): Uint8Array {
  if (separatorUnits) return separatorUnits;
  const probe = new RegExp(separators.source, 'uy');
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    probe.lastIndex = 0;
    table[code] = (code >= 0xd800 && code < 0xe000) || probe.test(`${String.fromCharCode(code)} `) ? 1 : 0;
  }
  return (separatorUnits = table);
}

/**
 * `text.replace(separators, ' ')` by a loop over a table of the expression's characters: each run of separators made
 * one space, the apostrophes ending it kept. The expression itself, a class of some 700 ranges, took about 0.1 ms for
 * a sample's 1,000 characters (a build detects each article's language: about 1 % of its CPU).
 */
function withoutSeparators(text: string): string {
  const table = separatorTable();
  let out = '';
  let copied = 0;
  for (let at = 0; at < text.length; ) {
    if (!table[text.charCodeAt(at)]) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && table[text.charCodeAt(end)]) end++;
    let last = end;
    while (last > at && APOSTROPHES.includes(text.charAt(last - 1))) last--;
    if (last > at) {
      out += `${text.slice(copied, at)} `;
      copied = last;
    }
    at = end;
  }
  return out + text.slice(copied);
}

/** eld's strToUtf8Bytes: words as UTF-8 bytes written with eld's dictionary characters, cut after about 350 bytes. */
function utf8Words(text: string): string[] {
  const CUT_AFTER = 350;
  const ENFORCE_CUT_AFTER = 380;
  const words: string[] = [];
  let encoded = '';
  let bytes = 0;
  for (let at = 0; at < text.length; at++) {
    let code = text.charCodeAt(at);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > CUT_AFTER) break;
      } else {
        encoded += text[at];
      }
      bytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += dictionary[0xe0 | (code >> 12)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 3;
    } else {
      at++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(at) & 0x3ff));
      encoded += dictionary[0xf0 | (code >> 18)]! + dictionary[0x80 | ((code >> 12) & 0x3f)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's getByteNgrams: each word's distinct 4-character n-grams at a stride of 3, marked ' ' at a word's start and end. */
function byteNgrams(words: string[]): Set<string> {
  const MAX_WORD = 70;
  const ngrams = new Set<string>();
  for (const word of words) {
    const length = Math.min(word.length, MAX_WORD);
    let at = 0;
    for (; at + 4 < length; at += 3) ngrams.add((at === 0 ? ' ' : '') + word.substring(at, at + 4));
    ngrams.add((at === 0 ? ' ' : '') + word.substring(length !== 3 ? length - 4 : 0) + ' ');
  }
  return ngrams;
}
