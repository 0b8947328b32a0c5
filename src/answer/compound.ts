/**
 * Compound questions: "¿Cuándo intercambiaron cartas Kim y Putin y qué festividad celebraban?",
 * "Who accused Pyongyang and what did it deny?", "¿Cuándo y dónde se reunieron?". Each part asks for
 * its own kind of answer, usually from its own sentence; looked up whole, the question is answered by
 * whichever half its best sentence happens to hold. Here it is cut into its parts, each to be answered
 * (or refused) on its own. The words are closed classes of each language: interrogatives, the
 * coordinating conjunctions, the prepositions that may stand before an interrogative.
 */
import type { Language } from '../corpus/types.js';
import { nameWords, readQuestion } from '../search/analyze.js';
import { SPANISH_INTERROGATIVES } from '../text/interrogatives.js';
import { foldAccents } from '../text/words.js';
import { withAntecedent } from './antecedent.js';
import { askedKind, carriesAnswerType, carriesLocative } from './answer-type.js';
import { addressees } from './roles.js';
import { WORDS } from './messages.js';
import type { AskResult, Citation } from './types.js';
import { numberMarkers, quotationText, type Written } from './written.js';

/** One part of a compound question. */
export interface QuestionPart {
  /** The part as the asker wrote it, to head its answer. */
  shown: string;
  /** What is looked up: the part, with the other parts' names when it is too short to stand alone ("¿Qué dijo Lasa?"). */
  asked: string;
  /**
   * The parts ask one thing of different occasions ("¿Qué dijo Kim en junio y qué en agosto?"): each may be
   * answered from its own story, where the parts of other compound questions are answered from one.
   */
  contrasted: boolean;
  /**
   * For a part that names no one yet stands alone by its words ("¿… y qué recibiría a cambio?"), the part with the
   * names the other parts give: its implied subject. Asked when the part's own words are not answered, since a
   * sentence that answers it may say so only of that subject ("…a Corea del Norte … a cambio de ayuda tecnológica").
   */
  withSubject?: string;
  /** The part names no one of its own ("¿… y con qué objetivo?"): whom it is about is what the other parts name. */
  namesNoOne: boolean;
  /**
   * The part asks only its interrogative of another part's predicate ("¿Cuántos heridos hubo y dónde?", "… and when did
   * she do it?"): the index of that part, whose answer tells of the very thing this part asks about.
   */
  predicateOf?: number;
}

// Spanish interrogatives count only with their accent: without it "y que", "y como", "y cuando" are a
// relative or a conjunction ("dijo que llegaría y que se quedaría").
const INTERROGATIVE: Record<Language, string> = {
  es: `(?:por qué|${SPANISH_INTERROGATIVES.join('|')})`,
  en: '(?:what|who|whom|whose|when|where|why|how|which)',
};
const CONJUNCTION: Record<Language, string> = { es: '(?:y|e)', en: '(?:and)' };
/** Prepositions a part may open with before its interrogative: "y en qué año", "and to whom". */
const PREPOSITION: Record<Language, string> = { es: '(?:a|al|de|del|en|con|por|para|desde|hasta|hacia|sobre|contra)', en: '(?:in|on|at|to|for|from|with|by|of|about)' };
/**
 * A predicate that only stands for another ("lo hizo", "lo ha hecho", "va a hacerlo", "did he do it", "has she done so",
 * "was it done"): a form of "hacer"/"do" with a neuter pronoun or "so" for its object.
 */
const PRO_VERB: Record<Language, RegExp> = {
  es: /^(?:lo\s+)?(?:(?:ha|han|había|habían|habrá|habrán|va\s+a|van\s+a|iba\s+a|iban\s+a)\s+)?(?:hizo|hicieron|hace|hacen|hará|harán|haría|harían|hacía|hacían|hecho|hacer)(?:lo)?(?:\s+(?:eso|esto|así))?$/iu,
  en: /^(?:(?:did|does|do|will|would|could|can|has|have|had)\s+(?:(?:he|she|they|it|we|you|i)\s+)?(?:do|done)\s+(?:it|so|that|this)|(?:was|were|is|are)\s+(?:it|that|this)\s+done)$/iu,
};
/** Interrogatives that may determine the noun after them ("qué competición", "which team"), lower case. */
const DETERMINING: Record<Language, readonly string[]> = { es: ['qué', 'cuál', 'cuáles', 'cuánto', 'cuánta', 'cuántos', 'cuántas'], en: ['what', 'which', 'whose'] };

