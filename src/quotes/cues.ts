/**
 * Cue verbs in a sentence: verbs of saying ("dijo", "said", "ha afirmado"), impersonal quoting ("se cita a")
 * and source markers ("según", "according to"), told apart from the nouns and names that share their spelling.
 */
import { isPunct, startsLower, type Sentence, type Token } from './tokens.js';
import type { VerbUse } from './reading.js';
import { groupByEach } from '../arrays.js';
import { endsAsQuestion } from '../text/question-mark.js';
import {
  AUXILIARIES, NAME_PREPOSITIONS, BE_FORMS, COMPLEMENTISERS, OBJECT_CLITICS, DETERMINERS, GROUP_NOUNS, IMPERSONAL_QUOTING, COPULAS, EMPHATIC_ADJECTIVES, NEGATING_VERBS, NEGATIONS, PHRASE_PREPOSITIONS, PRONOMINAL_HEADS, STANCE_COMPLETIONS, STANCE_HEADS, PERIPHRASIS_ADJECTIVES, PERIPHRASIS_HEADS, PERIPHRASIS_LINKS, PRONOUNS,
  SOURCE_MARKERS, SPANISH_PARTICIPLE, TITLE_NOUNS, isTitleNoun, nonFiniteSpeechVerb, nounFormVerb, SKIPPABLE, CLAUSE_BREAKERS,
} from './lexicon.js';

