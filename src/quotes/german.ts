/**
 * Speakers of quotations in German articles. German capitalises every noun, so the rules that take a capitalised run
 * for a name would credit "Medien" or "Atemmasken"; here only the construction whose grammar shows the subject is read:
 * the verb of saying right after the closing mark, then its subject ("„…“, sagte Lindner.", "„…“, so Caspar.",
 * "„…“, erzählt der Chef Matthias Frankenstein am Telefon."). A subject pronoun ("sagte er") is the speaker credited
 * last in the same or the previous paragraph; a quotation with no verb of its own right after a credited one in the
 * same paragraph continues it ("„…“, sagt Frankenstein. „In unseren Firmenfarben.“").
 */
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
 * Sets the attribution of every draft of a German article (in text order): the speaker the postposed construction
 * names, the speaker a pronoun or a continuing quotation takes up, else none (no speaker is credited by guess).
 */
export function creditGermanQuotations(text: string, drafts: Draft[]): void {
  let last: { speaker: string; paragraph: number } | undefined;
  for (const draft of drafts) {
    const quotation = draft.quotation;
    const subject = draft.kind === 'direct' && quotation ? postposedSubject(text, quotation.outer.end) : undefined;
    const recent = last && quotation && quotation.paragraph - last.paragraph <= PRONOUN_PARAGRAPHS ? last.speaker : undefined;
    let speaker: string | undefined;
    if (subject === 'pronoun') speaker = recent;
    else if (subject !== undefined) speaker = fullestName(text, subject);
    else if (quotation && last?.paragraph === quotation.paragraph && !quotation.resumesInciso) speaker = last.speaker;
    draft.attribution = speaker ? { speaker, medium: null } : undefined;
    if (speaker && quotation) last = { speaker, paragraph: quotation.paragraph };
  }
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
  const words = after[2]!.split(/\s+/).map((word) => word.replace(/[,–—]+$/u, ''));
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
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}\\p{M}-]*)\\s+${escaped}(?![\\p{L}\\p{M}])`, 'gu'))) {
    if (!HONORIFICS.has(match[1]!)) return `${match[1]} ${name}`;
  }
  return name;
}