/**
 * A part made of a preposition of place or time, a determining interrogative and one word: "en qué mercado", "in which
 * port", "desde qué año". Not "con qué objetivo", "para qué fin", whose noun is what the part asks about, nor "qué dijo".
 */
const ONLY_NOUN: Record<Language, RegExp> = {
  es: new RegExp(`^(?:en|desde|hasta|hacia)\\s+(?:${DETERMINING.es.join('|')})\\s+[\\p{L}\\p{M}-]+$`, 'iu'),
  en: new RegExp(`^(?:in|at|on|from|to|into|near)\\s+(?:${DETERMINING.en.join('|')})\\s+[\\p{L}\\p{M}-]+$`, 'iu'),
};

/** A question cut into more parts than this is a list, not a question: it is looked up whole. */
const MAX_PARTS = 3;

interface Patterns {
  split: RegExp;
  opening: RegExp;
  /** A text opening with a preposition (a gapped part's new complement: "en su mensaje…"). */
  leadingPreposition: RegExp;
}

const cache = new Map<Language, Patterns>();
function patterns(language: Language): Patterns {
  let found = cache.get(language);
  if (!found) {
    const part = `(?:${PREPOSITION[language]}\\s+)?${INTERROGATIVE[language]}(?![\\p{L}\\p{M}])`;
    found = {
      // Where a new part begins: a conjunction (after a comma or not) followed by an interrogative, or a
      // question mark followed by another question ("¿Cuándo viajará? ¿Qué prometió?", "…? And where?").
      // The conjunction may stand before the second question's opening mark too ("¿Qué prometió? y ¿dónde…?").
      split: new RegExp(`(?:\\s*,?\\s+${CONJUNCTION[language]}\\s+|[?？]\\s*(?:${CONJUNCTION[language]}\\s+)?[¿\\s]*(?:${CONJUNCTION[language]}\\s+)?)(?=${part})`, 'giu'),
      opening: new RegExp(`^[¿¡\\s]*${part}`, 'iu'),
      leadingPreposition: new RegExp(`^${PREPOSITION[language]}(?![\\p{L}\\p{M}])`, 'iu'),
    };
    cache.set(language, found);
  }
  return found;
}

/**
 * The parts of a compound question, or undefined when it asks one thing. A part begins where a
 * conjunction is followed by an interrogative ("… y qué festividad…", "… and where…"), or where a second
 * question follows the first one's question mark ("¿…? ¿Qué prometió…?"), the question itself opening
 * with an interrogative. A part that asks only its interrogative ("¿Cuándo y dónde se reunieron?",
 * "What did he say and when?") takes what the other part asks after its own interrogative; so does a part
 * that leaves its verb out and gives a new complement ("¿Qué dijo Kim en junio y qué en agosto?": "¿Qué dijo Kim
 * en agosto?"), the other part's complement of the same preposition replaced by it. A part
 * too short to stand alone is looked up with the names the other parts give ("¿Cuándo llegó el
 * ministro Lasa y qué dijo?": "¿qué dijo … Lasa?"); a part whose pronoun stands for a noun of an earlier part is looked
 * up with that noun ("¿Cuánto es la fianza y quién la financiaría?": "¿quién financiaría la fianza?", antecedent.ts).
 */
