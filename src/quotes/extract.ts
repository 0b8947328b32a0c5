/**
 * Finds who said what in one article: quotations (“…”, «…», "…", ‘…’) and reported speech ("Kim dijo
 * que…", "Tanabe denied reports that…"), each attributed to the subject of the verb of saying that governs
 * it, with the channel (agency, letter, statement) apart from the speaker.
 *
 * Choices worth knowing:
 * - The speaker is credited only when the grammar makes it certain; otherwise `speaker` is null.
 * - A news medium that relays someone else's words is `via`; a medium reporting on its own, with nobody
 *   else speaking in the sentence, is the speaker ("PARS reported that…").
 * - A quoted fragment inside the same speaker's reported clause ("Kim dijo que su encuentro … elevó los lazos
 *   de su “relación estratégica centenaria”") is part of that indirect statement, not a second statement:
 *   one thing said, counted once, its quote marks still showing which words are verbatim. A fragment the
 *   sentence gives to someone else ("en lo que Kim llamó una “…”, dijo KCNA") is a direct statement of its own.
 * - Quotations of fewer than three words with no verb of saying at hand are scare quotes, not statements.
 */
import type { Article } from '../corpus/types.js';
import { splitSentences } from '../corpus/sentences.js';
import type { Statement } from './types.js';
import { findQuotations, type Quotation } from './quotations.js';
import { groupBy } from './group.js';
import { isNameWord, tokenize, type Sentence, type Token } from './tokens.js';
import { buildCast, commaSegments, type Cast, type Segment } from './cast.js';
import { readChannel, readPhrase, type PhraseReading } from './phrases.js';
import {
  AUXILIARIES, CLAUSE_BREAKERS, CLAUSE_WORDS, COMPLEMENTISERS, COORDINATORS, DETERMINERS, IMPERSONAL_QUOTING, INDEFINITE_DETERMINERS, NEGATIONS,
  PHRASE_PREPOSITIONS, SKIPPABLE, SOURCE_MARKERS, speechVerb, type SpeechVerb,
} from './lexicon.js';

/** Who a verb's subject is: a speaker, a news medium, both unknown (a subject we could not pin down). */
interface Attribution {
  speaker: string | null;
  medium: string | null;
}

interface VerbUse {
  /** First token of the verb group ("ha" in "ha dicho", "se" in "se cita"). */
  first: number;
  /** The verb of saying itself. */
  last: number;
  verb: SpeechVerb | 'source';
  subject: Attribution | undefined;
  /** Token range of the subject phrase, when there is one. */
  subjectFrom: number;
  subjectTo: number;
  /** Subject after the verb ("dijo Putin", "según la agencia"). */
  inverted: boolean;
  /** Subject taken from a relative pronoun's antecedent (", que había dicho…"): the clause ends at the next comma. */
  relative: boolean;
}

interface Draft {
  kind: Statement['kind'];
  start: number;
  end: number;
  attribution: Attribution | undefined;
  /** Channels named for this statement in particular (a trailing "informó la KCNA"). */
  media: string[];
}

interface ArticleContext {
  text: string;
  cast: Cast;
}

/** What a sentence leaves for the next one: itself (whom "he said" refers to) and its statements (whom a bare quotation continues). */
interface Previous {
  sentence: Sentence;
  drafts: Draft[];
  vias: string[];
}

const MIN_QUOTE_WORDS = 3;
const RELATIVES = new Set(['que', 'who', 'quien', 'which']);
const MAX_OBJECT_TOKENS = 5;

export interface ArticleQuotes {
  statements: Statement[];
  /** Other forms the article uses for each speaker ("Kim", "líder norcoreano"). */
  aliases: Record<string, string[]>;
}

export function extractStatements(article: Article): Statement[] {
  return analyseArticle(article).statements;
}

export function analyseArticle(article: Article): ArticleQuotes {
  const { text } = article;
  const quotations = findQuotations(text, article.paragraphs);
  const sentences = readSentences(article, quotations);
  const cast = buildCast(sentences, text);
  const context: ArticleContext = { text, cast };

  const statements: Statement[] = [];
  let previous: Previous | undefined;
  for (const sentence of sentences) {
    const { drafts, vias } = readSentence(context, sentence, previous);
    for (const draft of drafts) statements.push(toStatement(article, draft, vias));
    previous = { sentence, drafts, vias };
  }
  const speakers = new Set(statements.map((statement) => statement.speaker).filter((speaker): speaker is string => speaker !== null));
  const aliases = Object.fromEntries([...speakers].map((speaker) => [speaker, cast.aliasesOf(speaker)]));
  return { statements, aliases };
}

