/**
 * Finds who said what in one article: quotations (“…”, «…», "…", ‘…’) and reported speech ("Kim dijo
 * que…", "Tanabe denied reports that…"), each attributed to the subject of the verb of saying that governs
 * it, with the channel (agency, letter, statement) apart from the speaker.
 *
 * Choices worth knowing:
 * - The speaker is credited only when the grammar makes it certain; otherwise `speaker` is null.
 * - A news medium that relays someone else's words is `via`; a medium reporting on its own, with nobody
 *   else speaking in the sentence, is the speaker ("PARS reported that…").
 * - A quoted fragment inside reported speech ("Kim dijo que su país es un “invencible compañero de armas”") is a
 *   direct statement as well as part of the indirect one (mixed quotation): the words are the speaker's verbatim.
 * - A subject left out ("“…”, aseguró."), a pronoun or a role noun refers to the previous sentence's subject or
 *   the last speaker credited (within two paragraphs); a role two people hold goes to the one last given it.
 * - Quotations of fewer than three words with no verb of saying at hand are scare quotes, not statements.
 */
import type { Article, TextSpan } from '../corpus/types.js';
import { articleSentences } from '../corpus/sentences.js';
import { DATELINE_PARAGRAPHS, datelineEnd } from '../corpus/describe.js';
import type { NamedPerson, Statement } from './types.js';
import { findQuotations, type Quotation } from './quotations.js';
import { groupBy } from '../arrays.js';
import { markCommonWords, markConjunctions, markEnglishArticles, markFrenchVerbs, markNamesOpenedByTitles, markSourceMarkers, settleSentences, tokenize, type Sentence } from './tokens.js';
import { buildCast, type Cast } from './cast.js';
import { readSentence } from './sentence.js';
import { laterSubject } from './subjects/after.js';
import { leadingSubject, namedBackSpeaker, namedBeforePronoun, viewHolder } from './subjects/opening.js';
import { bodyNounsWritten, findMentions, isDocumentSpeaker } from './reference.js';
import { words } from '../text/words.js';
import { foldWord, inStoryCase } from './normalize.js';
import { COMPLEMENTISERS, isTitleNoun, speechVerb } from './lexicon.js';
import { AGENT_NOUN } from './phrases.js';
import { readGermanStatements } from './german.js';
import { findSignedPosts, type SignedPost } from './signed-posts.js';
import { creditDashInterviews, interviewAnswers, questionAnswerInterviews } from './interviews.js';
import { unquotedPeople } from './unquoted.js';
import { labelledInterview, settleInterviewDrafts } from './labelled-interviews.js';
import { asOwnOutlet } from './own-outlet.js';
import { possessedTitles } from './possessed-titles.js';
import type { ArticleContext, Attribution, Draft, Previous } from './reading.js';
import { claimHeadings } from './claim-headings.js';
import { listedItems } from './listed-items.js';
import { creditBodyNouns } from './body-kinds.js';
import { unsayAskedQuestions } from './asked-questions.js';
import { opensWithOtherGender } from './subjects/antecedents.js';

export interface ArticleQuotes {
  statements: Statement[];
  /** Other forms the article uses for each speaker ("Kim", "líder norcoreano"). */
  aliases: Record<string, string[]>;
  /** The people it names in full but credits with no statement, with their other forms and titles (unquoted.ts). */
  unquoted: NamedPerson[];
}

/** Languages that capitalise every noun (German, Luxembourgish), where the rules cannot tell a name by its capitals. */
const NOUN_CAPITALISING_LANGUAGES: ReadonlySet<string> = new Set(['de', 'lb']);

export function extractStatements(article: Article): Statement[] {
  return analyseArticle(article).statements;
}

