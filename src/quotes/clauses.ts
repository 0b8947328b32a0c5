/**
 * Reported clauses: where what a cue verb reports starts ("que"/"that", or right after a complement verb)
 * and where it ends (the next full stop, a channel phrase, or a comma that opens a clause of its own).
 */
import { isPunct, nameEnd, type Sentence, type Token } from './tokens.js';
import { programmeEnd, readChannel } from './phrases.js';
import { isLoneGerund, isSpeechVerbToken, questionStart, spanishNounUse } from './cues.js';
import type { VerbUse } from './reading.js';
import { skipAdverbs } from './subjects/after.js';
import { ADVERBIAL_SUBORDINATORS, AUXILIARIES, CHANNEL_PREPOSITIONS, CLAUSE_BREAKERS, COMPLEMENTISERS, COORDINATORS, DETERMINERS, INDEFINITE_DETERMINERS, INDEFINITE_PRONOUNS, IRREGULAR_PLURALS, NAME_PREPOSITIONS, NEGATIONS, PHRASE_PREPOSITIONS, PLURAL_PRONOUNS, PRONOUNS, QUANTIFIERS, REFERRING, SKIPPABLE, SOURCE_MARKERS, SPANISH_PARTICIPLE, TELLING, ASKING_FOR_ONESELF, ANONYMITY_NOUNS } from './lexicon.js';

/** A quotation token whose closing mark (one, or two apostrophes: ''…,'') follows a comma: "“… families,”". */
export const QUOTE_ENDS_WITH_COMMA = /,\s*["“”»’']{1,2}$/u;

/** Words of a direct object we step over looking for "que" ("acusó a Corea del Norte de que…"); beyond, the verb reports nothing. */
const MAX_OBJECT_TOKENS = 5;


/**
 * English words that open an embedded question after a verb with no "that" ("explained why…", "said how…"); not "if"
 * and "when", which also open a condition or a time inside what was said ("said if the bill passes, taxes will rise").
 */
const EMBEDDED_QUESTION_WORDS = new Set(['why', 'how', 'whether', 'what', 'where', 'who', 'whom', 'which']);

/** "dijo hace unos días que": a verb form that opens a time adjunct, not an object. */
const TIME_ADJUNCT_HEADS = new Set(['hace']);
/** Adverbs that close a measure of time ("días atrás") or stand bare after a verb, ending in -s as plural nouns do ("dijo depois que"). */
const TIME_ADVERBS = new Set(['atras', 'ago', 'apenas', 'jamas', 'quizas', 'menos', 'depois']);
/** Parts of the day a time adjunct names ("dijo esta mañana que", "afirmó durante la jornada que"), besides SKIPPABLE's. Folded. */
const TIME_NOUNS = new Set(['manana', 'noche', 'madrugada', 'mediodia', 'jornada', 'dia', 'dias', 'horas', 'morning', 'evening', 'night', 'afternoon']);

/** Articles that make "que" a relative pronoun ("en el que", "lo que"); "apunta a que" keeps it a complementiser. */
const RELATIVE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'lo']);

/**
 * Words before "that"/"que" that make a subordinating conjunction of them (English and Spanish reference grammars'
 * conditional, final and temporal locutions: "on condition that", "provided that", "so that", "a condición de que",
 * "con tal de que", "a fin de que", "para que", "después de que"), folded.
 */
const SUBORDINATING_LOCUTIONS: ReadonlyArray<readonly string[]> = [
  ['on', 'condition'], ['provided'], ['providing'], ['so'], ['in', 'order'],
  ['a', 'condicion', 'de'], ['con', 'la', 'condicion', 'de'], ['bajo', 'la', 'condicion', 'de'], ['con', 'tal', 'de'], ['a', 'fin', 'de'], ['para'],
  ['despues', 'de'], ['antes', 'de'], ['luego', 'de'],
];

/** Whether the token at `index` is a complementiser that ends one of SUBORDINATING_LOCUTIONS. */
export function closesSubordinator(tokens: Token[], index: number): boolean {
  return COMPLEMENTISERS.has(tokens[index]?.key ?? '') && SUBORDINATING_LOCUTIONS.some((words) => words.every((word, k) => tokens[index - words.length + k]?.key === word));
}

/** Tokens of an adjunct set off by commas between a Spanish verb of saying and its "que" ("tras reunirse con los gremios"). */
const MAX_ADJUNCT_TOKENS = 10;

/**
 * Where an adjunct starting at `from` ends ("dijo el lunes, tras reunirse con los gremios, que…", "aseguró, en
 * conversación con Radio Pauta, que…", "afirmó, sin dar más detalles, que…"): words only, opened by a preposition or a
 * gerund or participle, no verb of saying among them, up to the next comma. `from` when no adjunct opens there.
 */
function adjunctEnd(tokens: Token[], from: number): number {
  const opener = tokens[from];
  if (!opener || opener.kind !== 'word' || !(PHRASE_PREPOSITIONS.has(opener.key) || /(?:ando|iendo|ad[oa]s?|id[oa]s?)$/u.test(opener.key))) return from;
  let end = from;
  while (end < tokens.length && end - from < MAX_ADJUNCT_TOKENS && tokens[end]!.kind === 'word' && !isSpeechVerbToken(tokens[end])) end++;
  return isPunct(tokens[end], ',') ? end : from;
}

/**
 * Where a stretch of words starting at `from` ends at a comma (", the Georgian capital,", ", la capital del país,"):
 * at most MAX_ADJUNCT_TOKENS words, none a verb of saying or a complementiser. `from` when none ends so. The caller
 * steps over it only when "que"/"that" follows that comma: an apposition to the place or person just named. A stretch
 * opened by a coordinator is none: "celebró sus 50 años, o los supermercados, que…" joins another noun phrase, whose
 * relative "que" the verb does not report.
 */
function appositionEnd(tokens: Token[], from: number): number {
  if (LIST_COORDINATORS.has(tokens[from]?.key ?? '')) return from;
  let end = from;
  while (end < tokens.length && end - from < MAX_ADJUNCT_TOKENS && tokens[end]!.kind === 'word' && !isSpeechVerbToken(tokens[end]) && !COMPLEMENTISERS.has(tokens[end]!.key)) end++;
  return end > from && isPunct(tokens[end], ',') ? end : from;
}

/**
 * Spanish verbs of announcing in finite forms, as written (accents kept: "anuncio", "informe" are nouns), whose noun-phrase
 * object is the content announced ("La Secretaría de Salud confirmó 312 casos de dengue", "el ayuntamiento anunció una
 * jornada de fumigación"): a statement as much as a clause after "que" is. Verbs that do rather than say ("aprobó",
 * "construyó", "detuvo") are not verbs of saying at all, and other verbs of saying with a noun ("explicó las razones",
 * "destacó la labor") name what they speak of.
 */
const ANNOUNCING_FORMS: ReadonlySet<string> = new Set(['anunció', 'anunciaron', 'anuncia', 'anuncian', 'confirmó', 'confirmaron', 'confirma', 'confirman', 'informó', 'informaron', 'reportó', 'reportaron', 'comunicó', 'comunicaron']);

/**
 * The participles of the same verbs, finite only after an auxiliary ("ha comunicado", "habían anunciado"): alone they are
 * adjectives or nouns ("el comunicado", "lo anunciado").
 */
const ANNOUNCING_PARTICIPLES: ReadonlySet<string> = new Set(['anunciado', 'confirmado', 'informado', 'reportado', 'comunicado', 'exigido', 'reclamado', 'solicitado', 'descartado']);

/**
 * Spanish verbs of demand in finite forms, whose noun-phrase object is what was demanded ("exigió una auditoría", "reclamó
 * más fondos", "ha solicitado la comparecencia del consejero"): a request reported as an announcement is.
 */
