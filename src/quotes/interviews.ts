/**
 * Answers in an interview set out as questions and answers under a heading that names the one interviewed ("MAGALY
 * MEDINA: ME ESCAPÉ DEL COLEGIO" ¶ "¿Magaly, qué travesura…?" ¶ "De niña le hice varias…"): the answer is printed
 * without quotation marks or a verb of saying, and is the interviewee's own words, a direct statement.
 */
import type { Article, TextSpan } from '../corpus/types.js';
import { endsAsQuestion } from '../text/question-mark.js';
import type { Draft } from './reading.js';
import { nameSpans, type NameSpan, type Sentence } from './tokens.js';
import type { Cast } from './cast.js';
import { isOrganisation } from './reference.js';
import { GROUP_NOUNS, INSTITUTION_NOUNS, MEDIUM_NOUNS, NAME_PREPOSITIONS, PRONOUNS, isTitleNoun } from './lexicon.js';
import { isBodyName } from './same-actor.js';
import { isPlaceName } from './countries.js';
import { foldWord, inStoryCase, nameKey } from './normalize.js';
import { words } from '../text/words.js';
import { ownOutletEnd } from './own-outlet.js';

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

/** Dashes that open a line of dialogue, set close or, as English prints them, with a space (quotations.ts reads the lines themselves). */
const DIALOGUE_DASH = /^[—–] ?(?=\S)/u;

/** A dash after a space before a lower-case word: the narrator's verb inserted in a line of dialogue ("—dijo X—"). */
const INSERTED_VERB = /\s[—–]\p{Ll}/u;

/**
 * Verbs and nouns of conversation (folded stems) whose "con"/"with"/"a"/"to" names whom a reporter talked to
 * ("Hablamos con X", "conversó con", "en entrevista con", "platicamos con", "spoke to", "an interview with"): the one
 * an interview that follows gives the answers of.
 */
const CONVERSATION = /^(?:habl|convers|dialog|charl|platic|entrevist|spok|speak|talk|interview|chat|sat$|sit$|sits$)/u;
/**
 * Prepositions of company after a verb of conversation: a capitalised one opening its sentence is that verb ("Hablamos con
 * ella en su laboratorio"), not a name such as "Charles".
 */
const COMPANY: ReadonlySet<string> = new Set(['con', 'with', 'to']);

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
 * article's fullest form. A pronoun there ("Hablamos con ella", "sat down with him") is, when `antecedents` is given,
 * the last person of `antecedents(at)` (the names written before offset `at`, in order, where the pronoun may look).
 * Undefined when the sentence holds none.
 */
