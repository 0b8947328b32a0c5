/**
 * The infinitive of a Spanish verb written in the future. The index folds a word before the Snowball stemmer reads it,
 * and folded, the future of -er and -ir verbs loses the accent that marks its ending: "subirá" is stemmed "subir" and
 * "crecerá" "crecer", while "subida", "sube", "subir" are "sub". So "¿Subirá el IBI?" met no sentence saying "no habrá
 * subida del IBI". A question's verb written so is looked up by its infinitive's stem too.
 *
 * Read from the question as written, its accent present: a regular future is the infinitive with the ending -é, -ás, -á,
 * -éis or -án (folded "-emos" is stemmed as any other form). The conditional (-ía…) is left out: nouns in -ería and
 * -aría ("librería", "secretaría") end alike. Irregular futures ("podrá", "habrá") have no infinitive before the ending.
 */
import { foldAccents } from '../text/words.js';

const WRITTEN = /(?<![\p{L}\p{M}])(\p{Ll}{2,}(?:ar|er|ir))(?:á|án|ás|é|éis)(?![\p{L}\p{M}])/gu;

/** The question's verbs in the future (folded, as its content words are) with their infinitives (folded). */
export function writtenInfinitives(text: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const [word, infinitive = ''] of text.toLowerCase().matchAll(WRITTEN)) found.set(foldAccents(word), foldAccents(infinitive));
  return found;
}