const DEMANDING_FORMS: ReadonlySet<string> = new Set([
  'exigió', 'exigieron', 'reclamó', 'reclamaron', 'solicitó', 'solicitaron', 'pidió', 'pidieron',
  // A denial with its object ("descartó nuevas víctimas", "descartaron la existencia de heridos"): what is denied, kept
  // with its verb. The past only, as for demands: the present narrates a stance ("los vecinos piden más seguridad").
  'descartó', 'descartaron',
]);

/**
 * Whether the verb at `at` is a Spanish verb of announcing or demanding with an indefinite object right after it ("exigió
 * una auditoría", "anunció un plan"): what follows is what was announced, never an inverted subject ("…, encabezado por
 * X, exigió una auditoría" is no "«…», dijo X").
 */
export function announcesIndefinite(tokens: Token[], at: number): boolean {
  const form = tokens[at]!.text.toLowerCase();
  return (ANNOUNCING_FORMS.has(form) || DEMANDING_FORMS.has(form)) && INDEFINITE_DETERMINERS.has(tokens[at + 1]?.key ?? '') && tokens[at + 1]!.key !== 'a';
}

/** Words that open the noun phrase an announcement's object is: an article or a possessive (a number opens one too). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus']);

/** Words whom an announcement is given to may have between "a" and its object ("a la plantilla", "a sus socios de Lugo"). */
const MAX_RECIPIENT_WORDS = 4;

/** Whether a token opens a noun phrase: an article, a possessive, a number or a quantifier ("dos nuevos casos", "varios cambios"). */
const opensObject = (token: Token | undefined): boolean => token?.kind === 'word' && (OBJECT_OPENERS.has(token.key) || QUANTIFIERS.has(token.key) || DEMAND_OPENERS.has(token.key) || /^\d/u.test(token.text));

/** Words that open what is demanded besides an article or a number ("reclamó más fondos", "exigió mayores controles"), folded. */
const DEMAND_OPENERS: ReadonlySet<string> = new Set(['mas', 'mayor', 'mayores']);

/** Adjectives that open what is demanded or denied before its noun ("descartó nuevas víctimas", "exigió nuevos controles"), folded. */
const PREPOSED_ADJECTIVES: ReadonlySet<string> = new Set(['nuevo', 'nueva', 'nuevos', 'nuevas', 'ningun', 'ninguna', 'cualquier']);

/**
 * Where the noun-phrase object of a verb of announcing starts (ANNOUNCING_FORMS, or ANNOUNCING_PARTICIPLES after an
 * auxiliary), right after the verb or after whom it was given to and its time phrases ("comunicó a la plantilla su
 * intención de…", "anunció a sus socios una rebaja", "ha comunicado este martes a la plantilla…"), when it opens with an article, a possessive,
 * a number or a quantifier and holds no "de que" (a noun's own clause) before the sentence's next stop; undefined for any
 * other verb, for an announcement with only whom it was given to ("informó a los vecinos", "al juez") and for a verb
 * whose subject follows it or is a relative's.
 */
export function announcedObjectStart(tokens: Token[], use: VerbUse): number | undefined {
  if (use.verb === 'source' || use.inverted || use.relative || narratedRequest(tokens, use)) return undefined;
  // "La Unión X y la Asociación Y reclamaron ayudas": a demand two subjects make together is no one speaker's words.
  if (tokens.slice(use.subjectFrom, use.subjectTo).some((token) => COORDINATORS.has(token.key))) return undefined;
  const form = tokens[use.last]!.text.toLowerCase();
  if (!ANNOUNCING_FORMS.has(form) && !DEMANDING_FORMS.has(form) && !(ANNOUNCING_PARTICIPLES.has(form) && AUXILIARIES.has(tokens[use.last - 1]?.key ?? ''))) return undefined;
  let object = use.last + 1;
  // Whom it was given to: "a"/"al" and lower-case words up to the object's opener, with the time phrases around them ("ha
  // comunicado este martes a la plantilla su intención…").
  const recipient = skipAdverbs(tokens, object);
  if (['a', 'al'].includes(tokens[recipient]?.key ?? '')) {
    object = recipient;
    let i = object + 1;
    if (OBJECT_OPENERS.has(tokens[i]?.key ?? '')) i++;
    while (i < tokens.length && i - object <= MAX_RECIPIENT_WORDS && tokens[i]!.kind === 'word' && /^\p{Ll}/u.test(tokens[i]!.text) && !opensObject(tokens[i])) i++;
    object = skipAdverbs(tokens, i);
  }
  const demand = DEMANDING_FORMS.has(form);
  if (!opensObject(tokens[object]) && !(demand && (PREPOSED_ADJECTIVES.has(tokens[object]?.key ?? '') || bareNounObject(tokens, object)))) return undefined;
  if (demand && (FLOOR_NOUNS.has(tokens[object + 1]?.key ?? '') || ANONYMITY_NOUNS.has(tokens[object + 1]?.key ?? ''))) return undefined;
  // "confirma los temores del Gobierno de que…": "de que" after the object opens the noun's own clause, which complementStart
  // has already judged; a relative on the object's noun is part of what was announced ("un expediente que afectaría a…").
  for (let i = use.last + 1; i < tokens.length && !isPunct(tokens[i], '.;:!?'); i++) if (COMPLEMENTISERS.has(tokens[i]!.key) && (i < object || tokens[i - 1]?.key === 'de')) return undefined;
  return object;
}

/**
 * Verbs that put a figure on something (folded stems): Spanish "estimar", "calcular", "cifrar" and English "estimate",
 * "calculate". With a noun-phrase object and "en"/"at" before a number ("estimó el coste de la obra en unos 40 millones",
 * "la Junta estima la cosecha en 1,1 millones de toneladas", "estimated the damage at $3 million") the estimate is a
 * statement, reported with its verb as an announcement is; in any tense, since a figure given is never a narrated stance.
 */
const FIGURING = /^(?:estim|calcul|cifr)/u;

/** Prepositions before the figure an estimate gives: Spanish "en", English "at". Folded. */
const FIGURE_PREPOSITIONS: ReadonlySet<string> = new Set(['en', 'at']);

/** Words a figure may open with before its number ("unos 40", "el 68 %", "alrededor de 300", "about $2 million"). Folded. */
const FIGURE_OPENERS: ReadonlySet<string> = new Set([
  'unos', 'unas', 'un', 'una', 'el', 'la', 'los', 'las', 'cerca', 'alrededor', 'casi', 'mas', 'menos', 'de', 'del', 'aproximadamente',
  'about', 'around', 'some', 'roughly', 'nearly', 'almost', 'approximately', 'more', 'less', 'than', 'a', 'an', 'of',
]);

/** Words that open an estimate's object besides OBJECT_OPENERS: English articles and possessives. Folded. */
const ENGLISH_OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** Words between an estimate's object and its figure at most ("el coste de la nueva depuradora del puerto"). */
const MAX_FIGURED_OBJECT_WORDS = 8;

/** Whether a figure starts at `at`: a number or a currency amount, after at most three FIGURE_OPENERS. */
function isFigure(tokens: Token[], at: number): boolean {
  let i = at;
  while (i < at + 3 && FIGURE_OPENERS.has(tokens[i]?.key ?? '')) i++;
  return /^[\d$€£]/u.test(tokens[i]?.text ?? '');
}

/**
 * Where the object of an estimate starts ("estimó el coste de la obra en unos 40 millones", "estimated the repairs at
 * $2 million"): right after a FIGURING verb, when an article or possessive opens a phrase of at most
 * MAX_FIGURED_OBJECT_WORDS words, with no verb or punctuation in it, that "en"/"at" and a figure close. Undefined
 * otherwise, and for a verb whose subject follows it or is a relative's.
 */
