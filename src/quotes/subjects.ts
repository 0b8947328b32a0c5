/**
 * The subject of each cue verb: before it ("Kim dijo", "El líder norcoreano, Kim Jong Un, ha afirmado"),
 * after it ("dijo Putin", "según la agencia"), through a relative pronoun (", que había dicho") or, for a
 * gerund (", saying"), the phrase the sentence opens with.
 */
import { isNameWord, isPunct, type Sentence, type Token } from './tokens.js';
import { commaSegments, type Segment } from './cast.js';
import { readPhrase, type PhraseReading } from './phrases.js';
import { findVerbs, isGerund, isSpeechVerbToken } from './cues.js';
import type { ArticleContext, Attribution, Previous, VerbUse } from './reading.js';
import { asPerson, resolveRole, sentenceTopic } from './reference.js';
import { CLAUSE_WORDS, COORDINATORS, DETERMINERS, IMPERSONAL_QUOTING, PHRASE_PREPOSITIONS, SKIPPABLE, SOURCE_MARKERS } from './lexicon.js';

/** Relative pronouns whose antecedent is the subject of the verb they introduce. */
const RELATIVES = new Set(['que', 'who', 'quien', 'which']);

/** How many paragraphs back the last credited speaker may still be the subject a sentence leaves out. */
const FOCUS_REACH = 2;

function attributionOf(context: ArticleContext, reading: PhraseReading, previous: Previous | undefined, at: number): Attribution {
  const { cast } = context;
  switch (reading.kind) {
    case 'name':
      if (reading.mediumTitle || cast.isMedium(reading.name)) return { speaker: null, medium: reading.name };
      return { speaker: cast.resolveName(reading.name, at), medium: null };
    case 'title':
      return reading.medium ? { speaker: null, medium: null } : resolveRole(context, reading.title, at, antecedent(context, previous), true);
    case 'role':
      return resolveRole(context, reading.text, at, antecedent(context, previous), false);
    case 'group':
      return { speaker: capitalise(reading.text), medium: null };
    case 'pronoun':
      return asPerson(antecedent(context, previous)) ?? { speaker: null, medium: null };
  }
}

/**
 * Whom a pronoun or an omitted subject ("“…”, aseguró") refers to: the speaker of the previous sentence's
 * last statement, else that sentence's subject when it names someone, else the last speaker the article
 * credited, if within FOCUS_REACH paragraphs.
 */
export function antecedent(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  const spoke = previous.drafts.at(-1)?.attribution;
  if (spoke?.speaker || spoke?.medium) return spoke;
  const subject = leadingSubject(context, previous.sentence, undefined);
  if (subject?.speaker) return subject;
  const topic = sentenceTopic(context, previous.sentence);
  if (topic) return topic;
  const { focus } = previous;
  const paragraph = previous.sentence.paragraph;
  return focus && paragraph - focus.paragraph <= FOCUS_REACH ? focus.attribution : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Who a sentence is about, read from its opening phrase ("Mayor Olivia Brandt on Wednesday…",
 * "Japan's chief negotiator, Hiroshi Tanabe, struck…"): whom "he said" and ", saying" refer back to.
 */
export function leadingSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, before = sentence.tokens.length): Attribution | undefined {
  const [first, second] = commaSegments(sentence);
  if (!first || first.to > before) return undefined;
  const read = (from: number, to: number) => readPhrase(sentence, context.text, from, to);
  const opening = read(first.from, first.to);
  if (second && sentence.tokens[first.to]?.text === ',' && (opening?.kind === 'title' || opening?.kind === 'group')) {
    const apposition = read(second.from, second.to);
    if (apposition?.kind === 'name') return attributionOf(context, apposition, previous, sentence.start);
  }
  // The longest opening phrase that names someone, never cutting a name in two ("Mayor Olivia Brandt on Wednesday…",
  // "Transport Minister Hanna Wirth urged…"); a bare title or group only when nothing names anyone.
  let named: PhraseReading | undefined;
  let other: PhraseReading | undefined;
  for (let to = first.from + 1; to <= first.to; to++) {
    if (isNameWord(sentence.tokens, to) && isNameWord(sentence.tokens, to - 1)) continue;
    const reading = read(first.from, to);
    if (reading?.kind === 'name') named = reading;
    else if (reading && reading.kind !== 'pronoun') other ??= reading;
  }
  const reading = named ?? other;
  return reading && attributionOf(context, reading, previous, sentence.start);
}

