/**
 * Writes src/answer/antonyms-es.ts: Spanish adjectives and adverbs that name the two ends of one quality ("formal" and
 * "informal", "público" and "privado"), what src/answer/antonyms.ts reads. The pairs are WordNet 3.0's direct antonyms
 * of English adjectives and adverbs (Debian `wordnet-base`, /usr/share/wordnet) carried into Spanish by Apertium's
 * English–Spanish dictionaries (Debian `apertium-eng-spa`, through `lt-proc`), so no pair is chosen by hand nor taken
 * from evaluation data. A pair is kept when each Spanish word translates back into the English word it came from (so
 * "short" → "bajo", which Apertium reads back as "low", does not pair "bajo" with "largo"), and when neither word is
 * also a preposition, determiner, pronoun or conjunction ("bajo" in "bajo el plan" names no height). Run again after
 * upgrading either package: `npx tsx scripts/lang/antonyms-es.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const WORDNET = '/usr/share/wordnet';
const APERTIUM = '/usr/share/apertium/apertium-eng-spa';
/** WordNet's data files read, with the Apertium tag of their part of speech. */
const PARTS = [
  { file: 'data.adj', tag: 'adj' },
  { file: 'data.adv', tag: 'adv' },
] as const;
/** Apertium tags of closed classes: a word with such a reading too has another common sense than a quality's. */
const CLOSED_CLASS = /<(?:pr|det|prn|cnjcoo|cnjsub|cnjadv|preadv)>/u;

interface EnglishPair {
  tag: string;
  words: [string, string];
}

/** WordNet's direct antonyms among one-word lemmas of a data file: a lexical pointer "!" from one word to another. */
function wordnetAntonyms(file: string, tag: string): EnglishPair[] {
  const lines = readFileSync(`${WORDNET}/${file}`, 'latin1').split('\n').filter((line) => /^\d/u.test(line));
  const synsets = new Map(lines.map((line) => {
    const fields = line.split(' | ')[0]!.split(' ');
    const count = Number.parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/u, ''));
    return [fields[0]!, { fields, words }] as const;
  }));
  const pairs: EnglishPair[] = [];
  for (const { fields, words } of synsets.values()) {
    let at = 4 + 2 * words.length;
    const pointers = Number(fields[at++]);
    for (let i = 0; i < pointers; i++, at += 4) {
      const [symbol, offset, , sourceTarget] = fields.slice(at, at + 4);
      if (symbol !== '!' || !offset || !sourceTarget) continue;
      const source = words[Number.parseInt(sourceTarget.slice(0, 2), 16) - 1];
      const target = synsets.get(offset)?.words[Number.parseInt(sourceTarget.slice(2), 16) - 1];
      if (source && target && !source.includes('_') && !target.includes('_')) pairs.push({ tag, words: [source, target] });
    }
  }
  return pairs;
}

/** Runs lt-proc over one token per line; the output's lines, one per input line. */
function ltProc(args: string[], lines: string[]): string[] {
  return execFileSync('lt-proc', args, { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 26 }).split('\n');
}

/** The readings lt-proc gives each word ("large" → ["large<adj><sint>", "large<n><sg>"]), by word. */
function readings(dictionary: string, words: string[]): Map<string, string[]> {
  const output = ltProc([`${APERTIUM}/${dictionary}`], words);
  return new Map(words.map((word, i) => [word, /^\^[^/]*\/(.*)\$$/u.exec(output[i]?.trim() ?? '')?.[1]?.split('/').filter((reading) => !reading.startsWith('*')) ?? []]));
}

/** The lemmas a bilingual dictionary gives each reading, lower case, one-word ones only. */
function translations(dictionary: string, readingsOf: Map<string, string[]>): Map<string, string[]> {
  const all = [...new Set([...readingsOf.values()].flat())];
  const output = ltProc(['-b', `${APERTIUM}/${dictionary}`], all.map((reading) => `^${reading}$`));
  return new Map(all.map((reading, i) => {
    const targets = /^\^[^/]*\/(.*)\$$/u.exec(output[i]?.trim() ?? '')?.[1]?.split('/') ?? [];
    return [reading, targets.map((target) => target.split('<')[0]!.toLowerCase()).filter((lemma) => /^\p{L}+$/u.test(lemma))];
  }));
}

/** The lemmas `word`'s readings of part `tag` translate into. */
function translated(word: string, tag: string, readingsOf: Map<string, string[]>, lemmas: Map<string, string[]>): Set<string> {
  const own = (readingsOf.get(word) ?? []).filter((reading) => reading.startsWith(`${word}<${tag}>`) || reading.startsWith(`${word}<${tag}><`));
  return new Set(own.flatMap((reading) => lemmas.get(reading) ?? []));
}

const english = PARTS.flatMap(({ file, tag }) => wordnetAntonyms(file, tag));
const englishWords = [...new Set(english.flatMap((pair) => pair.words))];
const englishReadings = readings('eng-spa.automorf.bin', englishWords);
const toSpanish = translations('eng-spa.autobil.bin', englishReadings);
const spanishWords = [...new Set(english.flatMap(({ tag, words }) => words.flatMap((word) => [...translated(word, tag, englishReadings, toSpanish)])))];
const spanishReadings = readings('spa-eng.automorf.bin', spanishWords);
const toEnglish = translations('spa-eng.autobil.bin', spanishReadings);
const open = (word: string) => !(spanishReadings.get(word) ?? []).some((reading) => reading.startsWith(`${word}<`) && CLOSED_CLASS.test(reading));

const pairs = new Set<string>();
for (const { tag, words } of english) {
  const [one, other] = words.map((word) => [...translated(word, tag, englishReadings, toSpanish)].filter((spanish) => open(spanish) && translated(spanish, tag, spanishReadings, toEnglish).has(word)));
  for (const a of one ?? []) for (const b of other ?? []) if (a !== b && !(other ?? []).includes(a) && !(one ?? []).includes(b)) pairs.add([a, b].sort().join(' '));
}
const sorted = [...pairs].sort();
const file = new URL('../../src/answer/antonyms-es.ts', import.meta.url);
writeFileSync(
  file,
  `// Generated by scripts/lang/antonyms-es.ts from WordNet 3.0's direct antonyms of adjectives and adverbs (Princeton
// University, WordNet 3.0 licence: https://wordnet.princeton.edu/license-and-commercial-use), carried into Spanish by
// Apertium's English–Spanish dictionaries (apertium-eng-spa, GPL). Do not edit; run the script again.

/** Spanish adjectives and adverbs naming the two ends of one quality, each pair "one other" (${sorted.length} pairs). */
export const ANTONYMS_ES: readonly string[] = [
${sorted.map((pair) => `  ${JSON.stringify(pair)},`).join('\n')}
];
`,
);
console.log(`wrote ${file.pathname}: ${sorted.length} pairs`);
