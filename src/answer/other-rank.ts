/**
 * Whether a question asks of one member of a closed series while the sentence found tells of another member of it: "the
 * sixth round" beside "the fourth round", "la segunda vuelta" beside "la primera vuelta", "el tercer trimestre" beside
 * "el segundo trimestre", "el martes" beside "el lunes", "en marzo" beside "en febrero". The sentence repeats the
 * question's words about a neighbouring member, as other-year.ts reads a neighbouring year, and a reporter asking of
 * the sixth round is not answered by the fourth's venue (blind newcomers 33 and 35: another round, another day).
 * SQuAD 2.0's writers made unanswerable questions by such swaps too (Rajpurkar, Jia & Liang, 2018, "Know What You
 * Don't Know").
 *
 * An ordinal ranks the noun after it ("la sexta ronda", "the sixth round", "6.ª edición", "third-quarter"), so a rank
 * only competes with another rank of the same noun ("la cuarta ronda", "la primera ola"), never with an ordinal ranking
 * something else. "Último"/"last" ranks nothing fixed and is no member. A weekday or a month competes with any other
 * weekday or month. The asked member held anywhere in the story read (ranked or named, in either language's word) is
 * met, whatever the sentence says: the story may tell of both rounds and the lookup chose the other's sentence.
 */
import { MONTH_NAMES, MONTH_SPELLINGS, WEEKDAY_NAMES } from '../corpus/dates.js';
import { foldAccents } from '../text/words.js';

/** Ranks by their word, Spanish and English, folded (a Spanish ordinal takes -o/-a/-os/-as, "primer" and "tercer" lose the -o). */
const RANKS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^(?:primer[oa]?s?|first)$/u],
  [2, /^(?:segund[oa]s?|second)$/u],
  [3, /^(?:tercer[oa]?s?|third)$/u],
  [4, /^(?:cuart[oa]s?|fourth)$/u],
  [5, /^(?:quint[oa]s?|fifth)$/u],
  [6, /^(?:sext[oa]s?|sixth)$/u],
  [7, /^(?:sep?tim[oa]s?|seventh)$/u],
  [8, /^(?:octav[oa]s?|eighth)$/u],
  [9, /^(?:noven[oa]s?|ninth)$/u],
  [10, /^(?:decim[oa]s?|tenth)$/u],
  [11, /^(?:undecim[oa]s?|eleventh)$/u],
  [12, /^(?:duodecim[oa]s?|twelfth)$/u],
];
/** A rank in digits: "6.ª", "4º", "3er", "1ra", "2do", "6th", "21st". */
const DIGIT_RANK = /^(\d{1,2})(?:\.?[ªº]|er|ra|do|da|to|ta|st|nd|rd|th)$/u;
/** A weekday's or a month's number by its full name, Spanish or English, folded ("setiembre" too). */
const WEEKDAYS: ReadonlyMap<string, number> = new Map([WEEKDAY_NAMES.es, WEEKDAY_NAMES.en].flatMap((names) => names.map((name, at) => [name, at] as const)));
const MONTHS: ReadonlyMap<string, number> = new Map([...[MONTH_NAMES.es, MONTH_NAMES.en].flatMap((names) => names.map((name, at) => [name, at + 1] as const)), ...Object.entries(MONTH_SPELLINGS)]);
/** English verbs that are months' names too: months only when written with a capital ("in May", not "may march"). */
const CAPITALISED_ONLY = new Set(['may', 'march']);
/** Words after an ordinal that are no noun it ranks: particles, articles, numbers ("cuartos de final", "first of all"). */
const NO_NOUN = /^(?:de|del|of|la|el|los|las|the|a|y|and|en|in|que|that|to|por|for|\d.*)$/u;
/** Words before an ordinal that make it a unit or a count ("43 segundos", "¿Cuántos segundos…?"), not a rank. */
const COUNTING = /^(?:\d.*|cuant[oa]s|many|un|unos|a|few|varios|several)$/u;
/** Letters a noun is compared by: its plural and its gender are the same noun ("ronda", "rondas"; "round", "rounds"). */
const NOUN_PREFIX = 5;

/** A member of a closed series: a rank with the noun it ranks, or a weekday or month by its number. */
interface Member {
  series: 'rank' | 'weekday' | 'month';
  value: number;
  /** The ranked noun's first letters, for a rank. */
  noun?: string;
}

/** The rank a folded word writes, if any. */
function rankOf(word: string): number | undefined {
  const digits = DIGIT_RANK.exec(word);
  if (digits) return Number(digits[1]);
  return RANKS.find(([, pattern]) => pattern.test(word))?.[0];
}

/** The members of closed series that `text` names, in reading order. */
function membersIn(text: string): Member[] {
  const written = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}.ªº]*/gu) ?? [];
  // A trailing full stop ends a sentence, not a word; "6.ª" keeps its inner one.
  const tokens = written.map((word) => ({ capitalised: /^\p{Lu}/u.test(word), folded: foldAccents(word).replace(/\.$/u, '') }));
  const found: Member[] = [];
  tokens.forEach(({ folded, capitalised }, at) => {
    for (const [series, names] of [['weekday', WEEKDAYS], ['month', MONTHS]] as const) {
      const value = names.get(folded);
      if (value !== undefined && (capitalised || !CAPITALISED_ONLY.has(folded))) found.push({ series, value });
    }
    const rank = rankOf(folded);
    if (rank === undefined || COUNTING.test(tokens[at - 1]?.folded ?? '')) return;
    // The next word is the ranked noun; "third-quarter" is read as two words, a hyphen being no letter.
    const noun = tokens[at + 1]?.folded;
    if (noun !== undefined && !NO_NOUN.test(noun)) found.push({ series: 'rank', value: rank, noun: noun.slice(0, NOUN_PREFIX) });
  });
  return found;
}

/** Whether `held` names `asked`'s member: the same weekday or month, or the same rank of any noun. */
const sameMember = (asked: Member, held: Member) => held.series === asked.series && held.value === asked.value;
/** Whether `held` is another member of `asked`'s series, and for a rank another rank of the same noun. */
const otherMember = (asked: Member, held: Member) => held.series === asked.series && held.value !== asked.value && held.noun === asked.noun;

/**
 * Whether `question` names a rank of a noun, a weekday or a month that `story` (the quoted story's text, headline
 * included) names nowhere, while `sentence` (the first sentence the answer would quote) names another member of the
 * same series (for a rank, of the same noun). Spanish and English words; "último"/"last" is no rank.
 */
export function otherRank(question: string, sentence: string, story: string): boolean {
  const inStory = membersIn(story);
  const inSentence = membersIn(sentence);
  return membersIn(question).some((asked) => !inStory.some((held) => sameMember(asked, held)) && inSentence.some((held) => otherMember(asked, held)));
}