export function figuredObjectStart(tokens: Token[], use: VerbUse): number | undefined {
  if (use.verb === 'source' || use.inverted || use.relative || !FIGURING.test(tokens[use.last]!.key)) return undefined;
  const object = use.last + 1;
  const opener = tokens[object];
  if (opener?.kind !== 'word' || !(OBJECT_OPENERS.has(opener.key) || ENGLISH_OBJECT_OPENERS.has(opener.key))) return undefined;
  for (let i = object + 1; i < tokens.length && i - object <= MAX_FIGURED_OBJECT_WORDS; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || token.verb !== undefined || COMPLEMENTISERS.has(token.key)) return undefined;
    if (FIGURE_PREPOSITIONS.has(token.key) && isFigure(tokens, i + 1)) return object;
  }
  return undefined;
}

/** Nouns of a turn to speak: "pidió la palabra" asks for the floor, no demand of its own. Folded. */
const FLOOR_NOUNS: ReadonlySet<string> = new Set(['palabra']);

/** Prepositions and a coordinator that may follow a demand's bare noun ("pidió calma a la población", "exigió justicia para…"). Folded. */
const AFTER_BARE_NOUN: ReadonlySet<string> = new Set(['a', 'al', 'para', 'ante', 'de', 'del', 'en', 'con', 'y', 'e']);

/**
 * Whether the token at `at` is a bare noun a demand takes as its object ("pidió calma a la población", "exigió justicia",
 * "reclamó diálogo"): a lower-case word that is no function word, adverb, verb or infinitive, followed by a preposition,
 * a coordinator, a stop or nothing.
 */
function bareNounObject(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.kind !== 'word' || !/^\p{Ll}/u.test(token.text) || token.verb !== undefined || /(?:mente|ar|er|ir)$/u.test(token.key)) return false;
  if ([DETERMINERS, SKIPPABLE, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, NEGATIONS, COMPLEMENTISERS, PRONOUNS, CLAUSE_BREAKERS, ADVERBIAL_SUBORDINATORS].some((words) => words.has(token.key))) return false;
  const next = tokens[at + 1];
  return next === undefined || isPunct(next, ',.;:') || AFTER_BARE_NOUN.has(next.key);
}

/** Clitics between an impersonal "se" and its verb ("se les pide", "se le exigió"). Folded. */
const IMPERSONAL_CLITICS: ReadonlySet<string> = new Set(['le', 'les', 'nos', 'me', 'te', 'os']);

/**
 * Whether a Spanish request (REQUESTING) narrates what is asked rather than reporting someone's words: impersonal, with
 * nobody asking ("se les pide comprar la anestesia", "se exigió silencio"), or in a restrictive relative on the noun before
 * it, which it describes ("las voces que piden investigar…", "los vecinos que reclaman más luz"); a relative set off by
 * a comma (", que pidió…", "quien pidió…") still reports its subject's request.
 */
function narratedRequest(tokens: Token[], use: VerbUse): boolean {
  if (use.verb === 'source' || use.verb.english || !REQUESTING.test(tokens[use.last]!.key)) return false;
  let at = use.last - 1;
  if (IMPERSONAL_CLITICS.has(tokens[at]?.key ?? '')) at--;
  if (tokens[at]?.key === 'se') return true;
  const relative = tokens[use.first - 1];
  return relative?.key === 'que' && tokens[use.first - 2]?.kind === 'word' && !COMPLEMENTISERS.has(tokens[use.first - 2]!.key) && !isSpeechVerbToken(tokens[use.first - 2]);
}

/** Relative words that open a clause on the noun before their comma ("…a la afición, que abucheó…", "…, donde…"). Folded. */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['que', 'quien', 'quienes', 'donde', 'cuando']);

/**
 * Where what a verb announced or demanded with a noun phrase ends, from `from` to `to`: at a comma before a relative, which
 * describes the object's noun and is no part of the demand ("exigió paciencia a la afición, que abucheó al equipo…").
 */
export function objectEnd(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to - 1; i++) if (isPunct(tokens[i], ',') && OBJECT_RELATIVES.has(tokens[i + 1]!.key)) return i;
  return to;
}

