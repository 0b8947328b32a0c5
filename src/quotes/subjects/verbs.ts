/**
 * The subject of each cue verb of a sentence (`resolveVerbs`): which verbs report words said (not a condition, an
 * imperative, a hypothetical or the narrator's inference), and for each the subject before it (before.ts), after it
 * (after.ts), through a relative pronoun (relatives.ts), for a gerund (gerunds.ts), a document's (documents.ts), or the
 * one a sentence leaves out (antecedents.ts).
 */
import { SETTING_OFF, isNameWord, isPunct, nameEnd, nameSpans, startsLower, type Sentence, type Token } from '../tokens.js';
import { foldWord } from '../normalize.js';
import { readPhrase } from '../phrases.js';
import { RELATIVE_SOURCES, findVerbs, isLoneGerund, isOwnViewpoint, isSpeechVerbToken, unquotedInciso } from '../cues.js';
import type { ArticleContext, Attribution, Previous, VerbUse } from '../reading.js';
import { announcesIndefinite } from '../clauses.js';
import { asGroup, asOrganisation, asPerson, isDocumentSpeaker, isOrganisation } from '../reference.js';
import { COMPLEMENTISERS, COORDINATORS, DETERMINERS, GROUP_NOUNS, IMPERSONAL_QUOTING, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, SKIPPABLE, TELLING, isTitleNoun, isTitlePlural, speechVerb } from '../lexicon.js';
import { ADVERSATIVES, bareOpeningAdjunct, clauseSegments, leadingSubject, openingSubject } from './opening.js';
import { DERIVED_ADVERB, ENGLISH_MODALS, nearestPhraseEndingAt, skipBackOverAdverbs } from './phrase-end.js';
import { FOCUS_REACH, antecedent, attributionOf, leftOutPlural, personBeforeDocument, spanishPlural } from './antecedents.js';
import { absoluteSubject, adnominalGerundSubject, quotedAsSaying } from './gerunds.js';
import { documentSource } from './documents.js';
import { freeRelativeGroup } from './relatives.js';
import { nextBoundary, skipAdverbs, subjectAfter, subjectFollows } from './after.js';
import { placedGroup } from './places.js';
import { listedGroups } from './listed-groups.js';
import { quotedName, subjectBefore } from './before.js';
import { placeRelativeAt, placeRelativeSubject } from './place-relatives.js';

/** Words that deny a subject the verb: "ni el presidente ha mencionado", "neither … nor the mayor said". */
const NEITHER = new Set(['ni', 'neither', 'nor']);

/** Conjunctions that open a condition ("si", "if", "unless"): a verb of saying in their clause reports no words said. */
const CONDITIONALS = new Set(['si', 'if', 'unless']);

/**
 * Whether the verb at `verbFirst` stands in a condition opened earlier in its clause ("Si el Gobierno dice que…"); not
 * "si bien" (although), nor a question's "si" after its verb ("preguntó si…").
 */
function isSupposed(tokens: Token[], verbFirst: number): boolean {
  for (let i = verbFirst - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.kind === 'quote' || isPunct(token, ',;:.') || isSpeechVerbToken(token)) return false;
    if (CONDITIONALS.has(token.key)) return tokens[i + 1]?.key !== 'bien';
  }
  return false;
}

/**
 * Adverbs that make a verb of saying the narrator's reading of what was meant, not words said ("implicitly acknowledging
 * that…", "reconociendo tácitamente que…", "in effect admitting…"). Folded; pairs as two words.
 */
const INFERENCE_ADVERBS: ReadonlyArray<readonly string[]> = [
  ['implicitly'], ['tacitly'], ['effectively'], ['indirectly'], ['in', 'effect'], ['implicitamente'], ['tacitamente'], ['indirectamente'], ['de', 'facto'], ['en', 'los', 'hechos'],
];

/** Whether an adverb of INFERENCE_ADVERBS stands right before the verb group `first`..`last` or right after it. */
function isInferred(tokens: Token[], first: number, last: number): boolean {
  return INFERENCE_ADVERBS.some((words) => words.every((word, k) => tokens[first - words.length + k]?.key === word) || words.every((word, k) => tokens[last + 1 + k]?.key === word));
}

