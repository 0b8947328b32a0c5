/**
 * A document as the source of words ("según el comunicado del ministerio", "according to a report by X",
 * "the agency's website said"): its owner, its author, or the speaker who issued it earlier in the article.
 */
import { nameEnd, type Sentence, type Token } from '../tokens.js';
import { foldWord } from '../normalize.js';
import { escapeRegExp } from '../../text/literal-pattern.js';
import { possessiveName, readPhrase } from '../phrases.js';
import type { ArticleContext, Attribution, Previous } from '../reading.js';
import { asGroup, asOrganisation, resolveRole } from '../reference.js';
import { CHANNEL_NOUNS, CLAUSE_WORDS, COORDINATORS, DATA_NOUNS, DEFINITE_SINGULAR, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, NAME_ARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, SINGULAR_PERSON_NOUNS, SKIPPABLE, isTitleNoun, isTitlePlural } from '../lexicon.js';
import { RELATIVES } from './phrase-end.js';
import { antecedent, attributionOf, quotedBefore } from './antecedents.js';
import { capitalise } from '../normalize.js';
import { nextBoundary, skipAdverbs } from './after.js';

/** Nouns of a document a body issues in its own words ("el comunicado", "the statement"), folded: its maker is whose words they are. */
const ISSUED_NOUNS: ReadonlySet<string> = new Set(['comunicado', 'nota', 'declaracion', 'statement', 'communique']);

/** Characters after a subject read for the issued document its sentence names: longer than any sentence the press writes. */
const ISSUING_REACH = 400;

/**
 * Whether the sentence of a subject starting at `at` says its words came in a document a body issues ("…said in a
 * statement", "informó en un comunicado", "in a written statement"): no person's channel, so an unknown noun phrase
 * that speaks through one ("the coast guard", "la guardia costera") is a body, the speaker as written.
 */
export function issuesDocument(text: string, at: number): boolean {
  const rest = text.slice(at, at + ISSUING_REACH);
  const sentence = rest.slice(0, SENTENCE_END.exec(rest)?.index ?? rest.length);
  return [...sentence.matchAll(ISSUED_IN)].some((found) => found.slice(1).some((word) => word !== undefined && ISSUED_NOUNS.has(foldWord(word))));
}

/** "in a statement", "en un comunicado", "through its written statement": a preposition, a determiner, a modifier, the noun. */
const ISSUED_IN = /(?<!\p{L})(?:in|en|through|mediante)\s+(?:a|an|un|una|su|its|their|sus)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?!\p{L})/gu;

/** Characters before a document's mention read for the owner the article gave it ("el informe del Buró Político"). */
const OWNER_REACH = 3000;

/**
 * Whose a document named alone as a subject is ("señala el comunicado", "the statement said", "según el informe"): the
 * owner the article wrote with the same noun before (`at`: where the sentence starts; "el informe del Buró Político",
 * "a statement from the Harbour Trust"), resolved; else, for a document a body issues (ISSUED_NOUNS), the organisation
 * the sentences before were about. Undefined when the article says neither: the document stays the source as written.
 */
export function documentOwner(context: ArticleContext, phrase: string, at: number, previous: Previous | undefined): Attribution | undefined {
  const noun = foldWord(phrase.split(/\s+/u).at(-1) ?? '');
  if (phrase.trim().split(/\s+/u).length > 2) return undefined;
  return ownerWrittenBefore(context, noun, at) ?? (ISSUED_NOUNS.has(noun) ? issuerBefore(context, noun, at) ?? asOrganisation(context, antecedent(context, previous)) : undefined);
}