/** Every cue verb of the sentence with the token range of its verb group; subjects are resolved later. */
export function findVerbs(sentence: Sentence): Array<Pick<VerbUse, 'first' | 'last' | 'verb'>> {
  const { tokens } = sentence;
  const found: Array<Pick<VerbUse, 'first' | 'last' | 'verb'>> = [];
  const question = askedClauseEnd(tokens);
  const viewpoint = viewpointStart(tokens);
  // A source group read whole ("según fue informado por"): its words are no cue verbs of their own.
  let groupEnd = -1;
  tokens.forEach((token, i) => {
    // "Asked what he thought…, X said": the question put to the speaker states nothing of theirs.
    if (token.kind !== 'word' || i < question || i <= groupEnd) return;
    if (i === viewpoint) {
      found.push({ first: i, last: i, verb: 'source' });
      return;
    }
    // "En palabras del rector, X, «…»", "In the words of the mayor, …": a source marker of three or four words, opening
    // the sentence or set off by a comma inside it or at its end ("La inflación, a juicio del economista X, seguirá…",
    // "…, in the view of economist X.").
    const wordsOf = i === 0 || isPunct(tokens[i - 1], ',') ? wordsOfLength(tokens, i) : 0;
    if (wordsOf) {
      found.push({ first: i, last: i + wordsOf - 1, verb: 'source' });
      return;
    }
    // "«…», fueron las palabras del gobernador X": whose words the quotation before were, as a closing "según X".
    const closingWords = closingWordsOf(tokens, i);
    if (closingWords !== undefined) {
      found.push({ first: i, last: closingWords, verb: 'source' });
      return;
    }
    // "A su juicio, …", "En su opinión, …", "In her view, …": the view of whom the article was quoting; inside the
    // sentence ("…porque, a su juicio, «…»") the view of its subject.
    if ((i === 0 || tokens[i - 1]?.text === ',') && isOwnViewpoint(tokens, i)) {
      found.push({ first: i, last: i + 2, verb: 'source' });
      return;
    }
    // "de acuerdo con X" and its Latin American "de acuerdo a X", the Spanish "according to X": a source marker of three words.
    const agent = SOURCE_MARKERS.has(token.key) || (token.key === 'acuerdo' && tokens[i - 1]?.key === 'de') ? passiveReportAgent(tokens, token.key === 'acuerdo' ? i + 2 : i + 1) ?? recordedIn(tokens, i + 1) : undefined;
    if (agent !== undefined) {
      // "según fue informado por la fiscalía", "de acuerdo con lo informado por la secretaría": the agent is the source.
      found.push({ first: token.key === 'acuerdo' ? i - 1 : i, last: agent, verb: 'source' });
      groupEnd = agent;
      return;
    }
    // "Tal y como consta en el atestado, …", "Como se recoge en la sentencia, …": opening the sentence, as "según" does.
    const recorded = token.key === 'como' && tokens.slice(0, i).every((word) => ['tal', 'y'].includes(word.key)) ? recordedIn(tokens, i + 1) : undefined;
    if (recorded !== undefined) {
      found.push({ first: 0, last: recorded, verb: 'source' });
      groupEnd = recorded;
      return;
    }
    if (token.key === 'acuerdo' && tokens[i - 1]?.key === 'de' && ['con', 'a'].includes(tokens[i + 1]?.key ?? '') && !tokens.slice(i + 2, i + 4).some((t) => isSpeechVerbToken(t))) {
      found.push({ first: i - 1, last: i + 1, verb: 'source' });
      return;
    }
    // "…el ingeniero Pablo Rey, para quien la caída se debe a «…»": the view of the relative's antecedent, as "según el cual".
    if (token.key === 'para' && isPunct(tokens[i - 1], ',') && tokens[i + 1]?.key === 'quien') {
      found.push({ first: i, last: i + 1, verb: 'source' });
      return;
    }
    if (SOURCE_MARKERS.has(token.key)) {
      // "según el cual", "según quien": the marker and its relative pronoun, whose antecedent is the source.
      const relative = RELATIVE_SOURCES.has(tokens[i + 1]?.key ?? '') ? i + 1 : RELATIVE_SOURCES.has(tokens[i + 2]?.key ?? '') && DETERMINERS.has(tokens[i + 1]!.key) ? i + 2 : undefined;
      if (relative !== undefined) {
        found.push({ first: i, last: relative, verb: 'source' });
        return;
      }
      const next = tokens[i + 1]?.key === 'to' ? i + 2 : i + 1;
      // "según ha informado X", "según lo informó X", "según lo dio a conocer X" leave the work to the verb that follows.
      const verb = OBJECT_CLITICS.has(tokens[next]?.key ?? '') ? next + 1 : next;
      if (!tokens.slice(verb, verb + 2).some((t) => isSpeechVerbToken(t) || AUXILIARIES.has(t.key)) && !readLocution(tokens, verb)) found.push({ first: i, last: next - 1, verb: 'source' });
      return;
    }
    const locution = readLocution(tokens, i);
    if (locution) {
      // "has also made clear that…": the auxiliary and the adverbs after it lead the locution as they lead a verb.
      let first = auxiliaryStart(tokens, i);
      while (first > 0 && (AUXILIARIES.has(tokens[first - 1]!.key) || isClitic(tokens, first - 1, token))) first--;
      if (locution.pronominal) first--;
      // "según lo dio a conocer el municipio": the marker belongs to the verb group, as before a verb of saying.
      if (first > 0 && SOURCE_MARKERS.has(tokens[first - 1]!.key)) first--;
      const negated = NEGATIONS.has(tokens[first - 1]?.key ?? '');
      const last = i + locution.length;
      if (!negated || NEGATING_VERBS.has(token.key)) found.push({ first: negated ? negationStart(tokens, first) : first, last, verb: { frame: locution.complement ? 'complement' : 'clause', english: locution.english } });
      return;
    }
    if (IMPERSONAL_QUOTING.has(token.key) && tokens[i - 1]?.key === 'se' && ['a', 'al'].includes(tokens[i + 1]?.key ?? '')) {
      found.push({ first: i - 1, last: i, verb: { frame: 'clause', english: false } });
      return;
    }
    // "Evans claims that…": a form usually a noun is a verb when "that" follows and no determiner precedes it.
    const nounVerb = COMPLEMENTISERS.has(tokens[i + 1]?.key ?? '') && !DETERMINERS.has(tokens[i - 1]?.key ?? '') ? nounFormVerb(token.text) : undefined;
    // "se limitó a decir", "went on to say": the verb of saying leads the group from its periphrasis head.
    const direct = token.verb ?? nounVerb;
    const head = direct || NON_FINITE.test(token.key) ? periphrasisHead(tokens, i) : undefined;
    const verb = direct ?? (head === undefined ? undefined : nonFiniteSpeechVerb(token.text));
    // A capital mid-sentence makes a name ("Omar Said"), not a verb.
    if (!verb || (i > 0 && /^\p{Lu}/u.test(token.text))) return;
    // "tener en cuenta", "se dio cuenta": a Spanish finite form right after a preposition or a form of "dar" is a noun.
    if (!verb.english && spanishNounUse(tokens, i)) return;
    let first = auxiliaryStart(tokens, head ?? i);
    // "le dijo", "les aseguró", "lo calificó de", "se lo dijo": object clitics lead a finite verb. After "lo"/"la" only a
    // preterite, which no noun shares ("la denuncia" is a noun, "la denunció" a verb).
    // Before an auxiliary any object clitic leads the group ("le ha dicho al país que…", "lo ha dicho"): no noun comes
    // between an article and "ha".
    const auxiliary = first < i && AUXILIARIES.has(tokens[first]!.key);
    const floor = auxiliary ? first - 2 : i - 3;
    if (!verb.english && (first === i || auxiliary)) while (first > 0 && first > floor && isClitic(tokens, first - 1, token, auxiliary)) first--;
    // "se refirió a…", "se mostró…", "se limitó a decir", "se preguntó si…": the pronoun of a pronominal verb belongs to its group.
    // So does the "se" of one right after a quotation ("«…», se quejó una vecina").
    const pronominal = first === i && (verb.frame === 'naming' || verb.frame === 'question' || (tokens[i - 2]?.text === ',' && tokens[i - 3]?.kind === 'quote'));
    if (!verb.english && tokens[first - 1]?.key === 'se' && (pronominal || head !== undefined)) first--;
    // "según ha informado la agencia": the marker belongs to the verb group.
    if (first > 0 && SOURCE_MARKERS.has(tokens[first - 1]!.key)) first--;
    // "Como explicó la investigadora X, …", "Tal como anticipó el diario X, …", "As Reuters reported, …": "as" opening
    // the sentence makes the verb a source of what follows, as "según" does.
    first = asOpening(tokens, first) ?? asInside(tokens, first) ?? first;
    // A question verb reports only a question it opens ("preguntó si…", "asked whether…"); "Asked why…, X said" and
    // "When asked about…" are passives whose subject is who answered, and "asked X, “…?”" quotes no statement.
    // "“…?” King asked Scott.", "«¿…?», preguntó la periodista": right after the question it quotes, the verb gives the asker.
    const asks = questionStart(tokens, i + 1, QUESTION_REACH) !== undefined && !(verb.english && (i === 0 || PASSIVE_OPENERS.has(tokens[i - 1]!.key)));
    if (verb.frame === 'question' && !asks && !closesQuotedQuestion(tokens, first)) return;
    const participle = !verb.english && /(?:ado|ido|cho|to)$/.test(token.text.toLowerCase());
    if (participle && first === i) return;
    // "could be announced", "was reported": an English passive says what was done to the words, not who said them.
    if (verb.english && /ed$/.test(token.key) && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.key ?? '')) return;
    // "had written off the district", "called off the strike": a particle makes another verb, not one of saying.
    if (verb.english && PHRASAL_PARTICLES.has(tokens[i + 1]?.key ?? '')) return;
    // "It is worth noting that…", "worth mentioning", "Cabe indicar que…", "Hay que decir que…": the narrator's own remark.
    if ((verb.english && tokens[i - 1]?.key === 'worth') || narratorsRemark(tokens, i)) return;
    const before = tokens[first - 1];
    // "una denuncia", "the report": a determiner makes it a noun (a capitalised one mid-sentence is a name's: "Kim Jong Un
    // calificó"); "no ha confirmado" reports nothing said.
    const determiner = before !== undefined && DETERMINERS.has(before.key) && (first === 1 || !/^\p{Lu}/u.test(before.text));
    // "no descartó que…", "did not deny that…": a denial denied still reports, its negation kept with it.
    const negatedDenial = before !== undefined && NEGATIONS.has(before.key) && tokens.slice(first, i + 1).some((t) => NEGATING_VERBS.has(t.key));
    if (negatedDenial) first = negationStart(tokens, first);
    else if (before && (determiner || NEGATIONS.has(before.key) || (NEGATIONS.has(tokens[first - 2]?.key ?? '') && before.key === 'se'))) return;
    found.push({ first, last: i, verb });
  });
  return found;
}