export function questionParts(question: string, language: Language): QuestionPart[] | undefined {
  const { split, opening } = patterns(language);
  if (!opening.test(question)) return undefined;
  const pieces = question.split(split).map((piece) => piece.replace(/^[¿¡\s]+|[?？!¡\s]+$/gu, ''));
  if (pieces.length < 2 || pieces.length > MAX_PARTS || pieces.some((piece) => !opening.test(piece))) return undefined;
  const rest = (piece: string) => piece.replace(opening, '').trim();
  // What another part borrows of a part: its words after the interrogative, and after the noun of a prepositional
  // interrogative phrase too ("competición" in "¿En qué competición participará X…?"), which asks only of that part.
  const predicate = (piece: string) => (phraseNoun(piece, language) ? rest(piece).replace(/^\S+\s*/u, '') : rest(piece));
  // A part whose verb is "hacer"/"do" with a neuter object ("¿… y cómo lo hizo?", "… and when did she do it?") asks of
  // the other part's predicate, as a part that asks only its interrogative does.
  const standsFor = (piece: string) => PRO_VERB[language].test(rest(piece));
  // A part whose only words ask for the kind of answer ("¿… y en qué fecha?", "… and in what year?": answer-type.ts
  // `askedKind`) asks only its interrogative, as "¿… y cuándo?" does; "¿… y con qué objetivo?" asks of its own noun.
  // "¿… y en qué mercado?", "… and in which port?": an interrogative and its noun, nothing else, ask of the other part's
  // predicate as "¿… y dónde?" does: the noun says only what kind of answer is wanted.
  const onlyItsNoun = (piece: string) => ONLY_NOUN[language].test(piece.replace(/^[¿¡\s]+|[?？!¡\s]+$/gu, ''));
  const asks = (piece: string) => {
    const asking = new Set(askedKind(piece, language)?.asking);
    return !standsFor(piece) && !onlyItsNoun(piece) && readQuestion(rest(piece), language).content.some((word) => !asking.has(word));
  };
  const full = pieces.find(asks);
  if (full === undefined) return undefined;
  // "… y cómo en su mensaje?": the verb and its object left out, a new complement in their place.
  const complementOf = (piece: string) => (piece === full ? undefined : leadingPreposition(rest(piece), language));
  const contrasted = pieces.some((piece) => complementOf(piece) !== undefined);
  const fullAt = pieces.indexOf(full);
  const borrowsPredicate = (piece: string) => piece !== full && complementOf(piece) === undefined && (standsFor(piece) || !asks(piece));
  const texts = pieces.map((piece) => {
    const complement = complementOf(piece);
    if (complement !== undefined) return `${opening.exec(piece)?.[0] ?? ''} ${predicateBefore(rest(full), complement)} ${rest(piece)}`;
    if (standsFor(piece)) return `${opening.exec(piece)?.[0] ?? ''} ${predicate(full)}`;
    return asks(piece) ? piece : `${piece} ${predicate(full)}`;
  });
  // A later part's pronoun stands for a noun of the parts before it: "… y quién la financiaría" asks of "la fianza".
  const resolved = texts.map((text, i) => (i === 0 ? text : `${opening.exec(text)?.[0].replace(/^[¿¡\s]+/u, '') ?? ''} ${withAntecedent(rest(text), texts.slice(0, i).join(' '), language)}`));
  // The names a part gives as whom something is said or done to ("… y qué prometió a Kim?") are not its subject: the
  // part names no one of its own, and its doer is what the other parts name ("Putin").
  const spokenTo = resolved.map((text) => addressees(text).words);
  const names = resolved.map((text, i) => [...nameWords(text)].filter((name) => !spokenTo[i]!.has(name)));
  return resolved.map((text, i) => {
    const own = new Set(names[i]);
    const standsAlone = !ELIDED_SUBJECT[language].test(text) && (own.size > 0 || readQuestion(rest(text), language).content.length >= SELF_STANDING_WORDS);
    const others = [...new Set(names.flatMap((list, j) => (j === i ? [] : list)))];
    // A part is shown in the asker's own words ("¿Cuándo?", "¿Cómo lo hizo?", "¿Qué en el pleno?"), never as the
    // question it is looked up as: the bot does not put words in the asker's mouth.
    const shown = asQuestion(pieces[i] ?? text, language);
    const asked = asQuestion(text, language);
    // After "¿Quién es la gerente de X…?" a part naming no one is about whom the earlier part asks for: "¿… y qué
    // explicó?" asks what the manager explained, which the story says of her by that role as often as by her name.
    const roleSubject = resolved.slice(0, i).map((earlier) => roleAskedOf(earlier, language)).findLast((role) => role !== undefined);
    const withOthers = () => asQuestion(withNames(text, roleSubject ?? borrowedNames(question, others)), language);
    const namesNoOne = own.size === 0;
    const borrows = others.length > 0 || (namesNoOne && roleSubject !== undefined);
    const predicateOf = borrowsPredicate(pieces[i] ?? '') ? { predicateOf: fullAt } : {};
    if (!standsAlone) return { shown, asked: borrows ? withOthers() : asked, contrasted, namesNoOne, ...predicateOf };
    return { shown, asked, contrasted, namesNoOne, ...predicateOf, ...(namesNoOne && borrows && { withSubject: withOthers() }) };
  });
}