function toStatement(article: Article, draft: Draft, vias: string[]): Statement {
  const medium = draft.attribution?.medium ?? null;
  const speaker = draft.attribution?.speaker ?? medium;
  const channels = [...draft.media, ...(speaker === medium ? [] : medium ? [medium] : []), ...vias].filter((via) => via !== speaker);
  return {
    articleId: article.id,
    title: article.title,
    date: article.date,
    kind: draft.kind,
    text: article.text.slice(draft.start, draft.end),
    speaker,
    via: channels[0] ?? null,
    start: draft.start,
    end: draft.end,
  };
}

/** Sentences of each paragraph, never cut inside a quotation. */
function readSentences(article: Article, quotations: Quotation[]): Sentence[] {
  const starts = splitSentences(article.text).map((span) => span.start);
  const quotationsByParagraph = groupBy(quotations, (quotation) => [quotation.paragraph]);
  const sentences: Sentence[] = [];
  // Paragraphs and sentence starts both come in text order: one pass over each keeps long articles linear.
  let next = 0;
  article.paragraphs.forEach((paragraph, index) => {
    const inside = quotationsByParagraph.get(index) ?? [];
    while (next < starts.length && starts[next]! <= paragraph.start) next++;
    const cuts: number[] = [];
    for (; next < starts.length && starts[next]! < paragraph.end; next++) {
      const start = starts[next]!;
      if (!inside.some((quotation) => quotation.outer.start < start && start < quotation.outer.end)) cuts.push(start);
    }
    const bounds = [paragraph.start, ...cuts, paragraph.end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const span = { start: bounds[i]!, end: bounds[i + 1]! };
      const sentence = tokenize(article.text, span, inside, index);
      if (sentence.tokens.length) sentences.push(sentence);
    }
  });
  return sentences;
}

// ---------------------------------------------------------------------------------------------------------
// Verbs of saying and their subjects

function isPunct(token: Token | undefined, chars = ',.;:'): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.text);
}

function findVerbs(sentence: Sentence): Array<Pick<VerbUse, 'first' | 'last' | 'verb'>> {
  const { tokens } = sentence;
  const found: Array<Pick<VerbUse, 'first' | 'last' | 'verb'>> = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    if (SOURCE_MARKERS.has(token.key)) {
      const next = tokens[i + 1]?.key === 'to' ? i + 2 : i + 1;
      // "según ha informado X" leaves the work to the verb that follows.
      if (!tokens.slice(next, next + 2).some((t) => isSpeechVerbToken(t) || AUXILIARIES.has(t.key))) found.push({ first: i, last: next - 1, verb: 'source' });
      return;
    }
    if (IMPERSONAL_QUOTING.has(token.key) && tokens[i - 1]?.key === 'se' && ['a', 'al'].includes(tokens[i + 1]?.key ?? '')) {
      found.push({ first: i - 1, last: i, verb: { frame: 'clause', english: false } });
      return;
    }
    const verb = speechVerb(token.text);
    // A capital mid-sentence makes a name ("Omar Said"), not a verb.
    if (!verb || (i > 0 && /^\p{Lu}/u.test(token.text))) return;
    let first = i;
    while (first > 0 && AUXILIARIES.has(tokens[first - 1]!.key)) first--;
    // "según ha informado la agencia": the marker belongs to the verb group.
    if (first > 0 && SOURCE_MARKERS.has(tokens[first - 1]!.key)) first--;
    const participle = !verb.english && /(?:ado|ido|cho|to)$/.test(token.text.toLowerCase());
    if (participle && first === i) return;
    const before = tokens[first - 1];
    // "una denuncia", "the report": a determiner makes it a noun; "no ha confirmado" reports nothing said.
    if (before && (DETERMINERS.has(before.key) || NEGATIONS.has(before.key) || (NEGATIONS.has(tokens[first - 2]?.key ?? '') && before.key === 'se'))) return;
    found.push({ first, last: i, verb });
  });
  return found;
}

/** A verb of saying in running text; capitalised, the same word is a name ("Omar Said"). */
function isSpeechVerbToken(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && speechVerb(token.text) !== undefined;
}

function isGerund(token: Token): boolean {
  return /(?:ing|ando|iendo)$/.test(token.key);
}

