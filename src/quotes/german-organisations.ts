/**
 * Organisations as German articles name them. German capitalises every noun, so "Der Rüstungskonzern Rheinmetall" is a
 * noun and a name, "Das Bundesverteidigungsministerium" one noun that names a body, and "der Konzern" or "ein Sprecher"
 * a noun that refers to a body named before: these are told apart by the noun's head (the last part of a compound) and by
 * whether the article writes a word without an article elsewhere, as German writes names and not nouns.
 */
import { foldWord } from './normalize.js';

/**
 * Last parts of German nouns that name an organisation, folded: the kind of body ("Konzern", "Ministerium", "Sender"),
 * alone or heading a compound ("Rüstungskonzern", "Bundesverteidigungsministerium", "US-Nachrichtensender").
 */
const ORGANISATION_HEADS: readonly string[] = [
  'ministerium', 'amt', 'behorde', 'regierung', 'gericht', 'polizei', 'verwaltung', 'konzern', 'unternehmen', 'firma',
  'verband', 'partei', 'sender', 'zeitung', 'agentur', 'institut', 'kommission', 'gewerkschaft', 'stiftung', 'hersteller',
  'autobauer', 'staatsanwaltschaft', 'geheimdienst', 'botschaft', 'prasidium', 'bundeswehr', 'armee', 'klinik',
  'krankenhaus', 'universitat', 'feuerwehr', 'bank', 'versicherer', 'betreiber', 'verein', 'senat',
];

/** Heads of a company's nouns: "das Unternehmen" or "der Konzern" refers to a body named with any of them ("Der Hersteller Miele"). */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['konzern', 'unternehmen', 'firma', 'hersteller', 'autobauer', 'versicherer', 'betreiber', 'bank']);

/** Heads that name one body on their own when the article names no other of the kind ("Die Polizei teilte mit"): a country has one. */
const SINGLE_BODIES: ReadonlySet<string> = new Set(['polizei', 'regierung', 'bundeswehr', 'armee', 'staatsanwaltschaft', 'feuerwehr']);

/** German articles in every case, before a noun. */
export const GERMAN_DETERMINERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']);

/** Articles and the prepositions fused with one ("im", "vom"): a word after them is a noun, never a name. */
const DETERMINED: ReadonlySet<string> = new Set([...GERMAN_DETERMINERS, 'im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans']);

/** A spokesperson's noun, alone or after the body's noun ("Sprecher", "Sprecherin", "Konzern-Sprecher", "Polizeisprecherin"). */
const SPOKESPERSON = /^(.*?)-?sprecher(?:in(?:nen)?)?$/u;

/** Capitalised words of a German text, compounds whole ("Rheinmetall", "US-Nachrichtensender"), with where each starts. */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*(?![\p{L}\p{M}\p{N}-])/gu;

/**
 * The head an organisation's noun ends with (folded: "Konzerns" → "konzern", "Präsidialamt" → "amt"), a genitive's "-s"
 * or "-es" aside; undefined for any other word.
 */
export function organisationHead(word: string): string | undefined {
  const folded = foldWord(word);
  for (const form of [folded, folded.replace(/e?s$/u, '')]) {
    const head = ORGANISATION_HEADS.find((candidate) => form.endsWith(candidate));
    if (head) return head;
  }
  return undefined;
}

/** A noun of an organisation in the nominative: a genitive's "-s" or "-es" dropped ("Vereinigungsministeriums" → "Vereinigungsministerium"). */
export function nominative(word: string): string {
  const head = organisationHead(word);
  return head && !foldWord(word).endsWith(head) ? word.replace(/e?s$/u, '') : word;
}

/** Whether `word` is only the kind of body ("Konzern", "Ministeriums"), no compound that names one. */
export function isKindNoun(word: string): boolean {
  const head = organisationHead(word);
  return head !== undefined && foldWord(nominative(word)) === head;
}

/**
 * The head of the body a spokesperson's noun names (folded: "Konzern-Sprecher" → "konzern", "Regierungssprecherin" →
 * "regierung"), '' for a spokesperson of no body named in the word ("Sprecher", "Pressesprecherin"), undefined for a
 * word that is no spokesperson's.
 */
