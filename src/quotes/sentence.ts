/**
 * Reading one sentence into statements, in named passes over its cue verbs and quotations (the way
 * Readability splits page cleaning into passes): channels, reported clauses, then who owns each quotation
 * (a naming verb, a verb next to it, a verb before a colon, a clause that is only a quotation), then the
 * statements themselves, then verbs that close the sentence (", dijo KCNA", "según …").
 */
import { SETTING_OFF, isNameWord, isPunct, startsLower, type Sentence, type Token } from './tokens.js';
import { RELATIVE_SOURCES, asOpening, isLoneGerund, isOwnViewpoint, isSpeechVerbToken, unquotedInciso } from './cues.js';
import { ADVERBIAL_SUBORDINATORS, ASPECTUAL_LEAD_INS, CLAUSE_BREAKERS, COMPLEMENTISERS, COORDINATORS, COPULAS, DETERMINERS, EMPHATIC_ADJECTIVES, INDEFINITE_DETERMINERS, NEGATING_VERBS, NEGATIONS, PARTITIVES, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, PRONOUNS, SINGULAR_PERSON_NOUNS, SKIPPABLE, SOURCE_MARKERS, SPEAKING_OF, TELLING, WORK_NOUNS, isTitleNoun } from './lexicon.js';
import { AGENT_NOUN, isRoleNoun, readBroadcast, readChannel, readCitedChannel, readPhrase, readVenue } from './phrases.js';
import type { Quotation } from './quotations.js';
import { antecedent, attributionOf } from './subjects/antecedents.js';
import { clauseSegments, colonSubject, opensWithAdjunct } from './subjects/opening.js';
import { resolveVerbs } from './subjects/verbs.js';
import { isOrganisation } from './reference.js';
import { QUOTE_ENDS_WITH_COMMA, announcedObjectStart, closesSubordinator, figuredObjectStart, complementEnd, complementStart, objectEnd, trimEnd } from './clauses.js';
import type { ArticleContext, Attribution, Draft, Previous, VerbUse } from './reading.js';

/** Quotations shorter than this with no cue verb at hand are scare quotes, not statements. */
const MIN_QUOTE_WORDS = 3;
/** Words a subject may have before an inserted verb (", asegura su gerente,") for what follows to be the report. */
const MAX_INSERTED_SUBJECT_WORDS = 4;
/** Words from which a quotation set inside the narrator's sentence is a statement rather than a scare quote (the gold's rule for fragments). */
const MIN_FRAGMENT_WORDS = 4;
/** Words outside quotation marks from which a sentence closed by a verb is reported speech besides its quotation (the gold's rule). */
export const MIN_REPORTED_WORDS = 4;
/** How many tokens after a naming verb ("calling it", "llamó una") its quotation may start. */
const NAMING_REACH = 3;

/** Verbs that speak of a quotation ("habló de «…»"): unlike "llamó “basura”", a few words after them are scare quotes. */
const SPEAKING_OF_FORMS: ReadonlySet<string> = new Set(SPEAKING_OF);

/** One sentence being read: its cue verbs, the reported clause of each, and the verb that owns each quotation. */
interface SentenceReading {
  context: ArticleContext;
  sentence: Sentence;
  previous: Previous | undefined;
  uses: VerbUse[];
  /** Token range [from, to) of each verb's reported clause. */
  contents: Map<VerbUse, [number, number]>;
  quoteOwners: Map<Token, VerbUse>;
  /** A quotation its closing verb gives to a spokesperson of the body that leads it in: that body, the statement's channel. */
  spokenFor: Map<Token, string>;
  drafts: Draft[];
  /** The source a leading "según X," / "de acuerdo a X," gives the rest of the sentence, once drafted. */
  source?: Attribution;
}

/**
 * The statements one sentence makes, the channels it names (to credit statements that name none), the speaker its
 * last verb of saying names as subject (`speaking`), whether or not that verb made a statement, the source whose
 * allegations the sentence gives or goes on giving (`alleging`: see allegedBySource), and the speaker of a verb that
 * points back at the words quoted before the sentence (`pointing`: "Así lo afirmó el intendente X").
 */
export function readSentence(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): { drafts: Draft[]; vias: string[]; speaking: Attribution | undefined; alleging: Attribution | undefined; pointing: Attribution | undefined; listing: Attribution | undefined } {
  const reading: SentenceReading = {
    context, sentence, previous, uses: resolveVerbs(context, sentence, previous), contents: new Map(), quoteOwners: new Map(), spokenFor: new Map(), drafts: [],
  };
  const vias = sentenceChannels(context, sentence);
  findReportedClauses(reading);
  ownNamedQuotations(reading);
  ownAdjacentQuotations(reading);
  ownColonQuotations(reading);
  ownObjectQuotations(reading);
  draftReportedClauses(reading);
  draftQuotations(reading);
  draftClosingVerbs(reading);
  draftColonClauses(reading);
  joinSplitQuotations(reading);
  const alleging = reading.source ?? allegedBySource(reading);
  const drafts = reading.drafts.filter((draft) => draft.end > draft.start).sort((a, b) => a.start - b.start);
  // "De primer orden calificó X - jefe del departamento - el diseño.": the verb names what it speaks of, no statement,
  // but its subject is whom the next sentence's "reconoció que…" continues. Only a subject that opens with a name: a
  // role ("el titular de Defensa") may stand for someone the rules cannot tell.
  const named = (use: VerbUse) => use.subjectTo > use.subjectFrom && isNameWord(sentence.tokens, use.subjectFrom);
  const speaking = reading.uses.filter((use) => use.verb !== 'source' && !use.relative && use.subject?.speaker && named(use)).at(-1)?.subject;
  const back = pointsBack(sentence) ? reading.uses[0]?.subject : undefined;
  // "La portavoz X enumeró las reivindicaciones:": whoever a verb of saying before the colon names, what it leads in (listed-items.ts).
  const colon = sentence.tokens.findIndex((token) => token.text === ':');
  const listing = colon < 0 ? undefined : reading.uses.filter((use) => use.verb !== 'source' && !use.relative && use.last < colon && use.subject?.speaker).at(-1)?.subject;
  return { drafts, vias, speaking, alleging, pointing: back?.speaker ? back : undefined, listing };
}

/** Clitics and the adverb a verb of saying takes when it points back at the words quoted before it ("Así lo afirmó X", "Lo dijo X"). */
const BACK_POINTERS: ReadonlySet<string> = new Set(['asi', 'lo', 'se']);

/**
 * Whether the sentence opens by pointing back at the words quoted before it: "Así" or "Lo" (or both, or "Así se") right
 * before its first verb of saying, which reports no clause ("«…». Así lo afirmó el intendente X tras la reunión.", "Lo
 * dijo la ministra X en…").
 */
function pointsBack(sentence: Sentence): boolean {
  const { tokens } = sentence;
  let at = 0;
  while (at < 2 && BACK_POINTERS.has(tokens[at]?.key ?? '') && (at > 0 || tokens[at]!.key !== 'se')) at++;
  const verb = tokens[at]?.verb;
  return at > 0 && verb?.frame === 'clause' && !tokens.slice(at + 1).some((token) => COMPLEMENTISERS.has(token.key) || token.kind === 'quote');
}

/**
 * "De acuerdo a los fiscales, JOH envió… A cambio, el presidente le habría prometido…": a sentence in the reportive
 * conditional (the "condicional de rumor": RAE, Nueva gramática §23.15, the conditional marking what is asserted as
 * another's claim) that reports nothing itself goes on with the source that opened its paragraph, and is drafted as that
 * source's reported speech. Returns the source when it drafted one.
 */
function allegedBySource(reading: SentenceReading): Attribution | undefined {
  const { sentence, previous } = reading;
  const source = previous?.alleging;
  if (!source || source.paragraph !== sentence.paragraph || reading.drafts.length > 0 || !isReportive(sentence.tokens)) return undefined;
  const { tokens } = sentence;
  const end = trimEnd(tokens, 0, tokens.length);
  if (end <= 0) return undefined;
  reading.drafts.push({ kind: 'indirect', start: tokens[0]!.start, end: tokens[end - 1]!.end, attribution: source.attribution, media: [] });
  return source.attribution;
}

/** Words a conditional "habría" may have before its participle ("habría ya firmado", "le habría sido entregado"). */
const REPORTIVE_REACH = 3;

/** Whether the sentence has a perfect conditional ("habría firmado", "teriam recebido"): "habría que…" has no participle. */
function isReportive(tokens: Token[]): boolean {
  return tokens.some((token, i) => REPORTIVE_CONDITIONALS.has(token.key) && tokens.slice(i + 1, i + 1 + REPORTIVE_REACH).some((next) => next.kind === 'word' && PARTICIPLE.test(next.key)));
}

/** A Spanish or Portuguese past participle, folded ("firmado", "recibido", "dicho", "escrito", "recebido"). */
const PARTICIPLE = /(?:ado|ido|cho|to|so)$/;

/** Channels the sentence names ("en un comunicado", "told CNN"), news media first. */
function sentenceChannels(context: ArticleContext, sentence: Sentence): string[] {
  const { tokens } = sentence;
  const vias: string[] = [];
  tokens.forEach((_, i) => {
    const channel = readChannel(sentence, context.text, i, tokens.length) ?? readBroadcast(sentence, context.text, i, context.cast.isMedium) ?? readVenue(sentence, context.text, i) ?? readCitedChannel(sentence, i);
    if (channel) vias.push(channel);
  });
  return vias.sort((a, b) => Number(context.cast.isMedium(b)) - Number(context.cast.isMedium(a)));
}

