/**
 * Speakers of quotations in German articles. German capitalises every noun, so the rules that take a capitalised run
 * for a name would credit "Medien" or "Atemmasken"; here only the construction whose grammar shows the subject is read:
 * the verb of saying right after the closing mark, then its subject ("„…“, sagte Lindner.", "„…“, so Caspar.",
 * "„…“, erzählt der Chef Matthias Frankenstein am Telefon."), or a verb of saying before the colon that opens the
 * quotation ("Lindner sagte: „…“", "sagte Trump am Montag: „…“"). A subject pronoun ("sagte er") is the speaker credited
 * last in the same or the previous paragraph, else the one person the article credits by name whom this paragraph names
 * before the quotation; a quotation with no verb of its own right after a credited one in the same paragraph continues
 * it ("„…“, sagt Frankenstein. „In unseren Firmenfarben.“").
 */
import type { TextSpan } from '../corpus/types.js';
import type { Draft } from './reading.js';

/** Third-person singular present and preterite of German verbs of saying, and the source marker "so" (", so Caspar"). */
const GERMAN_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'sagt', 'sagte', 'erklärt', 'erklärte', 'betont', 'betonte', 'meint', 'meinte', 'ergänzt', 'ergänzte', 'erzählt', 'erzählte',
  'schildert', 'schilderte', 'berichtet', 'berichtete', 'warnt', 'warnte', 'kritisiert', 'kritisierte', 'schreibt', 'schrieb',
  'antwortet', 'antwortete', 'fügt', 'fügte', 'so',
]);

/** Articles before a subject: after one, the capitalised words open with a noun ("der Chef Matthias Frankenstein"). */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'ein', 'eine']);

/** Subject pronouns of a person. */
const GERMAN_PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie']);

/** Particles inside a German or Dutch name ("Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'zu']);

/** Honorifics before a surname ("Herr Kaeser", "Dr Brandt"), as the name pattern reads them (a title's stop ends the word): never a given name. */
const HONORIFICS: ReadonlySet<string> = new Set(['Herr', 'Frau', 'Dr', 'Prof']);

/** Characters of the text after a closing mark that the verb and its subject are looked for in. */
const REACH = 120;