/** Impersonal heads of an infinitive (folded): "cabe señalar", "vale decir", "conviene recordar", "basta mencionar". */
const IMPERSONAL_HEADS: ReadonlySet<string> = new Set(['cabe', 'cabria', 'vale', 'valdria', 'conviene', 'convendria', 'importa', 'basta', 'resta']);
/** Forms of "haber" that make "hay que decir" impersonal (folded). */
const IMPERSONAL_HABER: ReadonlySet<string> = new Set(['hay', 'habia', 'habra', 'habria', 'hubo']);
/** Adjectives an impersonal copula gives an infinitive ("es importante destacar", "it is fair to say"), folded. */
const IMPERSONAL_ADJECTIVES: ReadonlySet<string> = new Set(['importante', 'necesario', 'preciso', 'justo', 'oportuno', 'pertinente', 'conveniente', 'menester', 'interesante', 'important', 'fair', 'safe', 'needless', 'necessary', 'interesting']);

/**
 * Whether the infinitive at `index` is the narrator's remark to the reader, which no one in the story says: after an
 * impersonal head ("Cabe indicar que…", "Vale decir que…", "Hay que señalar que…", "Es de destacar que…", "Es importante
 * recordar que…", "It is fair to say that…").
 */
function narratorsRemark(tokens: Token[], index: number): boolean {
  if (!NON_FINITE.test(tokens[index]!.key)) return false;
  const [before, head] = [tokens[index - 1]?.key ?? '', tokens[index - 2]?.key ?? ''];
  if (IMPERSONAL_HEADS.has(before)) return true;
  if (before === 'que') return IMPERSONAL_HABER.has(head);
  if (before === 'de') return COPULAS.includes(head);
  return IMPERSONAL_ADJECTIVES.has(before === 'to' ? head : before);
}

/** English auxiliaries that carry a negation ("did not deny", "has not ruled out"). */
const NEGATED_AUXILIARIES = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'could']);

/** Where a verb group starting at `first` begins once the negation before it is taken in ("no descartó", "did not rule out"). */
function negationStart(tokens: Token[], first: number): number {
  const negation = first - 1;
  return NEGATED_AUXILIARIES.has(tokens[negation - 1]?.key ?? '') ? negation - 1 : negation;
}

/** English particles that turn a verb of saying into a phrasal verb of another meaning ("write off", "call off", "talk down"). */
const PHRASAL_PARTICLES = new Set(['off', 'down', 'away', 'up']);

/** Adverbs of time and manner that English sets between an auxiliary and its participle without a comma ("has long argued", "have already said"). */
const INSERTED_ADVERBS = new Set(['long', 'already', 'also', 'since', 'often', 'always', 'ever', 'just', 'once', 'still', 'yet']);

/** Whether a token is an adverb that may stand between an auxiliary and its verb: a -ly or -mente adverb or one of INSERTED_ADVERBS. */
function isInsertedAdverb(token: Token): boolean {
  return token.kind === 'word' && startsLower(token.text) && (INSERTED_ADVERBS.has(token.key) || /(?:ly|mente)$/u.test(token.key));
}

/**
 * Where a verb group whose verb (or periphrasis head) is at `from` begins once the auxiliaries before it are taken in, with
 * the adverbs English sets between an auxiliary and its participle ("have long argued", "has repeatedly said", "has also
 * made clear"); `from` when no auxiliary precedes it.
 */
function auxiliaryStart(tokens: Token[], from: number): number {
  let first = from;
  for (;;) {
    let j = first;
    while (j > 0 && isInsertedAdverb(tokens[j - 1]!)) j--;
    if (j === 0 || !AUXILIARIES.has(tokens[j - 1]!.key)) return first;
    first = j - 1;
  }
}

/** Spanish preterite and irregular past forms of the third person ("calificó", "dijeron", "sostuvo"), never nouns. */
const PRETERITE = /(?:ó|aron|ieron|eron|jo|uvo|uso|^dio)$/u;

/**
 * Whether the token at `index` is an object clitic of the verb `verb` ("le", "les", "se" before another clitic; "lo"/"la"
 * before a preterite, or before the auxiliary of a compound tense, `auxiliary`: "la ha dicho").
 */
function isClitic(tokens: Token[], index: number, verb: Token, auxiliary = false): boolean {
  const token = tokens[index]!;
  // "Lo dijo el alcalde: «…»": opening the sentence, the clitic is capitalised.
  if (token.kind !== 'word' || !(startsLower(token.text) || index === 0)) return false;
  if (token.key === 'se') return OBJECT_CLITICS.has(tokens[index + 1]?.key ?? '');
  if (!OBJECT_CLITICS.has(token.key)) return false;
  return !DETERMINERS.has(token.key) || auxiliary || PRETERITE.test(verb.text.toLowerCase());
}

/** Words a subject may have between "as" and "put it" ("as one senior officer put it"). */
const AS_REACH = 5;

/** "Como", "Tal como", "Tal y como", "As" opening a sentence before a verb of saying: a source marker, as "según" is. */
const AS_OPENINGS: ReadonlyArray<readonly string[]> = [['como'], ['tal', 'como'], ['tal', 'y', 'como'], ['as'], ['just', 'as']];

/** The start (0) of an "as" opening that ends right before token `first`; undefined when the sentence opens otherwise. */
export function asOpening(tokens: Token[], first: number): number | undefined {
  return AS_OPENINGS.some((words) => words.length === first && words.every((word, i) => tokens[i]?.key === word)) ? 0 : undefined;
}

/**
 * The start of an "as" marker set off by a comma that ends right before token `first`, the verb's subject after the verb
 * ("…, tal y como ha explicado la portavoz.", "…, como anunció el alcalde."): a source marker closing its sentence, as
 * "según" is; undefined when none.
 */
