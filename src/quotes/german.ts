/**
 * Speakers of quotations in German articles. German capitalises every noun, so the rules that take a capitalised run
 * for a name would credit "Medien" or "Atemmasken"; here only the construction whose grammar shows the subject is read:
 * the verb of saying right after the closing mark, then its subject ("„…“, sagte Lindner.", "„…“, so Caspar.",
 * "„…“, erzählt der Chef Matthias Frankenstein am Telefon."), or a verb of saying before the colon that opens the
 * quotation ("Lindner sagte: „…“", "sagte Trump am Montag: „…“"). A subject pronoun ("sagte er") is the speaker credited
 * last in the same or the previous paragraph, else the one person the article credits by name whom this paragraph names
 * before the quotation; a quotation with no verb of its own right after a credited one in the same paragraph continues
 * it ("„…“, sagt Frankenstein. „In unseren Firmenfarben.“").
 *
 * Reported speech is read too (readReportedSpeech): a clause in Konjunktiv I after a verb of saying and a comma ("Der
 * Minister Olaf Brandt erklärte, die Lage sei ernst", "…, dass die Lage ernst sei"), before one ("Die Lage sei ernst,
 * so Brandt"), and a sentence whose main clause is in Konjunktiv I with no verb of saying at all, which goes on
 * reporting the statement before it ("Man habe die Behörden informiert."): German marks reported speech by the mood.
 */
import type { TextSpan } from '../corpus/types.js';
import type { Draft } from './reading.js';
import type { Sentence, Token } from './tokens.js';
import { functionWordsOf } from '../text/stop-words.js';
import { escapeRegExp } from '../text/literal-pattern.js';
import { MIN_REPORTED_WORDS } from './sentence.js';
import { foldWord } from './normalize.js';
import { GERMAN_DETERMINERS, germanOrganisations, isKindNoun, nominative, organisationHead, spokespersonOf, type GermanOrganisations } from './german-organisations.js';

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

/** A noun of a kind of body with its article ("der Konzern", "des Ministeriums"): the body of that kind the article last named; `kind` is the noun's head. */
interface KindNoun {
  kind: string;
}

/**
 * A spokesperson ("ein Sprecher", "der Konzern-Sprecher", "eine Sprecherin des Ministeriums"), whose words the gold and
 * the reader credit to their organisation: one named (`body`), one of a kind named before, or, with none in the phrase,
 * the organisation whose statement comes right before.
 */
interface Spokesperson {
  body: string | KindNoun | undefined;
}

/**
 * Who a verb of saying's subject is: a name read, a pronoun, a noun of a kind of body, a spokesperson, or a subject that
 * names nobody the rules read ("der Mann", "es").
 */
type Subject = string | 'pronoun' | 'unnamed' | KindNoun | Spokesperson;

/**
 * A statement as the crediting reads it: the paragraph it is in and the subject its construction gives it; undefined for
 * a quotation or a reported sentence with no verb of its own, which continues the statement before it.
 */
interface Reading {
  draft: Draft;
  paragraph: number;
  subject: Subject | undefined;
}

/**
 * The statements of a German article, credited: `drafts` (its quotations as the general reader found them, in text order)
 * with the reported speech of `sentences` (readReportedSpeech) merged in, in text order; `paragraphs` are the article's,
 * which the sentences and quotations index. Each goes to the speaker its construction names; a pronoun to the speaker of
 * the statement before in the same or previous paragraph, else to the one person the article credits by name whom the
 * paragraph names before it; a quotation with no verb of its own continues the statement before it in the same paragraph,
 * a reported sentence with none the statement before it in the same or previous paragraph (with none there it is left
 * out: no statement is reported); a subject that names nobody ("sagte der Sprecher", "hieß es") credits nobody, and what
 * continues it neither. No speaker is credited by guess.
 */
