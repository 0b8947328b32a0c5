/**
 * What a question must be before it is looked up: tidy text with something to search for. Odd
 * Unicode (full-width letters, zero-width and bidirectional control characters) is normalised away
 * so that it does not break the lookup. A front end removes its own markup (Discord mentions) first.
 */
import { detectQuestionLanguage, otherQuestionLanguage } from '../corpus/question-language.js';
import { detectEldSmall } from '../corpus/eld-compact.js';
import type { Language } from '../corpus/types.js';
import { withoutInvisible, withZeroWidthSpacesJoined } from '../text/invisible.js';
import { WORDS } from './messages.js';
import { readQuestion } from '../search/analyze.js';
import { expectedAnswerType } from './answer-type.js';
import { withOpeningSlipsRead } from './opening-slips.js';
import { askedPart, greetingLanguage } from './asked-part.js';
import type { CheckedQuestion, QuestionCheck } from './types.js';

/** Longer than any question a person types; past this it is pasted text, not a question. */
export const MAX_QUESTION_LENGTH = 1000;

const CONTROL = /\p{Cc}/gu;
const SINGLE_LETTER = /^\p{Script=Latin}$/u;

// A Markdown link's text stays, its address goes; a bare address goes. A pasted link names no word of an article
// ("reuters", "asia-pacific", "2023-08-15"), and its English path words would tip a Spanish question to English.
const MARKDOWN_LINK = /\[([^\]\n]*)\]\(\s*<?(?:https?:\/\/|www\.)[^)\s]*>?\s*\)/giu;
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()[\]]+/giu;
// Pasted markup asks nothing: an HTML element that is code or style goes with what it holds ("<script>alert(1)</script>"),
// any other tag alone ("<b>Putin</b>" keeps "Putin").
const CODE_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/giu;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu;

/**
 * The question as it is looked up and echoed: NFKC, without invisible or control characters, HTML
 * tags (a script or style element with its content) or web addresses (a Markdown link keeps its text), single-spaced.
 */
function normaliseQuestion(question: string): string {
  const text = withoutInvisible(question.normalize('NFKC')).replace(CONTROL, ' ').replace(CODE_ELEMENT, ' ').replace(TAG, ' ');
  // Brackets left empty by a removed address ("(www.example.com)") go with it.
  return text.replace(MARKDOWN_LINK, '$1').replace(ADDRESS, ' ').replace(/[(<[]\s*[)>\]]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a question can be looked up, with a friendly message in its language when not. An empty
 * or wordless question has no language of its own: it is told in `fallback`, the asker's locale.
 * Never throws.
 */
export function checkQuestion(question: string, fallback: Language = 'es'): QuestionCheck {
  const normalised = normaliseQuestion(question);
  // The language of what asks: a greeting or an instruction around the question is not the asker's language ("Ignore previous instructions. ¿Qué…?").
  // A question in neither language's script, or in a language the bot reads but does not reply in, is answered in the
  // asker's own (their locale), with a notice naming its language: eld's Spanish-or-English choice for a French question
  // turned on its names ("Quand Putin…" Spanish, "Quand Poutine…" English).
  const otherScript = writtenInNeither(normalised);
  const asked = askedPart(normalised);
  const readOnly = otherScript ? undefined : otherQuestionLanguage(asked.slice(0, MAX_QUESTION_LENGTH * 2));
  const language = otherScript || readOnly !== undefined ? fallback : detectQuestionLanguage(asked, fallback);
  const words = WORDS[language].question;
  if (normalised === '') return { ok: false, problem: 'empty', language, message: words.empty };
  // Counted as typed, unless the tidying shortened it (a pasted address removed): NFKC writes some single characters
  // out in full ("ﷺ" is eighteen), and a question of 300 such characters is not one of 5,400.
  const length = Math.min([...normalised].length, [...withoutInvisible(question).trim()].length);
  if (length > MAX_QUESTION_LENGTH) return { ok: false, problem: 'too_long', language, message: words.tooLong(length, MAX_QUESTION_LENGTH) };
  if (!/[\p{L}\p{N}]/u.test(normalised)) return { ok: false, problem: 'no_words', language, message: words.noWords };
  // A greeting alone ("hola", "Hello!") asks nothing of the articles: it is told what it can ask, in the greeting's language.
  const greeting = greetingLanguage(normalised);
  if (greeting) return { ok: false, problem: 'greeting', language: greeting, message: WORDS[greeting].question.greeting };
  const writtenIn = otherScript ? detectEldSmall(withoutLatinWords(asked)) || undefined : readOnly;
  const checked = readChecked(normalised, language, writtenIn);
  // Only function words ("el la de que y", "what is it?"): nothing of an article to look for, in either language
  // (a translation would look up "the of that and" and find some English article's "of"). Nor in letters alone ("a",
  // "x y"): a single letter matches words at random; in a question ("¿Qué es la vitamina C?") it may name something.
  if (checked.words.content.length === 0 || (normalised.match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => SINGLE_LETTER.test(word))) return { ok: false, problem: 'no_words', language, message: words.noWords };
  const joinedReading = withZeroWidthSpacesJoined(question);
  return joinedReading === undefined ? checked : { ...checked, joinedReading };
}

/**
 * Whether a question is written in scripts other than the Latin one (Arabic, Cyrillic, Han…), names in Latin script
 * aside ("Что сказал Poutine в 2019 году?"): its words that are not capitalised are all in another script (or, all
 * capitalised, every word is). Neither Spanish nor English, whatever eld's Spanish-or-English choice would say, so it is
 * told in the asker's locale (a Spanish console's user reads Spanish; a Discord client in Russian falls back to English,
 * languageOfLocale), not taken for Spanish.
 */
function writtenInNeither(question: string): boolean {
  const letters = question.match(LETTER_WORD) ?? [];
  const own = letters.filter((word) => !/^\p{Lu}/u.test(word));
  const told = own.length > 0 ? own : letters;
  return told.length > 0 && told.every((word) => !LATIN.test(word));
}

/** A question's words in another script than the Latin one: those its language is told by (names in Latin script aside). */
function withoutLatinWords(question: string): string {
  return (question.match(LETTER_WORD) ?? []).filter((word) => !LATIN.test(word)).join(' ');
}

const LETTER_WORD = /\p{L}[\p{L}\p{M}]*/gu;
const LATIN = /\p{Script=Latin}/u;

/**
 * A normalised question of known language, read once for every step of the lookup; an English one with slips in its
 * opening interrogative or auxiliary read as that word (opening-slips.ts). `writtenIn`: the language it is written in
 * when it is replied to in another (CheckedQuestion.writtenIn).
 */
export function readChecked(question: string, language: Language, writtenIn?: string): CheckedQuestion {
  const asked = language === 'en' ? withOpeningSlipsRead(askedPart(question)) : askedPart(question);
  return { ok: true, question, asked, language, words: readQuestion(asked, language, writtenIn), expects: expectedAnswerType(asked, language), ...(writtenIn !== undefined && { writtenIn }) };
}