const clauseStart = (use: VerbUse) => Math.min(use.first, use.subjectFrom);
const clauseEnd = (use: VerbUse) => Math.max(use.last + 1, use.subjectTo);

/** The quotation right before a verb's clause ("“…”, dijo Putin"), if any; not a title naming the subject's work ("“Parasite” director Bong Joon Ho said"). */
function quoteBefore(tokens: Token[], use: VerbUse): Token | undefined {
  // "«…», así lo aseguró X": "así" points back at the quotation the verb attributes.
  const start = tokens[clauseStart(use) - 1]?.key === 'asi' ? clauseStart(use) - 1 : clauseStart(use);
  // "«…» —subrayó X": a dash sets the verb off as a comma does; so does "as" ("“…,” as one officer put it").
  const token = isPunct(tokens[start - 1], SETTING_OFF) || tokens[start - 1]?.key === 'as' ? tokens[start - 2] : tokens[start - 1];
  return token?.kind === 'quote' && !modifiesName(tokens, tokens.indexOf(token)) ? token : undefined;
}

/**
 * Whether the quotation at token `index` is the title of a work set before a noun and a name as their modifier ("“Parasite”
 * director Bong Joon Ho", "“Mrs Maisel” actress Alex Borstein"): no punctuation closes it, and a lower-case noun for a
 * person follows it right away (a role, or a noun ending as agent nouns do), then a capitalised name. A quotation its
 * speaker closes has punctuation or a verb, pronoun or article after it ("“We won!” Ruiz said", "“We won” said Ruiz").
 */
function modifiesName(tokens: Token[], index: number): boolean {
  const [quote, noun, name] = [tokens[index]!, tokens[index + 1], tokens[index + 2]];
  if (/[.,;:!?…]\s*["“”»’']*$/u.test(quote.text) || noun?.kind !== 'word' || name?.kind !== 'word') return false;
  return startsLower(noun.text) && (isRoleNoun(noun) || AGENT_NOUN.test(noun.key)) && !isSpeechVerbToken(noun) && /^\p{Lu}/u.test(name.text);
}

function insideContent(reading: SentenceReading, index: number): boolean {
  return reportingVerb(reading, index) !== undefined;
}

/**
 * The verb whose reported clause holds token `index`, if any: the innermost one whose subject we read, as reported speech
 * nests ("Rivas recordó que el consejero X prometió «…»": the consejero's words, which Rivas reports), else any.
 */
function reportingVerb(reading: SentenceReading, index: number): VerbUse | undefined {
  const holding = [...reading.contents].filter(([, [from, to]]) => from <= index && index < to).sort(([, a], [, b]) => a[1] - a[0] - (b[1] - b[0]));
  return (holding.find(([use]) => use.subject) ?? holding[0])?.[0];
}

/**
 * The reported clause of each verb that has one. Relative clauses (", que había dicho … ,") go first and
 * are skipped when looking for the main verb's "que"; "defendió el texto final: «…»" reports the quotation.
 */
function findReportedClauses(reading: SentenceReading): void {
  const { sentence, uses, contents, quoteOwners, spokenFor } = reading;
  const { tokens } = sentence;
  const skips: Array<[number, number]> = [];
  for (const use of [...uses].sort((a, b) => Number(b.relative) - Number(a.relative))) {
    // "“…”, dijo X" reports the quotation; "…“…,” adding that…" is a gerund with a clause of its own.
    // "…, quien lo calificó de “…”, anunció que…": a verb with its own "que" reports that clause whatever precedes it.
    if (quoteBefore(tokens, use) && !isLoneGerund(tokens, use) && !COMPLEMENTISERS.has(tokens[use.last + 1]?.key ?? '')) continue;
    // "No podemos perder de vista —alertó— que el enemigo…": the "que" after an inciso is the narrated verb's, and
    // the inciso's verb reports the words around it (draftClosingVerbs).
    if (unquotedInciso(tokens, use)) continue;
    // "…, confirmaron fuentes policiales que pidieron no ser identificadas.": the "que" describes the subject; the verb
    // reports the clause before it (draftClosingVerbs).
    if (closingRelativeEnd(sentence, use) !== undefined) continue;
    // "La Secretaría de Salud confirmó 312 casos…": a named subject's announcement with a noun phrase for its object.
    // "…estimó el coste en 40 millones": an estimate's figure, with its object, as an announcement is.
    const announced = use.subject?.speaker ? announcedObjectStart(tokens, use) ?? figuredObjectStart(tokens, use) : undefined;
    const start = complementStart(sentence, use, skips) ?? announced;
    if (start === undefined) continue;
    // "ha acusado a Corea del Norte de facilitar armas": without "que" the verb is part of what is reported, and so it is
    // before an infinitive, which has no subject of its own: "prometió reforzar los lazos", "promised to cut taxes",
    // "aseguró no ver irregularidades", "consideró necesario ampliar…" (the infinitive alone would read as an order).
    const english = use.verb !== 'source' && use.verb.english;
    const isInfinitive = (at: number): boolean => {
      const key = tokens[at]?.key ?? '';
      if (NEGATIONS.has(key)) return isInfinitive(at + 1);
      return english ? key === 'to' : !DETERMINERS.has(key) && /(?:ar|er|ir)(?:se|lo|la|le)?$/.test(key);
    };
    const infinitive = isInfinitive(start) || (!english && /[oe]$/.test(tokens[start]?.key ?? '') && isInfinitive(start + 1));
    // An announcement keeps its verb and whom it was given to ("comunicó a la plantilla su intención de…").
    const withVerb = start === announced || (use.verb !== 'source' && use.verb.frame !== 'question' && start === use.last + 1 && !use.inverted && (use.verb.frame === 'complement' || infinitive));
    // "el presidente le habría prometido seguir protegiendo…": a verb in the reportive conditional reported with its object is an
    // act the narrator's source alleges, not words anyone is known to have said ("habría dicho que…" still reports them).
    if (withVerb && tokens.slice(use.first, use.last + 1).some((token) => REPORTIVE_CONDITIONALS.has(token.key))) continue;
    const verbStart = SOURCE_MARKERS.has(tokens[use.first]!.key) ? use.first + 1 : use.first;
    // "descartó que hubiera víctimas", "denied having any links": a denial keeps its verb, or its clause says the opposite.
    const denial = deniesReport(tokens, use);
    // "rechazó hacer comentarios sobre la investigación", "rehusó opinar": a refusal to speak says nothing.
    if (withVerb && denial && refusesToSpeak(tokens, start)) continue;
    const from = withVerb || denial ? verbStart : isPunct(tokens[start], ',') ? start + 1 : start;
    // "negó en declaraciones a Radio X que exista…": a denial's clause ends where the clause after its adjunct does, not at
    // the adjunct; the verb is kept with it all the same.
    const clauseLimit = complementEnd(reading.context.text, sentence, denial && start > use.last + 1 ? start : from, use.relative);
    const colonQuote = tokens[clauseLimit]?.text === ':' ? tokens[clauseLimit + 1] : undefined;
    if (colonQuote?.kind === 'quote') {
      // "recordó que su mamá, Mirtha Sánchez, siempre decía: ‘…’": a verb of saying inside the clause leads the quotation in,
      // its subject's words (nobody's when it names nobody we can read), never the reporter's.
      const inner = uses.find((other) => other !== use && other.verb !== 'source' && other.first >= from && other.last < clauseLimit);
      // "El sindicato, por medio de su vocero X, acusó…: «…», señaló X": the verb closing the quotation names who spoke
      // it; the body that led it in spoke through them, the statement's channel.
      const closing = uses.find((other) => other !== use && other.verb !== 'source' && other.inverted && other.subject?.speaker && quoteBefore(tokens, other) === colonQuote);
      quoteOwners.set(colonQuote, closing ?? inner ?? use);
      const body = use.subject?.speaker;
      if (closing && body && body !== closing.subject?.speaker && isOrganisation(body)) spokenFor.set(colonQuote, body);
      // "negó que el plan suba el IBI: «…»": a clause opened by "que" is reported besides the quotation it leads to.
      if (!COMPLEMENTISERS.has(tokens[start - 1]?.key ?? '')) continue;
    }
    const end = trimEnd(tokens, from, start === announced ? objectEnd(tokens, from, clauseLimit) : clauseLimit);
    if (end <= from) continue;
    // "denunció en un comunicado «…»", "denunció «…»": a verb whose clause holds no word past its own but a quotation
    // reports nothing of its own; the quotation is its object (ownObjectQuotations).
    const past = tokens.slice(use.last + 1, end).filter((token) => token.kind !== 'punct');
    if (withVerb && past.length <= 1 && past.every((token) => token.kind === 'quote')) continue;
    contents.set(use, [from, end]);
    if (use.relative) skips.push([use.subjectTo + 1, end + 1]);
  }
}

/**
 * Spanish infinitives of speaking a refusal may take ("rechazó comentar", "rechazó pronunciarse"), folded; not "hablar",
 * whose "de" names a stance ("descartó hablar de crisis").
 */
const SPEAKING_INFINITIVES: ReadonlySet<string> = new Set(['comentar', 'opinar', 'responder', 'contestar', 'declarar', 'pronunciarse', 'referirse', 'manifestarse']);

/** Spanish verbs that make an act of speech of the noun after them ("hacer declaraciones", "dar detalles", "emitir comentarios"). Folded. */
const SPEECH_ACT_VERBS: ReadonlySet<string> = new Set(['hacer', 'dar', 'emitir', 'ofrecer']);

/** Nouns of what is said in such an act. Folded. */
const SPEECH_ACT_NOUNS: ReadonlySet<string> = new Set(['comentario', 'comentarios', 'declaracion', 'declaraciones', 'detalles', 'valoraciones']);

/**
 * Whether the infinitive a denial takes at `start` is one of speaking ("rechazó hacer comentarios", "rehusó opinar"): the
 * verb reports a refusal to speak, no words. "negó haber recibido dinero" (an act denied) still reports. English refusals
 * ("declined to comment") are no verbs of saying at all.
 */
function refusesToSpeak(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.key ?? '';
  if (SPEAKING_INFINITIVES.has(word)) return true;
  const noun = DETERMINERS.has(tokens[at + 1]?.key ?? '') ? tokens[at + 2] : tokens[at + 1];
  return SPEECH_ACT_VERBS.has(word) && SPEECH_ACT_NOUNS.has(noun?.key ?? '');
}

/** The conditional of "haber" that makes a perfect reportive ("habría prometido", "teria prometido"): an allegation. Folded. */
const REPORTIVE_CONDITIONALS = new Set(['habria', 'habrian', 'teria', 'teriam']);

/** Whether the verb group of `use` denies what it reports ("negó", "ha descartado", "ruled out"; see NEGATING_VERBS). */
function deniesReport(tokens: Token[], use: VerbUse): boolean {
  // "ruled" denies only as "ruled out": "the judge ruled that…" reports the court's finding.
  return tokens.slice(use.first, use.last + 1).some((token, k) => NEGATING_VERBS.has(token.key) && !(RULE_FORMS.has(token.key) && tokens[use.first + k + 1]?.key !== 'out'));
}

/** Forms of English "rule", a denial's head only in "ruled out". */
const RULE_FORMS: ReadonlySet<string> = new Set(['rule', 'rules', 'ruled', 'ruling']);

/** Forms of Spanish "atribuir" (folded): "atribuyó a X la frase «…»" says whose words they are. */
const ASCRIBING = /^atribu(?:y[oóe]|ye[nr]|yeron|ia|ian|ido|yendo|ir)$/;

/** Nouns for words someone said (folded): "la frase", "las palabras", "la cita", "la expresión", "los dichos". */
const WORDS_NOUNS = new Set(['frase', 'frases', 'palabras', 'cita', 'expresion', 'dichos', 'comentario', 'declaracion']);

/**
 * Whom "atribuyó a X la frase «…»" (or "…la frase «…» a X") gives the quotation at token `at`: X, the one the words
 * are ascribed to, never the subject who ascribes them; undefined when `use` is no such verb or X is no phrase we read.
 */
function ascribedTo(reading: SentenceReading, use: VerbUse, at: number): Attribution | undefined {
  const { tokens } = reading.sentence;
  if (use.verb === 'source' || !ASCRIBING.test(tokens[use.last]!.key)) return undefined;
  const noun = tokens.slice(use.last + 1, at).findIndex((token) => WORDS_NOUNS.has(token.key));
  if (noun < 0) return undefined;
  const dative = (from: number, to: number): Attribution | undefined => {
    if (!['a', 'al'].includes(tokens[from]?.key ?? '') || to <= from + 1) return undefined;
    // "al ministro" is "a" + "el": the phrase read from its noun, with the article the contraction holds.
    const phrase = readPhrase(reading.sentence, reading.context.text, from + 1, to);
    return phrase && phrase.kind !== 'pronoun' ? attributionOf(reading.context, phrase, reading.previous, tokens[from + 1]!.start) : undefined;
  };
  // "atribuyó a Gabriel Mora la frase «…»": the dative between the verb and the noun's article.
  const article = use.last + 1 + noun - 1;
  const before = DETERMINERS.has(tokens[article]?.key ?? '') ? dative(use.last + 1, article) : undefined;
  if (before) return before;
  // "atribuyó la frase «…» a Gabriel Mora": the dative after the quotation, to the clause's end.
  let end = at + 2;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !CLAUSE_BREAKERS.has(tokens[end]!.key) && !COORDINATORS.has(tokens[end]!.key)) end++;
  return dative(at + 1, end);
}

/** "en lo que Kim llamó una “…”", "calling it “…”": the naming verb binds tighter than a trailing "dijo KCNA". */
function ownNamedQuotations(reading: SentenceReading): void {
  reading.sentence.tokens.forEach((token, i) => {
    if (token.kind !== 'quote' || reading.quoteOwners.has(token)) return;
    const namer = reading.uses.find((use) => use.verb !== 'source' && use.verb.frame === 'naming' && use.last < i && i - use.last <= NAMING_REACH);
    if (namer) reading.quoteOwners.set(token, namer);
  });
}

/** Verbs that attribute a quotation next to them: "“…”, dijo Putin", "“…,” Grant said", "dijo X: «…»". */
function ownAdjacentQuotations(reading: SentenceReading): void {
  const { tokens } = reading.sentence;
  const { quoteOwners } = reading;
  for (const use of reading.uses) {
    if (reading.contents.has(use) || use.verb === 'source') continue;
    const before = quoteBefore(tokens, use);
    if (before && !quoteOwners.has(before) && !insideContent(reading, tokens.indexOf(before)) && !narrated(tokens, tokens.indexOf(before))) quoteOwners.set(before, use);
    // "“…,” Skaik said of the patients, “…”", "relató a este diario, «…»": a short tail saying of whom, to whom, where or
    // when stands before the comma.
    const end = tailEnd(tokens, clauseEnd(use), tokens[use.last]!);
    // "he added; “It is true…”": a semicolon before the quotation leads it in as a colon does.
    const next = tokens[end]?.text === ':' || isPunct(tokens[end], ',;') ? tokens[end + 1] : undefined;
    const following = next?.kind === 'quote' ? next : resumedQuotation(tokens, use);
    if (following?.kind === 'quote' && !quoteOwners.has(following)) quoteOwners.set(following, use);
  }
}

/**
 * "—afirmó Valcárcel—, y estará…", "—dijo X en la rueda de prensa posterior a la reunión—. Las comunidades…": the
 * quotation resumed after the dash inciso that holds the verb `use`, whatever place or time words close the inciso
 * (the dashes delimit it); undefined when another verb of saying or quotation comes first.
 */
function resumedQuotation(tokens: Token[], use: VerbUse): Token | undefined {
  for (let i = clauseEnd(use); i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'quote') return token.quotation?.resumesDialogue || token.quotation?.resumesInciso ? token : undefined;
    if (isSpeechVerbToken(token)) return undefined;
  }
  return undefined;
}

