/**
 * Whose figure a sentence gives when it names the asked name and another. "¿A cuántos años fue condenada Carmen Vidal?"
 * shares its words with "La jueza condenó a Carmen Vidal junto a su socio Pedro Almagro, quien recibió una pena de cinco
 * años", whose five years are Almagro's: the figure stands in the clause the other name opens, while Vidal's six years are
 * in another sentence ("Vidal deberá cumplir seis años"). The lead's blind tester's kind (stop 52, "left open, by harm").
 *
 * Read by word order with closed classes only. A name opens a clause that owns what follows it up to the next name when it
 * is the clause's subject: right before a relative pronoun after a comma ("Pedro Almagro, quien recibió…") or right before
 * a word that is no function word ("Pedro Almagro recibió…"). A name after "de"/"of" qualifies a noun ("el censo de Estados
 * Unidos registra…") and owns nothing; nor does a speaker's before their verb of saying and "que"/"that" (the figure is
 * what they report: blind newcomer 30's E5, refused as another name's figure).
 */
import { functionWordsOf, STOP_WORDS } from '../text/stop-words.js';
import { foldAccents } from '../text/words.js';
import { CAPITAL, nameRunEnd } from './name-runs.js';
import { carriesCount } from './answer-type.js';
import { COMPLEMENTISERS, speechVerb } from '../quotes/lexicon.js';

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const WORD = /^\p{L}/u;
/** Words that make the noun before them own the name after them, folded. */
const OWNER_PREPOSITIONS = new Set(['de', 'del', 'of']);
/** How many words (an adverb: "also", "ayer") may stand between a speaker's name and their verb of saying, or it and "que"/"that", plus one. */
const SPEAKER_REACH = 2;

/**
 * Whether the tokens from `at` on report what someone said: a verb of saying (quotes/lexicon.ts `speechVerb`) within
 * SPEAKER_REACH words, and "que"/"that" within SPEAKER_REACH words after it ("also confirmed that", "aseguró ayer que"). Its name owns no figure: the
 * figure is the reported clause's, of whatever it names ("Greaves confirmed that 38 of the 52 spaces on Mill Street…").
 */
function reportsFrom(tokens: readonly Token[], at: number): boolean {
  const complementiser = (from: number) => tokens.slice(from, from + SPEAKER_REACH).some((token) => COMPLEMENTISERS.has(token.folded));
  return tokens.slice(at, at + SPEAKER_REACH).some((token, i) => WORD.test(token.word) && speechVerb(token.word) !== undefined && complementiser(at + i + 1));
}

/** Relative pronouns that open a clause whose subject is the name before their comma, folded. */
const RELATIVES = new Set(['quien', 'quienes', 'que', 'who', 'which']);

interface Token {
  folded: string;
  word: string;
  start: number;
}

/** A run of capitalised words and whether it is the asked name's (one of its words is one of the question's names). */
interface NameRun {
  /** Character offset in the sentence. */
  start: number;
  asked: boolean;
  /** Whether the clause after it is its own (the rule above). */
  owns: boolean;
  /** Whether it follows a preposition of place (PLACE_PREPOSITIONS), maybe with a determiner or an adjective between: "in west Cornwall". */
  placed: boolean;
}

/** Prepositions that make the name after them where a clause's event happens, folded. */
const PLACE_PREPOSITIONS = new Set(['en', 'desde', 'in', 'at', 'from', 'across', 'throughout']);
/** How many lower-case words may stand between such a preposition and the name ("en el norte de", "from the north face of"), plus one. */
const PLACE_REACH = 5;

/** Whether the name at `at` follows a preposition of place within PLACE_REACH tokens, all of them lower-case words. */
function placedAt(tokens: readonly Token[], at: number): boolean {
  for (let back = at - 1; back >= Math.max(0, at - PLACE_REACH); back--) {
    const token = tokens[back]!;
    if (PLACE_PREPOSITIONS.has(token.folded)) return true;
    if (!WORD.test(token.word) || CAPITAL.test(token.word)) return false;
  }
  return false;
}

function runsOf(tokens: readonly Token[], names: ReadonlySet<string>, functionWords: ReadonlySet<string>): NameRun[] {
  const runs: NameRun[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at]!;
    const before = tokens[at - 1];
    const inside = before !== undefined && WORD.test(before.word);
    // A sentence opens with a capital anyway: there only a question's word reads as a name ("Vidal deberá…").
    if (!CAPITAL.test(token.word) || (!inside && !names.has(token.folded))) {
      at++;
      continue;
    }
    const next = nameRunEnd(tokens, at);
    const words = tokens.slice(at, next).filter((item) => CAPITAL.test(item.word));
    const after = tokens[next];
    const relative = after?.word === ',' && RELATIVES.has(tokens[next + 1]?.folded ?? '');
    const verb = after !== undefined && WORD.test(after.word) && !CAPITAL.test(after.word) && !functionWords.has(after.folded);
    const qualifies = before !== undefined && OWNER_PREPOSITIONS.has(before.folded);
    runs.push({ start: token.start, asked: words.some((item) => names.has(item.folded)), owns: !qualifies && (relative || verb) && !reportsFrom(tokens, next), placed: placedAt(tokens, at) });
    at = next;
  }
  return runs;
}

/**
 * True when `sentence` names one of the question's names (a run of capitalised words holding one of `names`, the
 * question's name words, folded) and gives a count besides the question's words (`questionWords`, folded; answer-type.ts
 * `carriesCount`, durations included) only in clauses another name owns (the rule above): none in the asked name's (from
 * it to the next name opening a clause) nor before the first such name. False when it names no other name. `language` is the sentence's (ISO 639-1), for its
 * function and number words.
 */
export function figureOfAnotherInSentence(sentence: string, names: ReadonlySet<string>, questionWords: ReadonlySet<string>, language: string): boolean {
  const functionWords = (language === 'es' || language === 'en' ? STOP_WORDS[language] : functionWordsOf(language)) ?? new Set<string>();
  const tokens = [...sentence.matchAll(TOKEN)].map((match) => ({ word: match[0], folded: foldAccents(match[0]), start: match.index }));
  // The clauses' openings: the asked name's runs and the names that own what follows them. An asked name that owns no
  // clause and tells where the clause another name opens happens is inside that clause, whose figure is its own too
  // ("Storm Edda left 4,000 homes without power in west Cornwall" for "How many homes lost power in Cornwall?").
  const runs: NameRun[] = [];
  for (const run of runsOf(tokens, names, functionWords).filter((item) => item.asked || item.owns)) {
    const open = runs.at(-1);
    if (open?.owns && run.asked && !run.owns && run.placed) runs[runs.length - 1] = { ...open, asked: true };
    else runs.push(run);
  }
  if (!runs.some((run) => run.asked)) return false;
  const counts = (from: number, to: number | undefined) => carriesCount(sentence.slice(from, to ?? sentence.length), questionWords, true, language, false);
  // A figure before any of them ("La sanción más alta, de 9,4 millones, recae sobre Telnova") may be the asked name's.
  const unowned = counts(0, runs[0]?.start);
  return !unowned && runs.some((run, i) => !run.asked && counts(run.start, runs[i + 1]?.start)) && !runs.some((run, i) => run.asked && counts(run.start, runs[i + 1]?.start));
}