/** Where the reported clause of a verb starts: after "que"/"that", or right after the verb for complement verbs. */
export function complementStart(sentence: Sentence, use: VerbUse, skip: Array<[number, number]>): number | undefined {
  const { tokens } = sentence;
  if (use.verb === 'source' || narratedRequest(tokens, use)) return undefined;
  const manner = use.inverted ? undefined : mannerClauseStart(tokens, use);
  if (manner !== undefined) return manner;
  // "refirió que…" reports a clause; "se refirió a la reforma como «…»" only names what it speaks of.
  if (use.verb.frame === 'naming') return REFERRING.has(tokens[use.last]!.text.toLowerCase()) && tokens[use.last + 1]?.key === 'que' && tokens[use.first - 1]?.key !== 'se' ? use.last + 2 : undefined;
  const afterVerb = use.inverted ? use.subjectTo : use.last + 1;
  if (use.verb.frame === 'question') return questionStart(sentence.tokens, afterVerb, MAX_OBJECT_TOKENS);
  // "cuestionó si el Gobierno…", "questioned whether the agency…": a verb of doubt reports the question it opens, kept
  // from its "si"/"whether" as a question verb's is.
  const doubted = DOUBTING.test(tokens[use.last]!.key) ? questionStart(tokens, afterVerb, MAX_OBJECT_TOKENS) : undefined;
  if (doubted !== undefined && YES_NO_OPENERS.has(tokens[doubted]!.key)) return doubted;
  // A request's infinitive comes before any "que" ("instó a debatir los problemas que le interesan…" is no "que" clause).
  const requested = use.inverted ? undefined : requestedInfinitive(tokens, use);
  if (requested !== undefined) return requested;
  let objectTokens = 0;
  // Whether the verb's object is a noun phrase with no preposition before its noun ("contó detalles de…", "explicó las
  // razones"); undefined until its first word that is not an article or a time word.
  let nounObject: boolean | undefined;
  for (let i = afterVerb; i < tokens.length; i++) {
    const skipped = skip.find(([from]) => from === i);
    if (skipped) {
      i = skipped[1] - 1;
      continue;
    }
    const token = tokens[i]!;
    if (COMPLEMENTISERS.has(token.key)) {
      // "un documento en el que…", "lo que": after an article "que" is a relative pronoun ("insistió en que" stays a complementiser).
      if (RELATIVE_ARTICLES.has(tokens[i - 1]?.key ?? '')) continue;
      // "told reporters on condition that his name not be used", "dijo a condición de que no se citara su nombre": the
      // complementiser closes a subordinating locution, a condition or purpose of the telling, not what was told.
      if (closesSubordinator(tokens, i)) return undefined;
      // "contó detalles de la situación que protagonizaron…": a Spanish "que" right after the noun of the verb's object
      // is a relative; the verb reports nothing ("dijo a los periodistas que", "afirmó la semana pasada que" do).
      if (nounObject && !use.verb.english && isObjectNoun(tokens[i - 1])) break;
      // "ha defendido en el pleno el plan de reagrupamiento, que supondrá…": a "que" set off by a comma after the verb's
      // noun-phrase object, whatever adjuncts came before the object, is a relative on it too; not one whose own verb is of
      // saying ("criticó el anuncio, que calificó de «parche»": the subject's words all the same).
      if (!use.verb.english && isPunct(tokens[i - 1], ',') && !isSpeechVerbToken(tokens[i + 1]) && relativeAfterObject(tokens, afterVerb, i - 1)) break;
      // A request's "que" clause is its object, after whom it is asked of at most: after any other object ("exigió
      // paciencia a la hinchada, que…") it is a relative.
      if (REQUESTING.test(tokens[use.last]!.key) && !['a', 'al', 'que'].includes(tokens[skipAdverbs(tokens, use.last + 1)]?.key ?? '')) break;
      // "said ticks that carry the virus breed…", "said the ticks that…": "say" takes no noun object before its "that"
      // clause (unlike "told reporters that"), so a "that" right after a noun is a relative pronoun, and the clause
      // began right after the verb.
      if (nounObject && use.verb.english && SAY_FORMS.has(tokens[use.last]!.key) && isObjectNoun(tokens[i - 1]) && hasFiniteVerb(tokens, afterVerb)) return afterVerb;
      // "confirma los temores del Gobierno de que…": "de que" after a noun object that names its owner opens the noun's
      // own clause, what another's fear holds, not what the subject says. The subject's own ("reiteró su advertencia de
      // que…"), or after the verb or whom it was told ("advirtió de que", "informó a la prensa de que"), it is the verb's.
      if (nounObject && !use.verb.english && tokens[i - 1]?.key === 'de' && tokens.slice(afterVerb, i - 1).some((word) => NAME_PREPOSITIONS.has(word.key))) break;
      return i + 1;
    }
    nounObject ??= objectKind(token, tokens[i - 1]);
    // "said the new offences were proof that…": a finite verb before "that" shows the clause began right after the verb.
    // "said on “Meet the Press” that…": a quoted programme after "on" is where it was said, stepped over like a name.
    const programme = token.kind === 'quote' && tokens[i - 1]?.key === 'on';
    // "manifestó en su cuenta de X que…": after a determiner a verb's spelling is a noun (findVerbs' rule), no verb of its own.
    // "indicó en un mensaje publicado en su cuenta de X que…": a Spanish participle with no auxiliary before it describes
    // the noun before it, as an adjective does (findVerbs reads no cue there either).
    const adjectival = token.verb !== undefined && !token.verb.english && SPANISH_PARTICIPLE.test(token.key) && !AUXILIARIES.has(tokens[i - 1]?.key ?? '');
    const speechVerb = isSpeechVerbToken(token) && !DETERMINERS.has(tokens[i - 1]?.key ?? '') && !adjectival;
    if ((token.kind === 'quote' && !programme) || isPunct(token, '.;:!?') || speechVerb || (use.verb.english && ENGLISH_FINITE.has(token.key))) break;
    // "recalcó, además, que…", "sostuvo, por su parte, que…": an aside of adverbs between the verb and its "que" is stepped over.
    // "told a news conference in Tbilisi, the Georgian capital, that…": an apposition set off right before the "that" too.
    const firstAside: number = token.text === ',' ? Math.max(skipAdverbs(tokens, i + 1), use.verb.english ? i : adjunctEnd(tokens, i + 1), appositionEnd(tokens, i + 1)) : i;
    // "indicó, a través de su presidente, Mario Reyes, que…": the representative's name set off after the adjunct, too.
    const representative: number = firstAside > i + 1 && isPunct(tokens[firstAside], ',') && !COMPLEMENTISERS.has(tokens[firstAside + 1]?.key ?? '') ? appositionEnd(tokens, firstAside + 1) : firstAside;
    const aside = representative > firstAside + 1 && COMPLEMENTISERS.has(tokens[representative + 1]?.key ?? '') ? representative : firstAside;
    // "insistió, ya fuera de la sala, en que…": the verb's own preposition may come between the aside and its "que".
    const governed = ['en', 'de'].includes(tokens[aside + 1]?.key ?? '') && COMPLEMENTISERS.has(tokens[aside + 2]?.key ?? '') ? aside + 1 : aside;
    if (aside > i + 1 && tokens[aside]?.text === ',' && COMPLEMENTISERS.has(tokens[governed + 1]?.key ?? '')) {
      i = governed;
      continue;
    }
    if (token.text === ',' && !COMPLEMENTISERS.has(tokens[i + 1]?.key ?? '') && !skip.some(([from]) => from === i + 1)) break;
    // A name counts once, articles and prepositions not at all: "expuso a la Dirección General de Centros Penales en 2021 que".
    const name = nameEnd(tokens, i);
    if (name > i + 1) i = name - 1;
    const closedWord = SKIPPABLE.has(token.key) || DETERMINERS.has(token.key) || PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key);
    if (token.kind === 'word' && !closedWord && ++objectTokens > MAX_OBJECT_TOKENS) break;
  }
  if (use.inverted) return undefined;
  const next = tokens[afterVerb];
  if (!next || next.kind === 'punct') return undefined;
  if (pronounObject(tokens, use)) return undefined;
  if (use.verb.frame === 'complement') return use.verb.judging && !givesReason(tokens, afterVerb, tokens[use.last]!.key) ? undefined : afterVerb;
  // English drops "that": "said the mayor had spoken…", "told reporters the plan…" (after whom it was told).
  // "warned of “…”": a preposition opens an object, not a clause ("a" is English's article here: "said a deal was near").
  // "said on Thursday the government would…": a time phrase after the verb comes before the clause it reports.
  const timed = use.verb.english ? afterTime(tokens, afterVerb) : afterVerb;
  const first = tokens[timed] ?? next;
  const preposition = PHRASE_PREPOSITIONS.has(first.key) && !INDEFINITE_DETERMINERS.has(first.key);
  // "Explaining the plan, Lane said…": a gerund opening the sentence is an adjunct, whose object is no clause.
  const adjunct = use.first === 0 && isLoneGerund(tokens, use);
  if (use.verb.english && !use.verb.needsThat && !adjunct && !preposition && !NAME_PREPOSITIONS.has(first.key) && !SKIPPABLE.has(first.key)) {
    const start = TELLING.has(tokens[use.last]!.key) ? addresseeEnd(tokens, afterVerb) : timed;
    // "explaining why he won't release…": a question word opens an embedded question, whose answer nobody gave.
    if (EMBEDDED_QUESTION_WORDS.has(tokens[start]?.key ?? '')) return undefined;
    if (isObjectToRecipient(tokens, start)) return undefined;
    if (tokens[start]?.kind === 'quote') return start;
    // "claimed responsibility for the attack", "announced the meeting between X and Y when they met", "admitted as much":
    // a that-less clause has a finite verb; a phrase without one is the verb's object, the thing announced or admitted.
    return tokens[start]?.kind === 'word' && hasFiniteVerb(tokens, start) ? start : undefined;
  }
  // Spanish "dijo" without "que" reports only an infinitive: "dijo haber puesto…", "aseguró no ver irregularidades"; a
  // Portuguese one takes its clitic before it ("ponderou não se tratar de…").
  const negated = NEGATIONS.has(next.key) ? afterVerb + 1 : afterVerb;
  const infinitive = tokens[negated]?.key === 'se' ? tokens[negated + 1] : tokens[negated];
  const closedWord = (token: Token) => DETERMINERS.has(token.key) || SKIPPABLE.has(token.key) || PHRASE_PREPOSITIONS.has(token.key);
  const isInfinitive = (token: Token | undefined) => token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && /(?:ar|er|ir)(?:se|lo|la|le)?$/.test(token.key) && !closedWord(token);
  // "el Gobierno evalúa declarar la emergencia", "considera ampliar el subsidio": a verb of assessment with an infinitive
  // tells of a plan under study ("consideró necesario ampliar…" still judges, below). A request's bare infinitive is
  // what its subject wants done to itself ("solicitaron no ser identificados"), no words of theirs.
  if (ASKING_FOR_ONESELF.test(tokens[use.last]!.key)) return undefined;
  if (isInfinitive(infinitive) && !ASSESSING.test(tokens[use.last]!.key) && !DECIDING.test(tokens[use.last]!.key)) return afterVerb;
  // "consideró necesario ampliar la medida": an adjective and the infinitive it judges.
  if (next.kind === 'word' && /^\p{Ll}/u.test(next.text) && /[oe]$/.test(next.key) && !closedWord(next) && isInfinitive(tokens[afterVerb + 1])) return afterVerb;
  return undefined;
}

/** Spanish verbs of request and order (folded stems of the lexicon's forms): "exigió", "instó", "recomendó", "rogó". */
const REQUESTING = /^(?:exig|solicit|reclam|inst|rog|rueg|recom[ei]nd|aconsej|pid|pide)/u;