/**
 * Whether the quotation at `index` ends a stretch of the narrator's words with no verb of saying ("La situación es
 * “crítica” y el Gobierno debe “actuar de inmediato”, dijo X"): then the closing verb reports the whole stretch, the
 * quotation inside it (a mixed quotation), rather than owning the quotation alone. A colon or dash before it leads in.
 */
function narrated(tokens: Token[], index: number): boolean {
  if (tokens[index - 1]?.text === ':' || tokens[index - 1]?.kind !== 'word') return false;
  const before = tokens.slice(0, index);
  return before.filter((token) => token.kind === 'word').length >= MIN_REPORTED_WORDS && !before.some((token) => isSpeechVerbToken(token) || SOURCE_MARKERS.has(token.key));
}

/** Tokens after a verb (or its inverted subject) within which a quotation is its object: "calificó el acuerdo de «…»", "alertó el 13 de abril sobre “…”". */
const OBJECT_REACH = 8;

/**
 * A quotation that is the object of a verb of saying with no reported clause, in the same stretch of the
 * sentence (no comma, verb or "que" between): the verb's subject said those words.
 */
function ownObjectQuotations(reading: SentenceReading): void {
  const { tokens } = reading.sentence;
  for (const use of reading.uses) {
    if (use.verb === 'source' || !use.subject || reading.contents.has(use)) continue;
    for (let i = clauseEnd(use); i < tokens.length && i - clauseEnd(use) <= OBJECT_REACH; i++) {
      const token = tokens[i]!;
      if (token.kind === 'quote') {
        if (!reading.quoteOwners.has(token) && !insideContent(reading, i)) {
          reading.quoteOwners.set(token, use);
          ownCoordinatedQuotations(reading, use, i + 1);
        }
        break;
      }
      if (token.kind === 'punct' || isSpeechVerbToken(token) || COMPLEMENTISERS.has(token.key)) break;
    }
  }
}

/** "alertó sobre “…”, tras la ley, y “…”": a quotation joined by "y"/"and" to the verb's object is its object too. */
function ownCoordinatedQuotations(reading: SentenceReading, use: VerbUse, from: number): void {
  const { tokens } = reading.sentence;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isSpeechVerbToken(token) || COMPLEMENTISERS.has(token.key) || isPunct(token, '.;:!?')) return;
    if (token.kind === 'quote' && COORDINATORS.has(tokens[i - 1]?.key ?? '') && !reading.quoteOwners.has(token) && !insideContent(reading, i)) reading.quoteOwners.set(token, use);
  }
}

/** ": «…»" after a verb whose subject came first: "Henrik Dahl, defendió en cambio el texto final: «…»". */
function ownColonQuotations(reading: SentenceReading): void {
  const { tokens } = reading.sentence;
  tokens.forEach((token, i) => {
    if (token.kind !== 'quote' || reading.quoteOwners.has(token) || tokens[i - 1]?.text !== ':') return;
    const owner = [...reading.uses].reverse().find((use) => use.last < i && use.verb !== 'source');
    if (owner) reading.quoteOwners.set(token, owner);
  });
}

