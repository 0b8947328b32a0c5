/**
 * Interviews whose turns open with a label: "Pregunta./Respuesta.", "P./R.", "P:/R:", "—Pregunta:/—Respuesta:",
 * "Q:/A:" (bold in the source, plain once read), or the interviewer's and the interviewee's initials or names ("M.R.:"
 * / "J.E.:", "Diario:" / "Irigoyen:"). The labels say whose every paragraph is, so that no question mark is needed: an
 * answer and the unlabelled paragraphs that continue it are the interviewee's direct statements, label left out; a
 * question is never the interviewee's words, whatever it holds ("P. Usted ha defendido…").
 */
import type { Article, TextSpan } from '../corpus/types.js';
import { endsAsQuestion } from '../text/question-mark.js';
import type { Draft } from './reading.js';
import type { Sentence } from './tokens.js';
import type { Cast } from './cast.js';
import { conversedWith, interviewee, isPersonName, personsBefore } from './interviews.js';
import { addressee } from './addressees.js';
import { foldWord } from './normalize.js';
import { escapeRegExp } from '../text/literal-pattern.js';

/** An interviewer's role label ("P.", "Pregunta:", "Q:", "Question."), after an optional dialogue dash. */
const QUESTION_ROLE = /^(?:[—–-]\s*)?(?:[PQ]\s*[.:]|(?:Pregunta|Question)\s*[.:—–-]?)\s+(?=\S)/u;

/** An interviewee's role label ("R.", "Respuesta:", "A:", "Answer."), after an optional dialogue dash. */
const ANSWER_ROLE = /^(?:[—–-]\s*)?(?:[RA]\s*[.:]|(?:Respuesta|Answer)\s*[.:—–-]?)\s+(?=\S)/u;