/**
 * Where what a Spanish request or order asks for starts when it is an infinitive after whom it is asked of ("pidió a la
 * ciudadanía no acercarse…", "instó al Gobierno a aprobar…", "recomendó a los vecinos usar…"): the infinitive, or the
 * "no" before it; undefined for other verbs, or when no "a"/"al" and at most MAX_RECIPIENT_WORDS words lead to one.
 */
function requestedInfinitive(tokens: Token[], use: VerbUse): number | undefined {
  if (use.verb === 'source' || use.verb.english || !REQUESTING.test(tokens[use.last]!.key)) return undefined;
  const recipient = skipAdverbs(tokens, use.last + 1);
  if (!['a', 'al'].includes(tokens[recipient]?.key ?? '')) return undefined;
  const infinitive = (at: number) => /^\p{Ll}/u.test(tokens[at]?.text ?? '') && /(?:ar|er|ir)(?:se|lo|la|le|los|las)?$/u.test(tokens[at]!.key) && !DETERMINERS.has(tokens[at]!.key) && !PHRASE_PREPOSITIONS.has(tokens[at]!.key);
  // "instó a debatir…": the verb's own "a" with no one named before the infinitive.
  if (tokens[recipient]!.key === 'a' && infinitive(recipient + 1)) return recipient + 1;
  for (let i = recipient + 1; i < tokens.length && i - recipient <= MAX_RECIPIENT_WORDS + 1; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return undefined;
    // "instó al Gobierno a aprobar": the "a" before the infinitive belongs to the verb, not to what is asked.
    if (i > recipient + 1 && (NEGATIONS.has(token.key) || token.key === 'a') && infinitive(i + 1)) return token.key === 'a' ? i + 1 : i;
    if (i > recipient + 1 && infinitive(i)) return i;
  }
  return undefined;
}

/** Spanish verbs of assessment (folded stems): with a bare infinitive they tell of a plan under study, not of words. */
const ASSESSING = /^(?:consider|estim|calcul|evalu|analiz)/u;

/**
 * Verbs of decision (folded stems): "resolvió archivar la causa", "dictaminó reabrir el caso" tell of what was decided,
 * not of words; only their "que" clause reports the finding.
 */
const DECIDING = /^(?:resolv|resuel|dictamin)/u;

/** Verbs of telling or describing (folded stems) whose "cómo"/"how" clause is what they tell ("relata cómo…", "describes how…"). */
const TELLING_HOW = /^(?:cont|cuent|relat|narr|explic|detall|describ|recount|explain|detail)/u;

/** Words after "how" that make it a question of degree ("how much", "how long"), no manner told. */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['much', 'many', 'long', 'often', 'far', 'big', 'soon']);

/**
 * Where the manner clause a verb of telling or describing reports starts, right after its "cómo" or "how" ("El informe
 * cuenta cómo los guardias retenían…", "The audit describes how the agency paid…"): its subject tells that it happened so.
 * Only the accented interrogative "cómo" ("explicó como portavoz" is a role), and no "how much"; undefined otherwise.
 */
function mannerClauseStart(tokens: Token[], use: VerbUse): number | undefined {
  if (use.verb === 'source' || use.verb.frame === 'question' || !TELLING_HOW.test(tokens[use.last]!.key)) return undefined;
  const how = tokens[use.last + 1];
  const opens = how?.text.toLowerCase() === 'cómo' || (how?.key === 'how' && !DEGREE_WORDS.has(tokens[use.last + 2]?.key ?? ''));
  return opens && tokens[use.last + 2]?.kind === 'word' ? use.last + 2 : undefined;
}

/** Verbs of doubt (folded stems) whose "si"/"whether" clause is a reported question ("cuestionó si…", "questioned whether…"). */
const DOUBTING = /^(?:cuestion|question)/u;

/** Words that open a yes-no question: after a verb of doubt only these do ("questioned if" is rare and "if" opens conditions). */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['si', 'whether']);

/** Accusative clitics before a Spanish verb ("lo negó"), folded. */
const ACCUSATIVE_CLITICS: ReadonlySet<string> = new Set(['lo', 'la', 'los', 'las']);

/** English pronouns for a thing said before, as the object of a verb ("denied it", "rejected this"). */
const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them']);

/**
 * Whether the verb's object is a pronoun for something said before, with no infinitive or clause after it: "lo negó de
 * forma tajante", "lo ha desmentido", "denied it flatly", "rejected this on Monday" (not "denied it was a mistake", where
 * "it" opens a clause). Such a verb reports nothing of its own; a quotation after it is read apart.
 */
function pronounObject(tokens: Token[], use: VerbUse): boolean {
  if (use.verb === 'source') return false;
  const after = tokens[use.last + 1];
  if (use.verb.english) return THING_PRONOUNS.has(after?.key ?? '') && !hasFiniteVerb(tokens, use.last + 2) && !/ing$/.test(tokens[use.last + 2]?.key ?? '');
  const clitic = tokens.slice(use.first, use.last).some((token) => ACCUSATIVE_CLITICS.has(token.key)) || ACCUSATIVE_CLITICS.has(tokens[use.first - 1]?.key ?? '');
  return clitic && !/(?:ar|er|ir)$/u.test(after?.key ?? '');
}

/**
 * Just past the time words at `from` ("on Thursday", "last week", "today"), when they end in one that is no preposition;
 * `from` when there are none, or they end in one ("on television": a place, not a time).
 */
function afterTime(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.kind === 'word' && SKIPPABLE.has(tokens[i]!.key)) i++;
  return i > from && !PHRASE_PREPOSITIONS.has(tokens[i - 1]!.key) ? i : from;
}

/** Prepositions of a reason after a verb of praise or blame and its object ("alabó a Rusia por…", "criticized X for…", "elogiou pelo…"). Folded. */
const REASON_PREPOSITIONS = new Set(['por', 'for', 'pelo', 'pela', 'pelos', 'pelas']);

/** The preposition of the charge after an English accusation's object ("accused Japan of dragging out…"). */
const CHARGE_PREPOSITION = 'of';

/**
 * Whether a reason follows the object of a verb of praise or blame at `from`, within MAX_OBJECT_TOKENS words and before
 * any punctuation; for "accuse" (folded form `verb`), its charge ("accused Japan of…"): "accused five publishers, also
 * including…" names whom, and what it says of them is out of reach.
 */
function givesReason(tokens: Token[], from: number, verb: string): boolean {
  const reason = (key: string) => (verb.startsWith('accus') ? key === CHARGE_PREPOSITION : REASON_PREPOSITIONS.has(key));
  for (let i = from; i < tokens.length && i - from <= MAX_OBJECT_TOKENS && tokens[i]!.kind === 'word'; i++) if (reason(tokens[i]!.key)) return true;
  return false;
}

/**
 * What a word after a verb of saying tells of its object: true for a lower-case noun before any preposition, after an
 * article or bare in the plural ("las razones", "detalles"); false for a preposition, a name, a number or another bare
 * word ("a los periodistas", "en un comunicado", Portuguese "nesta terça"); undefined for an article, a time word or an
 * adverb, which may come before either ("el martes en una entrevista").
 */
function objectKind(token: Token, previous: Token | undefined): boolean | undefined {
  if (token.kind !== 'word') return token.text === ',' ? undefined : false;
  // Spanish "a" is a preposition ("dijo a los periodistas"), before it is read as English's article.
  if (PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key) || CHANNEL_PREPOSITIONS.has(token.key) || TIME_ADJUNCT_HEADS.has(token.key)) return false;
  if (DETERMINERS.has(token.key) || SKIPPABLE.has(token.key) || TIME_NOUNS.has(token.key) || isAdverb(token)) return undefined;
  return /^\p{Ll}/u.test(token.text) && (DETERMINERS.has(previous?.key ?? '') || /s$/.test(token.key));
}