/** Each reported clause becomes an indirect statement, unless it is only a quotation (then the verb owns that). */
function draftReportedClauses(reading: SentenceReading): void {
  const { tokens } = reading.sentence;
  for (const [use, [from, to]] of reading.contents) {
    // "agregó que “…”, comparándola con…": a quotation set off by a comma from what follows is all the clause reports.
    const only = to - from === 1 || (tokens[from]?.kind === 'quote' && isPunct(tokens[from + 1], ',')) ? tokens[from] : undefined;
    // "told co-host Gayle King, “Because…”", "dijo a la prensa: «…»": words set off before a closing quotation with no
    // "que" among them are whom it was said to; the quotation is what was said, and no clause is reported.
    const last = tokens[to - 1];
    const addressed = last?.kind === 'quote' && last.quotation && isPunct(tokens[to - 2], ',:') && !tokens.slice(from - 1, to - 2).some((token) => COMPLEMENTISERS.has(token.key));
    if (only?.kind === 'quote' && only.quotation) {
      reading.quoteOwners.set(only, use);
      continue;
    }
    if (addressed) {
      reading.quoteOwners.set(last, use);
      continue;
    }
    // "Dossaji told King she believes the stakes are higher": a clause reported inside another's with a pronoun or no
    // subject is part of that statement; credited to a different speaker (read across sentences), it would put the words
    // in two mouths, and to the same one it would list them twice ("Ms. Elder said she believed…": newcomer 27's D18).
    const outer = [...reading.contents].find(([other, [start, end]]) => other !== use && start <= from && to <= end && (start < from || to < end));
    const unnamed = use.subjectTo === use.subjectFrom || PRONOUNS.has(tokens[use.subjectTo - 1]!.key);
    if (outer && unnamed) continue;
    // Reported speech without a subject we can read is not reported speech we can vouch for.
    if (use.subject) reading.drafts.push({ kind: 'indirect', start: tokens[from]!.start, end: tokens[to - 1]!.end, attribution: use.subject, media: [] });
  }
}

/** Small words English titles leave in lower case ("The Remains of the Day"). */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'or', 'with', 'from']);

/**
 * Whether the quotation at token `index` is the title of a work, which opens with a capital: right after a noun for
 * one or a titling word ("la película «…»", "un informe, titulado «…»"), or, with no verb of saying owning it, set in the narrator's sentence in
 * English title case ("Her documentary “The Last Days of the Coal Towns” premiered…"), or so after "on" ("said on “Meet the Press”").
 */
function isWorkTitle(tokens: Token[], index: number, quoted: string, owned: boolean): boolean {
  const before = isPunct(tokens[index - 1], ',') ? tokens[index - 2] : tokens[index - 1];
  // "sostuvo que su película «no es nostálgica, es política»": words opening in lower case after the noun are what is
  // said of the work, a predicate; a title opens with a capital ("la película «Las horas del agua»").
  if (startsLower(quoted.trim())) return false;
  if ((before?.kind === 'word' && WORK_NOUNS.has(before.key)) || modifiesName(tokens, index)) return true;
  // "la película uruguaya «…»", "el disco póstumo «…»": an adjective between the noun and the title.
  const adjective = before?.kind === 'word' && startsLower(before.text) && before.verb === undefined && !DETERMINERS.has(before.key) && !PHRASE_PREPOSITIONS.has(before.key);
  if (adjective && before === tokens[index - 1] && WORK_NOUNS.has(tokens[index - 2]?.key ?? '')) return true;
  // "premió «Mi tío el astronauta», de la directora X", "“…”, by Ana Ruiz": a work set off with whose it is.
  const [comma, of, owner] = [tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  if (isPunct(comma, ',') && ['de', 'del', 'by'].includes(of?.key ?? '') && owner?.kind === 'word' && (DETERMINERS.has(owner.key) || /^\p{Lu}/u.test(owner.text)) && !owned) return true;
  const words = quoted.split(/\s+/).filter(Boolean);
  const embedded = index > 0 && tokens[index - 1]?.kind === 'word';
  const titleCase = words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && words.every((word) => /^\p{Lu}/u.test(word) || TITLE_FUNCTION_WORDS.has(word));
  // "said Wednesday on “The Lead With Jake Tapper”": a title-case quotation after "on" is the programme spoken on, even
  // where the verb before reaches it as an object.
  return titleCase && embedded && (!owned || before?.key === 'on');
}

function directDraft(quotation: Quotation, attribution: Attribution | undefined, media: string[] = []): Draft {
  return { kind: 'direct', start: quotation.inner.start, end: quotation.inner.end, attribution, media, quotation };
}

function quoteWords(quotation: Quotation, text: string): number {
  return text.slice(quotation.inner.start, quotation.inner.end).split(/\s+/).filter(Boolean).length;
}

/**
 * Each quotation becomes a direct statement: its owner's, else the previous sentence's speaker when it
 * stands alone or continues a quotation from the paragraph before, else nobody's (if long enough to be one).
 */
function draftQuotations(reading: SentenceReading): void {
  const { tokens } = reading.sentence;
  const { previous } = reading;
  tokens.forEach((token, i) => {
    const quotation = token.quotation;
    if (token.kind !== 'quote' || !quotation) return;
    const owner = reading.quoteOwners.get(token);
    // A few quoted words inside the narrator's own sentence ("llevará “meses”", "during the "heat waves"") are scare
    // quotes, and a quoted name ("alias “Crook”") a nickname: no statement. Inside reported speech a fragment
    // ("afirmó que fue «cordial y franca»") is the speaker's words, and so is a naming verb's object ("llamó “basura”").
    const naming = owner !== undefined && owner.verb !== 'source' && owner.verb.frame === 'naming' && !SPEAKING_OF_FORMS.has(tokens[owner.last]!.text.toLowerCase());
    // The words resumed after an inciso are the quotation's own, not a fragment set in the narrator's sentence.
    const embedded = !quotation.resumesInciso && !quotation.resumesDialogue && tokens.slice(0, i).some((other) => other.kind === 'word') && tokens[i - 1]?.text !== ':';
    const quoted = reading.context.text.slice(quotation.inner.start, quotation.inner.end);
    const words = quoteWords(quotation, reading.context.text);
    const short = words < MIN_FRAGMENT_WORDS;
    const nickname = short && quoted.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
    // One quoted word inside reported speech ("defendió que se fijen “critérios”", "a “magnificent” reconstruction") marks
    // the speaker's term, which the reported clause already gives; no statement of its own.
    if (embedded && !naming && short && (nickname || words === 1 || !insideContent(reading, i))) return;
    if (!naming && isWorkTitle(tokens, i, quoted, owner !== undefined)) return;
    if (owner) {
      const body = reading.spokenFor.get(token);
      reading.drafts.push(directDraft(quotation, ascribedTo(reading, owner, i) ?? owner.subject, body ? [body] : []));
      return;
    }
    const reporter = reportingVerb(reading, i);
    if (reporter) {
      // A quoted fragment inside reported speech is also a direct statement of the same speaker (mixed quotation).
      if (reporter.subject) reading.drafts.push(directDraft(quotation, reporter.subject));
      return;
    }
    const wholeSentence = tokens.every((other) => other === token || other.kind === 'punct');
    const earlier = previous?.drafts.at(-1);
    // "Luna aprovechó la ocasión para atacar a los periodistas: “…”": a colon hands the quotation to the sentence's subject (see colonSubject).
    // A paragraph that ends "…, llegó por la tarde:" hands the quotation opening the next one to its subject.
    const leadIn = i === 0 && previous?.sentence.paragraph === reading.sentence.paragraph - 1 && previous.sentence.tokens.at(-1)?.text === ':' && !previous.drafts.length;
    // "La ministra fue tajante: la reforma es “…”": a quotation inside the clause a colon opens is the colon's too.
    const colon = tokens[i - 1]?.text === ':' ? i - 1 : commaLeadIn(tokens, i) ?? colonOpening(tokens, i);
    const lead = colon !== undefined ? colonSubject(reading.context, reading.sentence, previous, colon) : leadIn ? colonSubject(reading.context, previous.sentence, undefined, previous.sentence.tokens.length - 1) : undefined;
    // "Para la dirigenta María Soto, la situación es insostenible: “…”": the view's source owns what its colon opens.
    const view = tokens[i - 1]?.text === ':' ? reading.uses.find((use) => use.verb === 'source' && clauseStart(use) === 0 && use.last < i)?.subject : undefined;
    // Inside the colon's clause, only someone the article names: "Las medidas son las siguientes: … «…»" quotes no "Medidas".
    const named = colon === i - 1 || (lead?.speaker !== null && lead?.speaker !== undefined && reading.context.text.includes(lead.speaker));
    const colonOwner = lead?.speaker && named ? lead : view?.speaker ? view : undefined;
    if (colonOwner) {
      reading.drafts.push(directDraft(quotation, colonOwner));
      return;
    }
    // "KARLA TARAZONA: ME CASTIGARON" ¶ "“Por Servando…”": in a vox-pop layout, a paragraph that is only a quotation is
    // the speaker's its heading names, never the previous section's; under a heading naming nobody, nobody's.
    const headed = wholeSentence && reading.sentence.start === quotation.outer.start ? reading.context.headings.get(reading.sentence.paragraph - 1) : undefined;
    if (headed !== undefined) {
      reading.drafts.push(directDraft(quotation, headed === null ? undefined : { speaker: reading.context.cast.resolveName(headed, reading.sentence.start), medium: null }));
      return;
    }
    if ((wholeSentence || quotation.continuesPrevious) && earlier?.attribution) {
      reading.drafts.push(directDraft(quotation, earlier.attribution, earlier.media.length ? earlier.media : previous!.vias));
      return;
    }
    // A paragraph that is only a quotation continues whom the article was quoting (press convention), even
    // when a sentence without a statement came between; `antecedent` stops at a sentence naming someone else.
    const wholeParagraph = wholeSentence && reading.sentence.start === quotation.outer.start && previous !== undefined && previous.sentence.paragraph < reading.sentence.paragraph;
    // "He paused. “But we’re alive…”": a quotation standing alone after a sentence of narrative in its paragraph is whom that sentence is about.
    const afterNarrative = wholeSentence && previous !== undefined && previous.sentence.paragraph === reading.sentence.paragraph && !previous.drafts.length;
    const continued = wholeParagraph || afterNarrative ? antecedent(reading.context, previous) : undefined;
    if (continued?.speaker) {
      reading.drafts.push(directDraft(quotation, continued));
      return;
    }
    if (quoteWords(quotation, reading.context.text) >= MIN_QUOTE_WORDS) reading.drafts.push(directDraft(quotation, undefined));
  });
}

/**
 * The comma before the quotation at `index` when an aspectual verb leads it in as a colon would ("She began, “…”",
 * "La alcaldesa comenzó, «…»"): the verb right before the comma, the quotation ending the sentence; undefined otherwise
 * ("La reunión comenzó, «a puerta cerrada», a las diez" goes on past it).
 */
function commaLeadIn(tokens: Token[], index: number): number | undefined {
  const verb = tokens[index - 2];
  if (!isPunct(tokens[index - 1], ',') || verb?.kind !== 'word' || !startsLower(verb.text) || !ASPECTUAL_LEAD_INS.has(verb.key)) return undefined;
  return tokens.slice(index + 1).every((token) => token.kind === 'punct') ? index - 1 : undefined;
}

/** Words a colon's clause may have before the quotation it holds ("la reforma es «…»"). */
const COLON_CLAUSE_WORDS = 8;

/**
 * The colon that opens the short clause holding the token at `index` ("fue tajante: la reforma es «…»"): the nearest
 * one before it with only a few words between, none a verb of saying (whose clause it would be instead) nor a relative
 * or complementiser ("…: la Asamblea aprobó una ley que penaliza a quienes «…»" quotes the law, not the colon's
 * subject); undefined when there is none.
 */
function colonOpening(tokens: Token[], index: number): number | undefined {
  for (let i = index - 1; i >= 0 && index - i <= COLON_CLAUSE_WORDS + 1; i--) {
    const token = tokens[i]!;
    if (token.text === ':') return i;
    if (token.kind !== 'word' || isSpeechVerbToken(token) || SOURCE_MARKERS.has(token.key) || COMPLEMENTISERS.has(token.key) || ['quien', 'quienes', 'who', 'which', 'donde', 'where'].includes(token.key)) return undefined;
  }
  return undefined;
}

/** Adjectives of plain speaking before a colon ("fue clara:", "fue tajante:", "was blunt:"), folded; besides EMPHATIC_ADJECTIVES. */
const PLAIN_SPEAKING: ReadonlySet<string> = new Set([...EMPHATIC_ADJECTIVES, 'claro', 'clara', 'claros', 'claras', 'firme', 'firmes', 'directo', 'directa', 'clear', 'blunt', 'firm', 'adamant', 'emphatic']);

/** Forms of the copula before such an adjective ("fue", "se mostró", "was"), folded; besides COPULAS. */
const PLAIN_SPEAKING_COPULAS: ReadonlySet<string> = new Set([...COPULAS, 'mostro', 'mostraron', 'is', 'was', 'were', 'are']);

/**
 * "La fiscal, Mónica X, fue clara: no habrá acuerdos…", "El director lo resumió así: faltan camas…": a colon after a
 * copula and an adjective of plain speaking, or after a verb of saying and "así", leads in what the subject said, though
 * no quotation marks hold it: reported speech of the colon's subject (colonSubject) up to the sentence's end, when no
 * quotation, other verb of saying or statement comes after the colon.
 */
function draftColonClauses(reading: SentenceReading): void {
  const { sentence, drafts } = reading;
  const { tokens } = sentence;
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 2) return;
  const [copula, adjective] = [tokens[colon - 2]!, tokens[colon - 1]!];
  const plain = PLAIN_SPEAKING.has(adjective.key) && PLAIN_SPEAKING_COPULAS.has(copula.key);
  const thus = adjective.key === 'asi' && isSpeechVerbToken(copula);
  if (!plain && !thus) return;
  const rest = tokens.slice(colon + 1);
  if (rest.some((token) => token.kind === 'quote' || isSpeechVerbToken(token)) || rest.filter((token) => token.kind === 'word').length < MIN_REPORTED_WORDS) return;
  if (drafts.some((draft) => draft.end > tokens[colon]!.start)) return;
  const subject = colonSubject(reading.context, sentence, reading.previous, colon);
  const end = trimEnd(tokens, colon + 1, tokens.length);
  if (subject?.speaker && end > colon + 1) drafts.push({ kind: 'indirect', start: tokens[colon + 1]!.start, end: tokens[end - 1]!.end, attribution: subject, media: [] });
}

