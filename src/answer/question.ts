/**
 * What a question must be before it is looked up: tidy text with something to search for. Odd
 * Unicode (full-width letters, zero-width and bidirectional control characters) is normalised away
 * so that it does not break the lookup. A front end removes its own markup (Discord mentions) first.
 */
import { detectQuestionLanguage } from '../corpus/question-language.js';
import type { Language } from '../corpus/types.js';
import { withoutInvisible } from '../text/invisible.js';
import { WORDS } from './messages.js';
import { readQuestion } from '../search/analyze.js';
import { expectedAnswerType } from './answer-type.js';
import { withOpeningSlipsRead } from './opening-slips.js';
import type { CheckedQuestion, QuestionCheck } from './types.js';

/** Longer than any question a person types; past this it is pasted text, not a question. */
export const MAX_QUESTION_LENGTH = 1000;

const CONTROL = /\p{Cc}/gu;
const SINGLE_LETTER = /^\p{Script=Latin}$/u;

// A Markdown link's text stays, its address goes; a bare address goes. A pasted link names no word of an article
// ("reuters", "asia-pacific", "2023-08-15"), and its English path words would tip a Spanish question to English.
const MARKDOWN_LINK = /\[([^\]\n]*)\]\(\s*<?(?:https?:\/\/|www\.)[^)\s]*>?\s*\)/giu;
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()[\]]+/giu;

/**
 * The question as it is looked up and echoed: NFKC, without invisible or control characters or web
 * addresses (a Markdown link keeps its text), single-spaced.
 */
export function normaliseQuestion(question: string): string {
  const text = withoutInvisible(question.normalize('NFKC')).replace(CONTROL, ' ');
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
  const language = writtenInNeither(normalised) ? 'en' : detectQuestionLanguage(normalised, fallback);
  const words = WORDS[language].question;
  if (normalised === '') return { ok: false, problem: 'empty', language, message: words.empty };
  const length = [...normalised].length;
  if (length > MAX_QUESTION_LENGTH) return { ok: false, problem: 'too_long', language, message: words.tooLong(length, MAX_QUESTION_LENGTH) };
  if (!/[\p{L}\p{N}]/u.test(normalised)) return { ok: false, problem: 'no_words', language, message: words.noWords };
  const checked = readChecked(normalised, language);
  // Only function words ("el la de que y", "what is it?"): nothing of an article to look for, in either language
  // (a translation would look up "the of that and" and find some English article's "of"). Nor in letters alone ("a",
  // "x y"): a single letter matches words at random; in a question ("¿Qué es la vitamina C?") it may name something.
  if (checked.words.content.length === 0 || (normalised.match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => SINGLE_LETTER.test(word))) return { ok: false, problem: 'no_words', language, message: words.noWords };
  return checked;
}

/**
 * Whether a question is written only in scripts other than the Latin one (Arabic, Cyrillic, Han…):
 * neither Spanish nor English, so it is answered in English, the likelier of the two for such a
 * reader to share, instead of being taken for Spanish.
 */
function writtenInNeither(question: string): boolean {
  return /\p{L}/u.test(question) && !/\p{Script=Latin}/u.test(question);
}

/** A normalised question of known language, read once for every step of the lookup; an English one with slips in its opening interrogative or auxiliary read as that word (opening-slips.ts). */
export function readChecked(question: string, language: Language): CheckedQuestion {
  const asked = language === 'en' ? withOpeningSlipsRead(askedPart(question)) : askedPart(question);
  return { ok: true, question, asked, language, words: readQuestion(asked, language), expects: expectedAnswerType(asked, language) };
}

/** At most this many words after the last question mark are taken for a stray remark, not part of the question. */
const MAX_TRAILING_WORDS = 3;

/**
 * The question up to its last question mark when what follows is a stray word or two that asks
 * nothing ("What did Putin promise Kim? thanks", "¿Qué prometió Putin? spoiler"): such a word is found
 * in no passage and, being the rarest word of the question, would weigh most in deciding that the
 * articles do not answer it. A longer tail may say what the question is about ("…? I mean in the
 * letter") and another question ("…? ¿Y Kim?") is asked too: both are kept.
 */
export function askedPart(question: string): string {
  const mark = Math.max(question.lastIndexOf('?'), question.lastIndexOf('？'));
  if (mark < 0) return question;
  const head = question.slice(0, mark + 1);
  const tail = question.slice(mark + 1);
  const tailWords = tail.match(/[\p{L}\p{N}]+/gu) ?? [];
  const strays = tailWords.length > 0 && tailWords.length <= MAX_TRAILING_WORDS && !/[¿？]/u.test(tail);
  return strays && /[\p{L}\p{N}]/u.test(head) ? head : question;
}