function attributionOf(context: ArticleContext, reading: PhraseReading, previous: Previous | undefined): Attribution {
  const { cast } = context;
  switch (reading.kind) {
    case 'name':
      if (reading.mediumTitle || cast.isMedium(reading.name)) return { speaker: null, medium: reading.name };
      return { speaker: cast.resolveName(reading.name), medium: null };
    case 'title':
      return reading.medium ? { speaker: null, medium: null } : { speaker: cast.resolveTitle(reading.title), medium: null };
    case 'group':
      return { speaker: capitalise(reading.text), medium: null };
    case 'pronoun':
      return { speaker: (previous && leadingSubject(context, previous.sentence, undefined)?.speaker) ?? null, medium: null };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Who a sentence is about, read from its opening phrase ("Mayor Olivia Brandt on Wednesday…",
 * "Japan's chief negotiator, Hiroshi Tanabe, struck…"): whom "he said" and ", saying" refer back to.
 */
function leadingSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): Attribution | undefined {
  const [first, second] = commaSegments(sentence);
  if (!first) return undefined;
  const read = (from: number, to: number) => readPhrase(sentence, context.text, from, to);
  const opening = read(first.from, first.to);
  if (second && sentence.tokens[first.to]?.text === ',' && (opening?.kind === 'title' || opening?.kind === 'group')) {
    const apposition = read(second.from, second.to);
    if (apposition?.kind === 'name') return attributionOf(context, apposition, previous);
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
  return reading && attributionOf(context, reading, previous);
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
    return { subject: attributionOf(context, reading.reading, previous), subjectFrom: reading.from, subjectTo: antecedentEnd, relative: true };
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
    return reading ? { subject: attributionOf(context, reading.reading, previous), subjectFrom: reading.from, subjectTo: end, relative: false } : none;
  }
  // A subject is parted from its verb by a comma only in apposition: "El líder norcoreano, Kim Jong Un, ha
  // afirmado", "Kim, the North Korean leader, said". "The trial of …, accused of …" has no subject.
  const inner = segmentBefore(tokens, end - 1);
  if (!isPunct(tokens[inner.from - 1], ',')) return none;
  const outer = segmentBefore(tokens, inner.from - 1);
  const read = (segment: Segment) => readPhrase(sentence, context.text, segment.from, segment.to);
  const innerReading = read(inner);
  const outerReading = read(outer);
  const reading = innerReading?.kind === 'name' ? innerReading : outerReading?.kind === 'name' && innerReading?.kind === 'title' ? outerReading : undefined;
  if (!reading) return none;
  return { subject: attributionOf(context, reading, previous), subjectFrom: outer.from, subjectTo: end - 1, relative: false };
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
        return { subject: attributionOf(context, named, previous), from, to: nextBoundary(tokens, to + 1) };
      }
    }
    return { subject: attributionOf(context, reading, previous), from, to: end };
  }
  return undefined;
}

function nextBoundary(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.kind === 'word') i++;
  return i;
}

function resolveVerbs(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): VerbUse[] {
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
    } else if (gerund && opensClause) {
      // ", saying …" / ", calling it …": the sentence's subject speaks.
      uses.push({ ...base, subject: leadingSubject(context, sentence, previous), subjectFrom: found.first, subjectTo: found.first });
    } else {
      // ", dijo KCNA" after a clause; "Jorge Benítez, acusó a …" after an apposition.
      const use = preverbal();
      uses.push(use.subject || !opensClause ? use : inverted() ?? use);
    }
  }
  return uses;
}

// ---------------------------------------------------------------------------------------------------------
// What was said: reported clauses

/** Where the reported clause of a verb starts: after "que"/"that", or right after the verb for complement verbs. */
function complementStart(sentence: Sentence, use: VerbUse, skip: Array<[number, number]>): number | undefined {
  const { tokens } = sentence;
  if (use.verb === 'source' || use.verb.frame === 'naming') return undefined;
  const afterVerb = use.inverted ? use.subjectTo : use.last + 1;
  let objectTokens = 0;
  for (let i = afterVerb; i < tokens.length; i++) {
    const skipped = skip.find(([from]) => from === i);
    if (skipped) {
      i = skipped[1] - 1;
      continue;
    }
    const token = tokens[i]!;
    if (COMPLEMENTISERS.has(token.key)) return i + 1;
    if (token.kind === 'quote' || isPunct(token, '.;:!?') || isSpeechVerbToken(token)) break;
    if (token.text === ',' && !COMPLEMENTISERS.has(tokens[i + 1]?.key ?? '') && !skip.some(([from]) => from === i + 1)) break;
    if (token.kind === 'word' && !SKIPPABLE.has(token.key) && ++objectTokens > MAX_OBJECT_TOKENS) break;
  }
  if (use.inverted) return undefined;
  const next = tokens[afterVerb];
  if (!next || next.kind === 'punct') return undefined;
  if (use.verb.frame === 'complement') return afterVerb;
  // English drops "that": "said the mayor had spoken…". Spanish "dijo" without "que" reports nothing here.
  if (use.verb.english && !PHRASE_PREPOSITIONS.has(next.key) && !SKIPPABLE.has(next.key)) return afterVerb;
  return undefined;
}