/**
 * A verb with nothing of its own to report closes the sentence (", dijo KCNA", ", Reuters reported") and
 * credits what came before it, or names the channel of statements already drafted; a leading "según X,"
 * reports the rest of the sentence.
 */
function draftClosingVerbs(reading: SentenceReading): void {
  const { sentence, drafts } = reading;
  const { tokens } = sentence;
  const owners = new Set(reading.quoteOwners.values());
  for (const use of reading.uses) {
    if (reading.contents.has(use) || owners.has(use)) continue;
    if (use.verb !== 'source' && use.verb.frame === 'naming') continue;
    // "X, who had written to the board, praised the ruling": a verb whose subject is a relative pronoun describes its
    // antecedent; it closes no report of its own.
    if (use.verb !== 'source' && SUBJECT_RELATIVES.has(tokens[use.first - 1]?.key ?? '')) continue;
    const start = clauseStart(use);
    // "Según el Servicio Meteorológico Nacional (SMN), …": the acronym in brackets is the name's, inside the clause.
    const tail = closingRelativeEnd(sentence, use) ?? pastBracket(tokens, tailEnd(tokens, clauseEnd(use), tokens[use.last]!));
    const afterClause = tokens[tail];
    // "“… families,” according to X": the comma inside the closing mark sets the verb off as well.
    const commaBefore = isPunct(tokens[start - 1], ',') || (tokens[start - 1]?.kind === 'quote' && QUOTE_ENDS_WITH_COMMA.test(tokens[start - 1]!.text));
    const trailing = commaBefore && (!afterClause || isPunct(afterClause, ',.;'));
    // "Según explicó la funcionaria, …": a source marker taken into the verb group opens the sentence as "según" alone does.
    // "As Reuters reported last week, …", "As she put it, “…”": "as" and the subject before the verb.
    const asSubject = use.verb !== 'source' && start === 1 && tokens[0]?.key === 'as';
    // "Como explicó X, …", "Tal como anticipó X, …": findVerbs took "como" into the verb group (asOpening).
    const asMarker = [1, 2, 3].some((words) => asOpening(tokens, use.first + words) === 0);
    const leadingSource = (((use.verb === 'source' || SOURCE_MARKERS.has(tokens[use.first]!.key) || asMarker) && (start === 0 || opensWithAdjunct(tokens, start) || opensJoinedClause(tokens, start))) || asSubject) && isPunct(afterClause, ',');
    // "el Instituto Nacional de Estadística, según el cual la inflación bajará…": the relative's antecedent is the source.
    const relativeSource = use.verb === 'source' && RELATIVE_SOURCES.has(tokens[use.last]!.key);
    // "…porque, a su juicio, «…»": a viewpoint inside the sentence gives the quotation after it, and nothing else.
    const innerView = use.verb === 'source' && start > 0 && isOwnViewpoint(tokens, start);
    if (leadingSource || relativeSource || innerView) {
      const from = leadingSource ? pastApposition(tokens, tail + 1) : innerView ? tail + 1 : use.last + 1;
      const clauseLimit = leadingSource ? viewEnd(reading, from) : complementEnd(reading.context.text, sentence, from, false);
      const end = trimEnd(tokens, from, relativeSource ? Math.min(clauseLimit, subjectRelativeEnd(reading, use) ?? clauseLimit) : clauseLimit);
      const quotation = end === from + 1 ? tokens[from]?.quotation : undefined;
      if (innerView && (!quotation || drafts.some((draft) => draft.quotation === quotation && draft.attribution))) continue;
      if (quotation) {
        // "Para Arteaga, “…”.": the quotation is the view given (replacing the draft that found no speaker for it).
        const unattributed = drafts.findIndex((draft) => draft.quotation === quotation && !draft.attribution);
        if (unattributed >= 0) drafts.splice(unattributed, 1);
        drafts.push(directDraft(quotation, use.subject));
        continue;
      }
      if (end <= from) continue;
      drafts.push({ kind: 'indirect', start: tokens[from]!.start, end: tokens[end - 1]!.end, attribution: use.subject, media: [] });
      if (leadingSource && use.verb === 'source' && use.subject?.speaker) reading.source = use.subject;
      creditView(reading, use, from, end);
      continue;
    }
    const inciso = use.verb === 'source' ? undefined : unquotedInciso(tokens, use);
    if (inciso) {
      if (use.subject) draftInciso(reading, use, inciso);
      continue;
    }
    if (!trailing || !use.subject) continue;
    // "Tras la audiencia, el juez Luna cuestionó a la defensa.": Spanish sets a closing verb of saying before its subject
    // ("…, dijo el juez"); a subject before the verb opens a main clause, and what precedes its comma is an adjunct of it.
    if (use.verb !== 'source' && !use.verb.english && !use.inverted && use.subjectTo <= use.first && use.subjectTo > use.subjectFrom) continue;
    // "El Nacional, asegura su gerente general, se mantiene firme…", "The ruling, she said, was “…”": a short subject,
    // the inserted verb, then the rest of what it reports; a quotation there is the verb's subject's words too.
    // "…de los dirigentes, la cual, dijo Perdomo, debe parecerse a…": after a long lead, the report goes on past the
    // inserted verb when a clause's verb or subject goes on there (no relative, no preposition, no gerund).
    // "If the plan passes, Ortiz added, Nevada could save…": after a subject before the verb, a name goes on with the clause's
    // own subject too (after an inverted one it would describe the speaker: ", said Ortiz, Nevada's treasurer").
    const goesOn = (token: Token | undefined) => token?.kind === 'word' && (startsLower(token.text) || (!use.inverted && isNameWord(tokens, tail + 1))) && ![PHRASE_PREPOSITIONS, COORDINATORS, COMPLEMENTISERS, INSERTED_CLAUSE_OPENERS].some((words) => words.has(token.key)) && !GERUND.test(token.key);
    const longLead = start - 1 > MAX_INSERTED_SUBJECT_WORDS && !tokens.slice(0, start).some((token) => token.kind === 'quote') && goesOn(tokens[tail + 1]);
    if (use.verb !== 'source' && isPunct(afterClause, ',') && (start - 1 <= MAX_INSERTED_SUBJECT_WORDS || longLead) && tail + 1 < tokens.length && !describesSpeaker(tokens, tail + 1)) {
      const from = tail + 1;
      const end = insertedReportEnd(reading, from);
      if (end <= from) continue;
      // As an inciso between dashes (draftInciso): from the sentence's start, or past the last comma of a long lead.
      const reportStart = reportStartBefore(tokens, 0, start - 1);
      drafts.push({ kind: 'indirect', start: tokens[reportStart]!.start, end: tokens[end - 1]!.end, attribution: use.subject, media: [] });
      for (const draft of drafts) if (draft.quotation && !draft.attribution && draft.start >= tokens[from]!.start && draft.end <= tokens[end - 1]!.end) draft.attribution = use.subject;
      continue;
    }
    // "…del propio Biden, según el cual sus oponentes son extremistas, destacó AFP": the closing verb reports the clause before the relative source.
    const relative = reading.uses.find((other) => other.verb === 'source' && RELATIVE_SOURCES.has(tokens[other.last]!.key) && other.last < start);
    const reportEnd = relative ? relative.first : start;
    const earlierDrafts = drafts.filter((draft) => draft.start < tokens[reportEnd]!.start);
    const unowned = earlierDrafts.filter((draft) => !draft.attribution);
    // "Saturday's peak demand, according to Mr. Marcus, reached…": a source set between commas reports the whole sentence.
    // "…, según el perito X, del colegio de ingenieros.": an affiliation after the source describes it; no report goes on.
    const parenthetical = use.verb === 'source' && isPunct(afterClause, ',') && tokens.slice(clauseEnd(use) + 1).some((token) => token.kind === 'word') && !describesSpeaker(tokens, tail + 1);
    // "“It makes for a compelling story” if you have blackouts…, Mr. Powers said.": the closing verb owns the
    // quotation, and the words around it are its reported speech when nobody else speaks in the sentence; a
    // parenthetical source owns the quotations after it too ("El texto, según la diputada, “abre la puerta…”").
    for (const draft of parenthetical ? drafts.filter((later) => !later.attribution) : unowned) draft.attribution = use.subject;
    // The report runs up to the comma, or through a quotation that holds it ("The plan would be “a disaster,” according to…").
    const end = parenthetical ? trimEnd(tokens, 0, tokens.length) : trimEnd(tokens, 0, isPunct(tokens[reportEnd - 1], ',') ? reportEnd - 1 : reportEnd);
    // "La huelga cumplió 21 días, mientras las pérdidas ya superan, según la Cámara, …": a source gives the clause it sits in.
    const from = use.verb === 'source' ? sourceClauseStart(tokens, reportEnd) : 0;
    const wordsOutside = tokens.slice(from, end).filter((token) => token.kind === 'word').length;
    // "“Tenemos conocimiento…”, entre ellas el número de motor, añadió.": the narrator's aside after the quotation and
    // its comma says what the words were about; reported besides, they would give the quotation twice.
    const asideAfterQuotation = tokens[0]?.kind === 'quote' && isPunct(tokens[1], ',');
    if (earlierDrafts.length) {
      if (use.subject.medium) for (const draft of earlierDrafts) draft.media.push(use.subject.medium);
      if (unowned.length < earlierDrafts.length || wordsOutside < MIN_REPORTED_WORDS || asideAfterQuotation) continue;
    }
    if (end <= from) continue;
    drafts.push({ kind: 'indirect', start: tokens[from]!.start, end: tokens[end - 1]!.end, attribution: use.subject, media: [] });
    // "La reforma llega «demasiado tarde», según la alcaldesa.": a closing or inserted source gives its view's fragments too.
    if (use.verb === 'source') creditView(reading, use, from, end);
  }
}