/** A who-question asking who holds a role: "¿Quién es la gerente de X?", "Who was the coach of X?" (the role, group 1). */
const ROLE_ASKED: Record<Language, RegExp> = {
  es: /^[¿¡\s]*qui[eé]n(?:es)?\s+(?:es|son|era|eran|fue|fueron|será|serán)\s+((?:el|la|los|las)\s+[^?]+?)\s*[?？]?$/iu,
  en: /^\s*who\s+(?:is|are|was|were|will\s+be)\s+(the\s+[^?]+?)\s*[?？]?$/iu,
};

/** The role a part asks who holds, with its article ("la gerente de Cootraespeciales"); undefined for any other part. */
function roleAskedOf(part: string, language: Language): string | undefined {
  return ROLE_ASKED[language].exec(part)?.[1];
}

/**
 * Whether a part opens with a preposition and an interrogative that determines the noun after it ("En qué competición…",
 * "In which year…"): that noun belongs to the interrogative phrase, not to what the part asks of its subject.
 */
function phraseNoun(piece: string, language: Language): boolean {
  const [first = '', second = ''] = piece.replace(/^[¿¡\s]+/u, '').toLowerCase().split(/\s+/u);
  return new RegExp(`^${PREPOSITION[language]}$`, 'iu').test(first) && DETERMINING[language].includes(second);
}

/** The preposition opening `text` ("en" in "en su mensaje por el Día de Rusia"), lower-cased; undefined when none does. */
function leadingPreposition(text: string, language: Language): string | undefined {
  return patterns(language).leadingPreposition.exec(text)?.[0].toLowerCase();
}

/**
 * What the full part asks before its own complement opened by `preposition` ("describió Kim la relación con
 * Rusia" of "describió Kim la relación con Rusia en sus cartas de agosto"), which a gapped part replaces
 * with its own; the whole of it when it has no such complement.
 */
function predicateBefore(asked: string, preposition: string): string {
  const at = asked.toLowerCase().lastIndexOf(` ${preposition} `);
  return at > 0 ? asked.slice(0, at) : asked;
}

/**
 * A part ending in a form of "ser"/"estar"/"be" (with "it" or "that" in English): its subject is left out or a pronoun,
 * what the other parts ask about ("¿Cuánto debía Nicaragua … y qué porcentaje del PIB es?"), however many words it has.
 */
const ELIDED_SUBJECT: Record<Language, RegExp> = {
  es: /(?<![\p{L}\p{M}])(?:es|son|era|eran|fue|fueron|será|serán|sería|serían|está|están|estaba|estaban|estará|estarán)$/iu,
  en: /(?<![\p{L}\p{M}])(?:is|are|was|were|will\s+be)(?:\s+(?:it|they|that|this))?$/iu,
};

/**
 * A part naming no one with fewer content words than this ("y qué dijo", "and where") is about what
 * the other parts name; with more ("y qué festividad celebraban") it is looked up in its own words,
 * since the other parts' names would draw it to their sentences, not to the one that answers it.
 */
const SELF_STANDING_WORDS = 2;

/**
 * A part with borrowed names as its subject: before the names it gives as whom something is said or done to ("qué
 * prometió Putin a Kim", where the doer stands in a Spanish question), else after it.
 */
function withNames(text: string, borrowed: string): string {
  const { at } = addressees(text);
  return at === undefined ? `${text} ${borrowed}` : `${text.slice(0, at)}${borrowed} ${text.slice(at)}`;
}

/** The names as the question writes them (capitalised), in the order given. */
function borrowedNames(question: string, folded: string[]): string {
  const written = new Map(Array.from(question.matchAll(/\p{L}[\p{L}\p{M}]*/gu), ([word]) => [foldAccents(word), word] as const));
  return folded.map((name) => written.get(name) ?? name).join(' ');
}

/** A part written as a question of its own: "¿…?" in Spanish, "…?" in English, capitalised. */
function asQuestion(text: string, language: Language): string {
  const body = text.charAt(0).toUpperCase() + text.slice(1);
  return language === 'es' ? `¿${body}?` : `${body}?`;
}

/** A part's outcome: its result and, when answered, what it quotes (written.ts). */
export interface PartOutcome {
  part: QuestionPart;
  result: AskResult;
  /** Quoted sentences, numbered as `result`'s citations; undefined for a refused part. */
  written?: Written;
  /** Its first lead may answer it. */
  possible?: boolean;
}

