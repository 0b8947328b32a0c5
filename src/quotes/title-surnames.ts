/**
 * Surnames that are role nouns ("Gayle King", "Stephen Bishop", "Ana Rey"): the name reader ends a name before a role
 * noun, which usually opens a title ("King Charles", "el rey Felipe"). An article that also writes the word alone, with
 * no article and no name after it ("King asked Scott", "told King"), uses it as a surname; there the role noun right
 * after a name is the name's last word, so that "King" is found to be "Gayle King".
 */
import type { NameSpan, Sentence, Token } from './tokens.js';
import { isNameWord, startsUpper } from './tokens.js';
import { DETERMINERS, isTitleNoun } from './lexicon.js';

/** Whether the token is a capitalised role noun written in full ("King", not "Gen."). */
function isCapitalisedTitle(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && startsUpper(token.text) && !token.abbreviation && isTitleNoun(token.key);
}

/** Whether the role noun at `at` ends what it is part of: neither a name word nor another role noun follows it ("King asked", not "King Charles"). */
function endsAt(tokens: Token[], at: number): boolean {
  return !isNameWord(tokens, at + 1) && !isCapitalisedTitle(tokens[at + 1]);
}

/** Keys of the role nouns the article writes alone as a name: capitalised, after no article or capitalised word, before no name. */
export function titleSurnames(sentences: readonly Sentence[]): ReadonlySet<string> {
  const surnames = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const before = tokens[i - 1];
      const alone = before === undefined || before.kind !== 'word' || (!DETERMINERS.has(before.key) && !startsUpper(before.text));
      if (isCapitalisedTitle(token) && alone && endsAt(tokens, i)) surnames.add(token.key);
    });
  }
  return surnames;
}

/** The name `span` with the role noun after it when that noun is one of `surnames` and no name follows it ("Gayle King"); else undefined. */
export function withTitleSurname(sentence: Sentence, text: string, span: NameSpan, surnames: ReadonlySet<string>): string | undefined {
  const { tokens } = sentence;
  const next = tokens[span.to];
  if (!isCapitalisedTitle(next) || !surnames.has(next.key) || !endsAt(tokens, span.to)) return undefined;
  return text.slice(tokens[span.from]!.start, next.end);
}