/** A speaker's label: initials ("J.E.:", "JE:") or one to three capitalised words ("Irigoyen:", "Carmen Villa:") and a colon. */
const SPEAKER_LABEL = /^(?:[—–-]\s*)?((?:\p{Lu}\.\s?){1,3}|\p{Lu}{1,3}|(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s*:\s+(?=\S)/u;

/** Turns of each side an interview needs at least: one labelled line is a caption or a section's label. */
const MIN_TURNS = 2;

/** A labelled paragraph: whose turn it is, and where its words start after the label. */
interface Turn {
  paragraph: number;
  side: 'question' | 'answer';
  start: number;
  end: number;
}

/** What a labelled interview tells the extractor: its answers, and the paragraphs of its questions and answers. */
export interface LabelledInterview {
  /** The interviewee's direct statements, one per answer paragraph (and per unlabelled paragraph continuing one). */
  answers: Draft[];
  /** The spans of the questions' paragraphs, labels included. */
  questions: TextSpan[];
  /** Whom each answer's own sentences say the interviewee talked to ("Hablé con el concejal."), by answer span. */
  interlocutors: Array<{ span: TextSpan; person: string | null }>;
}

/** A paragraph's text without surrounding spaces, and its offset in the article. */
function lineOf(text: string, span: TextSpan): { line: string; offset: number } {
  const raw = text.slice(span.start, span.end);
  return { line: raw.trim(), offset: span.start + (raw.length - raw.trimStart().length) };
}

/** Folded key of a speaker label: "J. E." and "J.E." are one label. */
function labelKey(label: string): string {
  return foldWord(label.replace(/[\s.]/gu, ''));
}

/** Words of a name whose initials a label spells ("Julián Echeverría Paz" for "J.E."); particles ("de", "del") have none. */
function initialsOf(name: string): string {
  return name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => foldWord(word.charAt(0))).join('');
}

/**
 * The person a speaker label names: a name the cast resolves ("Irigoyen" → "Tomás Irigoyen Lasa"), or the one
 * person of the article whose name's initials begin with the label's letters ("J.E." → "Julián Echeverría Paz").
 */
function labelledPerson(label: string, people: readonly string[], cast: Cast): string | undefined {
  const letters = label.replace(/[\s.]/gu, '');
  if (/\p{Ll}/u.test(letters)) {
    const resolved = cast.resolveName(label) ?? label;
    return isPersonName(resolved) ? resolved : undefined;
  }
  const key = foldWord(letters);
  const matching = people.filter((name) => initialsOf(name).startsWith(key));
  return matching.length === 1 ? matching[0] : undefined;
}

/** The turns of a role-labelled layout (P./R., Q:/A:), or undefined when each side has fewer than MIN_TURNS. */
function roleTurns(text: string, paragraphs: readonly TextSpan[]): Turn[] | undefined {
  const turns: Turn[] = [];
  paragraphs.forEach((span, paragraph) => {
    const { line, offset } = lineOf(text, span);
    const question = QUESTION_ROLE.exec(line);
    const answer = question ? null : ANSWER_ROLE.exec(line);
    const label = question ?? answer;
    if (label) turns.push({ paragraph, side: question ? 'question' : 'answer', start: offset + label[0].length, end: offset + line.length });
  });
  const count = (side: Turn['side']) => turns.filter((turn) => turn.side === side).length;
  return count('question') >= MIN_TURNS && count('answer') >= MIN_TURNS ? turns : undefined;
}

/**
 * The turns of a layout labelled by speaker (two labels, each with MIN_TURNS turns or more, and no third), the
 * questioning side being the label whose turns more often end in a question mark (the first label on a tie), with
 * the other label; undefined when the article has no such layout.
 */
function speakerTurns(text: string, paragraphs: readonly TextSpan[]): { turns: Turn[]; answerLabel: string } | undefined {
  const labelled = paragraphs.flatMap((span, paragraph) => {
    const { line, offset } = lineOf(text, span);
    const label = SPEAKER_LABEL.exec(line);
    return label ? [{ paragraph, key: labelKey(label[1]!), label: label[1]!, start: offset + label[0].length, end: offset + line.length, asks: endsAsQuestion(line) }] : [];
  });
  const keys = [...new Set(labelled.map((turn) => turn.key))];
  if (keys.length !== 2 || keys.some((key) => labelled.filter((turn) => turn.key === key).length < MIN_TURNS)) return undefined;
  const asking = (key: string) => labelled.filter((turn) => turn.key === key && turn.asks).length;
  const questionKey = asking(keys[1]!) > asking(keys[0]!) ? keys[1]! : keys[0]!;
  const turns = labelled.map(({ paragraph, key, start, end }): Turn => ({ paragraph, side: key === questionKey ? 'question' : 'answer', start, end }));
  return { turns, answerLabel: labelled.find((turn) => turn.key !== questionKey)!.label };
}

/**
 * Reads an interview laid out in labelled turns (see the file's comment). The interviewee is the person the answers'
 * speaker label names, else the one the lead or headline says was interviewed (interviews.ts interviewee). Each answer
 * runs on through the unlabelled paragraphs after it that end as sentences, are no heading (`headings`) and hold no
 * statement already (`drafts`). Undefined when the article has no labelled layout or nobody is found to credit.
 */
export function labelledInterview(article: Article, sentences: readonly Sentence[], cast: Cast, headings: ReadonlyMap<number, string | null>, drafts: readonly Draft[]): LabelledInterview | undefined {
  const { text, paragraphs } = article;
  const byRole = roleTurns(text, paragraphs);
  const bySpeaker = byRole ? undefined : speakerTurns(text, paragraphs);
  const turns = byRole ?? bySpeaker?.turns;
  if (!turns) return undefined;
  const first = turns[0]!.paragraph;
  const people = [...new Set(cast.fullNames().filter(isPersonName))];
  const interviewed = (bySpeaker && labelledPerson(bySpeaker.answerLabel, people, cast)) ?? interviewee(article, paragraphs, sentences, cast, first, true);
  const answerer = byRole ? addressedAnswerers(text, turns, cast, people) : undefined;
  if (!interviewed && !answerer) return undefined;
  const answers: Draft[] = [];
  const interlocutors: LabelledInterview['interlocutors'] = [];
  const turnAt = new Map(turns.map((turn) => [turn.paragraph, turn]));
  const answerSpans: Array<TextSpan & { speaker: string | undefined }> = [];
  for (const turn of turns) {
    if (turn.side !== 'answer') continue;
    const speaker = answerer?.(turn.start) ?? interviewed;
    answerSpans.push({ start: turn.start, end: turn.end, speaker });
    for (let index = turn.paragraph + 1; index < paragraphs.length && !turnAt.has(index) && !headings.has(index); index++) {
      const { line, offset } = lineOf(text, paragraphs[index]!);
      if (!/[.!?…]["”»’)]*$/u.test(line) || drafts.some((draft) => draft.start < offset + line.length && draft.end > offset)) break;
      answerSpans.push({ start: offset, end: offset + line.length, speaker });
    }
  }
  for (const { speaker, ...span } of answerSpans) {
    if (!speaker) continue;
    answers.push({ kind: 'direct', start: span.start, end: span.end, attribution: { speaker, medium: null }, media: [] });
    // A pronoun ("Hablé con él") looks back within the exchange only: the question and the answer.
    const asked = turns.filter((turn) => turn.side === 'question' && turn.start < span.start).at(-1)?.start ?? span.start;
    const exchange = sentences.filter((sentence) => sentence.start >= asked && sentence.end <= span.end + 1);
    const person = exchange.filter((sentence) => sentence.start >= span.start).map((sentence) => conversedWith(sentence, text, cast, (at) => personsBefore(exchange, text, cast, at))).find((name) => name !== undefined) ?? null;
    interlocutors.push({ span, person });
  }
  const questions = turns.filter((turn) => turn.side === 'question').map((turn) => paragraphs[turn.paragraph]!);
  return { answers, questions, interlocutors };
}

/**
 * In a transcript whose questions address two people or more by name or title ("P: Ministra, ¿…?" ¶ "R: …" ¶ "P: Doctor
 * Soto, ¿…?"), as a press conference's does, who answers the answer turn starting at an offset: whom the last question
 * before it that addresses someone addressed (a question addressing nobody, "¿Y en la capital?", goes on asking them);
 * undefined before the first such question. A question whose words of address name nobody the article introduced
 * ("Ministra, …" where the lead wrote "la titular de Sanidad") turns to someone other than who answered before: the
 * main official, the first of `people` (the lead's first person), unless she was the one answering, then nobody.
 * Undefined, as a whole, for an interview of one person, whose questions may call them by a title another holds too:
 * its answers are the interviewee's.
 */
function addressedAnswerers(text: string, turns: readonly Turn[], cast: Cast, people: readonly string[]): ((start: number) => string | undefined) | undefined {
  const addressed: Array<{ start: number; person: string | null }> = [];
  for (const turn of turns) {
    if (turn.side !== 'question') continue;
    const person = addressee(text.slice(turn.start, turn.end), turn.start, cast, people);
    if (person === undefined) continue;
    const before = addressed.at(-1)?.person;
    addressed.push({ start: turn.start, person: person ?? (people[0] !== undefined && people[0] !== before ? people[0] : null) });
  }
  if (new Set(addressed.map(({ person }) => person).filter((person) => person !== null)).size < 2) return undefined;
  return (start) => addressed.filter((question) => question.start < start).at(-1)?.person ?? undefined;
}

/** Second-person subjects: an interviewer's "Usted ha defendido…" paraphrases whom it asks, who says nothing there. */
const ADDRESSEE = new Set(['usted', 'ustedes', 'vd', 'ud', 'tu', 'vos', 'you']);

/** Whether a word of `speaker` is written in `passage` other than opening a sentence ("el concejal Ruiz", not "Hablé con…"). */
function namedInside(speaker: string, passage: string): boolean {
  // A pattern made for the word is only tried where the passage writes it: making and running one costs far more than a search.
  return speaker.split(/\s+/u).some((word) => word.length > 2 && passage.includes(word) && new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(passage));
}

/**
 * The statements the sentence reader found, settled against a labelled interview (`interview`) of `text`: a quotation
 * covering a whole answer is left to the answer's own statement; in a question, one credited to nobody, to one who
 * answers or to the one addressed ("Usted") is dropped; in an answer, a statement whose speaker the
 * answer itself does not name ("Hablé con él. Me dijo que…" credited to "Hablé" or to an earlier speaker) is the
 * interlocutor's the answer names, else nobody's. `drafts` are changed in place; the kept ones are returned.
 */
export function settleInterviewDrafts(interview: LabelledInterview, text: string, drafts: readonly Draft[]): Draft[] {
  const answerers = new Set(interview.answers.map((answer) => answer.attribution?.speaker));
  const inside = (draft: Draft, span: TextSpan) => draft.start >= span.start && draft.end <= span.end + 1;
  return drafts.filter((draft) => {
    if (interview.answers.some((answer) => draft.kind === 'direct' && draft.start <= answer.start + 1 && draft.end >= answer.end - 1 && draft.start >= answer.start - 16)) return false;
    const who = draft.attribution?.speaker ?? null;
    if (interview.questions.some((question) => inside(draft, question))) return who !== null && !answerers.has(who) && !ADDRESSEE.has(foldWord(who));
    const answer = interview.interlocutors.find(({ span }) => inside(draft, span));
    if (answer && (who === null || !namedInside(who, text.slice(answer.span.start, draft.end)))) {
      draft.attribution = answer.person ? { speaker: answer.person, medium: null } : undefined;
      draft.media = [];
    }
    return true;
  });
}
