/**
 * An announcement is not an outcome. "¿Cuál fue el resultado de la audiencia?" shares its words with "El sindicato irá
 * hoy a una audiencia decisiva", but that sentence tells of the hearing before it was held: it gives no result. A
 * question about how something turned out (its result, outcome or verdict; how it ended; what was agreed or decided) is
 * not answered by sentences that speak only of what is ahead (a future tense, "va a", "está prevista", "will", "is
 * scheduled to") and tell of nothing done (no verb in a past tense); it is refused, the passages cited as leads, as a
 * request is (request.ts).
 *
 * The words are closed classes of Spanish and English: nouns of outcome, verbs of ending and settling, and the marks of
 * tense. So is a question about anything done (its verb in a past tense: "¿Quién ganó la final?", "Who was sworn in?") by
 * passages that tell of nothing done, or sentences that write its very verb ahead ("jurará"). Spanish tenses are read from verb endings (a preterite's "-ó", "-aron", "-ieron"; a future's "-rá", "-rán"), so
 * the rule holds for any verb; English past tense only from common irregular forms and "-ed" after no form of "be".
 */
import { foldAccents } from '../text/words.js';
import type { Language } from '../corpus/types.js';

/** A question about how something turned out, folded: "¿Cuál fue el resultado de…?", "¿Cómo terminó…?", "What was agreed…?". */
const ASKS_OUTCOME: Record<Language, RegExp> = {
  es: /\b(?:(?:fue|ha sido|era) (?:el|la) (?:resultado|desenlace|veredicto|fallo|balance|conclusion)|(?:como|en que) (?:termino|terminaron|acabo|acabaron|concluyo|concluyeron|quedo|quedaron|se resolvio)|que se (?:acordo|decidio|resolvio|pacto|aprobo|voto)|que (?:acordaron|decidieron|resolvieron|pactaron))\b/u,
  en: /\b(?:(?:what|how) (?:was|were) the (?:result|outcome|verdict|ruling)s?|how did .+ (?:end|turn out|go)|what (?:was|were) (?:agreed|decided|approved)|what did .+ (?:agree|decide))\b/u,
};

/** A Spanish verb in the preterite ("terminó", "acordaron", "decidieron", "fue"), or a perfect ("ha firmado", "han acordado"). */
const SPANISH_DONE = /(?<![\p{L}])(?:\p{L}{2,}(?:ó|aron|ieron)|fue|fueron|hubo|dio|dieron|tuvo|tuvieron|hizo|hicieron|(?:ha|han|había|habían|hubo) \p{L}+(?:ado|ido|to|cho))(?![\p{L}])/u;
/** A Spanish future ("irá", "celebrarán", "será") or what is planned ahead ("va a", "está prevista", "mañana"). */
const SPANISH_AHEAD = /(?<![\p{L}])(?:\p{L}+(?:rá|rán|remos)|van? a \p{L}+r|previst[oa]s?|programad[oa]s?|convocad[oa]s?|mañana|próxim[oa]s?)(?![\p{L}])/u;
/** An English past tense: a common irregular form, or "-ed" after no form of "be" or "have" (a passive or perfect participle may be ahead: "is scheduled"). */
const ENGLISH_DONE = /\b(?:was|were|did|had|ended|won|lost|agreed|decided|ruled|reached|found|gave|made|held|took|said)\b|(?<!\b(?:is|are|be|been|being|am|will|has|have)\s)\b[a-z]{3,}ed\b/iu;
/** What English says of what is ahead: "will", "is scheduled to", "is going to", "tomorrow", "next week". */
const ENGLISH_AHEAD = /\b(?:will|shall|(?:is|are) (?:scheduled|set|due|expected|going|planned) to|tomorrow|next (?:week|month|year))\b/iu;

const TENSE_MARKS: Partial<Record<string, { done: RegExp; ahead: RegExp }>> = {
  es: { done: SPANISH_DONE, ahead: SPANISH_AHEAD },
  en: { done: ENGLISH_DONE, ahead: ENGLISH_AHEAD },
};

/** Whether `question` asks how something turned out, in the past ("¿Cuál fue el resultado de la audiencia?"). */
export function asksOutcome(question: string, language: Language): boolean {
  return ASKS_OUTCOME[language].test(foldAccents(question));
}

/** Whether `question` asks of what is ahead: a future or a plan in it ("¿Cuándo volverá…?", "When will supply return?"). */
export function asksAhead(question: string, language: Language): boolean {
  return TENSE_MARKS[language]?.ahead.test(question) ?? false;
}

/**
 * Whether `question` asks of anything done, its own verb in a past tense and nothing in it ahead ("¿Quién ganó la final?",
 * "¿Cuántos espectadores asistieron…?", "Who was sworn in…?", "How many votes did she get?"): a story that only announces
 * it does not tell it. Its quoted sentences may give the answer ahead of a done act the sentence before tells ("Vidal deberá
 * cumplir seis años" after "La jueza condenó…"), so their passages are read with it for anything done.
 */