export function readGermanStatements(text: string, paragraphs: TextSpan[], sentences: Sentence[], drafts: Draft[]): Draft[] {
  const paragraphStart = (paragraph: number) => paragraphs[paragraph]?.start ?? 0;
  const paragraphAt = (offset: number) => Math.max(0, paragraphs.findLastIndex((paragraph) => paragraph.start <= offset));
  const organisations = germanOrganisations(text);
  const quoted = drafts.map((draft): Reading => {
    const quotation = draft.quotation;
    const paragraph = quotation?.paragraph ?? paragraphAt(draft.start);
    const subject = draft.kind === 'direct' && quotation ? postposedSubject(text, quotation.outer.end, organisations) ?? colonSubject(text, paragraphStart(paragraph), quotation.outer.start, organisations) : undefined;
    return { draft, paragraph, subject };
  });
  const readings = [...quoted, ...readReportedSpeech(sentences, organisations)].sort((a, b) => a.draft.start - b.draft.start || b.draft.end - a.draft.end);
  const named = [...new Set(readings.map(({ subject }) => subject).filter((subject): subject is string => typeof subject === 'string' && subject !== 'pronoun' && subject !== 'unnamed').map((subject) => fullestName(text, subject)))];
  // A reported sentence in the next paragraph continues the statement before only when it opens its paragraph: after a
  // sentence of the narrator's there ("Der Sender CNN scheint skeptischer. Die Echtheit … könne…") it is another's.
  const opensParagraph = (draft: Draft, paragraph: number) => !/[\p{L}\p{N}]/u.test(text.slice(paragraphStart(paragraph), draft.start));
  let last: { speaker: string | null; paragraph: number } | undefined;
  const kept: Draft[] = [];
  for (const { draft, paragraph, subject } of readings) {
    const recent = last && paragraph - last.paragraph <= PRONOUN_PARAGRAPHS ? last : undefined;
    let speaker: string | null;
    if (subject === 'pronoun') speaker = recent ? recent.speaker : namedInParagraph(text, paragraphStart(paragraph), draft.start, named) ?? null;
    else if (subject === 'unnamed') speaker = null;
    else if (typeof subject === 'object') speaker = organisationSpeaker(subject, paragraphStart(paragraph), draft.start, recent?.speaker ?? null, organisations) ?? null;
    else if (subject !== undefined) speaker = organisations.isOrganisation(subject) ? subject : fullestName(text, subject);
    else if (draft.kind === 'direct') speaker = last?.paragraph === paragraph && !draft.quotation?.resumesInciso ? last.speaker : null;
    else if (recent && (recent.paragraph === paragraph || opensParagraph(draft, paragraph))) speaker = recent.speaker;
    else continue;
    draft.attribution = speaker ? { speaker, medium: null } : undefined;
    // A bare quotation credited to nobody leaves the speaker before it in place: "sagte er" after it still means them.
    if (speaker || subject !== undefined) last = { speaker, paragraph };
    kept.push(draft);
  }
  return kept;
}

/**
 * The organisation a noun of a kind or a spokesperson at offset `at` speaks for: the body of that kind the article last
 * named before `at` ("der Konzern", "der Konzern-Sprecher" → "Rheinmetall"), the body the phrase names ("ein Sprecher des
 * Innenministeriums"), else, for a bare spokesperson ("so ein Sprecher", "hieß es in einer Erklärung"), the speaker
 * `recent` (that of the statement before, in the same or the previous paragraph) when the article names it as a body, or
 * the body last named in the paragraph, which starts at `from` ("Das Ministerium wies … zurück. „…“, sagte ein Sprecher");
 * undefined when none.
 */
function organisationSpeaker(subject: KindNoun | Spokesperson, from: number, at: number, recent: string | null, organisations: GermanOrganisations): string | undefined {
  const body = 'kind' in subject ? subject : subject.body;
  if (typeof body === 'string') return body;
  if (body) return organisations.lastOfKind(body.kind, at);
  return recent !== null && organisations.isOrganisation(recent) ? recent : organisations.lastNamed(from, at);
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
  return new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'u').test(text);
}

/**
 * The subject of a verb of saying in the lead-in that a colon closes right before an opening mark at `at` (the lead-in
 * runs from the sentence's start, within the paragraph starting at `from`): after the verb, the name as after a closing
 * mark ("sagte Trump am Montag bei einer Pressekonferenz: „…“"); with nothing after it, the name right before it
 * ("Lindner sagte: „…“", "Die Ministerin Anna Brandt erklärte: „…“"). 'pronoun' for "Er sagte:", "sagte er:"; 'unnamed'
 * when no name is read ("Der Sprecher sagte:"); undefined with no such verb.
 */