/** A sentence's end in running text: a full stop, question or exclamation mark (a closing quotation mark may follow), then a capital. */
const SENTENCE_END = /[.!?][»”"’']?\s+\p{Lu}/u;

/**
 * Who issued the document a noun (folded) names, as the last sentence before offset `at` that writes the noun says: the
 * first organisation that sentence names as a subject ("La Presidencia difundió un comunicado", "En un comunicado, la
 * Secretaría de Comunicación rechazó…", "The Ministry of Defence issued a statement"). A definite "el comunicado" refers
 * back to the one the article introduced, whoever was quoted since. Undefined when that sentence names no organisation.
 */
function issuerBefore(context: ArticleContext, noun: string, at: number): Attribution | undefined {
  const start = Math.max(0, at - OWNER_REACH);
  const written = [...foldedWith(context.text.slice(start, at)).matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(noun)}(?!\\p{L})`, 'gu'))].at(-1);
  if (written?.index === undefined) return undefined;
  const where = start + written.index;
  const issuer = context.mentions.organisations.find((mention) => mention.at <= where && mention.at < at && !SENTENCE_END.test(context.text.slice(mention.at, where)) && !SENTENCE_END.test(context.text.slice(where, mention.end)));
  return issuer ? { speaker: issuer.name, medium: null } : undefined;
}

/** The owner the article wrote with a document's noun (folded) before offset `at` ("el informe del Buró Político"), resolved. */
function ownerWrittenBefore(context: ArticleContext, noun: string, at: number): Attribution | undefined {
  const before = context.text.slice(Math.max(0, at - OWNER_REACH), at);
  const owned = new RegExp(`(?<!\\p{L})${escapeRegExp(noun)}\\s+(?:del|de la|de los|de|of the|of|from the|from)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:de|del|la|las|los|y|of|the|and)\\s+)?\\p{Lu}[\\p{L}-]*)*)`, 'gu');
  const found = [...foldedWith(before).matchAll(owned)].at(-1);
  if (found?.index !== undefined) {
    const start = found.index + found[0].length - found[1]!.length;
    const name = before.slice(start, start + found[1]!.length);
    return { speaker: context.cast.resolveName(name, at) ?? name, medium: null };
  }
  return undefined;
}

/** A text with each word's letters folded as `foldWord` does, same length: a pattern of folded words matches it where the text writes them. */
function foldedWith(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (word === word.toLowerCase() ? foldWord(word) : word));
}

/**
 * A source marker citing a document rather than a speaker: "según datos del Banco Central" and "according to data
 * from X" cite X; "the grid operator’s 2019 assessment" cites its possessor; "según el informe", "de acuerdo con
 * la información" cite the document the article has been reporting from: whom the sentences before quoted
 * (`quotedBefore`), else whom the sentence before named as making a document ("publicó su informe").
 */
export function documentSource(context: ArticleContext, sentence: Sentence, markerLast: number, previous: Previous | undefined): { subject: Attribution; to: number } | undefined {
  const { tokens } = sentence;
  const from = markerLast + 1;
  const authored = authoredSource(context, sentence, from, previous);
  if (authored) return authored;
  let noun = from;
  // A statement or letter is a document too ("según el comunicado militar", "según su carta"); so is a body's web page
  // after a source marker ("according to the CDC's web page"; elsewhere "Page" is as often a name).
  const documentNoun = (token: Token | undefined) => token !== undefined && (DOCUMENT_NOUNS.has(token.key) || CHANNEL_NOUNS.has(token.key) || PAGE_NOUNS.has(token.key));
  while (noun < tokens.length && tokens[noun]!.kind === 'word' && !documentNoun(tokens[noun]) && noun - from < MAX_DOCUMENT_WORDS) noun++;
  if (!documentNoun(tokens[noun]) || !/^\p{Ll}/u.test(tokens[noun]!.text)) return undefined;
  const end = nextBoundary(tokens, noun + 1);
  const between = tokens.slice(from, noun);
  const possessor = between.findIndex((token) => /['’]s$/.test(token.text));
  if (possessor >= 0) {
    const reading = readPhrase(sentence, context.text, from, from + possessor + 1) ?? possessiveName(sentence, context.text, from, from + possessor + 1);
    if (reading && reading.kind !== 'pronoun') return { subject: attributionOf(context, reading, previous, sentence.start), to: end };
    // "the grid operator’s": a role the article gave someone, else the role as written.
    if (!DEFINITE_SINGULAR.has(tokens[from]!.key) || !between.slice(1, possessor + 1).every((token) => /^\p{Ll}/u.test(token.text))) return undefined;
    const role = context.text.slice(tokens[from + 1]!.start, tokens[from + possessor]!.end).replace(/['’]s$/, '');
    return { subject: resolveRole(context, role, sentence.start, antecedent(context, previous), true), to: end };
  }
  // Only an article, adjectives and a year before the noun ("a 2023 survey by…"): a document of whom the article was quoting.
  if (between.some((token) => !DETERMINERS.has(token.key) && !/^\p{Ll}/u.test(token.text) && !YEAR.test(token.text))) return undefined;
  const ownerAt = documentModifiersEnd(tokens, noun + 1);
  const owner = tokens[ownerAt];
  // "a report by the WHO": the agent of a document is its maker, as its owner is.
  if (owner && (NAME_PREPOSITIONS.has(owner.key) || owner.key === 'from' || AGENT_PREPOSITIONS.has(owner.key))) {
    const ownerFrom = NAME_ARTICLES.has(tokens[ownerAt + 1]?.key ?? '') ? ownerAt + 2 : ownerAt + 1;
    const name = nameEnd(tokens, ownerFrom);
    if (name === ownerFrom) {
      // "a 2022 study by researchers at Dunmore College": a bare plural group made it, as a body does. Not one person
      // ("documentos enviados por un juez": who sent the documents is no author of them).
      const groupEnd = nextBoundary(tokens, ownerAt + 1);
      const group = /^\p{Ll}+s$/u.test(tokens[ownerAt + 1]?.text ?? '') && !DETERMINERS.has(tokens[ownerAt + 1]!.key) ? readPhrase(sentence, context.text, ownerAt + 1, groupEnd) : undefined;
      return group?.kind === 'group' ? { subject: attributionOf(context, group, previous, sentence.start), to: groupEnd } : undefined;
    }
    // Read with its article: "el Servicio Meteorológico" is a name, where "Servicio Meteorológico" alone may read as a title.
    const reading = readPhrase(sentence, context.text, ownerAt + 1, name);
    return reading?.kind === 'name' ? { subject: attributionOf(context, reading, previous, sentence.start), to: name } : undefined;
  }
  if (!DEFINITE_SINGULAR.has(tokens[from]?.key ?? '') && !OWNER_POSSESSIVES.has(tokens[from]?.key ?? '')) {
    // "according to government data", "según cifras oficiales": data no one named gathered is where a figure comes from,
    // nobody's words (DATA_NOUNS); the source marker still marks the clause as reported, so it is not read as narration.
    return DATA_NOUNS.has(tokens[noun]!.key) ? { subject: { speaker: null, medium: null }, to: end } : undefined;
  }
  // "La Fiscalía emitió una nota… Según la nota, …": a document a body issues, introduced before, is its issuer's words,
  // whoever was quoted since.
  const issued = DEFINITE_SINGULAR.has(tokens[from]!.key) && noun === from + 1 && ISSUED_NOUNS.has(tokens[noun]!.key) ? ownerWrittenBefore(context, tokens[noun]!.key, sentence.start) ?? issuerBefore(context, tokens[noun]!.key, sentence.start) : undefined;
  if (issued) return { subject: issued, to: end };
  // "El Banco Central publicó su informe anual. …, según el informe.": the narration named the document's maker.
  const madeBefore = previous?.sentence.tokens.some(documentNoun) ? antecedent(context, previous) : undefined;
  // "…, according to its annual report": "its" owns a body's document (their, a group's or a body's), never a person's;
  // with no such owner quoted before, the document is a thing's the sentence names, and nobody's words.
  const possessive = tokens[from]!.key;
  const owns = (attribution: Attribution | undefined) => (possessive === 'its' ? asOrganisation(context, attribution) : possessive === 'their' ? asGroup(attribution) ?? asOrganisation(context, attribution) : attribution);
  const cited = owns(quotedBefore(previous)) ?? owns(madeBefore?.speaker || madeBefore?.medium ? madeBefore : undefined);
  if (cited) return { subject: cited, to: end };
  if (possessive === 'its' || possessive === 'their') return { subject: NOBODY, to: end };
  // "Según el informe, …", "according to the complaint": with no maker the article names, the document is the source as
  // written (the way the press cites it), never nobody's words.
  // The owner the article gave the document earlier ("el informe del Buró Político … Según el informe,") is its maker.
  if (!DEFINITE_SINGULAR.has(tokens[from]?.key ?? '') || noun !== from + 1) return undefined;
  return { subject: ownerWrittenBefore(context, tokens[noun]!.key, sentence.start) ?? { speaker: capitalise(tokens[noun]!.text), medium: null }, to: end };
}

/** Nouns for a web page, a document only after a source marker and in lower case (folded). */
const PAGE_NOUNS: ReadonlySet<string> = new Set(['page', 'website', 'webpage', 'pagina', 'sitio']);

/** Words a document noun may have before whose it is ("el informe anual preliminar del 2021 de…"). */
const MAX_DOCUMENT_MODIFIERS = 4;

/**
 * Just past the adjectives and the year that may follow a document noun at `from` before its owner ("el informe anual
 * de X", "el informe del 2021 de X", "the annual report of X"): lower-case words that are no function word, and "de"/"of"
 * with a year.
 */
function documentModifiersEnd(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && i - from < MAX_DOCUMENT_MODIFIERS) {
    const token = tokens[i]!;
    if (NAME_PREPOSITIONS.has(token.key) && /^\d{4}$/u.test(tokens[i + 1]?.text ?? '')) i += 2;
    else if (token.kind === 'word' && /^\p{Ll}/u.test(token.text) && token.verb === undefined && ![DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, NAME_ARTICLES, CLAUSE_WORDS, COORDINATORS, RELATIVES, SKIPPABLE].some((words) => words.has(token.key))) i++;
    else break;
  }
  return i;
}

/** A past participle that says who made a thing: "presentado", "elaborada", "publicados", "prepared", "drawn up". */
const AUTHORING_PARTICIPLE = /^\p{Ll}+(?:ad[oa]s?|id[oa]s?|ed)$/u;
const AGENT_PREPOSITIONS = new Set(['por', 'by']);

/**
 * A source marker citing a thing someone made ("según el calendario presentado por el equipo de gobierno",
 * "according to a plan drawn up by the ministry") cites its maker; a document named by a number or a name
 * ("según el informe 12340") cites nobody the article quoted before. Never the speaker of the sentences before:
 * the sentence names its own source. Undefined when `from` opens no such phrase (the caller reads it otherwise).
 */
function authoredSource(context: ArticleContext, sentence: Sentence, from: number, previous: Previous | undefined): { subject: Attribution; to: number } | undefined {
  const { tokens } = sentence;
  if (!DETERMINERS.has(tokens[from]?.key ?? '')) return undefined;
  let next = from + 1;
  // The word right after the article is the noun, even where it ends as a participle does ("un comunicado difundido por…").
  while (next < tokens.length && next - from <= MAX_DOCUMENT_WORDS && tokens[next]!.kind === 'word' && /^\p{Ll}/u.test(tokens[next]!.text) && (next === from + 1 || !AUTHORING_PARTICIPLE.test(tokens[next]!.text))) next++;
  const head = tokens[next - 1];
  // A person or a group is a speaker, not a thing made ("según el timonel", "según los expertos consultados por…").
  if (next === from + 1 || !head || isTitleNoun(head.key) || isTitlePlural(head.key) || GROUP_NOUNS.has(head.key) || SINGULAR_PERSON_NOUNS.has(head.key)) return undefined;
  const after = tokens[next];
  if (after && AUTHORING_PARTICIPLE.test(after.text) && AGENT_PREPOSITIONS.has(tokens[next + 1]?.key ?? '')) {
    const agentFrom = next + 2;
    const agentTo = nextBoundary(tokens, agentFrom);
    const agentEnd = timePhraseStart(tokens, agentFrom, agentTo);
    const reading = agentEnd > agentFrom ? readPhrase(sentence, context.text, agentFrom, agentEnd) : undefined;
    return { subject: reading ? attributionOf(context, reading, previous, sentence.start) : NOBODY, to: agentTo };
  }
  const named = after?.kind === 'word' && (/^\p{N}/u.test(after.text) || /^\p{Lu}/u.test(after.text));
  return named && (DOCUMENT_NOUNS.has(head.key) || CHANNEL_NOUNS.has(head.key)) ? { subject: NOBODY, to: nextBoundary(tokens, next) } : undefined;
}

const NOBODY: Attribution = { speaker: null, medium: null };

/** Words that make the time word after them a time phrase ("late Friday", "early Thursday"), folded. */
const TIME_QUALIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'earlier']);

/**
 * Where a time phrase that runs to `to` opens in [from, to) ("released by the State Department late Friday",
 * "difundido por la Cámara el viernes"): the first token from which only time words and adverbs (SKIPPABLE) follow;
 * `to` when there is none. "on" opening a name's own words ("Council on Foreign Relations") is no time phrase, as a
 * capitalised word that no time word is follows it.
 */
function timePhraseStart(tokens: Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const time = TIME_QUALIFIERS.has(tokens[i]!.key) ? i + 1 : i;
    if (time < to && skipAdverbs(tokens, time) >= to) return i;
  }
  return to;
}

/** A year written in figures ("a 2023 survey"). */
const YEAR = /^\d{4}$/u;

/** Possessives that make a document that of whom the article was quoting ("según su informe", "according to its report"). */
const OWNER_POSSESSIVES = new Set(['su', 'sus', 'its', 'their', 'his', 'her']);

/** Words a source marker may have before its document noun ("the grid operator’s 2019 resource assessment"). */
const MAX_DOCUMENT_WORDS = 5;