/** Where a reported clause that starts at `from` ends (exclusive token index). */
function complementEnd(context: ArticleContext, sentence: Sentence, from: number, relative: boolean): number {
  const { tokens } = sentence;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isPunct(token, ';:.!?')) return i;
    if (i > from && readChannel(sentence, context.text, i, tokens.length)) return i;
    // "negó haber bloqueado el acuerdo y acusó a …": the second verb starts a statement of its own.
    if (COORDINATORS.has(token.key) && startsSpeechVerb(tokens, i + 1)) return i;
    if (token.text !== ',') continue;
    if (relative) return i;
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2]?.key ?? '';
    if (!next) return i;
    // ", pero que …", ", y que …" carry on what was reported.
    const joinsReport = COMPLEMENTISERS.has(next.key) || ((CLAUSE_BREAKERS.has(next.key) || COORDINATORS.has(next.key)) && COMPLEMENTISERS.has(afterNext));
    if (joinsReport) continue;
    const opensNewClause =
      CLAUSE_BREAKERS.has(next.key) ||
      COORDINATORS.has(next.key) ||
      INDEFINITE_DETERMINERS.has(next.key) ||
      SOURCE_MARKERS.has(next.key) ||
      segmentHasSpeechVerb(tokens, i + 1);
    if (opensNewClause) return i;
  }
  return tokens.length;
}

function startsSpeechVerb(tokens: Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && (AUXILIARIES.has(tokens[i]!.key) || SKIPPABLE.has(tokens[i]!.key))) i++;
  return isSpeechVerbToken(tokens[i]);
}

function segmentHasSpeechVerb(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && tokens[i]!.text !== ',' && tokens[i]!.kind !== 'quote'; i++) {
    if (isSpeechVerbToken(tokens[i]) && !DETERMINERS.has(tokens[i - 1]?.key ?? '')) return true;
  }
  return false;
}

function trimEnd(tokens: Token[], from: number, to: number): number {
  let end = to;
  while (end > from && tokens[end - 1]!.kind === 'punct') end--;
  return end;
}

// ---------------------------------------------------------------------------------------------------------
// One sentence

function quoteWords(quotation: Quotation, text: string): number {
  return text.slice(quotation.inner.start, quotation.inner.end).split(/\s+/).filter(Boolean).length;
}

function directDraft(quotation: Quotation, attribution: Attribution | undefined, media: string[] = []): Draft {
  return { kind: 'direct', start: quotation.inner.start, end: quotation.inner.end, attribution, media };
}