export function spokespersonOf(word: string): string | undefined {
  const match = SPOKESPERSON.exec(foldWord(word));
  if (!match) return undefined;
  // A compound's linking "s" ("Regierungs-") is no part of the body's noun.
  const body = match[1]!.replace(/-$/u, '');
  return organisationHead(body) ?? organisationHead(body.replace(/s$/u, '')) ?? '';
}

/** A body an article names: the name as it stands, the head of the noun that names its kind, and where it is named. */
interface Named {
  name: string;
  head: string;
  at: number;
}

/** What a German article says of its organisations: which names are bodies, and which body a noun of a kind refers to. */
export interface GermanOrganisations {
  /** Whether `word` stands in the article without an article before it (at `times` places, one unless given), as a name does ("CNN bezog sich", "von Rheinmetall"). */
  writtenBare(word: string, times?: number): boolean;
  /** Whether the article names `name` as a body (after a noun of its kind, or a noun that names one). */
  isOrganisation(name: string): boolean;
  /** The body last named before offset `at` by a noun with `head` ("der Konzern" → "Rheinmetall"); undefined when none. */
  lastOfKind(head: string, at: number): string | undefined;
  /** The body last named between offsets `from` and `at` ("Das Bundesinnenministerium wies … zurück"); undefined when none. */
  lastNamed(from: number, at: number): string | undefined;
}

/**
 * The organisations of German `text`: every compound noun of a body ("Vereinigungsministerium", in the nominative) and
 * every name after a noun of a body that is a kind alone ("Der Hersteller Miele") or that the article also writes without
 * an article ("Rüstungskonzern Rheinmetall" → "Rheinmetall").
 */
export function germanOrganisations(text: string): GermanOrganisations {
  const words = Array.from(text.matchAll(CAPITALISED_WORD), (match) => ({ word: match[0], at: match.index }));
  const bare = new Map<string, number>();
  const writtenBare = (word: string, times = 1) => {
    let count = bare.get(word);
    if (count === undefined) {
      count = words.filter((each) => each.word === word && isBareAt(text, each.at)).length;
      bare.set(word, count);
    }
    return count >= times;
  };
  const named: Named[] = [];
  words.forEach(({ word, at }, i) => {
    const head = organisationHead(word);
    if (!head) return;
    const next = words[i + 1];
    const adjacent = next && /^\s+$/u.test(text.slice(at + word.length, next.at));
    if (adjacent && !organisationHead(next.word) && (writtenBare(next.word) || isKindNoun(word))) named.push({ name: next.word, head, at });
    else if (!isKindNoun(word)) named.push({ name: nominative(word), head, at });
  });
  return {
    writtenBare,
    isOrganisation: (name) => named.some((each) => each.name === name) || name.split(' ').some((word) => organisationHead(word) !== undefined),
    lastOfKind: (head, at) => named.findLast((each) => sameKind(each.head, head) && each.at < at)?.name ?? (SINGLE_BODIES.has(head) ? head.charAt(0).toUpperCase() + head.slice(1) : undefined),
    lastNamed: (from, at) => named.findLast((each) => each.at >= from && each.at < at)?.name,
  };
}

/** Whether two heads name one kind of body: the same, or both a company's. */
function sameKind(a: string, b: string): boolean {
  return a === b || (COMPANY_HEADS.has(a) && COMPANY_HEADS.has(b));
}

/** Whether the word at `at` has no article, fused preposition or capitalised word right before it (a sentence's start aside). */
function isBareAt(text: string, at: number): boolean {
  const before = /([\p{L}\p{M}]+)?([^\p{L}\p{M}]*)$/u.exec(text.slice(Math.max(0, at - 40), at))!;
  const previous = before[1];
  if (!previous || /[.!?:;„“"»«]/u.test(before[2]!)) return true;
  return !DETERMINED.has(previous.toLowerCase()) && !/^\p{Lu}/u.test(previous);
}