/** The subject phrase right before a verb: "Kim dijo", "El líder norcoreano, Kim Jong Un, ha afirmado", "Putin, en su mensaje a Kim, también prometió". */
function subjectBefore(
  context: ArticleContext,
  sentence: Sentence,
  verbFirst: number,
  earlier: VerbUse[],
  previous: Previous | undefined,
): Pick<VerbUse, 'subject' | 'subjectFrom' | 'subjectTo' | 'relative'> {
  const { tokens } = sentence;
  const none = { subject: undefined, subjectFrom: verbFirst, subjectTo: verbFirst, relative: false };
  let end = verbFirst;
  while (end > 0 && SKIPPABLE.has(tokens[end - 1]!.key) && !DETERMINERS.has(tokens[end - 1]!.key)) end--;
  const before = tokens[end - 1];
  if (!before) return none;

  // "negó … y acusó …": one subject for both verbs.
  if (COORDINATORS.has(before.key)) {
    const shared = earlier.at(-1);
    return shared?.subject ? { subject: shared.subject, subjectFrom: shared.subjectFrom, subjectTo: shared.subjectTo, relative: false } : none;
  }
  // "Valdivia, que había dicho…", "Council member Derek Osei, who chairs…" is handled below; here the relative pronoun itself.
  if (RELATIVES.has(before.key)) {
    const antecedentEnd = isPunct(tokens[end - 2], ',') ? end - 2 : end - 1;
    const reading = phraseEndingAt(context, sentence, antecedentEnd);
    if (!reading) return none;
    return { subject: attributionOf(context, reading.reading, previous, sentence.start), subjectFrom: reading.from, subjectTo: antecedentEnd, relative: true };
  }
  // Step back over parentheticals between commas: channel phrases, relative clauses, "en cambio".
  while (isPunct(tokens[end - 1], ',')) {
    const segment = segmentBefore(tokens, end - 1);
    const opener = tokens[segment.from];
    const parenthetical = opener !== undefined && (PHRASE_PREPOSITIONS.has(opener.key) || RELATIVES.has(opener.key) || SKIPPABLE.has(opener.key));
    if (!parenthetical || !isPunct(tokens[segment.from - 1], ',')) break;
    end = segment.from - 1;
  }
  if (!isPunct(tokens[end - 1], ',')) {
    const reading = phraseEndingAt(context, sentence, end);
    return reading ? { subject: attributionOf(context, reading.reading, previous, sentence.start), subjectFrom: reading.from, subjectTo: end, relative: false } : none;
  }
  // A subject is parted from its verb by a comma only in apposition: "El líder norcoreano, Kim Jong Un, ha
  // afirmado", "Kim, the North Korean leader, said". "The trial of …, accused of …" has no subject.
  const inner = segmentBefore(tokens, end - 1);
  if (!isPunct(tokens[inner.from - 1], ',')) return none;
  const outer = segmentBefore(tokens, inner.from - 1);
  const read = (segment: Segment) => readPhrase(sentence, context.text, segment.from, segment.to);
  const innerReading = read(inner);
  const outerReading = read(outer);
  const describesOuter = innerReading?.kind === 'title' || (innerReading === undefined && isDescription(tokens, inner));
  const reading = innerReading?.kind === 'name' ? innerReading : outerReading?.kind === 'name' && describesOuter ? outerReading : undefined;
  if (!reading) return none;
  return { subject: attributionOf(context, reading, previous, sentence.start), subjectFrom: outer.from, subjectTo: end - 1, relative: false };
}

/**
 * Whether a segment reads as a common-noun apposition describing the name before it ("glaciólogo de la
 * Universidad…", "a former regulator", "exsecretario privado de Bukele"): it opens with a lower-case noun,
 * possibly after an article, never with a clause or preposition word.
 */
function isDescription(tokens: Token[], segment: Segment): boolean {
  let i = segment.from;
  if (DETERMINERS.has(tokens[i]?.key ?? '')) i++;
  const head = tokens[i];
  if (!head || i >= segment.to || head.kind !== 'word' || !/^\p{Ll}/u.test(head.text)) return false;
  const closed = [CLAUSE_WORDS, PHRASE_PREPOSITIONS, SKIPPABLE, COORDINATORS, SOURCE_MARKERS, RELATIVES];
  if (closed.some((words) => words.has(head.key))) return false;
  return !tokens.slice(segment.from, segment.to).some((token) => isSpeechVerbToken(token) || RELATIVES.has(token.key));
}

/** The comma-free stretch of words ending just before token `end`. */
function segmentBefore(tokens: Token[], end: number): Segment {
  let from = end;
  while (from > 0 && !isPunct(tokens[from - 1], ',.;:') && tokens[from - 1]!.kind !== 'quote') from--;
  return { from, to: end };
}