/**
 * Whether the words from `from` to the comma at `comma` are a Spanish verb's object noun phrase with only adjuncts around
 * it ("en el pleno el plan de reagrupamiento", "ayer el nuevo presupuesto"): no comma or quotation among them, a lower-case
 * noun before the comma, and an article or possessive that no preposition governs opening a noun that tells no time ("a
 * los periodistas", "en rueda de prensa", "este martes" are none).
 */
function relativeAfterObject(tokens: Token[], from: number, comma: number): boolean {
  const words = tokens.slice(from, comma);
  if (words.some((token) => token.kind !== 'word') || !isObjectNoun(tokens[comma - 1])) return false;
  const governed = (at: number) => at > from && [PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, CHANNEL_PREPOSITIONS, DATIVES].some((words) => words.has(tokens[at - 1]!.key));
  const timeWord = (token: Token) => TIME_NOUNS.has(token.key) || CALENDAR_NOUNS.has(token.key);
  return words.some((token, k) => DETERMINERS.has(token.key) && token.key !== 'lo' && !governed(from + k) && isObjectNoun(tokens[from + k + 1]) && !timeWord(tokens[from + k + 1]!));
}

/** Spanish nouns of the calendar (folded) that make a determiner's phrase a time adjunct ("este martes", "la semana pasada"). */
const CALENDAR_NOUNS: ReadonlySet<string> = new Set(['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'semana', 'mes', 'ano', 'fin', 'tarde']);

/** Spanish prepositions of whom something is said or given to, folded: "a los periodistas", "al juez". */
const DATIVES: ReadonlySet<string> = new Set(['a', 'al']);

/** Whether a token can be the noun a relative "que" follows: a lower-case word that is no adverb ("situación", not "atrás"). */
function isObjectNoun(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && !SKIPPABLE.has(token.key) && !isAdverb(token) && !PHRASE_PREPOSITIONS.has(token.key) && !NAME_PREPOSITIONS.has(token.key);
}

/** The forms of English "say", which never take a noun object before the clause they report. */
const SAY_FORMS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying']);

/** Adverbs in -mente and of time that end a phrase before "que" ("sostuvo reiteradamente que", "dijo días atrás que"). */
function isAdverb(token: Token): boolean {
  return /mente$/.test(token.key) || TIME_ADVERBS.has(token.key) || TIME_NOUNS.has(token.key);
}

/** Words that show an English clause's finite verb: auxiliaries, modals and forms of "be" ("the road to the airport would close"). */
const ENGLISH_FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);

/** English subject pronouns: a that-less clause that opens with one has its finite verb next ("said he would…", "said it believes…"). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);

/** Words that end the main clause of a that-less report: a subordinate or relative clause's verb is not its own ("…the meeting when they met"). */
const CLAUSE_STOPS = new Set([...ADVERBIAL_SUBORDINATORS, 'because', 'if', 'until', 'unless']);

/** Word classes that never head a clause's verb. */
const CLOSED_WORDS = [DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, COORDINATORS, SKIPPABLE];

/** Common irregular English past tenses (not participles that are also adjectives): a clause's finite verb without "-ed". */
const IRREGULAR_PASTS = new Set(['went', 'took', 'gave', 'came', 'knew', 'saw', 'thought', 'began', 'became', 'ran', 'won', 'fell', 'grew', 'drew', 'wrote', 'spoke', 'broke', 'chose', 'rose', 'drove', 'flew', 'threw', 'ate', 'stood', 'meant', 'shut']);

/**
 * Whether the words from `from` to the sentence's next stop or subordinator hold a finite verb or a quotation, as a
 * that-less clause after an English verb of saying does ("said the plan makes sense", "said the army took the town",
 * "told reporters it's over"): an auxiliary or modal, a contraction, an "-ed" or common irregular past, a subject
 * pronoun or a gerund opening it, an infinitive after "to", or an "-s" form right after a name or after an article and one noun ("the plan makes").
 */
function hasFiniteVerb(tokens: Token[], from: number): boolean {
  // "admitted killing 16 civilians": a gerund reports the act admitted or denied as a clause would.
  if (SUBJECT_PRONOUNS.has(tokens[from]?.key ?? '') || /ing$/.test(tokens[from]?.key ?? '')) return true;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "said the “hard-line decision” was taken", "told “CBS This Morning” co-host Gayle King, “…”": a quotation is
    // what was said, or part of it.
    if (token.kind === 'quote') return true;
    if (isPunct(token, '.;:!?') || (i > from && CLAUSE_STOPS.has(token.key))) return false;
    if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text)) continue;
    const key = token.key;
    if (ENGLISH_FINITE.has(key) || /['’](?:s|ll|re|ve|d|m)$|n['’]t$/.test(key) || IRREGULAR_PASTS.has(key) || (/ed$/.test(key) && key.length > 4)) return true;
    // "warned jurors not to read…", "urged residents to leave": an infinitive after the object reports the request.
    if (key === 'to' && isBareVerb(tokens[i + 1])) return true;
    const previous = tokens[i - 1];
    const afterNoun = (previous && /^\p{Lu}/u.test(previous.text) && i > from) || (i - from === 2 && DETERMINERS.has(tokens[from]!.key) && !/s$/.test(previous?.key ?? ''));
    if (/[^su]s$/.test(key) && afterNoun) return true;
    // "said protests show the need…", "said children fare worse…", "says the beds fill by seven": a bare present after a
    // plural noun that opens the clause, alone or after its determiner.
    const plural = (word: Token) => (IRREGULAR_PLURALS.has(word.key) || (word.key.length > 3 && /[^s]s$/.test(word.key))) && /^\p{Ll}/u.test(word.text) && !CLOSED_WORDS.some((words) => words.has(word.key));
    const opensClause = i - from === 1 || (i - from === 2 && DETERMINERS.has(tokens[from]!.key));
    if (opensClause && plural(previous!) && !/s$/.test(key) && !CLOSED_WORDS.some((words) => words.has(key))) return true;
  }
  return false;
}

/** Whether a token after "to" reads as an infinitive: a lower-case word that is no article or plural noun ("to read", not "to the", "to journalists"). */
function isBareVerb(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && !DETERMINERS.has(token.key) && !OBJECT_PRONOUNS.has(token.key) && !/[^s]s$/.test(token.key);
}

/** Object pronouns, which a recipient after "to" may be ("confirmed the arrest to them"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** Words a noun phrase object may have before the "to" of its recipient ("the damage to", "the whole incident to"). */
const MAX_OBJECT_WORDS = 4;

/**
 * Whether the words at `from` after an English verb of saying are its noun-phrase object and the recipient "to" gives it,
 * with no finite verb after them ("reported the incident to the police on Monday", "confirmed the arrest to reporters",
 * "explained the plan to the residents"): the thing reported, not what was said. A clause goes on with a finite verb
 * after the phrase ("said the road to the airport would close", "said the visit to Paris was cancelled").
 */
function isObjectToRecipient(tokens: Token[], from: number): boolean {
  if (!DETERMINERS.has(tokens[from]?.key ?? '')) return false;
  let to = from + 1;
  for (; to < tokens.length && tokens[to]!.kind === 'word' && tokens[to]!.key !== 'to'; to++) {
    if (ENGLISH_FINITE.has(tokens[to]!.key) || to - from > MAX_OBJECT_WORDS) return false;
  }
  const recipient = tokens[to + 1];
  if (tokens[to]?.key !== 'to' || recipient?.kind !== 'word') return false;
  // "said the attacks amounted to a declaration of war": a past tense right before "to" is the clause's verb ("amounted to",
  // "pointed to"); a participle as an adjective comes before its noun ("the planned cuts to…").
  const before = tokens[to - 1]!;
  if (to - from >= 2 && (/^\p{Ll}{3,}ed$/u.test(before.text) || IRREGULAR_PASTS.has(before.key))) return false;
  // A plural noun, not an infinitive ("to reporters", not "to discuss"); a determiner, a pronoun or a name.
  const isRecipient = DETERMINERS.has(recipient.key) || OBJECT_PRONOUNS.has(recipient.key) || /^\p{Lu}/u.test(recipient.text) || /[^s]s$/.test(recipient.key);
  if (!isRecipient) return false;
  for (let i = to + 2; i < tokens.length && tokens[i]!.kind === 'word'; i++) if (ENGLISH_FINITE.has(tokens[i]!.key) || /^\p{Ll}+ed$/u.test(tokens[i]!.text)) return false;
  return true;
}