/**
 * The statements inside the view a source gives in tokens [from, to) ("Según Ana Gómez, la reforma es «una
 * oportunidad…»"): a quotation there is the source's words too, even where a verb inside the view has a subject that
 * names nobody ("Para la economista X, el acuerdo confirma que la inflación «…»": the journalist quotes the economist,
 * not the agreement), and so is a fragment of two or three words, as inside any reported clause ("Para el alcalde, la
 * reforma llega «demasiado tarde»"). Such a verb's own clause, credited to nobody, is the view's and no statement apart.
 */
function creditView(reading: SentenceReading, use: VerbUse, from: number, to: number): void {
  const { tokens } = reading.sentence;
  const { drafts } = reading;
  const [start, end] = [tokens[from]!.start, tokens[to - 1]!.end];
  const inside = (draft: Draft) => draft.start >= start && draft.end <= end;
  const nobody = (draft: Draft) => !draft.attribution?.speaker && !draft.attribution?.medium;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const draft = drafts[i]!;
    if (!inside(draft) || !nobody(draft)) continue;
    if (draft.quotation) draft.attribution = use.subject;
    // The view's own statement, which may name nobody ("según cifras oficiales"), stays.
    else if (draft.kind === 'indirect' && draft.attribution && draft.attribution !== use.subject) drafts.splice(i, 1);
  }
  if (!use.subject?.speaker) return;
  for (let i = from; i < to; i++) {
    const quotation = tokens[i]!.quotation;
    if (tokens[i]!.kind !== 'quote' || !quotation || drafts.some((draft) => draft.quotation === quotation)) continue;
    const quoted = reading.context.text.slice(quotation.inner.start, quotation.inner.end).split(/\s+/).filter(Boolean);
    // A name in quotation marks ("alias «El Chino»") and a single marked word stay the narrator's.
    if (quoted.length >= 2 && !quoted.every((word) => /^\p{Lu}/u.test(word)) && !isWorkTitle(tokens, i, quoted.join(' '), true)) drafts.push(directDraft(quotation, use.subject));
  }
}

/**
 * Where the view a relative source gives ends when the relative sits in the sentence's subject, between it and its verb
 * ("El pescador Aurelio Mena, para quien la veda llegó «…», lleva treinta años…", "La cooperativa, según la cual…,
 * pidió…"): at the comma that closes the relative before a lower-case word, the main clause's. Undefined when the words
 * before the relative are no noun phrase opening the sentence ("Lo explicó el perito X, para quien…" runs to the end).
 */
function subjectRelativeEnd(reading: SentenceReading, use: VerbUse): number | undefined {
  const { tokens } = reading.sentence;
  if (use.first < 2 || !isPunct(tokens[use.first - 1], ',')) return undefined;
  const antecedent = readPhrase(reading.sentence, reading.context.text, 0, use.first - 1);
  if (!antecedent || antecedent.kind === 'pronoun') return undefined;
  const comma = tokens.findIndex((token, i) => i > use.last + 1 && isPunct(token, ','));
  const next = tokens[comma + 1];
  return comma > 0 && next?.kind === 'word' && startsLower(next.text) ? comma : undefined;
}

/**
 * Words that open a clause of its own after a comma, which a source marker later in it reports alone: a contrast ("mientras
 * (que)", "while", "whereas") or a relative on the noun before the comma ("del río, que a las seis marcó…", "which",
 * "donde", "where"). The clause before is the narrator's ("Comenzamos la cobertura…", "La huelga cumplió 21 días").
 */
const OWN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['mientras', 'while', 'whereas', 'que', 'which', 'donde', 'where']);

/**
 * Where the clause holding a source marker at `marker` starts: just past the last comma before it that is followed by an
 * OWN_CLAUSE_OPENERS word ("mientras que" past both words), with no quotation between; the sentence's start otherwise.
 */
function sourceClauseStart(tokens: Token[], marker: number): number {
  for (let i = marker - 1; i > 0; i--) {
    if (tokens[i]!.kind === 'quote') return 0;
    if (!isPunct(tokens[i - 1], ',') || !OWN_CLAUSE_OPENERS.has(tokens[i]!.key)) continue;
    if (tokens[i]!.key === 'mientras' && tokens[i + 1]?.key === 'que') return i + 2;
    return i + 1;
  }
  return 0;
}