/** Paragraphs back a pronoun may refer to. */
const PRONOUN_PARAGRAPHS = 1;

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Sets the attribution of every draft of a German article (in text order; `paragraphs` are the article's, which the
 * quotations' `paragraph` indexes): the speaker the postposed or colon construction names, the speaker a pronoun or a
 * continuing quotation takes up, else none (no speaker is credited by guess).
 */
export function creditGermanQuotations(text: string, paragraphs: TextSpan[], drafts: Draft[]): void {
  const paragraphStart = (quotation: NonNullable<Draft['quotation']>) => paragraphs[quotation.paragraph]?.start ?? 0;
  const subjects = drafts.map((draft) => (draft.kind === 'direct' && draft.quotation ? postposedSubject(text, draft.quotation.outer.end) ?? colonSubject(text, paragraphStart(draft.quotation), draft.quotation.outer.start) : undefined));
  const named = [...new Set(subjects.filter((subject): subject is string => subject !== undefined && subject !== 'pronoun').map((subject) => fullestName(text, subject)))];
  let last: { speaker: string; paragraph: number } | undefined;
  drafts.forEach((draft, i) => {
    const quotation = draft.quotation;
    const subject = subjects[i];
    const recent = last && quotation && quotation.paragraph - last.paragraph <= PRONOUN_PARAGRAPHS ? last.speaker : undefined;
    let speaker: string | undefined;
    if (subject === 'pronoun') speaker = recent ?? (quotation && namedInParagraph(text, paragraphStart(quotation), quotation.outer.start, named));
    else if (subject !== undefined) speaker = fullestName(text, subject);
    else if (quotation && last?.paragraph === quotation.paragraph && !quotation.resumesInciso) speaker = last.speaker;
    draft.attribution = speaker ? { speaker, medium: null } : undefined;
    if (speaker && quotation) last = { speaker, paragraph: quotation.paragraph };
  });
}

/**
 * The one name of `named` (full names the article credits) that the paragraph writes between `from` and `to`, in full or
 * by its surname ("Tobias Lindner, sicherheitspolitischer Sprecher…, nennt… „…“, sagte er dem NDR."); undefined when
 * none or several are.
 */
function namedInParagraph(text: string, from: number, to: number, named: string[]): string | undefined {
  const before = text.slice(from, to);
  const found = named.filter((name) => wordAt(before, name.split(' ').at(-1)!));
  return found.length === 1 ? found[0] : undefined;
}

/** Whether `word` stands in `text` as a word of its own. */
function wordAt(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}])${literally(word)}(?![\\p{L}\\p{M}])`, 'u').test(text);
}

/**
 * The subject of a verb of saying in the lead-in that a colon closes right before an opening mark at `at` (the lead-in
 * runs from the sentence's start, within the paragraph starting at `from`): after the verb, the name as after a closing
 * mark ("sagte Trump am Montag bei einer Pressekonferenz: „…“"); with nothing after it, the name right before it
 * ("Lindner sagte: „…“", "Die Ministerin Anna Brandt erklärte: „…“"). 'pronoun' for "Er sagte:", "sagte er:".
 */
function colonSubject(text: string, from: number, at: number): string | 'pronoun' | undefined {
  const lead = text.slice(Math.max(from, at - REACH), at);
  const colon = /:\s*$/u.exec(lead);
  if (!colon) return undefined;
  const sentence = lead.slice(0, colon.index).split(/[.!?„“”"]\s/u).at(-1)!;
  const words = sentence.split(/\s+/u).filter(Boolean).map((word) => word.replace(/[,–—]+$/u, ''));
  const verb = words.findLastIndex((word) => GERMAN_SPEECH_VERBS.has(word) && word !== 'so');
  if (verb < 0) return undefined;
  if (verb < words.length - 1) return subjectAfterVerb(words.slice(verb + 1));
  const name: string[] = [];
  for (let i = verb - 1; i >= 0 && (CAPITALISED.test(words[i]!) || (NAME_PARTICLES.has(words[i]!) && name.length > 0)); i--) name.unshift(words[i]!);
  while (name.length > 0 && !CAPITALISED.test(name[0]!)) name.shift();
  if (name.length === 1 && GERMAN_PRONOUNS.has(name[0]!.toLowerCase())) return 'pronoun';
  // The sentence's first word is capitalised whatever it is: an article opening it ("Der Minister") is read as after a verb.
  const opening = name.length > 0 && verb - name.length === 0 && GERMAN_ARTICLES.has(name[0]!.toLowerCase());
  return subjectAfterVerb(opening ? [name[0]!.toLowerCase(), ...name.slice(1)] : name);
}

/**
 * The subject of a verb of saying right after a closing mark at `at` (", sagte X"): the capitalised words after the
 * verb up to the first other word; after an article, only a name of two words after the noun ("der Chef Matthias
 * Frankenstein"); three or more words without one are a noun and a name ("Klimaaktivistin Luisa Neubauer"), of which the
 * name is the last two. 'pronoun' for "sagte er"; undefined when nothing is read.
 */
function postposedSubject(text: string, at: number): string | 'pronoun' | undefined {
  const after = /^\s*,\s*(\p{Ll}+)\s+([^.;:!?„“”"()]*)/u.exec(text.slice(at, at + REACH));
  if (!after || !GERMAN_SPEECH_VERBS.has(after[1]!)) return undefined;
  return subjectAfterVerb(after[2]!.split(/\s+/).map((word) => word.replace(/[,–—]+$/u, '')));
}

/** The subject that `words` (after a verb of saying) open with, read as `postposedSubject` tells. */
function subjectAfterVerb(words: string[]): string | 'pronoun' | undefined {
  if (GERMAN_PRONOUNS.has(words[0] ?? '')) return 'pronoun';
  const article = GERMAN_ARTICLES.has(words[0] ?? '');
  const name: string[] = [];
  for (const word of words.slice(article ? 1 : 0)) {
    if (CAPITALISED.test(word)) name.push(word);
    else if (NAME_PARTICLES.has(word) && name.length > 0) name.push(word);
    else break;
  }
  while (name.length > 0 && !CAPITALISED.test(name.at(-1)!)) name.pop();
  const capitalised = name.filter((word) => CAPITALISED.test(word)).length;
  if (article) return capitalised >= 3 ? name.slice(-2).join(' ') : undefined;
  if (capitalised >= 3 && name.every((word) => CAPITALISED.test(word))) return name.slice(-2).join(' ');
  return name.length > 0 ? name.join(' ') : undefined;
}

/** A surname alone ("Berning") as the article first writes it after a given name ("Karsten Berning"), else as it is. */
function fullestName(text: string, name: string): string {
  if (name.includes(' ')) return name;
  for (const match of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}\\p{M}-]*)\\s+${literally(name)}(?![\\p{L}\\p{M}])`, 'gu'))) {
    if (!HONORIFICS.has(match[1]!)) return `${match[1]} ${name}`;
  }
  return name;
}

/** `text` as a regular expression's source that matches it literally (its special characters escaped). */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