/**
 * Just past the addressee at `from`: an article and one word, or a name ("reporters", "the BBC", "Fox News"), with the
 * programme noun a medium's name holds after it ("NBC News' Today show", "CNN’s Newsroom program": the show told).
 */
function addresseeEnd(tokens: Token[], from: number): number {
  let i = from;
  if (DETERMINERS.has(tokens[i]?.key ?? '')) i++;
  const name = nameEnd(tokens, i);
  if (name === i) return i + 1;
  return programmeEnd(tokens, i) ?? name;
}

/** Where a reported clause that starts at `from` ends (exclusive token index). */
export function complementEnd(text: string, sentence: Sentence, from: number, relative: boolean): number {
  const { tokens } = sentence;
  // "que, debido a las amenazas, está a salvo": a comma right after "que" opens an aside the next comma closes.
  let aside = isPunct(tokens[from - 1], ',') && COMPLEMENTISERS.has(tokens[from - 2]?.key ?? '');
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isPunct(token, ';:.!?') && !isAcronymDot(tokens, i)) return i;
    if (i > from && readChannel(sentence, text, i, tokens.length)) return i;
    // "negó haber bloqueado el acuerdo y acusó a …", "negó que hubiera recortes pero admitió que…", "denied any wrongdoing
    // but admitted that…": the second verb starts a statement of its own.
    if ((COORDINATORS.has(token.key) || CLAUSE_BREAKERS.has(token.key)) && startsSpeechVerb(tokens, i + 1)) return i;
    // "…caused by “a rare combination of heat and wind,” adding that…": a quotation holding its comma ends the
    // clause as a comma would, the quotation kept.
    if (token.kind === 'quote' && QUOTE_ENDS_WITH_COMMA.test(token.text) && i + 1 < tokens.length && segmentHasSpeechVerb(tokens, i + 1)) return i + 1;
    if (token.text !== ',') continue;
    // "en el caso del Partido, de la UJC y de las organizaciones de masas, «…»": a list of complements goes on; so does a
    // list of items ("serán Iztapalapa, Tláhuac, … y Magdalena Contreras."), even after a relative.
    if (listedComplement(tokens, i)) continue;
    // The comma after the list's last item is read as any other (", y que…" goes on, ", firmó…" ends it).
    const listed = listEnd(tokens, i);
    if (listed !== undefined && tokens[listed]?.text === ',') i = listed - 1;
    else if (listed !== undefined) return listed;
    if (listed !== undefined) continue;
    // "…, quien enfatizó que en el caso del Partido, «…».": a quotation closing the sentence after the comma is what the relative's verb reports.
    const closingQuotation = tokens[i + 1]?.kind === 'quote' && tokens.slice(i + 2).every((after) => after.kind === 'punct');
    if (relative && !closingQuotation) return i;
    if (aside) {
      aside = false;
      continue;
    }
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2]?.key ?? '';
    if (!next) return i;
    // ", pero que …", ", y que …", ", así como …", ", as well as …" carry on what was reported.
    const additive = (next.key === 'asi' && afterNext === 'como') || (next.key === 'as' && afterNext === 'well' && tokens[i + 3]?.key === 'as');
    // ", mas de uma “…”", ", but with…": a contrast of a phrase, not a clause of its own, goes on with what was reported.
    const contrastedPhrase = CLAUSE_BREAKERS.has(next.key) && (NAME_PREPOSITIONS.has(afterNext) || PHRASE_PREPOSITIONS.has(afterNext));
    // ", mientras que …" is a locution of contrast ("whereas"), the narration's, not ", pero que …" going on with the report.
    const joinsReport = additive || contrastedPhrase || COMPLEMENTISERS.has(next.key) || ((CLAUSE_BREAKERS.has(next.key) || COORDINATORS.has(next.key)) && next.key !== 'mientras' && COMPLEMENTISERS.has(afterNext));
    if (joinsReport) continue;
    // "the suspect, a 34-year-old man, was arrested": an apposition set off by commas, after which the clause goes on;
    // so does a name in apposition ("recordó que su mamá, Mirtha Sánchez, siempre decía…").
    const nameApposition = nameEnd(tokens, i + 1);
    const appositionEnd = INDEFINITE_DETERMINERS.has(next.key) ? closingComma(tokens, i + 1) : i > from && nameApposition > i + 1 && isPunct(tokens[nameApposition], ',') ? nameApposition : undefined;
    if (appositionEnd !== undefined) {
      i = appositionEnd;
      continue;
    }
    // "…, hubo dudas, pero prevaleció el acuerdo", "…, but would open in April": a clause that opens with its verb goes on
    // with what was reported; one with a subject of its own, a negation or a verb of saying is the narration's.
    if (CONTINUING_CONNECTORS.has(next.key) && opensWithVerb(tokens, i + 2, ENGLISH_CONNECTORS.has(next.key)) && !segmentHasSpeechVerb(tokens, i + 1)) continue;
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

/** Connectors after a comma whose clause may go on with what was reported (not "mientras"/"while", a contrast of the narration's). */
const CONTINUING_CONNECTORS: ReadonlySet<string> = new Set(['pero', 'aunque', 'y', 'e', 'but', 'although', 'and']);
const ENGLISH_CONNECTORS: ReadonlySet<string> = new Set(['but', 'although', 'and']);

/** English subjects that stand for no person, before the auxiliary of a clause that goes on reporting ("but it could take weeks"). */
const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['it', 'there']);

/**
 * Words that open a clause with a subject of its own or no finite verb first (folded): articles, prepositions, pronouns,
 * quantifiers, negations and subordinators ("pero los vecinos dudan", "pero no dio detalles", "pero nadie respondió").
 */
const NOT_VERB_FIRST = [DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, NEGATIONS, PRONOUNS, PLURAL_PRONOUNS, QUANTIFIERS, INDEFINITE_PRONOUNS, COMPLEMENTISERS, ADVERBIAL_SUBORDINATORS, CLAUSE_BREAKERS];

/**
 * Whether the clause at `from`, after a connector, opens with its finite verb (adverbs stepped over) and so goes on with
 * the clause it is joined to: Spanish, a lower-case word that opens no subject ("prevaleció el acuerdo", "estará abierto",
 * "se construirán", "hay que"); English, an auxiliary or modal, alone or after "it"/"there" ("would open", "it could
 * take"), not negated. A quotation goes on too ("pero «llevará meses»"). A capitalised word is a name, the subject of a
 * clause of its own ("pero Salvat sigue…").
 */
function opensWithVerb(tokens: Token[], from: number, english: boolean): boolean {
  const at = skipAdverbs(tokens, from);
  const first = tokens[at];
  if (first?.kind === 'quote') return true;
  if (first?.kind !== 'word' || !/^\p{Ll}/u.test(first.text) || /^\p{N}/u.test(first.text)) return false;
  if (english) {
    const verb = IMPERSONAL_SUBJECTS.has(first.key) ? at + 1 : at;
    return ENGLISH_FINITE.has(tokens[verb]?.key ?? '') && !NEGATIONS.has(tokens[verb + 1]?.key ?? '');
  }
  return !NOT_VERB_FIRST.some((words) => words.has(first.key));
}