/**
 * Whether a clause joined to the narrator's opens at `start`: after a semicolon, or after a coordinator or an adversative
 * and maybe its comma ("El Senado aprobó la reforma por 40 votos y, según el oficialismo, la norma regirá en marzo";
 * "…; según el Gobierno, miles de inquilinos…"). A source there gives only its own clause: the one before is the
 * narrator's fact.
 */
function opensJoinedClause(tokens: Token[], start: number): boolean {
  const before = isPunct(tokens[start - 1], ',') ? tokens[start - 2] : tokens[start - 1];
  return isPunct(tokens[start - 1], ';') || (before !== undefined && (COORDINATORS.has(before.key) || CLAUSE_BREAKERS.has(before.key)));
}

/** Prepositions that say where a speaker is from or works ("…, said Reyes, of the Central Clinic", "dijo Reyes, de la Clínica"). Folded. */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'de', 'del', 'da', 'do', 'das', 'dos']);

/**
 * Whether the words from `at` to the sentence's end describe the speaker a closing verb just named rather than go on with
 * the report: an affiliation ("…, said Reyes, of the Central Clinic.", "…, dijo Reyes, de la Clínica Central.") or a phrase
 * with a determiner and a role noun ("…, said Reyes, the clinic director."), with no comma, quotation or verb of saying.
 * What the verb reports is then the sentence before it (newcomer 22's D9).
 */
function describesSpeaker(tokens: Token[], at: number): boolean {
  const rest = tokens.slice(at);
  const [first] = rest;
  if (first?.kind !== 'word' || rest.some((token) => token.kind === 'quote' || isPunct(token, ',;:') || isSpeechVerbToken(token))) return false;
  // "…, said Reyes, director of the clinic.": a role noun with no article describes the speaker as one with it does.
  return AFFILIATION_PREPOSITIONS.has(first.key) || (startsLower(first.text) && isTitleNoun(first.key)) || (DETERMINERS.has(first.key) && rest.some((token) => startsLower(token.text) && isTitleNoun(token.key)));
}

/** Relative pronouns that open a clause describing a leading source ("Para X, quien…", "Para el sindicato, que…", "For X, who…"), folded. */
const SOURCE_RELATIVES: ReadonlySet<string> = new Set(['quien', 'quienes', 'que', 'who', 'which']);

/** Words an apposition after a leading source may have ("Para Martins, um dos senadores críticos a Pacheco, …"). */
const MAX_SOURCE_APPOSITION_WORDS = 10;

/** Portuguese indefinites that open a partitive ("um dos senadores"), beside PARTITIVES' Spanish and English. Folded. */
const PORTUGUESE_PARTITIVES: ReadonlySet<string> = new Set(['um', 'uma']);

/**
 * Where the view a leading source gives starts, `at` or past an apposition describing the source ("Para Martins, um dos
 * senadores críticos a Pacheco, a articulação… é…", "Según Soto, exministro de Hacienda, la deuda…"): a stretch up to the next
 * comma that opens with a partitive ("uno de", "um dos", "one of"), an indefinite article before a lower-case word ("un
 * exdirector", "a former aide"), a role noun in lower case, an article before one ("the city's chief engineer", "la
 * directora del observatorio") or an age ("de 34 años", "52"), with words after that comma. The claim is the clause after it.
 */
function pastApposition(tokens: Token[], at: number): number {
  const [first, second] = [tokens[at], tokens[at + 1]];
  // "According to Ann Cole, 52, the bridge…": the source's age alone between commas.
  if (first !== undefined && /^\d{1,3}$/u.test(first.text) && isPunct(second, ',') && tokens.slice(at + 2).filter((next) => next.kind === 'word').length >= MIN_REPORTED_WORDS) return at + 2;
  if (first?.kind !== 'word' || second?.kind !== 'word') return at;
  const partitive = (PARTITIVES.has(first.key) || PORTUGUESE_PARTITIVES.has(first.key)) && ['de', 'del', 'dos', 'das', 'of'].includes(second.key);
  const indefinite = INDEFINITE_DETERMINERS.has(first.key) && startsLower(second.text) && !DETERMINERS.has(second.key);
  // "…, portfolio manager at Ashford Capital, …", "…, especialista en suelos, …": a role with no article, its noun first
  // or after a modifier, or a noun for one who does something before its complement.
  const role = startsLower(first.text) && (isTitleNoun(first.key) || SINGULAR_PERSON_NOUNS.has(first.key) || definiteRole(tokens, at) || (AGENT_NOUN.test(first.key) && PHRASE_PREPOSITIONS.has(second.key)));
  // "Para X, quien presentó la denuncia, el anuncio «…»", "For X, who chairs the board, the plan is…": a relative clause
  // describing the source, whatever verbs it holds, up to its comma.
  const relative = SOURCE_RELATIVES.has(first.key);
  // "Para Ana Gil, de 34 años, …": the source's age; "According to Ann Cole, the city's
  // chief engineer, …", "Según Gil, la directora del centro, …": an article before a role noun describes the source.
  const age = first.key === 'de' && /^\d{1,3}$/u.test(second.text) && /^anos?$/u.test(tokens[at + 2]?.key ?? '');
  const described = DETERMINERS.has(first.key) && definiteRole(tokens, at + 1);
  // "Para Ana Gil, de la organización Acción Ciudadana, …", "According to Ann Cole, of the Harbor Institute, …": where the
  // source works, a stretch naming a body in capitals.
  const affiliation = AFFILIATION_PREPOSITIONS.has(first.key) && (DETERMINERS.has(second.key) || isNameWord(tokens, at + 1)) && tokens.slice(at + 1, tokens.findIndex((token, i) => i > at && isPunct(token, ','))).some((_, i) => isNameWord(tokens, at + 1 + i));
  if (!partitive && !indefinite && !role && !relative && !age && !described && !affiliation) return at;
  for (let i = at + 2; i < tokens.length && i - at <= MAX_SOURCE_APPOSITION_WORDS; i++) {
    const token = tokens[i]!;
    // The view after the comma: enough words, or a quotation ("…, las ventas «cayeron a la mitad»").
    if (isPunct(token, ',')) return tokens.slice(i + 1).filter((next) => next.kind === 'word').length >= MIN_REPORTED_WORDS || tokens.slice(i + 1).some((next) => next.quotation) ? i + 1 : at;
    if (token.kind !== 'word' || (!relative && (isSpeechVerbToken(token) || COMPLEMENTISERS.has(token.key)))) return at;
  }
  return at;
}

/** Words a described source's role may have after its article before its comma ("the city's chief engineer"). */
const MAX_DESCRIBED_ROLE_WORDS = 4;

/**
 * Whether lower-case words from `at` up to the next comma (at most MAX_DESCRIBED_ROLE_WORDS before any complement)
 * hold a role noun with no verb of saying: "city's chief engineer", "directora del centro", "portavoz de la empresa".
 */
function definiteRole(tokens: Token[], at: number): boolean {
  for (let i = at; i < at + MAX_DESCRIBED_ROLE_WORDS && tokens[i]?.kind === 'word' && startsLower(tokens[i]!.text); i++) {
    if (isSpeechVerbToken(tokens[i]) || COMPLEMENTISERS.has(tokens[i]!.key)) return false;
    if (isTitleNoun(tokens[i]!.key) || SINGULAR_PERSON_NOUNS.has(tokens[i]!.key)) return true;
  }
  return false;
}

/** A gerund's ending ("…, dijo X, agregando…", "…, said X, adding…"): an aside, not the report going on. */
const GERUND = /(?:ando|iendo|ing)$/;

/** Words that open a relative or an aside after an inserted verb ("…, dijo X, quien…", "…, said X, who…"): no report goes on there. */
const INSERTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['quien', 'quienes', 'cuyo', 'cuya', 'who', 'which', 'whose', 'where', 'donde', 'cuando', 'when', 'tras', 'after']);

/** Words before an inciso from which its report starts after the last comma before it rather than at its clause's start. */
const MAX_INCISO_LEAD_WORDS = 12;

/**
 * Where the report of a verb inserted at `inserted` starts, in a clause starting at `from`: there, or just past the
 * last comma before the verb when the words before it run longer than MAX_INCISO_LEAD_WORDS (the narrator's own).
 */
function reportStartBefore(tokens: Token[], from: number, inserted: number): number {
  const lead = tokens.slice(from, inserted);
  const comma = lead.map((token) => token.text).lastIndexOf(',');
  return comma >= 0 && lead.filter((token) => token.kind === 'word').length > MAX_INCISO_LEAD_WORDS ? from + comma + 1 : from;
}

/**
 * Where the report of a verb inserted in its sentence ("La reforma, dijo X, estará…", "El cuadro —expresó X— debe…")
 * ends, going on from token `from`: the sentence's end, as the narrator inserts the verb into the speaker's sentence
 * (past "; y…" and ", porque…", which end a clause that follows its verb); where the reported clause ends when another
 * verb of saying reports something later, or a quotation or a source comes there, which may be someone else's.
 */
function insertedReportEnd(reading: SentenceReading, from: number): number {
  const { sentence } = reading;
  const { tokens } = sentence;
  const rest = tokens.slice(from);
  // A later verb of saying before a preposition governs a complement, no report ("quienes dirigen cuentan con el apoyo").
  const reports = (use: VerbUse) => use.first >= from && !PHRASE_PREPOSITIONS.has(tokens[use.last + 1]?.key ?? '');
  const ownsRest = !reading.uses.some(reports) && !rest.some((token) => token.kind === 'quote' || SOURCE_MARKERS.has(token.key) || isPunct(token, ':'));
  return trimEnd(tokens, from, ownsRest ? tokens.length : complementEnd(reading.context.text, sentence, from, false));
}