/**
 * A part's pronoun that stands for what an earlier part asks of, the part naming no one: a clitic right after its
 * interrogative ("¿… y adónde los llevaron?", "¿… y cuándo la encontraron?") or a subject pronoun ("ellos", "they", "it":
 * "… and where were they taken?").
 */
const ANAPHORIC_PART: Record<Language, RegExp> = {
  es: new RegExp(`^[¿¡\\s]*(?:${PREPOSITION.es}\\s+)?${INTERROGATIVE.es}\\s+(?:se\\s+)?(?:lo|la|los|las|le|les)\\s|(?<![\\p{L}\\p{M}])(?:ellos|ellas|él|ella)(?![\\p{L}\\p{M}])`, 'iu'),
  en: /(?<![\p{L}\p{M}])(?:they|them|he|him|she|her|it)(?![\p{L}\p{M}])/iu,
};

/**
 * A sentence that opens by referring back to those the sentence before told of: a subject pronoun or a number of them
 * ("Ellos…", "Ambos…", "Los tres…", "They…", "Both…", "The two…").
 */
const REFERS_BACK: Record<Language, RegExp> = {
  es: /^[\s«“"]*(?:ell[oa]s?|él|ambos|ambas|(?:l[oa]s|est[oa]s|es[oa]s)\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\p{N}+))(?![\p{L}\p{M}])/iu,
  en: /^[\s“"]*(?:they|he|she|both|all\s+of\s+them|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\p{N}+))(?![\p{L}\p{M}])/iu,
};

/**
 * The parts' outcomes, each part that asks only its interrogative of another part's predicate (QuestionPart.predicateOf:
 * "¿Cuántos operarios resultaron heridos y dónde?") answered by that part's first quoted sentence when the sentence holds
 * the kind of answer it asks for besides its words (a date, a number, a place, a person: answer-type.ts; a place told by
 * a common noun too, `carriesLocative`), whatever its own lookup found: that sentence tells of the very thing the part
 * asks about, where another sentence, or none, was only near the part's few words (blind newcomer 38's kind: "¿Dónde?
 * Los artículos no responden a esta parte" beside a first answer naming the place). The parts then share one line.
 * So is a part naming no one whose pronoun stands for what an earlier answered part asks of (ANAPHORIC_PART:
 * "¿… y adónde los llevaron?"), refused or answered by that part's sentence again, not by the first such part's sentence, which tells of another predicate ("la caída … en la
 * terminal" is where they were hurt), but by the sentence right after it (`following`, given the citation it quotes and
 * its text; the sentence in its paragraph or opening the next) when that one refers back to them (REFERS_BACK, in the
 * article's language, which a translated question's is not) and holds
 * the kind asked: a news writer tells what became of those counted in the next sentence ("Los tres fueron trasladados al
 * hospital…"), in words the part's own lookup need not share. So is a refused part of the first kind whose other part's
 * sentence does not hold its kind.
 */
export function withSharedPredicates(outcomes: readonly PartOutcome[], language: Language, following?: (citation: Citation, quoted: string) => string | undefined): PartOutcome[] {
  return outcomes.map((outcome, at) => {
    const { part } = outcome;
    const anaphoric = part.namesNoOne && ANAPHORIC_PART[language].test(part.shown) ? outcomes.findIndex((other, earlier) => earlier < at && !other.result.refused) : -1;
    const source = part.predicateOf === undefined ? outcomes[anaphoric] : outcomes[part.predicateOf];
    const quotation = source && !source.result.refused ? source.written?.quotations[0] : undefined;
    const sentence = quotation?.text;
    if (source?.written === undefined || quotation === undefined || sentence === undefined) return outcome;
    // The part's own lookup found the other part's sentence: shared already when it asks of the same predicate; for a
    // pronoun's part, that sentence tells of the other predicate ("brought down … from the north face" for "where were they
    // taken?"), and what became of them is read after it, as for a refused part.
    const refound = outcome.written?.quotations[0]?.text === sentence;
    if (refound && part.predicateOf !== undefined) return outcome;
    const type = askedKind(part.asked, language)?.type;
    const words = new Set(readQuestion(part.asked, language).content);
    const holds = (text: string) => (type === 'place' ? carriesLocative(text, words) : (type === 'date' || type === 'number' || type === 'person') && carriesAnswerType(text, type, words));
    if (part.predicateOf !== undefined && holds(sentence)) return { ...source, part };
    const citation = outcome.result.refused || refound ? source.result.citations.find((item) => item.n === quotation.n) : undefined;
    const next = citation && following?.(citation, sentence);
    return next !== undefined && Object.values(REFERS_BACK).some((pattern) => pattern.test(next)) && holds(next) ? { part, result: source.result, written: { leadIn: source.written.leadIn, quotations: [{ n: quotation.n, text: next }] } } : outcome;
  });
}

/**
 * One reply for the parts' results, in order: each part headed by its question, then its answer, or
 * the words saying the articles do not answer that part (its leads cited); parts in a row with the same
 * answer share one line, and when that is every part the answer is given once, with no part's question before it. Citations are numbered
 * once across the parts, an excerpt two parts cite sharing one number; the parts' notices (how a
 * misspelt part was read) are kept. Refused only when every part is. Built from each part's citations and
 * quotations, never from its text.
 */
export function joinPartAnswers(question: string, language: Language, parts: readonly PartOutcome[]): AskResult {
  const citations: Citation[] = [];
  const numberOf = (citation: Citation): number => {
    const same = citations.find((other) => other.articleId === citation.articleId && other.excerpt === citation.excerpt);
    if (same) return same.n;
    citations.push({ ...citation, n: citations.length + 1 });
    return citations.length;
  };
  const words = WORDS[language];
  // Each line: the parts' questions it answers, its words, the citation numbers those words show, the others it cites ("see also").
  const shared: Array<{ shown: string[]; quotes: string; cited: number[]; also: number[] }> = [];
  // A quotation an earlier part showed is not shown again beside a part's other quotations: it answered that part.
  const shownBefore = new Set<string>();
  for (const { part, result, written, possible = false } of parts) {
    const renumbered = new Map(result.citations.map((citation) => [citation.n, numberOf(citation)]));
    const numbered = (n: number) => renumbered.get(n) ?? n;
    let quotes: string;
    let cited: number[];
    let also: number[] = [];
    if (result.refused || written === undefined) {
      const leads = result.citations.map((citation) => numbered(citation.n));
      cited = leads;
      quotes = words.partUnanswered(leads.length === 0 ? undefined : numberMarkers(leads), possible);
    } else {
      const own = written.quotations.map((quotation) => {
        const n = numbered(quotation.n);
        return { n, shown: quotationText(language, { ...quotation, n }) };
      });
      const repeated = own.filter(({ shown }) => shownBefore.has(shown));
      const kept = repeated.length > 0 && repeated.length < own.length ? own.filter(({ shown }) => !shownBefore.has(shown)) : own;
      for (const { shown } of own) shownBefore.add(shown);
      quotes = [written.leadIn, ...kept.map(({ shown }) => shown)].join(' ');
      cited = kept.map(({ n }) => n);
      const quoted = new Set(written.quotations.map((quotation) => quotation.n));
      also = result.citations.filter((citation) => !quoted.has(citation.n)).map((citation) => numbered(citation.n));
    }
    // Parts one after the other answered by the same words share one line: "¿Cuándo…? ¿Dónde…? «…» [1]", not the excerpt
    // twice, whatever other passages each part cites besides (their "see also" markers joined).
    const last = shared.at(-1);
    if (last?.quotes === quotes) {
      last.shown.push(part.shown);
      last.also.push(...also.filter((n) => !last.also.includes(n)));
    } else shared.push({ shown: [part.shown], quotes, cited, also });
  }
  const bodyOf = ({ quotes, cited, also }: (typeof shared)[number]) => {
    const others = also.filter((n) => !cited.includes(n));
    return others.length === 0 ? quotes : `${quotes} ${words.seeAlso(numberMarkers(others))}`;
  };
  // One line for every part: the parts' questions would only repeat the asker's in pieces ("¿Dónde? ¿Cuándo se reunió…?").
  const [only] = shared;
  const answer = shared.length === 1 && only ? bodyOf(only) : shared.map((line) => `${line.shown.join(' ')} ${bodyOf(line)}`).join('\n');
  const notices = [...new Set(parts.flatMap(({ result }) => (result.notice === undefined ? [] : [result.notice])))];
  const joined: AskResult = { question, language, answer, mode: 'extractive', refused: parts.every(({ result }) => result.refused), citations };
  return notices.length === 0 ? joined : { ...joined, notice: notices.join(' ') };
}