function asInside(tokens: Token[], first: number): number | undefined {
  const words = AS_OPENINGS.find((opening) => isPunct(tokens[first - opening.length - 1], ',') && opening.every((word, k) => tokens[first - opening.length + k]?.key === word));
  return words && first - words.length;
}

/** Nouns for a view one shares or voices (folded), whose "de que"/"that" clause states it. */
const SHARED_VIEW_NOUNS = {
  es: ['vision', 'opinion', 'criterio', 'conviccion', 'idea', 'postura', 'percepcion', 'preocupacion'],
  en: ['view', 'belief', 'opinion', 'conviction', 'concern', 'hope'],
};

/** What "poner" completes to stress or value something ("puso el acento en", "puso en valor"), folded. */
const STRESSING: ReadonlyArray<readonly string[]> = [['el', 'acento', 'en'], ['acento', 'en'], ['el', 'enfasis', 'en'], ['enfasis', 'en'], ['en', 'valor']];

/**
 * Verbal locutions of saying, as a head verb and the words completing it (Spanish reference grammar's "dejar claro",
 * "poner de manifiesto", "hacer hincapié en", "dar a conocer"; English "make (it) clear", "point out"): the group
 * reports a clause as one verb of saying does. Heads are third-person forms; completions folded.
 */
const LOCUTIONS: ReadonlyArray<{ heads: ReadonlySet<string>; completions: ReadonlyArray<readonly string[]>; english: boolean; pronominal?: boolean; afterAs?: boolean; afterQuote?: boolean; complement?: boolean }> = [
  // Heads include the subjunctive ("después de que X diera a conocer que…", "dejara claro que…").
  // "dejaron trascender que…", "dejó entrever que…": letting it be known or hinted is saying it.
  { heads: new Set(['dejo', 'dejaron', 'deja', 'dejan', 'dejaba', 'dejado', 'dejara', 'dejaran', 'dejase', 'dejasen', 'deje', 'dejen']), completions: [['claro'], ['en', 'claro'], ['muy', 'claro'], ['trascender'], ['entrever']], english: false },
  // Stressing or valuing something (Spanish reference grammar's support-verb constructions "hacer hincapié en", "poner el
  // acento en", "poner en valor") and putting a figure on it ("cifró en 40 millones el coste"): in the preterite or perfect
  // they are reported with a noun-phrase object, as "exigió una auditoría" is; in the present ("la empresa pone en valor sus
  // vinos") they narrate, and report only a "que" clause (the entries after these).
  { heads: new Set(['puso', 'pusieron', 'puesto']), completions: STRESSING, english: false, complement: true },
  { heads: new Set(['hizo', 'hicieron', 'hecho']), completions: [['hincapie', 'en'], ['enfasis', 'en']], english: false, complement: true },
  { heads: new Set(['cifro', 'cifraron', 'cifrado']), completions: [['en']], english: false, complement: true },
  { heads: new Set(['puso', 'pusieron', 'pone', 'ponen', 'puesto', 'pusiera', 'pusieran', 'pusiese', 'ponga', 'pongan']), completions: [['de', 'manifiesto'], ['de', 'relieve'], ...STRESSING], english: false },
  { heads: new Set(['hizo', 'hicieron', 'hace', 'hacen', 'hecho', 'hiciera', 'hicieran', 'hiciese', 'haga', 'hagan']), completions: [['hincapie', 'en'], ['enfasis', 'en'], ['saber'], ['notar']], english: false },
  { heads: new Set(['dio', 'dieron', 'da', 'dan', 'dado', 'diera', 'dieran', 'diese', 'diesen', 'den']), completions: [['a', 'conocer'], ['a', 'entender']], english: false },
  // Sharing or voicing one's view ("compartió su visión de que…", "voiced her belief that…"): the view's content is reported.
  { heads: new Set(['compartio', 'compartieron', 'comparte', 'comparten', 'compartido', 'compartiera', 'compartieran']), completions: SHARED_VIEW_NOUNS.es.map((noun) => ['su', noun, 'de']), english: false },
  { heads: new Set(['shared', 'shares', 'share', 'sharing', 'voiced', 'voices', 'voice', 'voicing']), completions: ['his', 'her', 'their', 'its'].flatMap((possessive) => SHARED_VIEW_NOUNS.en.map((noun) => [possessive, noun])), english: true },
  // Pronominal verbs of saying (Spanish reference grammar's "quejarse de", "lamentarse de", "jactarse de", "mostrarse
  // convencido de"): only with their "se", which leads the group; the clause follows "de que"/"en que".
  { heads: new Set(PRONOMINAL_HEADS), completions: [['de']], english: false, pronominal: true },
  { heads: new Set(STANCE_HEADS), completions: STANCE_COMPLETIONS, english: false, pronominal: true },
  // The same stance with a copula ("está convencido de que…", "fue enfático en que…", "tiene claro que…").
  { heads: new Set(COPULAS), completions: [...STANCE_COMPLETIONS, ...EMPHATIC_ADJECTIVES.map((adjective) => [adjective, 'en'])], english: false },
  { heads: new Set(['tiene', 'tienen', 'tenia', 'tenian', 'tuvo', 'tenido']), completions: [['claro'], ['muy', 'claro']], english: false },
  // English: "was adamant that…", "is convinced that…", "made the case that…" ("it was clear that" is nobody's: left out).
  { heads: new Set(['is', 'are', 'was', 'were', 'been', 'be', 'remains', 'remained']), completions: ['adamant', 'convinced', 'confident', 'insistent', 'emphatic', 'sure'].map((adjective) => [adjective, 'that']), english: true },
  { heads: new Set(['made', 'makes', 'make', 'making']), completions: [['the', 'case', 'that']], english: true },
  { heads: new Set(['made', 'makes', 'make', 'making']), completions: [['clear'], ['it', 'clear']], english: true },
  { heads: new Set(['pointed', 'points', 'point', 'pointing']), completions: [['out']], english: true },
  { heads: new Set(['ruled', 'rules', 'rule', 'ruling']), completions: [['out']], english: true },
  // "called for an independent inquiry": a demand reported with its object, the locution kept; the past only ("the plan
  // calls for 200 homes" is a document's content, no one's words). Not "called on utilities to cut power" (an order the
  // quotes-real gold does not take for words).
  { heads: new Set(['called']), completions: [['for']], english: true, complement: true },
  // "As she put it, “…”", "“…,” as one officer put it.": only after "as" (see readLocution).
  { heads: new Set(['put', 'puts']), completions: [['it']], english: true, afterAs: true },
  // "“…,” she went on.", "“…,” went on Lee": only closing a quotation (see readLocution); "the talks went on" says nothing.
  { heads: new Set(['went', 'goes', 'go']), completions: [['on']], english: true, afterQuote: true },
];