export function asksDone(question: string, language: Language): boolean {
  const marks = TENSE_MARKS[language];
  return marks !== undefined && PAST_ASKED[language].test(language === 'en' ? pastPartOf(question) : question) && !marks.ahead.test(question);
}

/** An English question's first finite verb when it is in the present: a copula, "do" or a perfect's "have". */
const ENGLISH_PRESENT_HEAD = /\b(?:is|are|am|do|does|has|have)\b/iu;
/** A relative clause's opening, whose verb is a finite one of its own ("…the firm that merged…"). */
const ENGLISH_RELATIVE = /\b(?:that|who|which)\b/iu;

/**
 * The part of an English question whose past forms are its verbs: all of it, unless a present verb heads it before any
 * past form ("What is the target mentioned in the story?", "Who is accused of…?", "How many have died?"); then a past form
 * after that verb is a participle (describing a noun, or a passive's or perfect's, which ask of a standing fact as the
 * Spanish perfect and passive do), and only a relative clause after it ("What is the firm that merged…?") has a verb
 * of its own.
 */
function pastPartOf(question: string): string {
  const head = ENGLISH_PRESENT_HEAD.exec(question);
  if (head === null) return question;
  const before = question.slice(0, head.index);
  if (PAST_ASKED.en.test(before)) return question;
  const after = question.slice(head.index + head[0].length);
  const relative = ENGLISH_RELATIVE.exec(after);
  return relative === null ? before : `${before} ${after.slice(relative.index)}`;
}
/**
 * A question's verb in a simple past of an event: a Spanish preterite ("ganó", "asistieron"), an English "did" or past form.
 * Not a perfect or a passive ("¿Qué organismo ha declarado…?", "¿Para quién fue escrito…?"), which ask of a standing fact
 * as often as of an event.
 */
const PAST_ASKED: Record<Language, RegExp> = {
  es: /(?<![\p{L}])\p{L}{2,}(?:ó|aron|ieron)(?![\p{L}])/u,
  en: /\b(?:did|won|lost|ended|agreed|decided|got|gave|took|made|[a-z]{3,}ed)\b/iu,
};

// A Spanish preterite's ending on a question's verb ("ganó", "juraron", "asistieron"), whose stem a future then takes ("ganará").
const SPANISH_PRETERITE = /^(\p{L}{2,}?)(?:ó|aron|ieron|io)$/u;
// What English puts before a verb it tells as ahead: "will (be)", "is to be", "is scheduled to (be)", "is expected to (be)".
const ENGLISH_AHEAD_BEFORE = String.raw`(?:will|shall|(?:is|are)\s+(?:scheduled|set|due|expected|going|planned)\s+to|(?:is|are)\s+to)\s+(?:be\s+)?`;
// English words of a question that are no verb of its event: interrogatives, auxiliaries, articles, prepositions.
const ENGLISH_FUNCTION = new Set(['who', 'what', 'which', 'when', 'where', 'how', 'why', 'was', 'were', 'did', 'had', 'has', 'have', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'as', 'to', 'for', 'by', 'with', 'and', 'or', 'many', 'much']);

/**
 * Whether `sentences` write the very verb `question` asks as done in a form that is ahead ("jurará" for "¿Quién juró…?",
 * "will be sworn in" for "Who was sworn in…?"), whatever else they tell as done ("…after the council backed her"): the
 * asked act has not happened.
 */
export function askedVerbAhead(question: string, sentences: readonly string[], language: string): boolean {
  const text = sentences.join(' ');
  if (language === 'es') {
    const stems = (question.match(/\p{L}+/gu) ?? []).map((word) => SPANISH_PRETERITE.exec(word.toLowerCase())?.[1]).filter((stem): stem is string => stem !== undefined);
    return stems.some((stem) => new RegExp(`(?<![\\p{L}])${stem}\\p{L}*r(?:á|án)(?![\\p{L}])`, 'iu').test(text));
  }
  if (language === 'en') {
    const words = (question.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !ENGLISH_FUNCTION.has(word));
    return words.some((word) => new RegExp(`\\b${ENGLISH_AHEAD_BEFORE}${word}\\b`, 'iu').test(text));
  }
  return false;
}

/**
 * Whether `sentences` (what an answer would quote) speak only of what is ahead: one at least says what will be, and none
 * tells of anything done. Sentences in `language` (the quoted passages' ISO code); false in a language other than Spanish
 * and English, whose tenses are not read.
 */
export function announcedOnly(sentences: readonly string[], language: string): boolean {
  const marks = TENSE_MARKS[language];
  if (!marks) return false;
  const { done, ahead } = marks;
  return sentences.some((sentence) => ahead.test(sentence)) && !sentences.some((sentence) => done.test(sentence));
}