export function conversedWith(sentence: Sentence, text: string, cast: Cast, antecedents?: (at: number) => readonly string[]): string | undefined {
  const { tokens } = sentence;
  const spans = nameSpans(sentence, text);
  for (let i = 0; i < tokens.length; i++) {
    // Capitalised only where a sentence opens ("Hablamos con…"); elsewhere a capital is a name's ("Charles").
    if (i > 0 && !/^\p{Ll}/u.test(tokens[i]!.text)) continue;
    // "We asked her about…", "We asked Dr. Reyes…": the reporter's own asking names whom with no preposition.
    const asked = WE_ASKED.has(tokens[i]!.key) && tokens[i - 1]?.key === 'we' && (OBJECT_PRONOUNS.has(tokens[i + 1]?.key ?? '') || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
    if (!asked && !CONVERSATION.test(tokens[i]!.key)) continue;
    const preposition = asked ? -1 : tokens.slice(i + 1, i + 2 + MAX_CONVERSATION_GAP).findIndex((token) => CONVERSED_WITH.has(token.key));
    if (!asked && preposition < 0) continue;
    const from = i + 2 + preposition;
    let end = from;
    while (end < tokens.length && !(CONVERSED_PHRASE_END.has(tokens[end]!.key) && /^\p{Ll}/u.test(tokens[end]!.text)) && !['.', ';', ':'].includes(tokens[end]!.text)) end++;
    const person = spans.find((span) => span.from >= from && span.to <= end && !NAME_PREPOSITIONS.has(tokens[span.from - 1]?.key ?? '') && !isOrganisation(span.text));
    // "X talks to The Coastal Gazette", "In an interview with El Faro, la rectora X…": whom an outlet interviewed is
    // the one person the sentence names besides it; the outlet itself never answers.
    if (person && namesOutlet(sentence, person)) {
      const others = spans.filter((span) => span !== person && !NAME_PREPOSITIONS.has(tokens[span.from - 1]?.key ?? '') && !namesOutlet(sentence, span))
        .map((span) => cast.resolveName(span.text, tokens[span.from]!.start) ?? span.text).filter(isPersonName);
      if (new Set(others).size === 1) return others[0];
      continue;
    }
    if (person) return cast.resolveName(person.text, tokens[person.from]!.start) ?? person.text;
    // "Hablamos con ella", "We sat down with him": the person the article named last before the pronoun.
    if (antecedents && (PRONOUNS.has(tokens[from]?.key ?? '') || OBJECT_PRONOUNS.has(tokens[from]?.key ?? ''))) return antecedents(tokens[from]!.start).filter(isPersonName).at(-1);
  }
  return undefined;
}

/** Verbs of receiving a visitor (folded stems): "X recibe a este diario", "atendió a Radio Fides", "receives The Courier". */
const RECEIVING = /^(?:recib|atend|atiend|receiv|welcom|host(?:s|ed|ing)?$)/u;

/**
 * What a sentence says of a visit received ("Mario Quispe, dirigente vecinal, recibe a este diario en su casa", "El
 * dirigente Mario Quispe atendió a Radio Fides", "The union leader receives Weekly Record"): the guest, the name written
 * as the object of a verb of receiving (none for the article's own outlet, "este diario", "this newspaper", read by
 * own-outlet.ts `ownOutletEnd`); and the host, the person named before the verb, resolved by the cast, when one is and the
 * guest is an outlet (the own one, a name opened by an article or a medium's noun, or a medium the article names). A role
 * noun ("La sindicalista recibe a…") names no host, nor does a place ("…de CCOO en Alcoy recibe a…"). Undefined when
 * the sentence receives nobody.
 */
function reception(sentence: Sentence, text: string, cast: Cast): { host: string | undefined; guest: string | undefined } | undefined {
  const { tokens } = sentence;
  const spans = nameSpans(sentence, text);
  for (let i = 1; i < tokens.length; i++) {
    if (!RECEIVING.test(tokens[i]!.key) || !/^\p{Ll}/u.test(tokens[i]!.text)) continue;
    const object = ['a', 'al'].includes(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
    const own = ownOutletEnd(tokens, object) !== undefined;
    const guest = own ? undefined : spans.find((span) => span.from === object || (span.from === object + 1 && /^\p{L}/u.test(tokens[object]!.text)));
    if (!own && !guest) continue;
    // "The Courier", "La Gaceta", or a name the article presents as a medium or opens with a medium's noun ("Radio Fides").
    const outlet = own || namesOutlet(sentence, guest!) || cast.isMedium(guest!.text) || MEDIUM_NOUNS.has(tokens[guest!.from]!.key);
    const named = outlet ? spans.find((span) => span.to <= i && !NAME_PREPOSITIONS.has(tokens[span.from - 1]?.key ?? '') && !namesOutlet(sentence, span) && !isOrganisation(span.text)) : undefined;
    const host = named ? cast.resolveName(named.text, tokens[named.from]!.start) ?? named.text : undefined;
    return { host: host !== undefined && isPersonName(host) ? host : undefined, guest: guest?.text };
  }
  return undefined;
}

/** English verbs of asking after "we": the reporter questioned whom follows ("We asked her about her plans"). */
const WE_ASKED: ReadonlySet<string> = new Set(['asked', 'ask', 'questioned']);

/** Articles that open a publication's name, never a person's ("The Coastal Gazette", "La Gaceta del Valle", "the Northern Courier"). */
const OUTLET_ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las']);

/**
 * Whether a name `sentence` writes (`span`) is an outlet's rather than a person's: a name opened by an article, within it
 * ("The Valley Ledger", "El Faro Austral") or just before it ("with the Northern Courier"), as a publication's is and a
 * person's is not. (The cast's media are no test here: a person a lead names after "este medio dialogó con" may be
 * among them.)
 */
function namesOutlet(sentence: Sentence, span: NameSpan): boolean {
  const { tokens } = sentence;
  return OUTLET_ARTICLES.has(tokens[span.from]!.key) || OUTLET_ARTICLES.has(tokens[span.from - 1]?.key ?? '');
}

/** Object pronouns of one person after "with"/"to" ("sat down with him"); the Spanish ones are the subject forms (PRONOUNS). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);

/**
 * The names `sentences` write before character offset `at`, in order, resolved by the cast: where a pronoun may look
 * back. A name after "de"/"of"/"en" is a place's or a body's complement ("los arrecifes de Cayo Guanaja"), none.
 */
export function personsBefore(sentences: readonly Sentence[], text: string, cast: Cast, at: number): string[] {
  return sentences.flatMap((sentence) => nameSpans(sentence, text)
    .filter((span) => sentence.tokens[span.from]!.start < at && !NAME_PREPOSITIONS.has(sentence.tokens[span.from - 1]?.key ?? ''))
    .map((span) => cast.resolveName(span.text, sentence.tokens[span.from]!.start) ?? span.text));
}

/** A word naming the genre in a headline or lead ("Entrevista a…", "An interview with…", "la entrevista"). */
const INTERVIEW_WORD = /^(?:entrevista|interview)$/u;

/** Words of a person's name beyond which a capitalised run is a body's or a work's. */
const MAX_PERSON_NAME_WORDS = 5;

/**
 * Whether a name the article writes in full reads as a person's: two to five words, no body's, place's or institution's
 * name, not opened by a title or group noun (unquoted.ts reads people the same way).
 */
export function isPersonName(name: string): boolean {
  const key = nameKey(name);
  const parts = key.split(' ');
  if (parts.length < 2 || parts.length > MAX_PERSON_NAME_WORDS || isOrganisation(name)) return false;
  return !isBodyName(key) && !isPlaceName(key) && !isTitleNoun(parts[0]!) && !GROUP_NOUNS.has(parts[0]!) && !parts.some((word) => INSTITUTION_NOUNS.has(word));
}

/** A headline giving a person's words after their name and a colon ("Ana Ruiz Gil: «…»", "Helen Okafor: 'We…'"). */
const HEADLINE_SPEAKER = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)\s*:\s*["“«‘']/u;

/**
 * A kicker over an interview naming the interviewee in capitals, alone or before a separator and a description ("ROSA
 * LIMA", "ROSA LIMA | Secretaria general de…", "TOM BRIGGS — union leader"): the name's words.
 */
const KICKER_NAME = /^((?:\p{Lu}[\p{Lu}'’.-]*\s+){1,3}\p{Lu}[\p{Lu}'’-]+)\s*(?:$|[|·:–—-])/u;

/** "Entrevista a la entrenadora Paula Benítez", "Interview with Dr. Helen Okafor": the capitalised run after the genre's preposition. */
const TITLE_INTERVIEWEE = /\b(?:entrevista|interview)\s+(?:a|con|with)\s+(?:[\p{Ll}.]+\s+)*?((?:\p{Lu}[\p{L}'’.-]*\s*){2,5})/iu;

/**
 * The one interviewed in an interview whose first line is paragraph `first`, from the text before it: the person the
 * article says it talked to or who received the outlet (conversedWith, reception; the last such sentence), else the
 * person a headline "Entrevista a X" or "X: «…»" names or a kicker in capitals ("ROSA LIMA | Dirigente…"), else the person a pronoun after a verb of conversation points back to ("Hablamos con ella"),
 * else, when the layout or the lead marks an interview (`marked`, or a lead that talks of an interview or a
 * conversation: "Habló con este medio", "spoke to us"), the one person the lead names in full (never whom it says was
 * received: "La sindicalista recibe a Crónica Uno"), or the one of them the headline names too, or the one given a title or a short form. Undefined when none of these is found: an explainer's question headings credit nobody.
 */
export function interviewee(article: Article, paragraphs: readonly TextSpan[], sentences: readonly Sentence[], cast: Cast, first: number, marked: boolean): string | undefined {
  const { text } = article;
  const opening = paragraphs[first]?.start ?? 0;
  const lead = sentences.filter((sentence) => sentence.end <= opening);
  const received = lead.map((sentence) => reception(sentence, text, cast));
  const talkedTo = lead.map((sentence, n) => conversedWith(sentence, text, cast) ?? received[n]?.host).filter((name) => name !== undefined).at(-1);
  if (talkedTo) return talkedTo;
  const headline = (TITLE_INTERVIEWEE.exec(article.title) ?? HEADLINE_SPEAKER.exec(article.title))?.[1]?.trim().replace(/[.,:;]+$/u, '');
  if (headline && isPersonName(headline)) return cast.resolveName(headline) ?? headline;
  const kicker = paragraphs.slice(0, first).map((span) => KICKER_NAME.exec(text.slice(span.start, span.end).trim())?.[1]).find((name) => name !== undefined);
  const kicked = kicker === undefined ? undefined : inStoryCase(kicker.split(/\s+/u));
  if (kicked && isPersonName(kicked)) return cast.resolveName(kicked) ?? kicked;
  const pointedAt = lead.map((sentence) => conversedWith(sentence, text, cast, (at) => personsBefore(lead, text, cast, at))).filter((name) => name !== undefined).at(-1);
  if (pointedAt) return pointedAt;
  const interviewLead = marked || words(article.title).some((word) => INTERVIEW_WORD.test(word))
    || lead.some(({ tokens }) => tokens.some((token, i) => INTERVIEW_WORD.test(token.key) || (WE_ASKED.has(token.key) && tokens[i - 1]?.key === 'we') || (CONVERSATION.test(token.key) && (/^\p{Ll}/u.test(token.text) || (i === 0 && COMPANY.has(tokens[1]?.key ?? ''))))));
  if (!interviewLead) return undefined;
  // "junto al director de Vigilancia Epidemiológica, Andrés Soto": a name after "de" is what a title belongs to, no one interviewed.
  // "La sindicalista recibe a Crónica Uno": whom the lead says was received is the one interviewing, never the one interviewed.
  const guests = new Set(received.map((visit) => visit?.guest));
  const people = [...new Set(lead.flatMap((sentence) => nameSpans(sentence, text).filter((span) => !namesOutlet(sentence, span) && !guests.has(span.text) && !NAME_PREPOSITIONS.has(sentence.tokens[span.from - 1]?.key ?? '')).map((span) => cast.resolveName(span.text, sentence.tokens[span.from]!.start) ?? span.text)))].filter(isPersonName);
  if (people.length === 1) return people[0];
  // The lead names others too (a predecessor, a critic): the interviewee is the one the headline names as well.
  const inHeadline = people.filter((name) => name.split(/\s+/u).some((word) => word.length > 2 && words(article.title).includes(foldWord(word))));
  if (inHeadline.length === 1) return inHeadline[0];
  const titled = people.filter((name) => cast.titlesOf(name).length > 0 || cast.aliasesOf(name).length > 0);
  return titled.length === 1 ? titled[0] : undefined;
}

/**
 * Credits the answers of an interview set out in dialogue dashes ("—¿Cómo te enteraste?" ¶ "—Por el grupo de WhatsApp…"),
 * each a direct statement quoting a whole paragraph that answers the interviewer (quotations.ts interviewAnswerLines), to
 * the one interviewed, never to a speaker the narrative had in focus nor to a name the question or answer holds:
 * the person a dash line of the same exchange quotes with an inserted verb ("—¿Vos sabés…? —preguntó Graciela Ledesma—.
 * …" ¶ "—¿Y va a seguir viajando?" ¶ "—Y sí…"), else the one the lead or headline says was interviewed (interviewee),
 * else nobody. `drafts` are changed in place.
 */
export function creditDashInterviews(article: Article, sentences: readonly Sentence[], cast: Cast, drafts: readonly Draft[]): void {
  const { text, paragraphs } = article;
  const line = (index: number) => {
    const span = paragraphs[index];
    return span ? text.slice(span.start, span.end).trim() : '';
  };
  // Whom the article says was interviewed before each exchange, by the exchange's first paragraph: read once per exchange.
  const introductions = new Map<number, string | undefined>();
  const introduced = (first: number) => {
    if (!introductions.has(first)) introductions.set(first, interviewee(article, paragraphs, sentences, cast, first, false));
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

/** The interviewer's label opening a question line: "P.", "Pregunta:", "Q:", "Question:", a dialogue dash. */
const QUESTION_LABEL = /^(?:(?:P|Q)\s*[.:]|(?:Pregunta|Question)\s*[.:]|[—–](?=\S))\s*/u;

/** The answer's label opening an answer line: "R.", "Respuesta:", "A:", "Answer:", a dialogue dash. */
const ANSWER_LABEL = /^(?:(?:R|A)\s*[.:]|(?:Respuesta|Answer)\s*[.:]|[—–] ?(?=\S))\s*/u;

/** A name and a colon opening an answer line ("Benítez: Llegamos bien…", "Helen Okafor: More nurses."). */
const NAME_LABEL = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*:\s+(?=\S)/u;

/** Question lines followed by an answer an interview needs at least: one is a rhetorical question or an explainer's heading. */
const MIN_EXCHANGES = 2;

/**
 * The interviewee's answers in an interview set out as question lines and answer paragraphs, as magazines and
 * Markdown pages print one: a question ("¿Cuántas familias…?", "P. ¿…?", "Pregunta: ¿…?", "Q: …?", "—¿…?", bold in the
 * source) and the paragraphs up to the next question (the last question's first paragraph only), each a direct
 * statement without its label ("R.", "Respuesta:", "A:", "—"). An answer labelled with a name ("Benítez: …") is that
 * person's, resolved by the cast; others are the interviewee's (see interviewee: the lead must name them, or the
 * layout or the lead mark an interview). Needs MIN_EXCHANGES questions answered; a paragraph that is a heading
 * (`headings`), is already one statement (`drafts`), or follows a heading is no answer. Empty when nobody is found.
 */
export function questionAnswerInterviews(article: Article, sentences: readonly Sentence[], cast: Cast, headings: ReadonlyMap<number, string | null>, drafts: readonly Draft[]): Draft[] {
  const { text, paragraphs } = article;
  const lines = paragraphs.map((span) => text.slice(span.start, span.end).trim());
  const isQuestion = lines.map((line, index) => line.length > 0 && !headings.has(index) && endsAsQuestion(line));
  const questions = isQuestion.flatMap((question, index) => (question && index + 1 < lines.length && !isQuestion[index + 1] ? [index] : []));
  if (questions.length < MIN_EXCHANGES) return [];
  // Labels mark an interview; a dash does not (reporters print a street exchange with a passer-by in dashes too).
  const marks = (line: string, label: RegExp) => !DIALOGUE_DASH.test(line) && label.test(line);
  const labelled = questions.some((index) => marks(lines[index]!, QUESTION_LABEL) || marks(lines[index + 1]!, ANSWER_LABEL) || NAME_LABEL.test(lines[index + 1]!));
  const speaker = interviewee(article, paragraphs, sentences, cast, questions[0]!, labelled);
  const answers: Draft[] = [];
  questions.forEach((question, n) => {
    const next = questions[n + 1] ?? question + 2;
    for (let index = question + 1; index < next && index < lines.length && !isQuestion[index] && !headings.has(index); index++) {
      const span = paragraphs[index]!;
      const offset = text.indexOf(lines[index]!, span.start);
      const answerLabel = ANSWER_LABEL.exec(lines[index]!);
      const named = answerLabel ? null : NAME_LABEL.exec(lines[index]!);
      const label = answerLabel ?? named;
      const start = offset + (label?.[0].length ?? 0);
      const end = offset + lines[index]!.length;
      const labelName = named ? cast.resolveName(named[1]!, start) ?? named[1]! : undefined;
      const who = labelName === undefined ? speaker : isPersonName(labelName) ? labelName : undefined;
      if (!who || drafts.some((draft) => draft.start <= start && draft.end >= end - 1)) continue;
      answers.push({ kind: 'direct', start, end, attribution: { speaker: who, medium: null }, media: [] });
    }
  });
  return answers;
}