/** LOCUTIONS by head word, each head's in LOCUTIONS' order: a token looks up its own instead of testing every locution. */
const LOCUTIONS_BY_HEAD: ReadonlyMap<string, typeof LOCUTIONS> = groupByEach(LOCUTIONS, (locution) => locution.heads);

/**
 * The verbal locution of saying whose head is at `index`: how many words complete it, its language and whether "se"
 * leads it; undefined when none (a pronominal one without its "se").
 */
function readLocution(tokens: Token[], index: number): { length: number; english: boolean; pronominal: boolean; complement: boolean } | undefined {
  const head = tokens[index]!;
  if (!startsLower(head.text)) return undefined;
  for (const { completions, english, pronominal = false, afterAs = false, afterQuote = false, complement = false } of LOCUTIONS_BY_HEAD.get(head.key) ?? []) {
    const completion = completions.find((words) => words.every((word, k) => tokens[index + 1 + k]?.key === word));
    if (!completion) continue;
    // "as X put it": "as" a few words before the head, and nothing after "it" but punctuation.
    const closed = tokens[index + 1 + completion.length] === undefined || tokens[index + 1 + completion.length]!.kind === 'punct';
    if (afterAs && (!closed || !tokens.slice(Math.max(0, index - AS_REACH), index).some((token) => token.key === 'as'))) continue;
    // "“…,” she went on.": the quotation and its comma, then at most a short subject, before the head.
    if (afterQuote && !closesQuotation(tokens, index, closed)) continue;
    let first = index;
    while (first > 0 && AUXILIARIES.has(tokens[first - 1]!.key)) first--;
    if (!pronominal || tokens[first - 1]?.key === 'se') return { length: completion.length, english, pronominal, complement };
  }
  return undefined;
}

/** Words a verbal locution may have after its head ("dio a conocer", "puso de manifiesto"): the longest completion. */
const MAX_LOCUTION_COMPLETION = Math.max(...LOCUTIONS.flatMap(({ completions }) => completions.map((words) => words.length)));

/**
 * Whether the token at `index` is the last word of a verbal locution of saying ("conocer" in "lo dio a conocer", "saber"
 * in "hizo saber"), after which an inverted subject may follow as after a verb of saying ("según lo dio a conocer el municipio").
 */
export function closesLocution(tokens: Token[], index: number): boolean {
  for (let head = index - 1; head >= Math.max(0, index - MAX_LOCUTION_COMPLETION); head--) {
    if (tokens[head]?.kind === 'word' && readLocution(tokens, head)?.length === index - head) return true;
  }
  return false;
}

/**
 * Whether a locution's head at `index` closes the quotation before it: "“…,” she went on." (the subject between them a
 * pronoun or a few capitalised words, nothing but punctuation after the locution) or "“…,” went on Lee" (the subject
 * after it, then the sentence's end).
 */
