/**
 * Answers in an interview set out as questions and answers under a heading that names the one interviewed ("MAGALY
 * MEDINA: ME ESCAPÉ DEL COLEGIO" ¶ "¿Magaly, qué travesura…?" ¶ "De niña le hice varias…"): the answer is printed
 * without quotation marks or a verb of saying, and is the interviewee's own words, a direct statement.
 */
import type { TextSpan } from '../corpus/types.js';
import { endsAsQuestion } from '../text/question-mark.js';
import type { Draft } from './reading.js';
import { nameSpans, type Sentence } from './tokens.js';
import type { Cast } from './cast.js';
import { isOrganisation } from './reference.js';
import { NAME_PREPOSITIONS } from './lexicon.js';

/** Quotation marks that would make a paragraph a quotation, which the quotation rules read instead. */
const QUOTE_MARKS = /["“”«»]/u;

/**
 * The direct statements of the interviewee for each answer paragraph: a paragraph right after a question, itself no
 * question, heading or quotation, and holding no statement already (`drafts`), under a heading of the vox-pop or
 * interview layout that names a speaker (`headings`, by paragraph index; see extract.ts headingSpeaker). A heading
 * naming nobody ends the interview. The article's `text` and `paragraphs` are as the corpus gives them.
 */
export function interviewAnswers(text: string, paragraphs: readonly TextSpan[], headings: ReadonlyMap<number, string | null>, drafts: readonly Draft[]): Draft[] {
  if (headings.size === 0) return [];
  const answers: Draft[] = [];
  let interviewee: string | null = null;
  paragraphs.forEach((span, index) => {
    if (headings.has(index)) {
      interviewee = headings.get(index) ?? null;
      return;
    }
    const previous = paragraphs[index - 1];
    if (interviewee === null || !previous || headings.has(index - 1) || !endsAsQuestion(text.slice(previous.start, previous.end).trim())) return;
    const answer = text.slice(span.start, span.end);
    if (endsAsQuestion(answer.trim()) || QUOTE_MARKS.test(answer) || drafts.some((draft) => draft.start < span.end && draft.end > span.start)) return;
    const start = span.start + (answer.length - answer.trimStart().length);
    const end = span.start + answer.trimEnd().length;
    answers.push({ kind: 'direct', start, end, attribution: { speaker: interviewee, medium: null }, media: [] });
  });
  return answers;
}

/** Dashes that open a line of dialogue (quotations.ts reads the lines themselves). */
const DIALOGUE_DASH = /^[—–](?=\S)/u;

/** A dash after a space before a lower-case word: the narrator's verb inserted in a line of dialogue ("—dijo X—"). */
const INSERTED_VERB = /\s[—–]\p{Ll}/u;

/**
 * Verbs and nouns of conversation (folded stems) whose "con"/"with"/"a"/"to" names whom a reporter talked to
 * ("Hablamos con X", "conversó con", "en entrevista con", "platicamos con", "spoke to", "an interview with"): the one
 * an interview that follows gives the answers of.
 */
const CONVERSATION = /^(?:habl|convers|dialog|charl|platic|entrevist|spok|speak|talk|interview|chat)/u;

/** Prepositions after a verb of conversation that name whom it was with. */
const CONVERSED_WITH: ReadonlySet<string> = new Set(['con', 'with', 'a', 'to']);

/** Tokens a verb of conversation may have before its preposition ("habló largamente con", "sat down exclusively with"). */
const MAX_CONVERSATION_GAP = 3;

/** Words that end the phrase naming whom the reporter talked to: a relative, a topic, a time ("…, que dirige", "sobre el recorte"). */
const CONVERSED_PHRASE_END: ReadonlySet<string> = new Set(['que', 'quien', 'who', 'that', 'sobre', 'about', 'acerca', 'tras', 'after', 'durante', 'during', 'en', 'in', 'para', 'for']);

/**
 * The person a sentence says the reporter talked to ("Hablamos con Valeria Sosa, que dirige…", "El diario conversó con
 * la directora de la murga, Valeria Sosa", "The Times spoke to Dr. Ana Ruiz"): the first name after a verb of
 * conversation and its preposition, before the phrase ends, that stands outside a title's complement (not after
 * "de"/"of": "la directora de La Trasnochada" names the body) and is no organisation; resolved by the cast to the
 * article's fullest form. Undefined when the sentence holds none.
 */
function conversedWith(sentence: Sentence, text: string, cast: Cast): string | undefined {
  const { tokens } = sentence;
  const spans = nameSpans(sentence, text);
  for (let i = 0; i < tokens.length; i++) {
    // Capitalised only where a sentence opens ("Hablamos con…"); elsewhere a capital is a name's ("Charles").
    if (!CONVERSATION.test(tokens[i]!.key) || (i > 0 && !/^\p{Ll}/u.test(tokens[i]!.text))) continue;
    const preposition = tokens.slice(i + 1, i + 2 + MAX_CONVERSATION_GAP).findIndex((token) => CONVERSED_WITH.has(token.key));
    if (preposition < 0) continue;
    const from = i + 2 + preposition;
    let end = from;
    while (end < tokens.length && !(CONVERSED_PHRASE_END.has(tokens[end]!.key) && /^\p{Ll}/u.test(tokens[end]!.text)) && !['.', ';', ':'].includes(tokens[end]!.text)) end++;
    const person = spans.find((span) => span.from >= from && span.to <= end && !NAME_PREPOSITIONS.has(tokens[span.from - 1]?.key ?? '') && !isOrganisation(span.text));
    if (person) return cast.resolveName(person.text, tokens[person.from]!.start) ?? person.text;
  }
  return undefined;
}

/**
 * Credits the answers of an interview set out in dialogue dashes ("—¿Cómo te enteraste?" ¶ "—Por el grupo de WhatsApp…"),
 * each a direct statement quoting a whole paragraph that answers the interviewer (quotations.ts interviewAnswerLines), to
 * the one interviewed, never to a speaker the narrative had in focus nor to a name the question or answer holds:
 * the person a dash line of the same exchange quotes with an inserted verb ("—¿Vos sabés…? —preguntó Graciela Ledesma—.
 * …" ¶ "—¿Y va a seguir viajando?" ¶ "—Y sí…"), else the person the article says it talked to in a sentence before the
 * exchange (conversedWith), else nobody. `paragraphs` are the article's spans; `drafts` are changed in place.
 */
export function creditDashInterviews(text: string, paragraphs: readonly TextSpan[], sentences: readonly Sentence[], cast: Cast, drafts: readonly Draft[]): void {
  const line = (index: number) => {
    const span = paragraphs[index];
    return span ? text.slice(span.start, span.end).trim() : '';
  };
  // Whom the article says it talked to before each exchange, by the exchange's first paragraph: read once per exchange.
  const introductions = new Map<number, string | undefined>();
  const introduced = (first: number) => {
    if (!introductions.has(first)) {
      const opening = paragraphs[first]?.start ?? 0;
      introductions.set(first, sentences.filter((sentence) => sentence.end <= opening).map((sentence) => conversedWith(sentence, text, cast)).filter((name) => name !== undefined).at(-1));
    }
    return introductions.get(first);
  };
  for (const draft of drafts) {
    const quotation = draft.quotation;
    if (draft.kind !== 'direct' || !quotation?.answersInterviewer) continue;
    // The exchange: the dialogue lines before the answer, up to the first paragraph that is not one.
    let first = quotation.paragraph - 1;
    while (first > 0 && DIALOGUE_DASH.test(line(first - 1))) first--;
    const quoted = drafts.filter((other) => other.quotation && other.quotation.paragraph >= first && other.quotation.paragraph < quotation.paragraph && INSERTED_VERB.test(line(other.quotation.paragraph).slice(1)) && other.attribution?.speaker).at(-1);
    const speaker = quoted?.attribution?.speaker ?? introduced(first);
    draft.attribution = speaker ? { speaker, medium: null } : undefined;
    draft.media = [];
  }
}