/**
 * Where the view a leading source gives ends, going on from token `from` ("Según X, …", "According to X, …"): the
 * sentence's end, past a colon or a coordinated clause after a quotation ("…, el problema es de fondo: la ciudad creció…",
 * "…remains “uncomfortably strong”, and a rise in oil prices could…"), since the sentence is given as the source's; where
 * its clause ends when a verb of saying or another source marker comes after `from`, whose words may be someone else's.
 */
function viewEnd(reading: SentenceReading, from: number): number {
  const { sentence } = reading;
  const { tokens } = sentence;
  const clauseLimit = complementEnd(reading.context.text, sentence, from, false);
  const another = reading.uses.some((use) => use.first >= from) || tokens.slice(from).some((token) => SOURCE_MARKERS.has(token.key));
  // "…: «Es un requisito…»": a quotation a colon leads to is a statement of its own.
  const quoted = tokens.findIndex((token, i) => i >= from && token.text === ':' && tokens[i + 1]?.kind === 'quote');
  return another ? clauseLimit : quoted >= 0 ? Math.max(clauseLimit, quoted) : tokens.length;
}

/**
 * Unquoted words with an inserted verb between dashes, Caribbean and agency style ("Nada —agregó— puede atentar contra
 * el Código", "…las cosas –añadió Morales-, y no pedir…"): reported speech of the verb's subject, from where the clause
 * holding the inciso starts (the sentence's start or a semicolon; past the last comma when the narrator's words before
 * it run long: "…, donde se comprobó —dijo— cómo…") to where the clause after it ends.
 */
function draftInciso(reading: SentenceReading, use: VerbUse, { opening, closing }: { opening: number; closing: number }): void {
  const { sentence, drafts } = reading;
  const { tokens } = sentence;
  let from = opening;
  while (from > 0 && !isPunct(tokens[from - 1], ';:')) from--;
  if (COORDINATORS.has(tokens[from]?.key ?? '')) from++;
  from = reportStartBefore(tokens, from, opening);
  // The report goes on past the inciso; a quotation there is the quotation's own inciso (ownAdjacentQuotations).
  const after = isPunct(tokens[closing + 1], ',') ? closing + 2 : closing + 1;
  const end = insertedReportEnd(reading, after);
  if (end <= after || from >= opening || tokens.slice(from, end).some((token) => token.kind === 'quote')) return;
  drafts.push({ kind: 'indirect', start: tokens[from]!.start, end: tokens[end - 1]!.end, attribution: use.subject, media: [] });
}

/**
 * «No vamos a subir el IVA —afirmó X—, pero…»: a quotation whose marks hold a verb inserted between dashes is one
 * statement, from its first word to its last, the inserted verb inside: verbatim, with no quote mark in it. Halves in
 * quote marks of their own ("“The rules,” she said, “would apply…”", "«La norma», dijo X, «será…»") stay two
 * statements of the same speaker: one joined would hold the marks and the narrator's "she said" (../shared/CONTRACT.md:
 * a quotation's text is the article's words without the quote marks; newcomer 13's D8).
 */
function joinSplitQuotations(reading: SentenceReading): void {
  const { tokens } = reading.sentence;
  const { drafts, quoteOwners } = reading;
  for (const use of new Set(quoteOwners.values())) {
    const before = quoteBefore(tokens, use);
    const after = resumedQuotation(tokens, use);
    if (!before || !after?.quotation?.resumesInciso || quoteOwners.get(before) !== use || quoteOwners.get(after) !== use) continue;
    const first = drafts.find((draft) => draft.quotation !== undefined && draft.quotation === before.quotation);
    const second = drafts.find((draft) => draft.quotation !== undefined && draft.quotation === after.quotation);
    if (!first?.quotation || !second?.quotation) continue;
    first.end = second.end;
    first.quotation = {
      ...first.quotation,
      outer: { start: first.quotation.outer.start, end: second.quotation.outer.end },
      inner: { start: first.quotation.inner.start, end: second.quotation.inner.end },
      runsOn: second.quotation.runsOn,
    };
    drafts.splice(drafts.indexOf(second), 1);
  }
}

/** Words a closing verb may have after its subject ("told reporters", "dijo a la prensa el martes") and still close the sentence. */
const MAX_TAIL_WORDS = 5;

/**
 * Where a closing verb's clause really ends: past a short tail with no verb of saying, "que" or quotation that
 * says when, where or to whom ("a la prensa", "on Friday", "told reporters"); an object ("manifestando su visión") is no tail.
 */
function tailEnd(tokens: Token[], from: number, verb: Token): number {
  const opener = tokens[from]?.key ?? '';
  // An article opens a time phrase only before a time word ("el martes"); "valoró el anuncio." has an object.
  const timePhrase = !DETERMINERS.has(opener) || SKIPPABLE.has(tokens[from + 1]?.key ?? '');
  // "said of the patients": right after the verb, "of" says whom the words were about (it joins names only inside one).
  if (!(PHRASE_PREPOSITIONS.has(opener) || opener === 'of' || (SKIPPABLE.has(opener) && timePhrase) || TELLING.has(verb.key))) return from;
  let i = from;
  // Articles and prepositions are not counted: "said at a press conference last week", "dijo en una rueda de prensa el
  // pasado martes" are tails of four words.
  let words = 0;
  while (i < tokens.length && words < MAX_TAIL_WORDS && tokens[i]!.kind === 'word' && !isSpeechVerbToken(tokens[i]) && !COMPLEMENTISERS.has(tokens[i]!.key)) {
    if (ADVERBIAL_SUBORDINATORS.has(tokens[i]!.key)) return subordinateEnd(tokens, i + 1, from);
    // "did admit to having stolen…": a gerund right after a preposition opens what was said, no tail.
    if (i > from && GERUND.test(tokens[i]!.key) && PHRASE_PREPOSITIONS.has(tokens[i - 1]!.key)) return from;
    if (![DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS].some((closed) => closed.has(tokens[i]!.key))) words++;
    i++;
  }
  if (closesSubordinator(tokens, i)) return subordinateEnd(tokens, i + 1, from);
  return i < tokens.length && tokens[i]!.kind !== 'punct' ? from : i;
}

/** Relative pronouns that may open a clause describing a verb's inverted subject. Folded. */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['que', 'quien', 'quienes', 'who', 'which', 'that']);

/** Words a relative clause on a closing verb's subject may hold ("que pidieron no ser identificadas por temor a represalias"). */
const MAX_RELATIVE_TAIL_WORDS = 12;

/**
 * Where the relative clause ends when a verb closes its sentence with an inverted subject that the relative describes (", confirmaron a Radio X
 * fuentes policiales que pidieron no ser identificadas.", ", said an official who asked not to be named.", ", dijo el
 * alcalde, que visitó la obra el lunes."): the subject is followed by a relative pronoun (after a comma or not), and words of the sentence's own clause, not only adverbials, come before the verb's comma
 * ("En la rueda de prensa, aseguró el ministro que…" reports its "que" clause), and the relative ends the sentence within
 * MAX_RELATIVE_TAIL_WORDS words and no verb of saying; undefined for any other verb. The end is the report's tail: the
 * verb reports the clause before its comma.
 */
function closingRelativeEnd(sentence: Sentence, use: VerbUse): number | undefined {
  const { tokens } = sentence;
  const relative = isPunct(tokens[use.subjectTo], ',') ? use.subjectTo + 1 : use.subjectTo;
  if (!use.inverted || use.verb === 'source' || !SUBJECT_RELATIVES.has(tokens[relative]?.key ?? '') || !isPunct(tokens[use.first - 1], ',')) return undefined;
  const [first] = clauseSegments(sentence);
  if (first === undefined || first.from >= use.first - 1) return undefined;
  // A relative that goes on past its limit or reports words of its own ("…, quien además subrayó que…") is not a
  // description closing the sentence: the verb keeps its usual reading.
  const end = relativeTailEnd(tokens, relative);
  return end === relative ? undefined : end;
}

/** Where a relative clause opening at `at` ends when it closes the sentence: at its last word; `at` when it goes on. */
function relativeTailEnd(tokens: Token[], at: number): number {
  let i = at + 1;
  while (i < tokens.length && i - at <= MAX_RELATIVE_TAIL_WORDS && tokens[i]!.kind === 'word' && !isSpeechVerbToken(tokens[i])) i++;
  return i >= tokens.length || isPunct(tokens[i], '.') ? i : at;
}

/** Tokens a bracketed acronym or short aside after a clause's last name may hold ("(SMN)", "(PS-Valparaíso)"). */
const MAX_BRACKET_TOKENS = 5;

/** Just past a short bracket opening at `at` ("Según el Servicio Meteorológico Nacional (SMN), …"); `at` when none opens there. */
function pastBracket(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let i = at + 1; i <= at + MAX_BRACKET_TOKENS && i < tokens.length; i++) if (tokens[i]!.text === ')') return i + 1;
  return at;
}

/**
 * Where a subordinate clause of the telling (after an adverbial subordinator or a locution of SUBORDINATING_LOCUTIONS) that
 * starts at `at` ends ("…, a senior official said on condition that his name
 * not be used.", "…, dijo un funcionario a condición de que no se citara su nombre."): at the sentence's next punctuation;
 * `from` (no tail) when a quotation comes first. A verb of saying there ("…his name was not disclosed") is the clause's own.
 */
function subordinateEnd(tokens: Token[], at: number, from: number): number {
  let i = at;
  while (i < tokens.length && tokens[i]!.kind === 'word') i++;
  return i < tokens.length && tokens[i]!.kind !== 'punct' ? from : i;
}