export function analyseArticle(article: Article): ArticleQuotes {
  const { text } = article;
  const quotations = findQuotations(text, article.paragraphs);
  const posts = findSignedPosts(article);
  const headings = new Map<number, string | null>();
  const bodyHeadings = new Set<number>();
  const sentences = readSentences(article, quotations, new Set(posts.map((post) => post.paragraph)), headings, bodyHeadings);
  const cast = buildCast(sentences, text, article.language);
  const context: ArticleContext = { text, cast, mentions: findMentions(sentences, text, cast), headings, writtenBody: bodyNounsWritten(text), credited: [] };

  const read: Array<{ draft: Draft; vias: string[] }> = [];
  // Whom each sentence names as saying something, a statement or not: who made a claim a heading quotes (claim-headings.ts).
  const speakingIn = new Map<Sentence, Attribution>();
  // Whom each sentence names as saying what its colon leads in (listed-items.ts).
  const listingIn = new Map<Sentence, Attribution>();
  let previous: Previous | undefined;
  for (const sentence of sentences) {
    const { drafts, vias, speaking, alleging, pointing, listing } = readSentence(context, sentence, previous);
    const saying = speaking ?? pointing;
    if (saying) speakingIn.set(sentence, saying);
    if (listing) listingIn.set(sentence, listing);
    // "«…».¶Con esas palabras, la ministra X cerró…": words quoted with nobody credited are whom this sentence names.
    const namedBack = previous && (namedBackSpeaker(context, sentence, previous) ?? pointing);
    if (namedBack?.speaker) for (const draft of previous!.drafts) if (draft.kind === 'direct' && !draft.attribution?.speaker && !draft.attribution?.medium) draft.attribution = namedBack;
    // "X compareció en rueda de prensa. «…», dijo.": the channel of a sentence that says nothing itself is the channel of
    // what its subject says in the next one.
    const setting = !vias.length && previous && !previous.drafts.length && previous.vias.length && sentence.paragraph - previous.sentence.paragraph <= 1 ? previous.focus?.attribution.speaker : undefined;
    for (const draft of drafts) read.push({ draft, vias: setting && draft.attribution?.speaker === setting ? previous!.vias : vias });
    for (const draft of drafts) credit(context.credited, draft.attribution?.speaker);
    // A sentence whose last statement has no speaker we could name leaves no focus: an older one would be a guess.
    const last = drafts.at(-1)?.attribution;
    const credited = last?.speaker || last?.medium ? last : undefined;
    // "El informe indica que…": a document cited is whom "Además, señala…" continues (the drafts), but no person in focus
    // for a later "she" or a quotation said aloud, so the focus and the last quoted stay whom they were.
    const cited = credited?.speaker ? isDocumentSpeaker(credited.speaker) : false;
    // "El líder de la oposición, Iago Negueruela, pidió la dimisión…": a sentence with no statement whose subject
    // names someone in full moves the focus to them, so that "Además, acusó…" after it is not an older speaker's.
    const subject = credited || drafts.length ? undefined : speaking ?? namedBeforePronoun(context, sentence) ?? viewHolder(context, sentence, previous) ?? leadingSubject(context, sentence, previous);
    const named = subject?.speaker?.includes(' ') ? subject : undefined;
    // "Pacheco negó ponerla en votación, pero Girão todavía intenta…": the person a later clause names is the nearest.
    const later = laterSubject(context, sentence, drafts.at(-1)?.end ?? sentence.start, (credited ?? named)?.speaker ?? null);
    const anchor = later ?? (cited ? undefined : credited) ?? named;
    const focus = anchor ? { attribution: anchor, paragraph: sentence.paragraph } : (drafts.length && !cited) || opensWithOtherGender(context, sentence, previous?.focus?.attribution) ? undefined : previous?.focus;
    const quoted = credited && !cited ? { attribution: credited, paragraph: sentence.paragraph } : previous?.quoted;
    previous = { sentence, drafts, vias, speaking, focus, quoted, ...(later ? { later } : {}), ...(alleging ? { alleging: { attribution: alleging, paragraph: sentence.paragraph } } : {}) };
  }
  creditRunningQuotations(read.map(({ draft }) => draft));
  creditDashInterviews(article, sentences, cast, read.map(({ draft }) => draft));
  unsayAskedQuestions(text, article.paragraphs, read.map(({ draft }) => draft));
  const labelled = labelledInterview(article, sentences, cast, headings, read.map((item) => item.draft));
  if (labelled) {
    // The labels say whose each paragraph is: the layout's own answers replace the readings of a question-mark layout.
    const kept = new Set(settleInterviewDrafts(labelled, text, read.map((item) => item.draft)));
    read.splice(0, read.length, ...read.filter((item) => kept.has(item.draft)), ...labelled.answers.map((draft) => ({ draft, vias: [] })));
  } else {
    for (const draft of interviewAnswers(text, article.paragraphs, headings, read.map((item) => item.draft))) read.push({ draft, vias: [] });
    for (const draft of questionAnswerInterviews(article, sentences, cast, headings, read.map((item) => item.draft))) read.push({ draft, vias: [] });
  }
  for (const draft of claimHeadings(article, sentences, cast, bodyHeadings, (sentence) => speakingIn.get(sentence), read.map((item) => item.draft))) read.push({ draft, vias: [] });
  for (const draft of listedItems(article, sentences, (sentence) => listingIn.get(sentence), read.map((item) => item.draft))) read.push({ draft, vias: [] });
  read.sort((a, b) => a.draft.start - b.draft.start);
  // Where every noun is capitalised, a capitalised run is no name ("Atemmasken", "Bäckerei"): the article's quotations
  // are found, and german.ts credits them and reads the reported speech, by the constructions whose grammar shows the
  // subject, no one by guess.
  const viasOf = new Map(read.map(({ draft, vias }) => [draft, vias]));
  const drafts = NOUN_CAPITALISING_LANGUAGES.has(article.language) ? readGermanStatements(text, article.paragraphs, sentences, [...viasOf.keys()]).map((draft) => ({ draft, vias: viasOf.get(draft) ?? [] })) : read;
  // "La compañía explica…" that the attribution left at the noun: the one company the article quotes by name.
  const { statements, referredAs } = creditBodyNouns(withSignedPosts(article, posts, drafts.map(({ draft, vias }) => toStatement(article, cast, draft, vias))), (name) => cast.aliasesOf(name), (at) => cast.namedBefore(at));
  const speakers = new Set(statements.map((statement) => statement.speaker).filter((speaker): speaker is string => speaker !== null));
  const possessed = possessedTitles(sentences, text, context.mentions, cast, article.language);
  const aliases = Object.fromEntries([...speakers].map((speaker) => [speaker, [...new Set([...cast.aliasesOf(speaker), ...(referredAs.get(speaker) ?? []), ...(possessed.get(speaker) ?? [])])]]));
  return { statements, aliases, unquoted: unquotedPeople(article.id, cast, speakers, NOUN_CAPITALISING_LANGUAGES.has(article.language)) };
}