/** The longest readable speaker phrase ending at token `end`, stopping at punctuation and clause words. */
function phraseEndingAt(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  let from = end;
  while (from > 0 && tokens[from - 1]!.kind === 'word' && !isSpeechVerbToken(tokens[from - 1])) from--;
  for (let start = from; start < end; start++) {
    // A subject opens its clause: in "Kim prometió visitar Moscú y Putin dijo", "Moscú y Putin" does not.
    if (start > 0 && !opensPhrase(tokens[start - 1]!)) continue;
    const reading = readPhrase(sentence, context.text, start, end);
    if (reading) return { reading, from: start };
  }
  return undefined;
}

function opensPhrase(before: Token): boolean {
  return before.kind !== 'word' || [CLAUSE_WORDS, PHRASE_PREPOSITIONS, SKIPPABLE, COORDINATORS, SOURCE_MARKERS].some((words) => words.has(before.key));
}

/** The subject right after a verb that opens its clause: "dijo Putin", "informó la KCNA", "según fuentes de…". */
function subjectAfter(context: ArticleContext, sentence: Sentence, verbLast: number, previous: Previous | undefined): { subject: Attribution; from: number; to: number } | undefined {
  const { tokens } = sentence;
  let from = verbLast + 1;
  if (['a', 'al'].includes(tokens[from]?.key ?? '') && IMPERSONAL_QUOTING.has(tokens[verbLast]!.key)) from++;
  while (from < tokens.length && SKIPPABLE.has(tokens[from]!.key) && !DETERMINERS.has(tokens[from]!.key)) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.kind === 'word' && !(PHRASE_PREPOSITIONS.has(tokens[to]!.key) && to > from) && !isSpeechVerbToken(tokens[to])) to++;
  for (let end = to; end > from; end--) {
    const reading = readPhrase(sentence, context.text, from, end);
    if (!reading) continue;
    // "dijo el medio de comunicación estatal …, KCNA" / "dijo la alcaldesa, Marta Iglesias Roldán,": the name in apposition.
    if (end === to && isPunct(tokens[to], ',') && reading.kind !== 'name') {
      const apposition = readPhrase(sentence, context.text, to + 1, nextBoundary(tokens, to + 1));
      if (apposition?.kind === 'name' && !apposition.title) {
        const named: PhraseReading = reading.kind === 'title' && reading.medium ? { ...apposition, mediumTitle: true } : apposition;
        return { subject: attributionOf(context, named, previous, sentence.start), from, to: nextBoundary(tokens, to + 1) };
      }
    }
    return { subject: attributionOf(context, reading, previous, sentence.start), from, to: end };
  }
  return undefined;
}

function nextBoundary(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.kind === 'word') i++;
  return i;
}

/** The cue verbs of a sentence, each with its subject resolved (undefined when the grammar leaves it uncertain). */
export function resolveVerbs(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): VerbUse[] {
  const { tokens } = sentence;
  const uses: VerbUse[] = [];
  for (const found of findVerbs(sentence)) {
    const before = tokens[found.first - 1];
    const base = { ...found, inverted: false, relative: false };
    const gerund = found.verb !== 'source' && isGerund(tokens[found.last]!);
    const afterQuote = before?.kind === 'quote' || (isPunct(before, ',') && tokens[found.first - 2]?.kind === 'quote');
    const opensClause = !before || isPunct(before, ',:;') || afterQuote;
    const inverted = () => {
      const after = subjectAfter(context, sentence, found.last, previous);
      return after && { ...base, subject: after.subject, subjectFrom: after.from, subjectTo: after.to, inverted: true };
    };
    const preverbal = () => ({ ...base, ...subjectBefore(context, sentence, found.first, uses, previous) });
    if (found.verb === 'source' || IMPERSONAL_QUOTING.has(tokens[found.last]!.key) || (!gerund && (afterQuote || !before))) {
      uses.push(inverted() ?? preverbal());
    } else if (gerund) {
      // ", saying …", "respondió diciendo: …", "responded by saying": the sentence's subject speaks.
      uses.push({ ...base, subject: leadingSubject(context, sentence, previous), subjectFrom: found.first, subjectTo: found.first });
    } else {
      // ", dijo KCNA" after a clause; "Jorge Benítez, acusó a …" after an apposition.
      const use = preverbal();
      uses.push(use.subject || !opensClause ? use : inverted() ?? use);
    }
    const use = uses.at(-1)!;
    // Spanish leaves the subject out ("“…”, aseguró." / "Añadió que…"): the sentence's own subject when it
    // opens with one before the quotation, else whom the previous sentences were about.
    if (!use.subject && use.verb !== 'source' && !gerund && use.subjectFrom === use.first && (afterQuote || !before)) {
      const own = afterQuote ? leadingSubject(context, sentence, previous, found.first) : undefined;
      use.subject = own ?? antecedent(context, previous);
    }
  }
  return uses;
}