function readSentence(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): { drafts: Draft[]; vias: string[] } {
  const { tokens } = sentence;
  const { text } = context;
  const uses = resolveVerbs(context, sentence, previous);

  const vias: string[] = [];
  tokens.forEach((_, i) => {
    const channel = readChannel(sentence, text, i, tokens.length);
    if (channel) vias.push(channel);
  });
  vias.sort((a, b) => Number(context.cast.isMedium(b)) - Number(context.cast.isMedium(a)));

  const drafts: Draft[] = [];
  const quoteOwners = new Map<Token, VerbUse>();
  const clauseStart = (use: VerbUse) => Math.min(use.first, use.subjectFrom);
  const clauseEnd = (use: VerbUse) => Math.max(use.last + 1, use.subjectTo);
  const quoteBefore = (use: VerbUse) => {
    const start = clauseStart(use);
    const token = isPunct(tokens[start - 1], ',') ? tokens[start - 2] : tokens[start - 1];
    return token?.kind === 'quote' ? token : undefined;
  };

  // Relative clauses (", que había dicho … ,") are skipped when looking for the main verb's "que".
  const skips: Array<[number, number]> = [];
  const contents = new Map<VerbUse, [number, number]>();
  for (const use of [...uses].sort((a, b) => Number(b.relative) - Number(a.relative))) {
    if (quoteBefore(use)) continue;
    const start = complementStart(sentence, use, skips);
    if (start === undefined) continue;
    const from = isPunct(tokens[start], ',') ? start + 1 : start;
    const clauseLimit = complementEnd(context, sentence, from, use.relative);
    // "defendió el texto final: «…»": the quotation is what was said.
    const colonQuote = tokens[clauseLimit]?.text === ':' ? tokens[clauseLimit + 1] : undefined;
    if (colonQuote?.kind === 'quote') {
      quoteOwners.set(colonQuote, use);
      continue;
    }
    const end = trimEnd(tokens, from, clauseLimit);
    if (end <= from) continue;
    contents.set(use, [from, end]);
    if (use.relative) skips.push([use.subjectTo + 1, end + 1]);
  }
  const insideContent = (index: number) => [...contents.values()].some(([from, to]) => from <= index && index < to);

  // "en lo que Kim llamó una “…”", "calling it “…”": the naming verb binds tighter than a trailing "dijo KCNA".
  tokens.forEach((token, i) => {
    if (token.kind !== 'quote' || quoteOwners.has(token)) return;
    const namer = uses.find((use) => use.verb !== 'source' && use.verb.frame === 'naming' && use.last < i && i - use.last <= 3);
    if (namer) quoteOwners.set(token, namer);
  });

  // Verbs that attribute a quotation next to them: "“…”, dijo Putin", "“…,” Grant said", "dijo X: «…»".
  for (const use of uses) {
    if (contents.has(use) || use.verb === 'source') continue;
    const before = quoteBefore(use);
    if (before && !quoteOwners.has(before) && !insideContent(tokens.indexOf(before))) quoteOwners.set(before, use);
    const end = clauseEnd(use);
    const following = tokens[end]?.text === ':' || isPunct(tokens[end], ',') ? tokens[end + 1] : undefined;
    if (following?.kind === 'quote' && !quoteOwners.has(following)) quoteOwners.set(following, use);
  }
  // ": «…»" after a verb whose subject came first: "Henrik Dahl, defendió en cambio el texto final: «…»".
  tokens.forEach((token, i) => {
    if (token.kind !== 'quote' || quoteOwners.has(token) || tokens[i - 1]?.text !== ':') return;
    const owner = [...uses].reverse().find((use) => use.last < i && use.verb !== 'source');
    if (owner) quoteOwners.set(token, owner);
  });
  for (const [use, [from, to]] of contents) {
    const only = to - from === 1 ? tokens[from] : undefined;
    if (only?.kind === 'quote' && only.quotation) {
      quoteOwners.set(only, use);
      continue;
    }
    // Reported speech without a subject we can read is not reported speech we can vouch for.
    if (use.subject) drafts.push({ kind: 'indirect', start: tokens[from]!.start, end: tokens[to - 1]!.end, attribution: use.subject, media: [] });
  }

  tokens.forEach((token, i) => {
    const quotation = token.quotation;
    if (token.kind !== 'quote' || !quotation) return;
    const owner = quoteOwners.get(token);
    if (owner) {
      drafts.push(directDraft(quotation, owner.subject));
      return;
    }
    if (insideContent(i)) return;
    const wholeSentence = tokens.every((other) => other === token || other.kind === 'punct');
    const earlier = previous?.drafts.at(-1);
    if ((wholeSentence || quotation.continuesPrevious) && earlier?.attribution) {
      drafts.push(directDraft(quotation, earlier.attribution, earlier.media.length ? earlier.media : previous!.vias));
      return;
    }
    if (quoteWords(quotation, text) >= MIN_QUOTE_WORDS) drafts.push(directDraft(quotation, undefined));
  });

  // A verb with nothing of its own to report closes the sentence: ", dijo KCNA", ", Reuters reported", ", según …".
  for (const use of uses) {
    if (contents.has(use) || [...quoteOwners.values()].includes(use)) continue;
    if (use.verb !== 'source' && use.verb.frame === 'naming') continue;
    const start = clauseStart(use);
    const afterClause = tokens[clauseEnd(use)];
    const trailing = isPunct(tokens[start - 1], ',') && (!afterClause || isPunct(afterClause, ',.;'));
    const leadingSource = use.verb === 'source' && start === 0 && isPunct(afterClause, ',');
    if (leadingSource) {
      const from = clauseEnd(use) + 1;
      const end = trimEnd(tokens, from, complementEnd(context, sentence, from, false));
      if (end > from) drafts.push({ kind: 'indirect', start: tokens[from]!.start, end: tokens[end - 1]!.end, attribution: use.subject, media: [] });
      continue;
    }
    if (!trailing || !use.subject) continue;
    const earlierDrafts = drafts.filter((draft) => draft.start < tokens[start]!.start);
    if (earlierDrafts.length) {
      if (use.subject.medium) for (const draft of earlierDrafts) draft.media.push(use.subject.medium);
      continue;
    }
    const end = trimEnd(tokens, 0, start - 1);
    if (end > 0) drafts.push({ kind: 'indirect', start: tokens[0]!.start, end: tokens[end - 1]!.end, attribution: use.subject, media: [] });
  }

  drafts.sort((a, b) => a.start - b.start);
  return { drafts: drafts.filter((draft) => draft.end > draft.start), vias };
}