function colonSubject(text: string, from: number, at: number, organisations: GermanOrganisations): Subject | undefined {
  const lead = text.slice(Math.max(from, at - REACH), at);
  const colon = /:\s*$/u.exec(lead);
  if (!colon) return undefined;
  const sentence = lead.slice(0, colon.index).split(/[.!?„“”"]\s/u).at(-1)!;
  const words = sentence.split(/\s+/u).filter(Boolean).map((word) => word.replace(/[,–—]+$/u, ''));
  const verb = words.findLastIndex((word) => GERMAN_SPEECH_VERBS.has(word) && word !== 'so');
  if (verb < 0) return undefined;
  if (verb < words.length - 1) return subjectAfterVerb(words.slice(verb + 1), organisations) ?? 'unnamed';
  const name: string[] = [];
  for (let i = verb - 1; i >= 0 && (CAPITALISED.test(words[i]!) || (NAME_PARTICLES.has(words[i]!) && name.length > 0)); i--) name.unshift(words[i]!);
  while (name.length > 0 && !CAPITALISED.test(name[0]!)) name.shift();
  if (name.length === 1 && GERMAN_PRONOUNS.has(name[0]!.toLowerCase())) return 'pronoun';
  // The sentence's first word is capitalised whatever it is: an article opening it ("Der Minister") is read as after a verb.
  const opening = name.length > 0 && verb - name.length === 0 && GERMAN_ARTICLES.has(name[0]!.toLowerCase());
  return subjectAfterVerb(opening ? [name[0]!.toLowerCase(), ...name.slice(1)] : name, organisations) ?? 'unnamed';
}

/**
 * The subject of a verb of saying right after a closing mark at `at` (", sagte X"): the capitalised words after the
 * verb up to the first other word; after an article, only a name of two words after the noun ("der Chef Matthias
 * Frankenstein"); three or more words without one are a noun and a name ("Klimaaktivistin Luisa Neubauer"), of which the
 * name is the last two. 'pronoun' for "sagte er"; 'unnamed' when no name is read ("sagte der Sprecher", "hieß es");
 * undefined with no such verb.
 */
function postposedSubject(text: string, at: number, organisations: GermanOrganisations): Subject | undefined {
  const after = /^\s*,\s*(\p{Ll}+)\s+([^.;:!?„“”"()]*)/u.exec(text.slice(at, at + REACH));
  if (!after || !isClosingVerbForm(after[1]!)) return undefined;
  return subjectAfterVerb(after[2]!.split(/\s+/).map((word) => word.replace(/[,–—]+$/u, '')), organisations) ?? 'unnamed';
}

/**
 * The subject that `words` (after a verb of saying) open with, read as `postposedSubject` tells; after an article (in any
 * case, and adjectives after it: "der südkoreanische Geheimdienst"), a body or a spokesperson as `organisationSubject` reads them.
 */
function subjectAfterVerb(words: string[], organisations: GermanOrganisations): Exclude<Subject, 'unnamed'> | undefined {
  if (GERMAN_PRONOUNS.has(words[0] ?? '')) return 'pronoun';
  if (words[0] === 'es') return documentSource(words.slice(1), organisations);
  const article = GERMAN_DETERMINERS.has(words[0] ?? '');
  let from = article ? 1 : 0;
  while (article && ADJECTIVE.test(words[from] ?? '')) from++;
  const name: string[] = [];
  for (const word of words.slice(from)) {
    if (CAPITALISED.test(word)) name.push(word);
    else if (NAME_PARTICLES.has(word) && name.length > 0) name.push(word);
    else break;
  }
  while (name.length > 0 && !CAPITALISED.test(name.at(-1)!)) name.pop();
  const capitalised = name.filter((word) => CAPITALISED.test(word)).length;
  if (article) return capitalised >= 3 ? name.slice(-2).join(' ') : organisationSubject(name, words.slice(from + name.length), organisations);
  if (capitalised >= 3 && name.every((word) => CAPITALISED.test(word))) return name.slice(-2).join(' ');
  return name.length > 0 ? name.join(' ') : undefined;
}

/** Heads of the nouns of a body's written statement ("Erklärung", "Pressemitteilung", "Stellungnahme"), folded. */
const STATEMENT_NOUNS: readonly string[] = ['erklarung', 'mitteilung', 'stellungnahme', 'statement', 'schreiben'];

/**
 * Whom an impersonal "hieß es" speaks for (`words` follow "es"): the body a written statement is of ("in einer Erklärung
 * des Ministeriums", "in einer Mitteilung von Siemens") or the body it came from ("aus dem Ministerium"), as a
 * spokesperson's words are; with a statement of nobody named ("in einer Erklärung"), the body whose statement comes
 * right before, as for "so ein Sprecher". Undefined otherwise ("hieß es", "hieß es in Regierungskreisen"): nobody.
 */
function documentSource(words: string[], organisations: GermanOrganisations): Spokesperson | undefined {
  const body = (of: string[]) => {
    const read = of.length > 0 ? subjectAfterVerb(of, organisations) : undefined;
    return read !== undefined && read !== 'pronoun' && (typeof read === 'string' || 'kind' in read) ? read : undefined;
  };
  if (words[0] === 'aus') {
    const from = body(words.slice(1));
    return from === undefined ? undefined : { body: from };
  }
  const noun = words.findIndex((word) => STATEMENT_NOUNS.some((head) => foldWord(word).endsWith(head)));
  if (words[0] !== 'in' || noun < 0 || noun > 3) return undefined;
  const of = words[noun + 1] === 'des' || words[noun + 1] === 'der' ? words.slice(noun + 1) : words[noun + 1] === 'von' ? words.slice(noun + 2) : [];
  return { body: body(of) };
}

/** An adjective between an article and its noun: lower case with a declension's ending ("südkoreanische", "größten"). */
const ADJECTIVE = /^\p{Ll}[\p{L}\p{M}]*(?:e|en|er|es|em)$/u;

/**
 * The subject an article's one or two capitalised words make (`name`, with `rest` the words after them): a noun and a
 * name the article writes without an article elsewhere, or a noun of a kind of body and a name, that name ("Der
 * US-Nachrichtensender CNN" → "CNN", "der Trainer Klopp", "Der Autobauer Volkswagen"); a spokesperson ("ein Sprecher", "der Konzern-Sprecher", "eine Sprecherin des Ministeriums", "ein Sprecher von
 * Siemens"); a noun of a kind of body alone ("der Konzern"); a noun that names a body, with the name after it
 * ("Das Bundesverteidigungsministerium", "Die Datenschutzbehörde Nordrhein-Westfalen"); undefined for any other noun ("der Mann").
 */
function organisationSubject(name: string[], rest: string[], organisations: GermanOrganisations): Exclude<Subject, 'unnamed' | 'pronoun'> | undefined {
  const [noun, next] = name;
  if (noun === undefined) return undefined;
  const named = next !== undefined && !organisationHead(next) && (organisations.writtenBare(next) || isKindNoun(noun));
  if (named) return name.length === 2 ? next : undefined;
  const spokesperson = spokespersonOf(noun);
  if (spokesperson !== undefined) {
    if (name.length > 1) return undefined;
    const of = rest[0] === 'des' || rest[0] === 'der' ? rest : rest[0] === 'von' ? rest.slice(1) : [];
    const body = of.length > 0 ? subjectAfterVerb(of, organisations) : undefined;
    if (body !== undefined && body !== 'pronoun' && (typeof body === 'string' || 'kind' in body)) return { body };
    return { body: spokesperson ? { kind: spokesperson } : undefined };
  }
  const head = organisationHead(noun);
  if (head === undefined || name.length > 2) return undefined;
  if (name.length === 1 && isKindNoun(noun)) return { kind: head };
  return [nominative(noun), ...name.slice(1)].join(' ');
}

/** Konjunktiv I forms a reported clause's verb takes (the auxiliaries and modals), and the Konjunktiv II forms the press writes for a plural whose Konjunktiv I is the indicative's ("sie würden", "hätten"). */
const KONJUNKTIV: ReadonlySet<string> = new Set([
  'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse',
  'würden', 'hätten', 'wären', 'müssten', 'könnten', 'dürften',
]);

/** Subject pronouns of the third person that a Konjunktiv I in "-e" follows or precedes ("man schätze", "es gebe", "erhole er sich"). */
const THIRD_PERSON: ReadonlySet<string> = new Set(['er', 'sie', 'es', 'man']);

/** Words opening a subordinate clause: a Konjunktiv there ("ob er Symptome habe") is the narrator's sentence's, not a report. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'dass', 'ob', 'wenn', 'weil', 'falls', 'obwohl', 'damit', 'solange', 'während', 'bevor', 'nachdem', 'als', 'wie', 'was', 'wo',
  'wer', 'warum', 'wonach', 'sofern', 'indem', 'sodass', 'seit', 'seitdem',
]);

/** Relative pronouns, which open a subordinate clause after a comma (", der für … tätig war"); at a sentence's start they are articles. */
const RELATIVES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches']);

/** Prepositions, which a relative pronoun may follow at a relative clause's start (", an dem die Bilder entstanden"). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'an', 'auf', 'aus', 'bei', 'durch', 'für', 'gegen', 'hinter', 'in', 'mit', 'nach', 'neben', 'ohne', 'über', 'um', 'unter', 'von', 'vor', 'wegen', 'zu', 'zwischen',
]);

/** Verbs of saying that lead in a reported clause after a comma ("erklärte, die Lage sei ernst"), finite or as a participle after "hat". */
const LEAD_VERBS: ReadonlySet<string> = new Set([
  ...[...GERMAN_SPEECH_VERBS].filter((verb) => verb !== 'so'),
  'meldet', 'meldete', 'teilt', 'teilte', 'heißt', 'hieß', 'behauptet', 'behauptete', 'versichert', 'versicherte', 'bestätigte',
  'gesagt', 'betont', 'mitgeteilt', 'berichtet', 'gemeldet', 'geschrieben', 'versichert', 'behauptet',
]);

/** Separable verbs of saying and the particle that must close their clause ("teilte … mit", "fügte … hinzu"): "teilte die Sorge" says nothing. */
const SEPARABLE: Readonly<Record<string, string>> = { teilt: 'mit', teilte: 'mit', fügt: 'hinzu', fügte: 'hinzu' };

/** Auxiliaries of a perfect ("hat Trump erklärt"): its subject follows them. */
const AUXILIARIES: ReadonlySet<string> = new Set(['hat', 'hatte', 'habe']);

/** Punctuation that ends a clause inside a sentence. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '–', '—', '-']);

/**
 * The reported speech of a German article's sentences, each with the subject its verb of saying gives it: the clause
 * after a verb of saying and its comma when it opens with "dass" or is a main clause in Konjunktiv ("Rheinmetall erklärte
 * auf Anfrage, man habe…"); the clauses before a closing verb of saying when a main one is in Konjunktiv ("Es handle sich
 * um…, so ein Sprecher"); a sentence with no verb of saying whose main clause is in Konjunktiv, with no subject (it
 * continues the statement before it).
 */
function readReportedSpeech(sentences: Sentence[], organisations: GermanOrganisations): Reading[] {
  const functionWords = functionWordsOf('de') ?? new Set<string>();
  const readings: Reading[] = [];
  for (const sentence of sentences) {
    const clauses = clausesOf(sentence.tokens);
    const konjunktiv = clauses.map((clause, i) => isMainClause(clause, i, functionWords) && inKonjunktiv(clause, functionWords));
    // A clause of fewer words outside its quotation marks ("Das sei „…“") is the quotation's, which is a statement of its own.
    const report = (reported: Token[][], subject: Subject | undefined) => {
      const content = reported.flat().filter((token) => token.kind !== 'punct');
      if (content.filter((token) => token.kind === 'word').length < MIN_REPORTED_WORDS) return;
      readings.push({ draft: { kind: 'indirect', start: content[0]!.start, end: content.at(-1)!.end, attribution: undefined, media: [] }, paragraph: sentence.paragraph, subject });
    };
    const closing = clauses.findIndex((_, i) => i > 0 && isClosingVerb(clauses, i));
    if (closing > 0) {
      if (konjunktiv.slice(0, closing).some(Boolean)) report(clauses.slice(0, closing), subjectAfterVerb(clauses[closing]!.slice(1).map(nameForm), organisations) ?? 'unnamed');
      continue;
    }
    const lead = clauses.findIndex((clause, i) => i + 1 < clauses.length && leadVerb(clause) >= 0 && (clauses[i + 1]![0]?.text === 'dass' || konjunktiv[i + 1]));
    if (lead >= 0) {
      // The report runs to the sentence's end, or to the colon that leads in a quotation of the speaker's own words.
      const rest = clauses.slice(lead + 1);
      const colon = rest.findIndex((clause) => clause.at(-1)?.text === ':');
      report(colon >= 0 ? rest.slice(0, colon + 1) : rest, leadSubject(clauses, lead, organisations));
      continue;
    }
    const source = sourceMarker(sentence.tokens, organisations);
    if (source) report([source.reported], source.subject);
    else if (konjunktiv.some(Boolean) && !sentence.tokens.some((token) => isClosingVerbForm(token.text))) report(clauses, undefined);
  }
  return readings;
}

/**
 * The source a sentence names with "laut" or "nach Angaben" ("Laut dem Innenministerium sind…", "Dabei konnten die
 * Angreifer nach Angaben des Konzerns…"), in any mood: its subject (a body, a kind of body, a full name, or a name the
 * article writes bare twice: "laut Gesetz" or "laut Umfrage" names no one) and what it reports, the rest of the sentence
 * when the marker opens it, else the whole sentence. Undefined with no such marker, or one whose source is no one
 * ("nach eigenen Angaben").
 */
function sourceMarker(tokens: Token[], organisations: GermanOrganisations): { reported: Token[]; subject: Subject } | undefined {
  const at = tokens.findIndex((token, i) => token.kind === 'word' && (token.key === 'laut' || (token.key === 'nach' && tokens[i + 1]?.key === 'angaben')));
  if (at < 0) return undefined;
  let from = at + (tokens[at]!.key === 'laut' ? 1 : 2);
  if (tokens[from]?.text === 'von') from++;
  const source: string[] = [];
  for (const token of tokens.slice(from)) {
    if (token.kind !== 'word') break;
    if (source.length === 0 && GERMAN_DETERMINERS.has(token.text)) source.push(token.text);
    else if (CAPITALISED.test(token.text) || (NAME_PARTICLES.has(token.text) && source.length > 0)) source.push(token.text);
    else break;
  }
  const subject = source.length > 0 ? subjectAfterVerb(source, organisations) : undefined;
  if (subject === undefined || subject === 'pronoun') return undefined;
  if (typeof subject === 'string' && !organisations.isOrganisation(subject) && !subject.includes(' ') && !organisations.writtenBare(subject, 2)) return undefined;
  const end = from + source.length;
  return { reported: at === 0 ? tokens.slice(end + (tokens[end]?.text === ',' ? 1 : 0)) : tokens, subject };
}

/** A sentence's tokens cut into clauses at commas, dashes, colons and semicolons (each clause keeps the mark that ends it); quotations stay whole. */
function clausesOf(tokens: Token[]): Token[][] {
  const clauses: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'punct' && /^[.!?…]$/u.test(token.text)) continue;
    clauses.at(-1)!.push(token);
    if (token.kind === 'punct' && CLAUSE_BREAKS.has(token.text)) clauses.push([]);
  }
  return clauses.map((clause) => clause.filter((token, i) => token.kind !== 'punct' || i === clause.length - 1)).filter((clause) => clause.some((token) => token.kind !== 'punct'));
}

/**
 * Whether clause `i` of a sentence is a main clause: it opens with no subordinator, nor (after the first) with a relative
 * pronoun, alone or after a preposition, unless that word is the article of a subject the finite verb follows in second
 * place ("erklärte, die Lage sei ernst"): a relative clause puts its finite verb last (", die im Herbst handeln werde").
 */
function isMainClause(clause: Token[], i: number, functionWords: ReadonlySet<string>): boolean {
  const words = clause.filter((token) => token.kind === 'word').map((token) => token.text.toLowerCase());
  if (SUBORDINATORS.has(words[0] ?? '')) return false;
  if (i === 0 || verbAfterSubject(clause, functionWords) !== undefined) return true;
  return !(RELATIVES.has(words[0] ?? '') || (PREPOSITIONS.has(words[0] ?? '') && RELATIVES.has(words[1] ?? '')));
}

/**
 * The index among `clause`'s words of a finite verb in Konjunktiv (KONJUNKTIV, or a form in "-e" that is neither the
 * preterite's "-te" nor a function word: the indicative's third person ends in "-t") in second place after a subject
 * that opens the clause with its article, lower-case adjectives and a capitalised noun ("die Lage sei…", "das neue Werk
 * plane…"), when words follow the verb; undefined otherwise.
 */
function verbAfterSubject(clause: Token[], functionWords: ReadonlySet<string>): number | undefined {
  const words = clause.filter((token) => token.kind !== 'punct');
  if (!GERMAN_ARTICLES.has(words[0]?.text.toLowerCase() ?? '')) return undefined;
  let noun = 1;
  while (words[noun]?.kind === 'word' && /^\p{Ll}/u.test(words[noun]!.text) && !functionWords.has(words[noun]!.key)) noun++;
  const verb = words[noun + 1];
  if (words[noun]?.kind !== 'word' || !/^\p{Lu}/u.test(words[noun]!.text) || verb?.kind !== 'word' || noun + 2 >= words.length) return undefined;
  if (KONJUNKTIV.has(verb.text)) return noun + 1;
  return /^\p{Ll}{2,}e$/u.test(verb.text) && !verb.text.endsWith('te') && !functionWords.has(verb.key) ? noun + 1 : undefined;
}

/**
 * Whether a clause's verb is in Konjunktiv: one of KONJUNKTIV, or a form in "-e" (not the preterite's "-te", not a
 * function word) right after a third-person pronoun opening the clause ("man schätze", "es gebe") or right before one
 * ("erhole er sich"): the indicative of the third person singular ends in "-t".
 */
function inKonjunktiv(clause: Token[], functionWords: ReadonlySet<string>): boolean {
  const words = clause.filter((token) => token.kind !== 'punct');
  const lower = (token: Token | undefined) => (token?.kind === 'word' ? token.text.toLowerCase() : '');
  if (verbAfterSubject(clause, functionWords) !== undefined) return true;
  return words.some((token, i) => {
    if (KONJUNKTIV.has(token.text)) return true;
    if (token.kind !== 'word' || !/^\p{Ll}{2,}e$/u.test(token.text) || token.text.endsWith('te') || functionWords.has(token.key)) return false;
    return (i === 1 && THIRD_PERSON.has(lower(words[0]))) || THIRD_PERSON.has(words[i + 1]?.text ?? '');
  });
}

/** The index in `clause` of a verb of saying that leads in a report (a separable one with its particle closing the clause), else -1. */
function leadVerb(clause: Token[]): number {
  return clause.findIndex((token) => token.kind === 'word' && LEAD_VERBS.has(token.text) && (!(token.text in SEPARABLE) || clause.findLast((other) => other.kind === 'word')?.text === SEPARABLE[token.text]));
}

/** Whether `word` is a verb of saying (or "so") that may follow what it reports: "„…“, sagte X", "…, hieß es". */
function isClosingVerbForm(word: string): boolean {
  return GERMAN_SPEECH_VERBS.has(word) || LEAD_VERBS.has(word);
}

/** Whether clause `i` opens with a verb of saying and closes the sentence ("…, so ein Sprecher", "…, teilte das Amt mit"), with no quotation of its own. */
function isClosingVerb(clauses: Token[][], i: number): boolean {
  const clause = clauses[i]!;
  const first = clause[0];
  if (first?.kind !== 'word' || !isClosingVerbForm(first.text)) return false;
  return i === clauses.length - 1 && !clause.some((token) => token.kind === 'quote' || token.text === ':');
}

/**
 * The subject of the verb of saying that leads in a report in clause `lead`: after a perfect's auxiliary ("hat US-Präsident
 * Donald Trump erklärt"); a pronoun after the verb ("sagte er"); the name after the verb when nothing that can be a
 * subject precedes it ("Am Montag sagte Trump", "„…“, sagte Trump, …"); else the words before it when they are all a
 * name, with an article or not ("Rheinmetall erklärte", "Der Datenschutzbeauftragte Johannes Caspar erklärt"), or the
 * sentence's first clause when the verb opens its own ("Tobias Lindner, Sprecher der Grünen, sagte, …"); else 'unnamed'.
 */
function leadSubject(clauses: Token[][], lead: number, organisations: GermanOrganisations): Subject {
  const clause = clauses[lead]!;
  const verb = leadVerb(clause);
  const before = clause.slice(0, verb);
  const after = clause.slice(verb + 1).filter((token) => token.kind !== 'punct').map(nameForm);
  const auxiliary = before.findIndex((token) => AUXILIARIES.has(token.text));
  if (auxiliary >= 0) return subjectAfterVerb(before.slice(auxiliary + 1).map(nameForm), organisations) ?? wholeSubject(before.slice(0, auxiliary), organisations) ?? 'unnamed';
  if (GERMAN_PRONOUNS.has(after[0] ?? '')) return 'pronoun';
  const opensWithSubject = before.length > 0 && (before[0]!.common !== true || GERMAN_ARTICLES.has(before[0]!.text.toLowerCase()) || GERMAN_PRONOUNS.has(before[0]!.text.toLowerCase()));
  if (!opensWithSubject) return subjectAfterVerb(after, organisations) ?? (before.length === 0 && lead > 0 ? wholeSubject(clauses[0]!.filter((token) => token.kind !== 'punct'), organisations) : undefined) ?? 'unnamed';
  return wholeSubject(before, organisations) ?? 'unnamed';
}

/** A token's text as the name readers take words (a quotation is no name word). */
function nameForm(token: Token): string {
  return token.kind === 'word' ? token.text : '"';
}

/** The subject `tokens` are when they are a name and nothing else (an article opening them lower-cased, as after a verb), a pronoun; undefined otherwise. */
function wholeSubject(tokens: Token[], organisations: GermanOrganisations): Subject | undefined {
  if (tokens.length === 0 || tokens.some((token) => token.kind !== 'word')) return undefined;
  const words = tokens.map((token) => token.text);
  if (words.length === 1 && GERMAN_PRONOUNS.has(words[0]!.toLowerCase())) return 'pronoun';
  if (GERMAN_ARTICLES.has(words[0]!.toLowerCase())) words[0] = words[0]!.toLowerCase();
  const nameWords = GERMAN_ARTICLES.has(words[0]!) ? words.slice(1) : words;
  if (!nameWords.every((word) => CAPITALISED.test(word) || NAME_PARTICLES.has(word))) return undefined;
  return subjectAfterVerb(words, organisations);
}

/**
 * A surname alone ("Berning") as the article first writes it after a given name ("Karsten Berning"), else as it is. A word
 * after an article or an adjective (a lower-case word that is no function word) is a noun, not a given name ("der
 * Rüstungskonzern Rheinmetall", "des größten deutschen Rüstungskonzerns Rheinmetall").
 */
function fullestName(text: string, name: string): string {
  if (name.includes(' ')) return name;
  const functionWords = functionWordsOf('de');
  for (const match of text.matchAll(new RegExp(`(?:(\\p{L}+)\\s+)?(\\p{Lu}[\\p{L}\\p{M}-]*)\\s+${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const before = match[1]?.toLowerCase();
    const noun = before !== undefined && (GERMAN_DETERMINERS.has(before) || (/^\p{Ll}/u.test(match[1]!) && !functionWords?.has(foldWord(before))));
    // A sentence's opening article is capitalised and no given name either ("Das Bundesverteidigungsministerium").
    if (!noun && !HONORIFICS.has(match[2]!) && !GERMAN_DETERMINERS.has(match[2]!.toLowerCase())) return `${match[2]} ${name}`;
  }
  return name;
}