/** Records `speaker` as the latest credited (ArticleContext.credited), moving it to the end if credited before. */
function credit(credited: string[], speaker: string | null | undefined): void {
  if (!speaker) return;
  const at = credited.indexOf(speaker);
  if (at >= 0) credited.splice(at, 1);
  credited.push(speaker);
}

/**
 * `statements` with the article's embedded social posts (signed-posts.ts), each its signer's direct statement,
 * in text order. The posts' paragraphs are not read as the article's sentences: a post stands outside the story's
 * narrative, and its signer is no antecedent for the story's "la entidad" or "he".
 */
function withSignedPosts(article: Article, posts: SignedPost[], statements: Statement[]): Statement[] {
  if (posts.length === 0) return statements;
  const signed = posts.map(({ span, speaker, via }): Statement => ({ articleId: article.id, title: article.title, date: article.date, kind: 'direct', text: article.text.slice(span.start, span.end), speaker, via, start: span.start, end: span.end }));
  return [...statements, ...signed].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A quotation running over paragraphs is attributed where it ends ("…”, explicó X"): its earlier paragraphs,
 * left open, take the speaker of the paragraph that continues them.
 */
function creditRunningQuotations(drafts: Draft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const draft = drafts[i]!;
    // The attribution where the quotation ends is the article's own; it outranks a guess from the sentences before.
    if (!draft.quotation?.runsOn) continue;
    const next = drafts.slice(i + 1).find((later) => later.quotation?.continuesPrevious && later.quotation.paragraph === draft.quotation!.paragraph + 1);
    if (next?.attribution) {
      draft.attribution = next.attribution;
      draft.media = next.media;
    }
  }
}