function closesQuotation(tokens: Token[], index: number, closed: boolean): boolean {
  let at = index - 1;
  while (at >= index - MAX_ASKER_WORDS && tokens[at]?.kind === 'word' && (PRONOUNS.has(tokens[at]!.key) || /^\p{Lu}/u.test(tokens[at]!.text))) at--;
  const quote = isPunct(tokens[at], ',') ? tokens[at - 1] : tokens[at];
  if (quote?.kind !== 'quote' || (!/[,!?…]\s*["“”»’']*$/u.test(quote.text) && !isPunct(tokens[at], ','))) return false;
  return at < index - 1 ? closed : tokens.slice(index + 2).every((token) => token.kind === 'punct' || /^\p{Lu}/u.test(token.text));
}

/** Participles that open a sentence with the question put to its subject ("Asked what…", "When asked whether…", "Preguntado por…"). */
const ASKED_OPENERS: ReadonlySet<string> = new Set(['asked', 'preguntado', 'preguntada', 'preguntados', 'preguntadas', 'consultado', 'consultada', 'consultados', 'consultadas']);

/** Where the question clause of a sentence opened by "Asked…,"/"When asked…," ends (its comma), or 0 when it opens otherwise. */
function askedClauseEnd(tokens: Token[]): number {
  const opener = PASSIVE_OPENERS.has(tokens[0]?.key ?? '') ? 1 : 0;
  if (!ASKED_OPENERS.has(tokens[opener]?.key ?? '')) return 0;
  const comma = tokens.findIndex((token) => token.text === ',');
  return comma > opener ? comma : 0;
}

/**
 * Whether the Spanish form at `index`, a verb of saying elsewhere, is a noun here: a finite form right after a preposition
 * or a form of "dar" ("tener en cuenta", "se dieron cuenta de que…").
 */
export function spanishNounUse(tokens: Token[], index: number): boolean {
  const previousKey = tokens[index - 1]?.key ?? '';
  return !NON_FINITE.test(tokens[index]!.key) && ((PHRASE_PREPOSITIONS.has(previousKey) && !SOURCE_MARKERS.has(previousKey)) || DAR_FORMS.has(previousKey));
}

/** Forms of "dar" before a noun that shares a verb's spelling ("se dio cuenta de que" is realising, not telling). Folded. */
const DAR_FORMS: ReadonlySet<string> = new Set(['dio', 'dieron', 'da', 'dan', 'daba', 'daban', 'dado', 'dar', 'darse', 'diera']);

/** Words that open a reported question: "si"/"whether"/"if", and interrogatives (Spanish ones by their accent). */
const QUESTION_OPENERS = new Set(['si', 'whether', 'if', 'why', 'how', 'qué', 'cómo', 'cuándo', 'dónde', 'cuál', 'cuáles', 'quién', 'quiénes', 'cuánto', 'cuánta', 'cuántos', 'cuántas']);

/**
 * Where a reported question starts ("preguntó a la ministra si…", "asked reporters whether…", "se preguntó por qué…"):
 * at its opener, kept so the statement reads as a question; within a short object, else undefined.
 */
export function questionStart(tokens: Token[], from: number, reach: number): number | undefined {
  for (let i = from; i < tokens.length && i - from <= reach; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return undefined;
    const word = token.text.toLowerCase();
    if (word === 'por' && tokens[i + 1]?.text.toLowerCase() === 'qué') return i;
    if (QUESTION_OPENERS.has(word)) return i;
  }
  return undefined;
}

/** Words of a subject between a quoted question and its verb ("“…?” King asked", "“…?” she asked"). */
const MAX_ASKER_WORDS = 3;

/** Words of an asker's phrase between a quoted question and its verb ("“…?” a user called Ivan asked"). */
const MAX_ASKER_PHRASE_WORDS = 4;

/**
 * Whether the verb group starting at `first` closes a quoted question, after its comma or dash and an asker of a few
 * words, none a verb of saying ("“What is it…?” King asked Scott.", "“…?” user Ivan asked", "«¿Y ahora qué?», preguntó
 * la periodista", "—¿Cuándo? —preguntó"): the question's words are the asker's.
 */
function closesQuotedQuestion(tokens: Token[], first: number): boolean {
  let at = first - 1;
  while (at >= first - MAX_ASKER_PHRASE_WORDS && tokens[at]?.kind === 'word' && tokens[at]!.verb === undefined) at--;
  if (isPunct(tokens[at], ',—–')) at--;
  const quote = tokens[at];
  // A line of dialogue keeps the dash that sets off the verb ("—¿Cuándo? —").
  return quote?.kind === 'quote' && endsAsQuestion(quote.text.replace(/\s*[—–]$/u, ''));
}

/** Words between a question verb and its question's opener ("asked the minister whether"). */
const QUESTION_REACH = 5;

/** Words after which an English "asked" is a passive participle ("When asked whether…", "if asked"). */
const PASSIVE_OPENERS: ReadonlySet<string> = new Set(['when', 'if', 'once', 'after', 'before', 'while', 'as']);

/** Heads that lead a verb of saying only when negated ("no dudó en afirmar", "no vaciló en señalar", "did not hesitate to say"). Folded. */
const NEGATED_PERIPHRASIS_HEADS: ReadonlySet<string> = new Set(['dudo', 'dudaron', 'duda', 'dudan', 'vacilo', 'vacilaron', 'hesitate', 'hesitated']);

/** "took to", "turned to": an English head that names where the words were posted before "to" and the verb. */
const PLATFORM_HEADS: ReadonlySet<string> = new Set(['took', 'takes', 'take', 'taking', 'turned', 'turns']);

/** Words a platform may have in "took to social media to say", "took to X to write". */
const MAX_PLATFORM_WORDS = 3;

/** Index of "took" in "took to Twitter to say" whose verb of saying is at `index`, or undefined. */
function platformHead(tokens: Token[], index: number): number | undefined {
  if (tokens[index - 1]?.key !== 'to') return undefined;
  for (let j = index - 2; j >= 0 && index - 2 - j < MAX_PLATFORM_WORDS; j--) {
    const token = tokens[j]!;
    if (token.kind !== 'word') return undefined;
    if (token.key === 'to' && PLATFORM_HEADS.has(tokens[j - 1]?.key ?? '') && startsLower(tokens[j - 1]!.text)) return j - 1;
  }
  return undefined;
}

/** A verb form a periphrasis leads: an infinitive or gerund ("decir", "reconociendo", "adding"), or any form after "to". */
const NON_FINITE = /(?:ar|er|ir|ando|iendo|ing)$/u;

/**
 * Index of the head of the periphrasis that leads the verb at `index` ("limitó" in "se limitó a decir", "went" in
 * "went on to say", "was" in "was quick to add"), or undefined when none does. Heads and links: lexicon.ts.
 */
function periphrasisHead(tokens: Token[], index: number): number | undefined {
  const platform = platformHead(tokens, index);
  if (platform !== undefined) return platform;
  // "fue enfático al señalar que…", "fue claro al afirmar que…": the copula and its adjective of emphasis lead the group.
  const [copula, adjective] = [tokens[index - 3], tokens[index - 2]];
  if (tokens[index - 1]?.key === 'al' && copula && adjective && COPULAS.includes(copula.key) && startsLower(copula.text) && (EMPHATIC_ADJECTIVES.includes(adjective.key) || /^clar[oa]s?$/.test(adjective.key))) return index - 3;
  let j = index - 1;
  while (j >= 0 && index - j <= 2 && PERIPHRASIS_LINKS.has(tokens[j]!.key)) j--;
  const head = tokens[j];
  if (head?.kind !== 'word' || !startsLower(head.text)) return undefined;
  if (!NON_FINITE.test(tokens[index]!.key) && tokens[index - 1]?.key !== 'to') return undefined;
  if (PERIPHRASIS_HEADS.has(head.key)) return j;
  // "no dudó en afirmar", "did not hesitate to say": a head that leads a verb of saying only under negation, taken in with it.
  if (NEGATED_PERIPHRASIS_HEADS.has(head.key) && NEGATIONS.has(tokens[j - 1]?.key ?? '')) return negationStart(tokens, j);
  const linked = j < index - 1;
  return linked && PERIPHRASIS_ADJECTIVES.has(head.key) && BE_FORMS.has(tokens[j - 1]?.key ?? '') ? j - 1 : undefined;
}

/**
 * A gerund that is its verb group alone (", saying…", "afirmando que…"): its subject is another verb's. In a
 * periphrasis ("acabó reconociendo") the head carries the subject as a finite verb does.
 */
export function isLoneGerund(tokens: Token[], use: Pick<VerbUse, 'first' | 'last' | 'verb'>): boolean {
  return use.verb !== 'source' && isGerund(tokens[use.last]!) && periphrasisHead(tokens, use.last) === undefined;
}

/** Forms of "be" before an English participle: the verb is passive. */
const PASSIVE_AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/** Forms of "ser" that make a participle after a source marker passive ("según fue informado por…"), folded. */
const PASSIVE_BE: ReadonlySet<string> = new Set(['fue', 'fueron', 'es', 'son', 'era', 'eran', 'sido']);

/**
 * The index of "por" closing a passive report right after a source marker, whose agent is the source (RAE's passive
 * with "por"): "según fue informado por", "según ha sido confirmado por", "de acuerdo con lo informado por", "según lo
 * dado a conocer por"; `at` is the first token after the marker. Undefined when no participle of a verb of saying
 * (or locution) followed by "por" comes there.
 */
function passiveReportAgent(tokens: Token[], at: number): number | undefined {
  let i = at;
  if (tokens[i]?.key === 'lo') i++;
  while (AUXILIARIES.has(tokens[i]?.key ?? '') || PASSIVE_BE.has(tokens[i]?.key ?? '')) i++;
  const participle = tokens[i];
  if (!participle || !isSpeechVerbToken(participle) && !readLocution(tokens, i) || !SPANISH_PARTICIPLE.test(participle.key) || i === at) return undefined;
  const end = i + (readLocution(tokens, i)?.length ?? 0) + 1;
  return tokens[end]?.key === 'por' ? end : undefined;
}

/** Verbs that say a document holds something ("consta en", "figura en"), folded. */
const RECORDED: ReadonlySet<string> = new Set(['consta', 'constaba', 'figura', 'figuraba']);

/** Verbs of an impersonal "se" that say a document holds something ("se lee en", "se recoge en", "se desprende de"), folded. */
const READ_IN: ReadonlySet<string> = new Set(['lee', 'leia', 'recoge', 'recogia', 'desprende', 'indica', 'senala', 'afirma', 'explica', 'detalla', 'establece']);

/**
 * The index of "en"/"de" closing a group that says where something is recorded, right after a source marker (`at` the
 * first token after it): "según consta en la sentencia", "según figura en el acta", "según se lee en el auto", "según se
 * desprende del informe"; what follows is the document that states it. Undefined when no such group comes there.
 */
function recordedIn(tokens: Token[], at: number): number | undefined {
  const impersonal = tokens[at]?.key === 'se' && READ_IN.has(tokens[at + 1]?.key ?? '');
  const end = impersonal ? at + 2 : RECORDED.has(tokens[at]?.key ?? '') ? at + 1 : undefined;
  return end !== undefined && ['en', 'de', 'del'].includes(tokens[end]?.key ?? '') ? end : undefined;
}

/** Relative pronouns a source marker may take ("según el cual", "según quien"): the source is their antecedent. */
export const RELATIVE_SOURCES: ReadonlySet<string> = new Set(['cual', 'cuales', 'quien', 'quienes']);

/** Words a "Para X," viewpoint may name before its comma ("Para la ministra Ana Ruiz,"). */
const MAX_VIEWPOINT_WORDS = 5;

/**
 * Words a viewpoint may name before its comma when it opens with a title ("Para el secretario general del sindicato
 * docente,", "Para el presidente de la cámara empresarial local, Julio Ortega,"): a title's complement runs longer.
 */
const MAX_TITLED_VIEWPOINT_WORDS = 9;

/** Words of a connector that may lead a "para X," viewpoint ("Sin embargo, para X,", "Pero para X,"). */
const MAX_CONNECTOR_WORDS = 2;

/**
 * Where "para" opens the sentence with whose view it gives, as "según" does ("Para Arteaga, “…”", "Para la alcaldesa, …",
 * "Para la oposición, …", "Para ella, …"), past a connector of adverbs or "pero" ("Sin embargo, para la alcaldesa X, …",
 * "Pero para X, …"); -1 when it does not.
 */
function viewpointStart(tokens: Token[]): number {
  let at = 0;
  while (at < MAX_CONNECTOR_WORDS && tokens[at]?.kind === 'word' && (SKIPPABLE.has(tokens[at]!.key) || CLAUSE_BREAKERS.has(tokens[at]!.key))) at++;
  if (at > 0 && isPunct(tokens[at], ',')) at++;
  if (tokens[at]?.key !== 'para') return -1;
  const comma = tokens.findIndex((token, i) => i > at && token.text === ',');
  const named = tokens.slice(at + 1, comma);
  const head = named.find((token) => !DETERMINERS.has(token.key));
  const reach = head && (isTitleNoun(head.key) || describesName(named)) ? MAX_TITLED_VIEWPOINT_WORDS : MAX_VIEWPOINT_WORDS;
  const names = comma > at + 1 && comma <= at + reach + 1 && named.every((token) => token.kind === 'word') && named.some((token) => /^\p{Lu}/u.test(token.text) || TITLE_NOUNS.has(token.key) || GROUP_NOUNS.has(token.key) || PRONOUNS.has(token.key));
  return names ? at : -1;
}

/**
 * Whether a viewpoint's words end with a name right after a lower-case description of it ("la veedora vecinal Marisol
 * Quintana Rey", "el jubilado Ramón Gil"): a person described as a title describes them, so the phrase runs as long. Not
 * a name after a preposition or an article ("la final de la Copa América"), which is a complement, not the person.
 */
function describesName(words: Token[]): boolean {
  let at = words.length;
  while (at > 0 && /^\p{Lu}/u.test(words[at - 1]!.text)) at--;
  const before = words[at - 1];
  return at < words.length && before !== undefined && /^\p{Ll}/u.test(before.text) && !DETERMINERS.has(before.key) && !NAME_PREPOSITIONS.has(before.key) && !PHRASE_PREPOSITIONS.has(before.key);
}

/** "En palabras de", "In the words of" as folded words: whose words the sentence gives. */
const WORDS_OF: ReadonlyArray<readonly string[]> = [
  ['en', 'palabras'], ['in', 'the', 'words'],
  // "A decir del economista X, …": as "según X" (RAE's locution "a decir de").
  ['a', 'decir'],
  // Whose view: "A juicio del alcalde X,", "En opinión de la ministra,", "A criterio de X,", "In the view of X,".
  ['a', 'juicio'], ['en', 'opinion'], ['a', 'criterio'], ['en', 'concepto'], ['in', 'the', 'view'], ['in', 'the', 'opinion'],
];

/** Tokens of a "words of" source marker at token `at`, up to the noun ("En palabras", "In the words"), or 0. */
function wordsOfLength(tokens: Token[], at: number): number {
  const marker = WORDS_OF.find((words) => words.every((word, index) => tokens[at + index]?.key === word));
  return marker && ['de', 'del', 'of'].includes(tokens[at + marker.length]?.key ?? '') ? marker.length : 0;
}

/** Forms of "ser" before whose words a quotation was ("«…», fueron las palabras de X", "«…», son palabras del ministro"). Folded. */
const WORDS_COPULAS: ReadonlySet<string> = new Set(['fueron', 'son', 'eran', 'fue', 'es']);

/** Nouns for someone's words in that construction. Folded. */
const WORDS_NOUNS: ReadonlySet<string> = new Set(['palabras', 'declaraciones', 'frases', 'frase', 'expresiones']);

/**
 * The index of the words noun when, right after a quotation and its comma, token `at` opens "(fueron) (las) palabras
 * de/del X" ("«…», fueron las palabras del gobernador X al cerrar el acto."): a source marker whose complement is the
 * speaker. Undefined otherwise.
 */
function closingWordsOf(tokens: Token[], at: number): number | undefined {
  if (!isPunct(tokens[at - 1], ',') || tokens[at - 2]?.kind !== 'quote') return undefined;
  let i = at;
  if (WORDS_COPULAS.has(tokens[i]?.key ?? '')) i++;
  if (DETERMINERS.has(tokens[i]?.key ?? '')) i++;
  return WORDS_NOUNS.has(tokens[i]?.key ?? '') && ['de', 'del'].includes(tokens[i + 1]?.key ?? '') ? i : undefined;
}

/** Nouns for one's view or account in "A su juicio,", "En su opinión,", "Según su relato,", "In his view,", "In her words,". Folded. */
const VIEW_NOUNS = new Set(['juicio', 'opinion', 'parecer', 'entender', 'criterio', 'relato', 'version', 'testimonio', 'palabras', 'view', 'account', 'words']);

/** Possessives of one person ("su", "his", "her"): whose view "A su juicio" gives. */
const PERSONAL_POSSESSIVES = new Set(['su', 'his', 'her']);

/**
 * Whether a possessive viewpoint starts at token `at` (the sentence's start unless given): preposition (or "según"), "su"/
 * "his"/"her", a view noun, comma. Exported for the subject reader, which credits it to the person the article was quoting.
 */
export function isOwnViewpoint(tokens: Token[], at = 0): boolean {
  const [preposition, possessive, noun, comma] = tokens.slice(at, at + 4);
  return ['a', 'en', 'in', 'para', 'segun'].includes(preposition?.key ?? '') && PERSONAL_POSSESSIVES.has(possessive?.key ?? '') && VIEW_NOUNS.has(noun?.key ?? '') && comma?.text === ',';
}

/** Dashes that set off an inciso in running text ("Nada —agregó— puede…", "–añadió Morales-"): em, en, and a spaced hyphen. */
const INCISO_DASHES = new Set(['—', '–', '-']);

/** Tokens an inciso may hold after its verb ("—dijo el ministro de Obras Públicas, Juan Ruiz—"). */
const MAX_INCISO_TOKENS = 12;

/** Words of a subject an inciso may hold before its verb ("— she said —", "— Lee added —"). */
const MAX_INCISO_SUBJECT_WORDS = 3;

/** Prepositions of a passive's agent: "—anunciado por el ministro—", "— announced by the council —" report nobody's words. */
const AGENT_PREPOSITIONS = new Set(['por', 'by']);

/**
 * The dashes of an unquoted inciso that holds the verb group [first, last] of `use` ("La reforma —dijo Ríos— estará
 * lista", "Nada —agregó— puede…", "…las cosas –añadió Morales-, y no…", "The bridge — she said — will reopen"): an
 * opening dash right before the verb or before a short subject of a pronoun or capitalised words, words of the
 * narrator's before it, and a closing dash within a few tokens after the verb, before any other verb of saying,
 * quotation, agent preposition or sentence punctuation, with words (or a comma) after it. Undefined otherwise, and when
 * a quotation meets the dashes ("«…» —dijo X— «…»": the quotation's own inciso).
 */
export function unquotedInciso(tokens: Token[], use: Pick<VerbUse, 'first' | 'last'>): { opening: number; closing: number } | undefined {
  let opening = use.first - 1;
  while (opening >= use.first - MAX_INCISO_SUBJECT_WORDS && tokens[opening]?.kind === 'word' && (PRONOUNS.has(tokens[opening]!.key) || /^\p{Lu}/u.test(tokens[opening]!.text))) opening--;
  const dash = tokens[opening];
  if (dash?.kind !== 'punct' || !INCISO_DASHES.has(dash.text) || tokens[opening - 1]?.kind !== 'word') return undefined;
  for (let i = use.last + 1; i < tokens.length && i - use.last <= MAX_INCISO_TOKENS; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && INCISO_DASHES.has(token.text)) {
      const after = tokens[i + 1];
      return after?.kind === 'word' || isPunct(after, ',') ? { opening, closing: i } : undefined;
    }
    if (token.kind === 'quote' || isPunct(token, '.;:!?') || isSpeechVerbToken(token) || AGENT_PREPOSITIONS.has(token.key)) return undefined;
  }
  return undefined;
}

/** A verb of saying in running text, question verbs aside; capitalised, the same word is a name ("Omar Said"). */
export function isSpeechVerbToken(token: Token | undefined): boolean {
  // A question verb ("preguntó", "asked") reports only the question it opens (findVerbs): it owns no quotation.
  return token?.kind === 'word' && startsLower(token.text) && token.verb !== undefined && token.verb.frame !== 'question';
}

/** "saying", "afirmando", "diciendo": the subject is the sentence's. */
function isGerund(token: Token): boolean {
  return /(?:ing|ando|iendo)$/.test(token.key);
}
