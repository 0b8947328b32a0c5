/**
 * Titles an article gives people through a possessive that refers to a body ("El Sindicato de Estibadores convocó una
 * huelga. Su secretario general, Tomás Rivas, advirtió…", "The Dockworkers Union called a strike. Its president, Mary
 * Cole, said…"): the title with the body it belongs to ("secretario general de Sindicato de Estibadores"), as the article
 * would have written it in full, so that a look-up for the body offers its people.
 */
import type { Cast } from './cast.js';
import { isBodyNoun, type Mentions } from './reference.js';
import { introducedAsBody } from './described-bodies.js';
import { BODY_NOUNS, isTitleNoun } from './lexicon.js';
import { foldWord } from './normalize.js';
import { isPunct, nameSpans, startsLower, type Sentence } from './tokens.js';

/** Possessive determiners of a third person (folded) that a body's people are introduced by. */
const BODY_POSSESSIVES: ReadonlySet<string> = new Set(['su', 'its', 'their']);

/** A noun a body is introduced by: one for institutions that speak as one ("el sindicato X") or any other that names no person ("the charity X"). */
const bodyNoun = (noun: string) => BODY_NOUNS.has(foldWord(noun)) || isBodyNoun(noun);

/** Words a title has at most after its possessive ("Su secretario general adjunto"). */
const MAX_TITLE_WORDS = 4;

/**
 * Each person's titles written after a possessive whose body is the organisation named as a subject in the sentence
 * before or in the same sentence (`mentions`), or else the last name written there that the article introduces by a
 * body's noun ("el sindicato Semaf", "the charity Tidewatch": no word of such a name says it is a body's), with that
 * body, by the person's name as the cast resolves it. A possessive with no organisation named so near refers to a
 * person, and gives nothing.
 */
export function possessedTitles(sentences: readonly Sentence[], text: string, mentions: Mentions, cast: Cast, language: string): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    for (const span of nameSpans(sentence, text)) {
      if (!isPunct(tokens[span.from - 1], ',')) continue;
      let start = span.from - 2;
      while (start >= 0 && span.from - 1 - start <= MAX_TITLE_WORDS && tokens[start]!.kind === 'word' && startsLower(tokens[start]!.text)) start--;
      const possessive = tokens[start];
      const first = tokens[start + 1];
      if (possessive === undefined || !BODY_POSSESSIVES.has(possessive.key) || first === undefined || start + 1 >= span.from - 1 || !isTitleNoun(first.key)) continue;
      // The body: an organisation named as a subject before the possessive, in its sentence or the one before it.
      const earliest = sentences[index - 1]?.start ?? sentence.start;
      const body = mentions.organisations.filter((mention) => mention.at >= earliest && mention.end <= possessive.start).at(-1)?.name
        ?? sentences.slice(Math.max(0, index - 1), index + 1).flatMap((near) => nameSpans(near, text).filter((named) => near.tokens[named.to - 1]!.end <= possessive.start).map((named) => named.text)).filter((name) => introducedAsBody(text, name, bodyNoun)).at(-1);
      if (body === undefined) continue;
      const name = cast.resolveName(span.text, tokens[span.from]!.start) ?? span.text;
      const title = text.slice(first.start, tokens[span.from - 2]!.end);
      titles.set(name, [...(titles.get(name) ?? []), `${title} ${language === 'en' ? 'of' : 'de'} ${body}`]);
    }
  });
  return titles;
}