function toStatement(article: Article, cast: Cast, draft: Draft, vias: string[]): Statement {
  const medium = draft.attribution?.medium ?? null;
  const ownWords = !draft.attribution?.speaker;
  // A medium stating on its own is its speaker, by the article's fullest name for it: "la KCNA agregó" after "la Agencia
  // Central de Noticias de Corea del Norte (KCNA)" is one actor, which a query for either name finds.
  const speaker = draft.attribution?.speaker ?? (medium ? cast.resolveName(medium) ?? medium : null);
  const channels = [...draft.media, ...(ownWords || !medium ? [] : [medium]), ...vias].filter((via) => via !== speaker && !(ownWords && via === medium));
  return {
    articleId: article.id,
    title: article.title,
    date: article.date,
    kind: draft.kind,
    text: article.text.slice(draft.start, draft.end),
    speaker,
    via: channels[0] === undefined ? null : asOwnOutlet(channels[0], article.outlet),
    start: draft.start,
    end: draft.end,
  };
}

/** Words up to which a paragraph with no closing punctuation reads as a heading, a caption or page furniture. */
const MAX_HEADING_WORDS = 25;

/** Whether a line ends as a sentence does (a full stop, a colon, a closing quotation mark after one). */
function endsAsSentence(line: string): boolean {
  return /[.!?…:;]["“”»’')]*$/u.test(line.trim());
}

/** Words from which a line in headline case reads as a heading: fewer are a name or a short exclamation. */
const MIN_HEADLINE_CASE_WORDS = 3;

/** Letters from which a headline capitalises a word: shorter ones are articles and prepositions it may leave in lower case. */
const MIN_HEADLINE_CAPITALISED_LETTERS = 4;

/**
 * Whether a short line ending on a question or exclamation mark is written in headline case, every word of four letters
 * or more capitalised ("Interactive Feature: Who Will Be President?", "Related Coverage: Can the Port Recover?"):
 * a heading or a link's label, never a sentence of the body, which capitalises only its first word and names.
 */
function inHeadlineCase(line: string): boolean {
  // A full stop ends a sentence of names ("Judge Ana Lima met Defense Minister Paulo Nogueira on Monday."); a headline has none.
  if (!/[?!]$/u.test(line)) return false;
  const words = line.match(/[\p{L}'’-]+/gu) ?? [];
  return words.length >= MIN_HEADLINE_CASE_WORDS && words.length <= MAX_HEADING_WORDS && words.every((word) => word.length < MIN_HEADLINE_CAPITALISED_LETTERS || /^\p{Lu}/u.test(word));
}

/**
 * Whether a paragraph is the headline or a heading, caption or other page furniture rather than body text:
 * the article's title again above other paragraphs, a short line that does not end as a sentence does, or, before the body's first
 * sentence, a line of any length that does not (the standfirst under a headline: "Los científicos cuestionan
 * el récord y advierten de que…"). Such lines never yield statements (a headline's or standfirst's quotation
 * has no attribution of its own; the body repeats it).
 */
function isFurniture(article: Article, paragraph: TextSpan, beforeBody: boolean, inside: Quotation[], next?: string): boolean {
  const line = article.text.slice(paragraph.start, paragraph.end).trim();
  // The title printed again above the story; an article of one paragraph (a wire flash) took its title from its story.
  if (article.paragraphs.length > 1 && line.toLowerCase() === article.title.trim().toLowerCase()) return true;
  if (!inside.length && inHeadlineCase(line)) return true;
  if (endsAsSentence(line)) return false;
  if (beforeBody) return true;
  const words = line.split(/\s+/);
  return words.length <= MAX_HEADING_WORDS && !attributesQuotation(article.text, paragraph, inside) && !(words.length >= MIN_UNSTOPPED_REPORT_WORDS && reportsClause(words) && refersBack(next));
}

/** Words at the start of a paragraph within which a subject pronoun refers back ("Speaking through an interpreter he added"). */
const REFERRING_OPENING_WORDS = 6;

/** Subject pronouns of one person, in lower case: a sentence that holds one near its start continues the paragraph before. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'él', 'ella', 'ele', 'elle', 'il', 'lui']);

/** Whether a paragraph opens by referring back to a person with a pronoun, as a heading's next paragraph never needs to. */
function refersBack(paragraph: string | undefined): boolean {
  return (paragraph ?? '').split(/\s+/u).slice(0, REFERRING_OPENING_WORDS).some((word) => PERSON_PRONOUNS.has(word.replace(/[^\p{L}]/gu, '')));
}

/** Words from which a line with no closing stop that reports a clause is body text its writer left unstopped. */
const MIN_UNSTOPPED_REPORT_WORDS = 15;

/** Words a verb of saying may have before its "que"/"that" ("said after the ceremony that…"). */
const MAX_WORDS_BEFORE_COMPLEMENTISER = 3;

/**
 * Whether a line's words hold a verb of saying in lower case followed by "que"/"that" ("…Bong Joon Ho said backstage that
 * no-one could predict…"), as a sentence of reported speech does; headings and captions name or show, and are shorter.
 */
function reportsClause(words: string[]): boolean {
  return words.some((word, i) => /^\p{Ll}/u.test(word) && speechVerb(word) !== undefined && words.slice(i + 1, i + 2 + MAX_WORDS_BEFORE_COMPLEMENTISER).some((next) => COMPLEMENTISERS.has(foldWord(next))));
}

/** Words a trailing attribution (", dijo el alcalde Luis Mora") may have after a paragraph's last quotation. */
const MAX_TRAILING_ATTRIBUTION_WORDS = 8;

/**
 * Whether a paragraph quotes someone in the punctuation of a body sentence, a verb of saying outside the marks:
 * a colon that leads in the quotation ending the line ("Mora dijo: “Vamos a reconstruir”") or a comma that sets off
 * the attribution ending it ("“Vamos a reconstruir”, dijo Mora"). In the body such a line is a statement whose writer
 * left out the full stop; headings and related-story links quote with a bare colon ("Mora: “…”") or "que".
 */
function attributesQuotation(text: string, paragraph: TextSpan, inside: Quotation[]): boolean {
  const last = inside.at(-1);
  if (!last) return false;
  const before = text.slice(paragraph.start, last.outer.start);
  const after = text.slice(last.outer.end, paragraph.end);
  const trailing = /^\s*,/u.test(after) || text.slice(last.inner.end, last.outer.end).includes(',') ? after.match(/\p{L}+/gu) ?? [] : [];
  const colonLead = after.trim() === '' && /:\s*$/u.test(before);
  if (!colonLead && (trailing.length === 0 || trailing.length > MAX_TRAILING_ATTRIBUTION_WORDS)) return false;
  // Accents kept (not `words`): "afirmó" is a verb of saying, "afirmo" is not.
  const cue = (word: string) => /^\p{Ll}/u.test(word) && speechVerb(word) !== undefined && speechVerb(word)!.frame !== 'question';
  return (colonLead ? before.match(/\p{L}+/gu) ?? [] : trailing).some(cue);
}

/** Opening words a quotation must share with another place in the article to be a copy of it. */
const PULL_QUOTE_WORDS = 8;

/**
 * Whether a paragraph is only a quotation whose opening words the article also has elsewhere: a pull quote
 * (a statement repeated in larger type, often spliced from two quotations), furniture like a caption.
 * `articleWords` is the article's words joined by spaces, each side padded with one.
 */
function isPullQuote(text: string, paragraph: TextSpan, inside: Quotation[], articleWords: () => string): boolean {
  const [only] = inside;
  if (!only || inside.length > 1 || only.outer.start !== paragraph.start || /[\p{L}\p{N}]/u.test(text.slice(only.outer.end, paragraph.end))) return false;
  const opening = words(text.slice(only.inner.start, only.inner.end)).slice(0, PULL_QUOTE_WORDS);
  if (opening.length < PULL_QUOTE_WORDS) return false;
  const all = articleWords();
  const phrase = ` ${opening.join(' ')} `;
  const first = all.indexOf(phrase);
  return first >= 0 && all.indexOf(phrase, first + 1) >= 0;
}

/**
 * The end of a quotation whose words end its sentence before the attribution: "?", "!" or "…" ("Are you concerned?"),
 * or any stop before the closing mark of a quotation inside it ("…, like, ‘Really?’", "…, ‘No.’"), which English puts
 * inside both marks.
 */
const QUOTATION_STOP = /(?:[?!…]|[.?!…]['’"”»›]+)$/u;

/**
 * Whether the sentence [start, end) only attributes the quotation ending right before it with "?" or "!" ("“Are you
 * concerned?” King asked.", "“We won!” Ruiz said.", "“It hit me, ‘Really?’” Ruiz said."): the splitter cut after the
 * mark, but the press writes the attribution as part of the quotation's sentence, so that the quotation is that verb's
 * and not whoever was in focus.
 */
function attributionAfterQuestion(text: string, start: number, end: number, inside: Quotation[]): boolean {
  const quotation = inside.find((candidate) => candidate.outer.end <= start && text.slice(candidate.outer.end, start).trim() === '');
  if (!quotation || !QUOTATION_STOP.test(text.slice(quotation.inner.start, quotation.inner.end))) return false;
  const words = text.slice(start, end).match(/\p{L}+/gu) ?? [];
  // Accents kept (not `words`): "afirmó" is a verb of saying, "afirmo" is not. Question verbs count: they attribute too.
  return words.length <= MAX_TRAILING_ATTRIBUTION_WORDS && words.some((word) => /^\p{Ll}/u.test(word) && speechVerb(word) !== undefined);
}

/** Words a vox-pop heading may give its speaker before the colon ("KARLA TARAZONA: …", "Lucecita: …"). */
const MAX_HEADING_NAME_WORDS = 4;

/**
 * The speaker a heading names before its colon, vox-pop and interview style ("KARLA TARAZONA: ME CASTIGARON", "Ana
 * Ruiz, 34: «…»" excepted: a comma is no name), in the article's case ("Karla Tarazona"); undefined when the words
 * before the colon are not all capitalised, or one is a word the article writes in lower case ("ANÁLISIS: …",
 * "EL CONTEXTO: …"), which `lowerCase` tells (folded).
 */
function headingSpeaker(line: string, lowerCase: () => ReadonlySet<string>): string | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return describedHeadingSpeaker(line, lowerCase);
  const names = line.slice(0, colon).trim().split(/\s+/u);
  if (names.length > MAX_HEADING_NAME_WORDS || !names.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) return undefined;
  if (names.some((word) => lowerCase().has(foldWord(word)))) return undefined;
  return inStoryCase(names);
}

/**
 * The speaker a heading in capitals names before a comma and a description of them ("MARTA GIL, VECINA DEL BARRIO", "TOM
 * REED, 52, BUS DRIVER"): the name, in the story's case, when its words are capitalised words the article never writes
 * in lower case and the description holds a role, an agent noun or a word the article writes in lower case ("vecina",
 * "comerciante", "farmer"); such a heading says whose the
 * quotation under it is even alone. Undefined for any other line ("EL CONTEXTO, EN CIFRAS" opens with a common word).
 */
function describedHeadingSpeaker(line: string, lowerCase: () => ReadonlySet<string>): string | undefined {
  const comma = line.indexOf(',');
  if (comma <= 0 || line !== line.toUpperCase()) return undefined;
  const names = line.slice(0, comma).trim().split(/\s+/u);
  const description = line.slice(comma + 1).match(/\p{L}+/gu) ?? [];
  if (names.length < 2 || names.length > MAX_HEADING_NAME_WORDS || !names.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) return undefined;
  const describes = (word: string) => lowerCase().has(foldWord(word)) || isTitleNoun(foldWord(word)) || AGENT_NOUN.test(foldWord(word));
  if (names.some((word) => lowerCase().has(foldWord(word))) || !description.some(describes)) return undefined;
  return inStoryCase(names);
}


/**
 * In a vox-pop layout (headingSpeaker found two or more), the speaker a heading with no colon opens with ("KARINA MAMÁ
 * PODEROSA", "‘BRUNELLA HORNA COME TODA TU COMIDA’"): its capitalised words up to the first one the article writes in
 * lower case ("mamá", "come"), at most MAX_HEADING_NAME_WORDS of them; undefined when it opens with such a word
 * ("LA FAMILIA PRIMERO") or no such word ends the name.
 */
function openingHeadingSpeaker(line: string, lowerCase: ReadonlySet<string>): string | undefined {
  const words = line.replace(/[‘’'"“”«»]/gu, ' ').trim().split(/\s+/u);
  const end = words.findIndex((word) => lowerCase.has(foldWord(word)));
  if (end <= 0 || end > MAX_HEADING_NAME_WORDS || !words.slice(0, end).every((word) => /^\p{Lu}[\p{L}.-]*$/u.test(word))) return undefined;
  return inStoryCase(words.slice(0, end));
}

/**
 * Sentences of each paragraph but `skipped` (indices), never cut inside a quotation nor before its attribution.
 * Fills `headings` with the body's headings by paragraph index and the speaker each names (headingSpeaker), when two or more name one,
 * and `bodyHeadings` with the indices of all the body's headings.
 */
function readSentences(article: Article, quotations: Quotation[], skipped: ReadonlySet<number>, headings: Map<number, string | null>, bodyHeadings: Set<number>): Sentence[] {
  const starts = articleSentences(article.text).map((span) => span.start);
  const quotationsByParagraph = groupBy(quotations, (quotation) => quotation.paragraph);
  const sentences: Sentence[] = [];
  // Paragraphs and sentence starts both come in text order: one pass over each keeps long articles linear.
  let next = 0;
  let joined: string | undefined;
  const articleWords = () => (joined ??= ` ${words(article.text).join(' ')} `);
  let lowerCase: Set<string> | undefined;
  const lowerCaseWords = () => (lowerCase ??= new Set(Array.from(article.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+/gu), ([word]) => foldWord(word))));
  let bodyStarted = false;
  article.paragraphs.forEach((paragraph, index) => {
    const inside = quotationsByParagraph.get(index) ?? [];
    while (next < starts.length && starts[next]! <= paragraph.start) next++;
    const cuts: number[] = [];
    for (; next < starts.length && starts[next]! < paragraph.end; next++) {
      const start = starts[next]!;
      const end = starts[next + 1] !== undefined && starts[next + 1]! < paragraph.end ? starts[next + 1]! : paragraph.end;
      if (!inside.some((quotation) => quotation.outer.start < start && start < quotation.outer.end) && !attributionAfterQuestion(article.text, start, end, inside)) cuts.push(start);
    }
    const following = article.paragraphs[index + 1];
    const furniture = isFurniture(article, paragraph, !bodyStarted, inside, following && article.text.slice(following.start, following.end));
    if (furniture && bodyStarted) headings.set(index, headingSpeaker(article.text.slice(paragraph.start, paragraph.end), lowerCaseWords) ?? null);
    if (furniture && bodyStarted) bodyHeadings.add(index);
    bodyStarted ||= !furniture && endsAsSentence(article.text.slice(paragraph.start, paragraph.end));
    if (furniture || skipped.has(index) || isPullQuote(article.text, paragraph, inside, articleWords)) return;
    // "Tokio (EFE).- El Gobierno subirá…, según anunció…": the dateline is where the story was filed, no one's words.
    const opening = paragraph.start + (index < DATELINE_PARAGRAPHS ? datelineEnd(article.text.slice(paragraph.start, paragraph.end)) : 0);
    const bounds = [opening, ...cuts.filter((cut) => cut > opening), paragraph.end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const span = { start: bounds[i]!, end: bounds[i + 1]! };
      const sentence = tokenize(article.text, span, inside, index);
      if (sentence.tokens.length) sentences.push(sentence);
    }
  });
  // A vox-pop names several speakers in headings; one heading with a colon is a section's label ("ANÁLISIS: …"). One that
  // describes its speaker after a comma ("MARTA GIL, VECINA DEL BARRIO") names them alone.
  const described = [...headings].some(([index, speaker]) => speaker !== null && describedHeadingSpeaker(article.text.slice(article.paragraphs[index]!.start, article.paragraphs[index]!.end), lowerCaseWords) !== undefined);
  if ([...headings.values()].filter((speaker) => speaker !== null).length < 2 && !described) headings.clear();
  for (const [index, speaker] of headings) {
    const paragraph = article.paragraphs[index]!;
    if (speaker === null) headings.set(index, openingHeadingSpeaker(article.text.slice(paragraph.start, paragraph.end), lowerCaseWords()) ?? null);
  }
  markCommonWords(sentences, article.language);
  markNamesOpenedByTitles(sentences);
  markSourceMarkers(sentences, article.language);
  markFrenchVerbs(sentences, article.language);
  markConjunctions(sentences, article.language);
  markEnglishArticles(sentences, article.language);
  settleSentences(sentences);
  return sentences;
}