/** English modals of what may or would be said, not what was ("could say", "will tell", "would agree"): "did" reports. */
const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set([...ENGLISH_MODALS].filter((modal) => !['did', 'do', 'does'].includes(modal)));

/** Whether a hypothetical modal governs the verb at `verbFirst`, an adverb or two between them allowed ("would later say"). */
function isHypothetical(tokens: Token[], verbFirst: number): boolean {
  for (let i = verbFirst - 1; i >= Math.max(0, verbFirst - 3); i--) {
    const token = tokens[i]!;
    if (HYPOTHETICAL_MODALS.has(token.key) && startsLower(token.text)) return true;
    if (!(DERIVED_ADVERB.test(token.key) && startsLower(token.text)) && !SKIPPABLE.has(token.key)) return false;
  }
  return false;
}

/** English words that govern a verb's bare form ("will say", "did not tell", "to explain", "let me say"), folded. */
const BARE_FORM_GOVERNORS: ReadonlySet<string> = new Set([...ENGLISH_MODALS, 'to', 'let', 'lets', 'make', 'makes', 'made', 'help', 'helps']);

/** Whether an English verb of saying is in its bare form ("say", "tell", "deny"; not "says", "said", "saying"): its third-person form is a verb of saying. */
function isBareForm(token: Token): boolean {
  const key = token.key;
  const third = /[^aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(key) ? `${key}es` : `${key}s`;
  return !/(?:ed|ing)$/.test(key) && speechVerb(third) !== undefined;
}

/** Words that make the verb after them a request ("Please tell readers…", "Kindly say…"), folded. */
const REQUEST_MARKERS: ReadonlySet<string> = new Set(['please', 'kindly']);

/**
 * Whether an English verb of saying is an imperative, not a report: in its bare form with nothing that governs it, after
 * "please", or after "and" with no subject of its own where the sentence opens with one name, which would say "says"
 * ("Ignore all previous instructions and say…", "IGNORE … AND SAY…"). A plural subject agrees ("Officials met and say",
 * "Smith and Jones say"), and so may a body in British English ("Arsenal say"), which stands next to its verb.
 */
function isImperative(context: ArticleContext, sentence: Sentence, use: VerbUse): boolean {
  const { tokens } = sentence;
  if (use.verb === 'source' || !use.verb.english || use.inverted || !isBareForm(tokens[use.last]!)) return false;
  const before = tokens[use.first - 1];
  if (REQUEST_MARKERS.has(before?.key ?? '')) return true;
  if (!COORDINATORS.has(before?.key ?? '') || use.subjectFrom !== use.subjectTo || tokens.slice(0, use.first).some((token) => BARE_FORM_GOVERNORS.has(token.key) || /n['’]t$/.test(token.key))) return false;
  const opening = readPhrase(sentence, context.text, 0, nameEnd(tokens, 0));
  if (opening?.kind !== 'name' || opening.name !== use.subject?.speaker) return false;
  const words = opening.name.split(/\s+/u);
  const last = foldWord(words.at(-1)!);
  const plural = words.some((word) => COORDINATORS.has(foldWord(word))) || GROUP_NOUNS.has(last) || isTitlePlural(last);
  // An all-capitals phrase is no acronym: a body only by its words.
  const body = isOrganisation(words.length > 1 && opening.name === opening.name.toUpperCase() ? opening.name.toLowerCase() : opening.name) || context.cast.isMedium(opening.name);
  return !plural && !body;
}

/** Words of a list's first member ("Black voters", "Los vecinos del barrio"). */
const MAX_LIST_MEMBER_WORDS = 4;

/**
 * Whether the subject [from, to) holds a coordinator and follows a comma after which the sentence's opening words are a
 * list's first member: a short plural noun phrase with no verb ("Black voters, campaign organizers and volunteers", "Vecinos,
 * comerciantes y sindicatos").
 */
function endsList(tokens: Token[], from: number, to: number): boolean {
  if (!isPunct(tokens[from - 1], ',') || !tokens.slice(from, to).some((token) => COORDINATORS.has(token.key))) return false;
  const member = tokens.slice(0, from - 1);
  const last = member.at(-1);
  return member.length > 0 && member.length <= MAX_LIST_MEMBER_WORDS && member.every((token) => token.kind === 'word' && token.verb === undefined) && last !== undefined && (startsLower(last.text) || member.length === 1) && /s$/.test(last.key);
}

/** Relative words that open a clause about a thing ("la fala em que ele sugere", "the speech in which he said", "onde"). Folded. */
const THING_RELATIVES = new Set(['que', 'qual', 'cual', 'which', 'onde', 'donde', 'where']);

/** Prepositions before a relative ("em que", "en el que", "in which", "na qual"). Folded. */
const RELATIVE_PREPOSITIONS = new Set(['em', 'en', 'in', 'no', 'na', 'nos', 'nas', 'on', 'de', 'do', 'da', 'del']);

/**
 * Whether the subject at `at` follows a relative opened by a preposition, or "onde"/"where" ("sua fala em que ele sugere…",
 * "la entrevista en la que ella dijo…", "the speech in which he said…"): the clause describes something named before it,
 * and its pronoun is whoever the sentence names there, not the speaker in focus.
 */
function opensRelative(tokens: Token[], at: number): boolean {
  const relative = tokens[at - 1]?.key ?? '';
  if (!THING_RELATIVES.has(relative)) return false;
  if (['onde', 'donde', 'where'].includes(relative)) return true;
  const before = DETERMINERS.has(tokens[at - 2]?.key ?? '') ? tokens[at - 3] : tokens[at - 2];
  return RELATIVE_PREPOSITIONS.has(before?.key ?? '');
}

/**
 * The person named last in `sentence` before token `before` (not a body or a medium), whom a pronoun in a relative clause
 * about their remark refers to ("…o convite para Barroso se explicar sobre sua fala em que ele sugere…" is Barroso's,
 * not the paragraph's subject's); undefined when the sentence names nobody before it (the pronoun is then read as any other).
 */
function nearestPerson(context: ArticleContext, sentence: Sentence, before: number): Attribution | undefined {
  const spans = nameSpans(sentence, context.text).filter((span) => span.to <= before);
  for (const span of spans.reverse()) {
    const name = context.cast.resolveName(span.text, sentence.start);
    if (name !== null && !context.cast.isMedium(name) && !isOrganisation(name)) return { speaker: name, medium: null };
  }
  return undefined;
}

/**
 * Whether a quotation of the sentence names this speaker, by a capitalised word of their name of three letters or more
 * ("Loreto" or "Aravena" for Loreto Aravena): the words speak of them in the third person.
 */
function quotedAbout(sentence: Sentence, attribution: Attribution | undefined): boolean {
  const words = (attribution?.speaker ?? '').split(/\s+/).filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word));
  if (words.length === 0) return false;
  return sentence.tokens.some((token) => {
    if (token.kind !== 'quote') return false;
    const quoted = new Set(token.text.match(/\p{L}+/gu));
    return words.some((word) => quoted.has(word));
  });
}

/**
 * Whether a Spanish verb of saying follows a complement fronted before it, with no comma and no capitalised word after
 * the sentence's first ("De primer orden calificó X el diseño", "Como un error definió la ministra…", "En la reunión
 * afirmó el director que…"): the words before the verb are a prepositional phrase, not its subject, which follows it.
 */
function frontedComplement(tokens: Token[], found: { first: number; verb: VerbUse['verb'] }): boolean {
  if (found.verb === 'source' || found.verb.english || found.first < 2) return false;
  const opener = tokens[0]!.key;
  if (!PHRASE_PREPOSITIONS.has(opener) && !NAME_PREPOSITIONS.has(opener) && opener !== 'como') return false;
  return tokens.slice(1, found.first).every((token) => token.kind === 'word' && startsLower(token.text) && token.verb === undefined);
}

/** Verbs of replying, folded ("respondió", "contestó", "replicó", "replied", "responded", "answered"). */
const REPLYING = /^(?:respond|contest|replic|repli|respon|answer)/u;

/** Who asked the question the sentence before reports (its last statement's speaker), if it has a question verb. */
function asker(previous: Previous | undefined): string | null | undefined {
  return previous?.sentence.tokens.some((token) => token.verb?.frame === 'question') ? previous.drafts.at(-1)?.attribution?.speaker : undefined;
}

/**
 * Whom the sentence before asked, by name right after its question verb ("a reporter asked Montoya-Lewis, “…?”", "le
 * preguntó a Ana Ruiz si…"): the one a reply after it ("she replied", "respondió") is credited to. Undefined otherwise.
 */
function questionAddressee(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  const { tokens } = previous.sentence;
  const verb = tokens.findIndex((token) => token.verb?.frame === 'question' && /^\p{Ll}/u.test(token.text));
  if (verb < 0) return undefined;
  const from = ['a', 'al'].includes(tokens[verb + 1]?.key ?? '') ? verb + 2 : verb + 1;
  const span = nameSpans(previous.sentence, context.text).find((candidate) => candidate.from === from || (candidate.from > from && tokens.slice(from, candidate.from).every((token) => isTitleNoun(token.key) || DETERMINERS.has(token.key))));
  const name = span && context.cast.resolveName(span.text, previous.sentence.start);
  return name ? { speaker: name, medium: null } : undefined;
}

/** Words before a Spanish verb inserted between commas with its subject left out ("La reforma, enfatizó, requiere…"). */
const MAX_COMMA_INCISO_LEAD_WORDS = 6;

/**
 * Whether a Spanish verb group stands alone between commas after the sentence's first few words, with words after it
 * ("La reforma, enfatizó, requiere ser más democrática"): an inserted verb whose subject Spanish leaves out, as after a
 * quotation. English writes the pronoun ("The ruling, she said, was…").
 */
function commaInciso(tokens: Token[], found: { first: number; last: number; verb: VerbUse['verb'] }): boolean {
  if (found.verb === 'source' || found.verb.english || !isPunct(tokens[found.first - 1], ',') || !isPunct(tokens[found.last + 1], ',')) return false;
  const lead = tokens.slice(0, found.first - 1);
  // What follows may be a quotation alone ("El decreto, dijo, «no resuelve nada»").
  return lead.length > 0 && lead.length <= MAX_COMMA_INCISO_LEAD_WORDS && lead.every((token) => token.kind === 'word') && tokens.slice(found.last + 2).some((token) => token.kind === 'word' || token.kind === 'quote');
}

/**
 * The subject of the verb of saying before a comma at `first - 1` when that comma closes the clause the verb reports
 * ("explicó que habrá más médicos, aseguró que…", "said the bridge would open, warned that…"): the last verb of the
 * sentence before `first`, not a source marker, naming a speaker, with a "que"/"that" or words of its clause after it
 * and no other stop (";", ":") or verb between. Undefined otherwise.
 */
function listedVerbSubject(tokens: Token[], earlier: VerbUse[], first: number): Attribution | undefined {
  const last = earlier.at(-1);
  if (!isPunct(tokens[first - 1], ',') || !last || last.verb === 'source' || last.inverted || !last.subject?.speaker) return undefined;
  const between = tokens.slice(last.last + 1, first - 1);
  if (between.length === 0 || between.some((token) => isPunct(token, ';:'))) return undefined;
  // The clause runs on from its verb: a "que"/"that" opens it, or (English) the verb's words run on to the comma.
  const opened = between.some((token) => COMPLEMENTISERS.has(token.key)) || (last.verb.english && between[0]?.kind === 'word');
  return opened && tokens[first - 2]?.kind !== 'punct' ? last.subject : undefined;
}

/** The conditional of "haber" in a perfect reportive ("habría dicho"): the narration passes on what it only heard of. Folded. */
const HEARSAY_CONDITIONALS: ReadonlySet<string> = new Set(['habria', 'habrian']);

/**
 * Whom the sentence before `previous` ends recounting: the subject opening the clause after its last colon or after a
 * verb of saying's "que" ("Villarroel recordó una anécdota: el maestro se negó a subir…", "Rosa contó que su padre
 * nunca quiso…"), when it names someone other than the speaker in focus. Undefined otherwise.
 */
function recountedSubject(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  const { sentence } = previous;
  const { tokens } = sentence;
  for (let i = tokens.length - 2; i > 0; i--) {
    if (!isPunct(tokens[i], ':') && !(COMPLEMENTISERS.has(tokens[i]!.key) && isSpeechVerbToken(tokens[i - 1]))) continue;
    const to = nextBoundary(tokens, i + 1);
    const subject = to > i + 1 ? openingSubject(context, sentence, previous, { from: i + 1, to }) : undefined;
    return subject?.speaker && subject.speaker !== antecedent(context, previous)?.speaker ? subject : undefined;
  }
  return undefined;
}

/**
 * Whether the gerund at token `gerund` follows a lower-case noun inside the prepositional phrase the sentence opens with,
 * before its first comma ("At a press conference announcing her appointment, …", "En un acto celebrando el aniversario,
 * …"): it describes that noun, as a relative would, and has no speaker of its own.
 */
function adnominalInOpeningAdjunct(sentence: Sentence, gerund: number): boolean {
  const { tokens } = sentence;
  const comma = tokens.findIndex((token) => isPunct(token, ','));
  const noun = tokens[gerund - 1];
  return comma > gerund && PHRASE_PREPOSITIONS.has(tokens[0]!.key) && tokens.slice(0, gerund).every((token) => token.kind === 'word')
    && noun?.kind === 'word' && startsLower(noun.text) && !DETERMINERS.has(noun.key) && noun.verb === undefined;
}

/** The cue verbs of a sentence, each with its subject resolved (undefined when the grammar leaves it uncertain). */
export function resolveVerbs(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): VerbUse[] {
  const { tokens } = sentence;
  const uses: VerbUse[] = [];
  for (const found of findVerbs(sentence)) {
    const before = tokens[found.first - 1];
    const base = { ...found, inverted: false, relative: false };
    // "“…,” the ABC quoted him as saying": whom "quoted" takes as its object spoke; its subject only relays.
    const relayed = quotedAsSaying(context, sentence, found.first, previous);
    if (relayed) {
      // "quoted", read as a verb of its own, would credit the medium: the formula is one attribution.
      const quoting = uses.findIndex((use) => use.first === relayed.quoting);
      if (quoting >= 0) uses.splice(quoting, 1);
      uses.push({ ...base, subject: relayed.subject, subjectFrom: relayed.from, subjectTo: relayed.quoting });
      continue;
    }
    const gerund = isLoneGerund(tokens, found);
    // "“JOH” contestó…": a quoted name right before the verb is its subject, not a quotation it attributes.
    // "«…», así lo aseguró X": an adverb between the quotation's comma and the verb.
    const pointingBack = before?.key === 'asi' && isPunct(tokens[found.first - 2], ',') && tokens[found.first - 3]?.kind === 'quote';
    const afterQuote = (before?.kind === 'quote' && !quotedName(context, sentence, found.first - 1)) || (isPunct(before, SETTING_OFF) && tokens[found.first - 2]?.kind === 'quote') || pointingBack;
    // "Así lo explicó la portavoz…:", "Luego dijo el ministro…": only adverbs before the verb, whose subject may follow it.
    // "En un comunicado añadió: «…»", "Por la tarde escribió": an opening adjunct with no comma leaves the subject out or after the verb.
    const adjunct = found.verb !== 'source' && !spanishPlural(tokens, found) && bareOpeningAdjunct(context, sentence, skipBackOverAdverbs(tokens, found.first));
    const opensClause = !before || isPunct(before, ',:;') || afterQuote || (found.first > 0 && skipAdverbs(tokens, 0) >= found.first) || adjunct;
    const inverted = () => {
      // "…, Linda Hart, told The Times": what follows "told" is whom it was told, never its subject.
      if (TELLING.has(tokens[found.last]!.key)) return undefined;
      const after = subjectAfter(context, sentence, found.last, previous, found.verb === 'source');
      return after && { ...base, subject: after.subject, subjectFrom: after.from, subjectTo: after.to, inverted: true };
    };
    const preverbal = () => (adjunct ? { ...base, subject: undefined, subjectFrom: found.first, subjectTo: found.first } : { ...base, ...subjectBefore(context, sentence, found.first, uses, previous) });
    // "La reforma —dijo Ríos— estará lista", "Nada —agregó— puede…": the dashes hold the verb and its subject, if any.
    const inciso = found.verb === 'source' ? undefined : unquotedInciso(tokens, found);
    if (inciso) {
      const own = inciso.opening < found.first - 1 ? preverbal() : inverted();
      const inside = own && own.subjectFrom > inciso.opening && own.subjectTo <= inciso.closing;
      uses.push(inside ? own : { ...base, subject: undefined, subjectFrom: found.first, subjectTo: found.first });
    } else if (found.verb === 'source' && RELATIVE_SOURCES.has(tokens[found.last]!.key)) {
      // "el Instituto Nacional de Estadística, según el cual…": the relative's antecedent, before the comma.
      const antecedentEnd = isPunct(before, ',') ? found.first - 1 : found.first;
      const reading = nearestPhraseEndingAt(context, sentence, antecedentEnd);
      uses.push({ ...base, subject: reading && attributionOf(context, reading.reading, previous, sentence.start), subjectFrom: found.last + 1, subjectTo: found.last + 1, inverted: true });
      continue;
    } else if (found.verb === 'source' && isOwnViewpoint(tokens, found.first)) {
      // "…porque, a su juicio, «…»": the view of the sentence's own subject; opening the sentence, of whom it was quoting.
      const own = found.first > 0 ? leadingSubject(context, sentence, previous, found.first) : undefined;
      uses.push({ ...base, subject: asPerson(own?.speaker ? own : antecedent(context, previous)), subjectFrom: found.last + 1, subjectTo: found.last + 1, inverted: true });
      continue;
    } else if (found.verb === 'source') {
      const document = documentSource(context, sentence, found.last, previous);
      uses.push(document ? { ...base, subject: document.subject, subjectFrom: found.last + 1, subjectTo: document.to, inverted: true } : inverted() ?? preverbal());
    } else if (IMPERSONAL_QUOTING.has(tokens[found.last]!.key) || (!gerund && (afterQuote || !before))) {
      uses.push(inverted() ?? preverbal());
    } else if (gerund && adnominalInOpeningAdjunct(sentence, found.first)) {
      // "At a press conference announcing her appointment, a reporter asked…": the gerund describes the adjunct's noun;
      // it reports nobody's words.
      continue;
    } else if (gerund) {
      // ", saying …", "respondió diciendo: …", "responded by saying": the subject of the verb before it, else the sentence's.
      // A gerund opening the sentence ("Agregando que…") continues whom the sentence before it quoted; after narrative
      // ("Mary Lane had a hard week. Saying that…") it is a fragment of the narrator's.
      const governing = uses.filter((use) => use.verb !== 'source' && use.subject).at(-1)?.subject;
      const subject = absoluteSubject(context, sentence, found.first, previous) ?? adnominalGerundSubject(context, sentence, found.first, previous) ?? governing ?? leadingSubject(context, sentence, previous) ?? (found.first === 0 ? previous?.drafts.at(-1)?.attribution : undefined);
      uses.push({ ...base, subject, subjectFrom: found.first, subjectTo: found.first });
    } else {
      // ", dijo KCNA" after a clause; "Jorge Benítez, acusó a …" after an apposition; ", said Department of
      // Correction spokesman Jason Kersten." closes the sentence with its subject, whatever came before.
      const fronted = frontedComplement(tokens, found);
      const after = (opensClause || fronted) && !announcesIndefinite(tokens, found.last) ? inverted() : undefined;
      // "De primer orden calificó X - jefe de… - el diseño": after a fronted complement the Spanish subject follows the verb.
      if (fronted && after?.subject?.speaker) {
        uses.push(after);
        continue;
      }
      const closing = after !== undefined && (after.subjectTo >= tokens.length || isPunct(tokens[after.subjectTo], '.;'));
      // "El ministro de Salud, Fernando Ruiz, explicó la situación el lunes.": a name in apposition before the verb
      // outranks an object after it that names nobody.
      // "The UN envoy, Maria Lopez, said the two sides remained apart.": a name set off right before the verb is its subject;
      // what follows, read as an inverted subject, is no name ("the two sides…", a role the focus would otherwise fill).
      const appositionName = isPunct(before, ',') && isNameWord(tokens, found.first - 2) && readPhrase(sentence, context.text, after?.subjectFrom ?? 0, after?.subjectTo ?? 0)?.kind !== 'name';
      const named = closing && ((!after.subject?.speaker && !after.subject?.medium) || appositionName) ? preverbal() : undefined;
      const use = named?.subject?.speaker ? named : closing ? after : preverbal();
      uses.push(use.subject || !opensClause ? use : after ?? use);
    }
    const use = uses.at(-1)!;
    // "The chancellor, Jeremy Hunt, said…, but he acknowledged…": a pronoun refers first to a subject earlier in its sentence.
    const pronoun = use.subjectTo > use.subjectFrom ? readPhrase(sentence, context.text, use.subjectFrom, use.subjectTo) : undefined;
    // "a reporter asked Montoya-Lewis, “…?” ¶ “…,” she replied.": a reply's pronoun is the one asked.
    const addressee = pronoun?.kind === 'pronoun' && !pronoun.plural && REPLYING.test(tokens[found.last]!.key) ? questionAddressee(context, previous) : undefined;
    // "…held a town hall in Eastfield, where he promised…": whom the main clause put at the place, before a name on the way.
    const place = pronoun?.kind === 'pronoun' && !pronoun.plural ? placeRelativeAt(tokens, use.subjectFrom) : undefined;
    const described = pronoun?.kind === 'pronoun' && !pronoun.plural && opensRelative(tokens, use.subjectFrom) ? (place === undefined ? undefined : placeRelativeSubject(context, sentence, previous, place)) ?? nearestPerson(context, sentence, use.subjectFrom) : undefined;
    if (addressee) use.subject = addressee;
    else if (described) use.subject = described;
    else if (pronoun?.kind === 'pronoun') {
      const earlier = uses.slice(0, -1).filter((other) => other.verb !== 'source').map((other) => (pronoun.plural ? asGroup(other.subject) : pronoun.organisation ? asOrganisation(context, other.subject) : asPerson(other.subject)));
      use.subject = earlier.filter((subject) => subject !== undefined).at(-1) ?? use.subject;
    }
    // "Black voters, campaign organizers and volunteers said…": a coordination after a comma ends a list that the sentence
    // opened; its last members alone are not who spoke.
    if (!use.inverted && use.subject && endsList(tokens, use.subjectFrom, use.subjectTo)) use.subject = undefined;
    // "ni los diputados, ni el presidente, han mencionado que…": neither subject said it. "Si el Gobierno dice que…", "If
    // the city says that…": a condition supposes the words, nobody said them.
    // "…,” implicitly acknowledging that…": the narrator's inference, nobody's words; "Please tell readers that…": a request.
    if ((!use.inverted && [use.subjectFrom - 1, use.subjectFrom].some((i) => NEITHER.has(tokens[i]?.key ?? ''))) || isSupposed(tokens, found.first) || (found.verb !== 'source' && isInferred(tokens, found.first, found.last)) || isImperative(context, sentence, use) || (use.verb !== 'source' && use.verb.english && !use.inverted && isHypothetical(tokens, found.first))) {
      uses.pop();
      continue;
    }
    // "explicó que habrá más médicos, aseguró que… y prometió que…": a verb right after the comma that ends the clause the
    // verb before reported is one more of that verb's subject's.
    // An inserted verb (", aclaró,") reports the words around it instead (commaInciso).
    if (!use.subject && !use.inverted && use.verb !== 'source' && !gerund && use.subjectFrom === use.first && !isPunct(tokens[found.last + 1], ',') && !subjectFollows(tokens, found.last)) {
      const listed = listedVerbSubject(tokens, uses.slice(0, -1), found.first);
      if (listed) use.subject = listed;
    }
    // "En el oficialismo aseguran…", "Quienes conocen el proceso dicen…": a group the sentence opens with, named as worded.
    if (!use.inverted && use.verb !== 'source') {
      const unread = !use.subject?.speaker && !use.subject?.medium;
      const opening = freeRelativeGroup(context, sentence, found.first) ?? (unread ? placedGroup(context, sentence, found.first, found.last) : undefined);
      if (opening) use.subject = opening;
      // "Residents, business owners and local officials said…": the whole list, never its last group alone.
      const listed = opening ? undefined : listedGroups(context, sentence, found.first);
      if (listed) {
        use.subject = listed;
        use.subjectFrom = 0;
        use.subjectTo = found.first;
      }
    }
    // Spanish leaves the subject out ("“…”, aseguró." / "Añadió que…" / "Y agregó: …"): the sentence's own subject
    // when it opens with one before the quotation, else whom the previous sentences were about, unless the
    // verb is followed by a subject we could not read ("dijo un … ", "said Mr …"): then nobody.
    // "Y agregó…", "Asimismo, dijo…": a coordinator or a lone connector before the verb leaves the subject out too.
    // "Consultado sobre la deuda, respondió…", "En ese sentido, recalcó…": only adverbials and participles before the verb.
    const afterAdverbials = isPunct(before, ',') && clauseSegments(sentence)[0]?.from === found.first;
    // "También aseguró que…", "Luego dijo…": only adverbs, with no comma, before the verb.
    const afterAdverbs = found.first > 0 && skipAdverbs(tokens, 0) >= found.first;
    const opensSentence = !before || afterAdverbials || afterAdverbs || adjunct || (found.first === 1 && (COORDINATORS.has(before.key) || ADVERSATIVES.has(before.key))) || (found.first === 2 && isPunct(before, ',') && /^\p{Lu}/u.test(tokens[0]!.text));
    if (!use.subject && use.verb !== 'source' && !gerund && use.subjectFrom === use.first && (afterQuote || opensSentence || inciso || commaInciso(tokens, found)) && !subjectFollows(tokens, found.last)) {
      // "Pérez subrayó los debates, donde se comprobó —dijo— cómo…": an inciso's omitted subject is its sentence's, if it names one.
      const own = afterQuote || inciso ? leadingSubject(context, sentence, previous, inciso?.opening ?? found.first) : undefined;
      // "Advierten, además, que…": a Spanish plural verb leaves out a group, never the one person in focus.
      // "…: el maestro se negó a subir. «Sin el poncho no soy yo», le habría dicho al productor.": words the narration only
      // hears of are those of whom the sentence before recounted, not of its teller.
      const recounted = afterQuote && !own && tokens.slice(found.first, found.last + 1).some((token) => HEARSAY_CONDITIONALS.has(token.key)) ? recountedSubject(context, previous) : undefined;
      const left = own ?? recounted ?? (spanishPlural(tokens, found) ? leftOutPlural(context, previous) : antecedent(context, previous));
      // "Según el informe, … ¶ «Es un escándalo», dijo.": words said aloud are no document's, whatever it stated before.
      const spoken = afterQuote || tokens[found.last + 1]?.kind === 'quote' || (isPunct(tokens[found.last + 1], ':') && tokens[found.last + 2]?.kind === 'quote');
      const referred = spoken && left?.speaker && isDocumentSpeaker(left.speaker) ? personBeforeDocument(previous) : left;
      // "Aravena perdió la paciencia. “…Loreto llega indignada…”, descaseteó.": a quotation that speaks of someone by name
      // is not theirs; the speaker the article was quoting (within reach), if the quotation does not name them either.
      const quoted = previous?.quoted && sentence.paragraph - previous.quoted.paragraph <= FOCUS_REACH ? previous.quoted.attribution : undefined;
      use.subject = own || !quotedAbout(sentence, referred) ? referred : quoted && !quotedAbout(sentence, quoted) ? quoted : undefined;
      // "Un periodista le preguntó…. «…», respondió.": whoever replies is the one asked, when named, never who asked.
      if (!own && REPLYING.test(tokens[found.last]!.key)) use.subject = questionAddressee(context, previous) ?? (asker(previous) === use.subject?.speaker ? undefined : use.subject);
    }
  }
  return uses;
}