/**
 * Whether the comma at `index` goes on with a list of complements of one preposition: the preposition after it is
 * repeated after a coordinator before the next comma (", de la UJC y de las organizaciones", ", in Lima and in Quito").
 */
function listedComplement(tokens: Token[], index: number): boolean {
  const preposition = tokens[index + 1];
  if (!preposition || !(NAME_PREPOSITIONS.has(preposition.key) || PHRASE_PREPOSITIONS.has(preposition.key))) return false;
  const same = (token: Token | undefined) => token !== undefined && (token.key === preposition.key || (NAME_PREPOSITIONS.has(token.key) && NAME_PREPOSITIONS.has(preposition.key)));
  for (let i = index + 2; i < tokens.length && tokens[i]!.kind === 'word'; i++) if (COORDINATORS.has(tokens[i]!.key) && same(tokens[i + 1])) return true;
  return false;
}

/** Words an item of a list closing a sentence may have ("el del Niño", "Magdalena Contreras", "the Bronx"). */
const MAX_LIST_ITEM_TOKENS = 5;

/** How a list item opens: "name" for a capitalised word, "number" for a figure, else its first word (folded). */
function itemShape(token: Token): string {
  if (/^\p{N}/u.test(token.text)) return 'number';
  return /^\p{Lu}/u.test(token.text) ? 'name' : token.key;
}

/**
 * Where a reported clause that ends with a list of items ends, when the comma at `index` is one of the list's ("que las
 * alcaldías afectadas serán Iztapalapa, Tláhuac, … y Magdalena Contreras.", "son el General, el Civil y el del Niño",
 * "are Dorchester, Mattapan and Hyde Park"): from the comma, items of at most MAX_LIST_ITEM_TOKENS words separated by
 * commas, the last two by a coordinator ("y", "e", "o", "and", "or"), every one opening as the item before the comma does
 * (a capitalised word, a figure, or the same article), none holding a verb of saying; the list ends at the sentence's end
 * or at the comma after its last item. Undefined otherwise: ", firmó el decreto y se fue." opens a clause of its own.
 */
function listEnd(tokens: Token[], index: number): number | undefined {
  const before = tokens[index - 1];
  if (before?.kind !== 'word') return undefined;
  // The item before the comma: back to the word its shape is read from (the article of "el Civil", the name's first word).
  let start = index - 1;
  while (start > 0 && index - start < MAX_LIST_ITEM_TOKENS && tokens[start - 1]!.kind === 'word' && !isSpeechVerbToken(tokens[start - 1]) && !COMPLEMENTISERS.has(tokens[start - 1]!.key) && itemShape(tokens[start]!) !== itemShape(tokens[index + 1] ?? before)) start--;
  const next = tokens[index + 1];
  if (!next || next.kind !== 'word' || itemShape(tokens[start]!) !== itemShape(next)) return undefined;
  const shape = itemShape(next);
  let itemFrom = index + 1;
  let coordinated = false;
  for (let i = index + 1; i <= tokens.length; i++) {
    const token = tokens[i];
    const ends = token === undefined || isPunct(token, ';:.!?');
    if (ends || token.text === ',' || (!coordinated && LIST_COORDINATORS.has(token.key))) {
      if (i === itemFrom || i - itemFrom > MAX_LIST_ITEM_TOKENS) return undefined;
      if (ends || coordinated) return coordinated ? i : undefined;
      if (token.text !== ',') coordinated = true;
      itemFrom = i + 1;
      if (tokens[itemFrom]?.kind !== 'word' || itemShape(tokens[itemFrom]!) !== shape) return undefined;
      continue;
    }
    if (token.kind !== 'word' || isSpeechVerbToken(token) || COMPLEMENTISERS.has(token.key)) return undefined;
  }
  return undefined;
}

/** Words that join a list's last item (folded). */
const LIST_COORDINATORS: ReadonlySet<string> = new Set(['y', 'e', 'o', 'u', 'and', 'or']);

/**
 * Whether the full stop at `index` closes an abbreviation inside the sentence: a dotted acronym ("la Embajada de los
 * Estados Unidos (EE.UU.) hicieron…", "U.S. officials"), an abbreviated month, title or number ("on Feb. 9", "Dr.
 * Ruiz", "No. 5"). It touches the word before it and words follow it, so the sentence splitter (corpus/sentences.ts,
 * which knows abbreviations) did not end the sentence there.
 */
function isAcronymDot(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  return tokens[index]!.text === '.' && before?.kind === 'word' && before.end === tokens[index]!.start && tokens.slice(index + 1).some((token) => token.kind === 'word');
}

/**
 * The comma that closes an apposition opened at `from` ("a 34-year-old man,"), when the reported clause goes on
 * after it with a lower-case word that opens no clause of its own ("was arrested"); undefined otherwise.
 */
function closingComma(tokens: Token[], from: number): number | undefined {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'quote' || isPunct(token, ';:.!?') || isSpeechVerbToken(token) || COMPLEMENTISERS.has(token.key)) return undefined;
    if (token.text !== ',') continue;
    const after = tokens[i + 1];
    const goesOn = after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && ![COORDINATORS, CLAUSE_BREAKERS, SOURCE_MARKERS, INDEFINITE_DETERMINERS, PHRASE_PREPOSITIONS, SKIPPABLE].some((words) => words.has(after.key));
    return goesOn && !segmentHasSpeechVerb(tokens, i + 1) ? i : undefined;
  }
  return undefined;
}

function startsSpeechVerb(tokens: Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && (AUXILIARIES.has(tokens[i]!.key) || SKIPPABLE.has(tokens[i]!.key))) i++;
  return isSpeechVerbToken(tokens[i]);
}

function segmentHasSpeechVerb(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && tokens[i]!.text !== ',' && tokens[i]!.kind !== 'quote'; i++) {
    // "…, está a salvo y sostuvo que…": a verb after "y" opens a clause of its own, which ends this one there.
    const noun = !tokens[i]!.verb?.english && spanishNounUse(tokens, i);
    if (isSpeechVerbToken(tokens[i]) && !noun && !DETERMINERS.has(tokens[i - 1]?.key ?? '') && !COORDINATORS.has(tokens[i - 1]?.key ?? '')) return true;
  }
  return false;
}

/** `to` moved back over trailing punctuation, never before `from`; or past the dot of an initialism ending there ("7 p.m."). */
export function trimEnd(tokens: Token[], from: number, to: number): number {
  if (to > from && tokens[to]?.kind === 'punct' && closesInitialism(tokens, to)) return to + 1;
  let end = to;
  // Units and currency signs belong to the words before them ("un 15 %", "40 €"); a bracket closes an aside the
  // statement opened ("… del país (14.013 millones de dólares)").
  while (end > from && tokens[end - 1]!.kind === 'punct' && !/^[%‰°\p{Sc}]$/u.test(tokens[end - 1]!.text) && !closesOpenBracket(tokens, from, end - 1) && !closesInitialism(tokens, end - 1)) end--;
  return end;
}

/**
 * Whether the token at `at` is the full stop of an initialism written right before it ("7 p.m.", "6 a.m.", "the U.S.",
 * "EE.UU."): the dot is the abbreviation's own, though it ends the sentence too, and a statement keeps it as a unit's.
 */
function closesInitialism(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at]!.text === '.' && before?.kind === 'word' && before.end === tokens[at]!.start && /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(before.text);
}

const OPENING_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

/** Whether the token at `at` closes a bracket opened within [from, at) and not closed there. */
function closesOpenBracket(tokens: Token[], from: number, at: number): boolean {
  const opening = OPENING_OF[tokens[at]!.text];
  if (opening === undefined) return false;
  let open = 0;
  for (let i = from; i < at; i++) {
    if (tokens[i]!.text === opening) open++;
    else if (tokens[i]!.text === tokens[at]!.text) open--;
  }
  return open > 0;
}

