/**
 * The /ask answer engine: looks the question up, and answers with the sentence or two that answer it,
 * quoted verbatim, each pointing at a numbered citation of the article it comes from. Whether to
 * answer is a graded decision (answerability.ts): answered; not answered but related (refused, with
 * the best-matching passages cited as leads); or off-topic (refused, nothing cited). An LLM, when
 * configured, may translate the question for the lookup and rewrite the extractive answer
 * (summarise.ts); neither is needed.
 */
import type { Article, Language, TextSpan } from '../corpus/types.js';
import { analyserFor, nameRuns, wordTerms, writtenInWords, type QuestionWords } from '../search/analyze.js';
import { OTHER_INTERROGATIVES } from '../text/interrogatives.js';
import type { PassageIndex } from '../search/store.js';
import type { Statement } from '../quotes/types.js';
import { groupBy } from '../arrays.js';
import { passageIdsOf } from '../corpus/split.js';
import { remembered } from '../remembered.js';
import { foldAccents, words, writtenWords } from '../text/words.js';
import { nounFormVerb, speechVerb } from '../quotes/lexicon.js';
import { askedKind, askingWords, type AnswerType, type AskedKind, asksYear, carriesAge, carriesAnswerType, carriesDuration, dateDetail, givesYear, MONTH_DETAIL, numberWordsKnown } from './answer-type.js';
import { answers, type AnswerabilityFeatures, type AnswerabilityModels, type LookupMode } from './answerability.js';
import { ANSWERABILITY_MODELS } from './answerability-model.js';
import { joinPartAnswers, questionParts, withSharedPredicates, type QuestionPart } from './compound.js';
import { gatherEvidence, sentencesAfter, type Evidence } from './evidence.js';
import { answerUnit, excerptAround, wordCut } from './excerpt.js';
import { lookFurther, lookUp, safely, type Translate } from './lookup.js';
import { termMatcher, type TermMatcher } from './matching.js';
import { nameAsked, namesSomeone } from './name-asked.js';
import { WORDS } from './messages.js';
import { announcedOnly, askedVerbAhead, asksAhead, asksDone, asksOutcome } from './announced.js';
import { givesCause, whyPhrase } from './cause.js';
import { tellsSuccession } from './succession.js';
import { kindFlags } from './expected-kinds.js';
import { contraryUnmet } from './contrary.js';
import { negationUnmet } from './negation.js';
import { figureUnmet } from './other-figure.js';
import { asksSpeed, givesSpeed } from './speed.js';
import { asksHarm, asksHurt, countsNoHarmed, countsOnlyHarmed } from './harmed.js';
import { asksLifeEvent, tellsLifeEvent } from './life-events.js';
import { asksEarnings, asksMoney, givesMoney, pricedNoun } from './money.js';
import { relativeYears, yearNowhere, yearUnmet } from './other-year.js';
import { nameChanged } from './name-changed.js';
import { otherRank } from './other-rank.js';
import { asksFigure, figureOfAnotherName } from './name-swap.js';
import { answersOnlyByRequest, asksForRequest } from './request.js';
import { namesHeldOtherwise } from './name-forms.js';
import { namedInOtherStory, namedNowhere } from './other-story.js';
import { storyDateTerms } from './story-date.js';
import { askedPart } from './asked-part.js';
import { speaksOfHeadline } from './list-parts.js';
import { rolesNowhere } from './role-nowhere.js';
import { readChecked } from './question.js';
import { addressees, askedRole } from './roles.js';
import { questionAsRead } from './spelling.js';
import { withSpeakerFollowUps } from './speaker-follow-up.js';
import { definedSubject } from './definition.js';
import { nameSlots } from './name-slot.js';
import { agentNoun, countNear, figureOfList, givesCountOf, givesFigureOfName, namesRoleHolder, scoreSentences, type CandidateSentence, type Expectation, type ScoredSentences, type SentenceWeights, type Voices } from './select.js';
import type { AskResult, CheckedQuestion, Citation, RetrievedPassage } from './types.js';
import { numberMarkers, writtenText, type Written } from './written.js';

export interface AnswerInput {
  index: PassageIndex;
  articles: ReadonlyMap<string, Article>;
  /** The question as checkQuestion accepted and read it. */
  question: CheckedQuestion;
  /** Optional LLM summary of the extractive draft; never throws, falls back to the draft. */
  summarise?: (draft: AskResult) => Promise<AskResult>;
  /** Optional translation of the question into the articles' language, for the lookup only. */
  translate?: Translate;
  /** The answerability models; the committed ones (answerability-model.ts) unless an evaluation fits its own. */
  models?: AnswerabilityModels;
  /** How sentences are scored (select.ts); the chosen SENTENCE_WEIGHTS unless an evaluation tries others. */
  sentenceWeights?: SentenceWeights;
  /** Share of its paragraph neighbours' score a passage gains in retrieval (retrieve.ts); NEIGHBOUR_WEIGHT unless an evaluation tries another. */
  neighbourWeight?: number;
  /** At most this many citations: the room the front end has for them. Unset, every passage quoted or close to the best is cited. */
  maxCitations?: number;
  /**
   * The speaker a name stands for, as the quote rules know it, with their statements; undefined when
   * it names no known speaker. Lets "¿Qué dijo Putin?" quote what Putin said, not a sentence where
   * Kim speaks of him with the same verb.
   */
  statementsBy?: (name: string) => SpeakerStatements | undefined;
  /**
   * Every statement the quote rules found in an article, by article id (any speaker, or none). With `statementsBy`,
   * lets a question about what one speaker said or promised set aside sentences that report only another's words.
   */
  statementsIn?: (articleId: string) => readonly Statement[];
  /**
   * For a part of a compound question that names no one of its own ("¿… y con qué objetivo?"), the speaker the whole
   * question asks about ("¿Qué prometió Putin … ?"): another speaker's words do not answer that part either.
   */
  impliedSpeaker?: SpeakerStatements;
}

/** A known speaker's statements, and the forms the articles name the speaker by. */
export interface SpeakerStatements {
  /** The canonical name, then the other forms ("Kim Jong Un", "Kim", "el líder norcoreano"). */
  forms: string[];
  statements: readonly Statement[];
}
/** Room for the quoted sentences in the answer; with the bot's own words the answer stays near 600 characters. */
const MAX_QUOTED_CHARS = 500;
/**
 * A passage the answer does not quote is still cited when its retrieval score is at least this share
 * of the best one: on XQuAD this keeps every gold paragraph cited and drops a quarter of the rest.
 */
const SEE_ALSO_SHARE = 0.5;
/** Share of a question's content words that a passage must hold to be offered as a lead, when the question names no one. */
const LEAD_SHARE = 0.5;
/** A Spanish adverb of manner, folded ("finalmente", "aproximadamente"). */
const MANNER_ADVERB = /\p{L}{3,}mente$/u;

/** What the lookup found, before deciding whether it answers the question. */
export interface Assessment {
  features: AnswerabilityFeatures;
  /** How the question met the passages: which model decides. */
  mode: LookupMode;
  /** The question is negated and the sentences the answer would quote are not (negation.ts): refused whatever the model says. */
  negationUnmet: boolean;
  /** The question asks for one end of a scale ("el más pequeño") and the sentences the answer would quote give only the other (contrary.ts): refused whatever the model says. */
  contraryUnmet: boolean;
  /**
   * The question names a year that the answer's sentences and passages never give, and the sentences give another, or none
   * while their story gives the asked one to something else (other-year.ts): refused whatever the model says, with leads
   * none of which is offered as a possible answer.
   */
  yearUnmet: boolean;
  /**
   * The question names a year that the answer's story never writes, nor dates itself by, and the sentences the answer
   * would quote name none (other-year.ts `yearNowhere`): refused whatever the model says, with leads none of which is
   * offered as a possible answer.
   */
  yearNowhere: boolean;
  /**
   * The question names a year that the answer's passages hold, but neither the sentences the answer would quote nor the
   * sentence before the first, while those sentences name another year (other-year.ts `yearUnmet` read on the sentences
   * alone): the asked year dates another event of the paragraph ("Who restored the lighthouse in 1962?" beside "The
   * lighthouse was restored in 2019 by…", where 1962 is the year the tower was automated, told two sentences up). Refused
   * whatever the model says, with leads none of which is offered as a possible answer.
   */
  yearInAnotherSentence: boolean;
  /**
   * A name of the question of two words or more, joined by a particle ("Ancla de Oro"), is written by the first quoted
   * sentence with one word changed in its place ("Ancla de Plata": name-changed.ts), the question asking for no person:
   * refused whatever the model says, with leads none of which is offered as a possible answer.
   */
  nameChanged: boolean;
  /**
   * The question names a rank of a noun, a weekday or a month ("la sexta ronda", "el martes") that the answer's story
   * never names, while the first quoted sentence names another of the same series ("la cuarta ronda", "el lunes":
   * other-rank.ts): refused whatever the model says, with leads none of which is offered as a possible answer.
   */
  otherRank: boolean;
  /** The question gives a quantity ("804 litros") that the answer's sentences and passages never give, and the sentences give another of the same thing (other-figure.ts): refused whatever the model says. */
  figureUnmet: boolean;
  /** The question asks for a year ("¿En qué año…?", "What year…?") and the sentences the answer would quote give none (answer-type.ts `givesYear`): refused whatever the model says. */
  yearNotGiven: boolean;
  /** The question asks how many or how much ("¿Cuántos misiles…?", "¿Cuánto pagó…?") and the sentences the answer would quote hold no number: refused whatever the model says. */
  countUnmet: boolean;
  /**
   * The question asks for a price, a cost, a sum paid or what someone earns ("What was the price of diesel…?", "¿Cuánto
   * gana un minero…?") and neither the first story's sentences the answer would quote nor the passages they are read with
   * give an amount of money (money.ts): refused whatever the model says.
   */
  moneyNotGiven: boolean;
  /** The question names something the answer's story never mentions and another story does (other-story.ts): refused whatever the model says. */
  otherStory: boolean;
  /**
   * The question asks what happened and the sentences the answer would quote give the asked kind of answer only in what
   * someone asked for, proposed or expects (request.ts): refused whatever the model says, the passage cited as a lead.
   */
  requestOnly: boolean;
  /**
   * The question asks what a known speaker said about something ("¿Qué dijo Kim de su pueblo?", "¿Qué piensa Seúl de la
   * visita?") and neither the sentences the answer would quote nor their story's headline hold anything of it besides the
   * speaker: refused whatever the model says.
   */
  offTopicStatement: boolean;
  /**
   * The question asks what someone it names said ("¿Qué respondió Bukele…?"), the quote rules know no statement of
   * theirs (speakerOf), and the sentence the answer would quote first does not name them: refused whatever the model says.
   */
  unquotedSpeaker: boolean;
  /** The question asks how something turned out and the first story's sentences speak only of what is ahead (announced.ts): refused whatever the model says. */
  outcomeAhead: boolean;
  /**
   * The sentence the answer would quote first gives a figure beside another name, and lacks one of the question's names,
   * which its story holds only in sentences without a figure, or, for a question counting a noun, without a count
   * (name-swap.ts): refused whatever the model says.
   */
  figureOfAnotherName: boolean;
  /** The question asks for a speed ("How fast…?", "¿A qué velocidad…?") and the sentences the answer would quote give none (speed.ts): refused whatever the model says. */
  speedNotGiven: boolean;
  /**
   * The question asks for a figure and names something no passage of the archive holds in any of its words, nor its story
   * in another form ("en la provincia de Zaragoza" over an archive that names only Huesca and Aragón; other-story.ts
   * `namedNowhere`): the figure found is something else's. Refused whatever the model says.
   */
  nameUnknown: boolean;
  /**
   * The question counts something and asks nothing about harm, and every figure the first story's quoted sentences give
   * counts people hurt, killed, held or moved ("How many workers are employed…?" beside "The blast injured two workers";
   * harmed.ts): refused whatever the model says, with leads none of which is offered as a possible answer.
   */
  harmedCount: boolean;
  /**
   * The question asks when someone was born or died ("¿En qué año nació…?", "When did … die?") and no sentence the answer
   * would quote tells of that birth or death, nor gives a lifespan (life-events.ts): the date found is of another event.
   * Refused whatever the model says, with leads none of which is offered as a possible answer.
   */
  lifeEventNotTold: boolean;
  /**
   * The question asks how many died or were hurt, and no figure of the first story's quoted sentences stands beside a
   * word of harm ("42 casos confirmados" for "¿Cuántas muertes…?"; harmed.ts `countsNoHarmed`). Refused whatever the
   * model says, with leads none of which is offered as a possible answer.
   */
  harmNotCounted: boolean;
  /**
   * The question asks of the holder of a role ("el entrenador", "the chairman") that the answer's story never writes, while
   * its first quoted sentence is on topic (role-nowhere.ts): what it says, it says of another. Refused whatever the model
   * says, with leads none of which is offered as a possible answer.
   */
  roleNowhere: boolean;
  /**
   * The question asks for the name of a person it names by a noun ("¿Cómo se llama el minero…?", "What was the deckhand's
   * name?": name-asked.ts) and neither the first story's quoted sentences nor the sentence before the first name anyone
   * besides the question's words: they describe the person without naming them. Refused whatever the model says, with
   * leads none of which is offered as a possible answer.
   */
  nameNotGiven: boolean;
  /** The passage the answer would quote first; undefined when no sentence matches the question at all. */
  firstPassageId: string | undefined;
  /** The answer to give if the articles answer (made on demand), with what it quotes; undefined when there is none to give. */
  answer(): Answered | undefined;
  /** The refusal to give otherwise (made on demand): with leads when passages share the question's content, else without. */
  refusal(): Refusal;
}

/** An answer, and what it quotes (written.ts): the parts a compound question's reply is joined from. */
export interface Answered {
  result: AskResult;
  written: Written;
}

/** A refusal, and whether its first lead may answer (holds what the question asks for beside its words). */
interface Refusal {
  result: AskResult;
  possible: boolean;
}

/** A question's outcome: an answer with what it quotes, or a refusal. */
type Outcome = (Answered & { possible: false }) | (Refusal & { written?: undefined });

/**
 * The answer, or a refusal with or without leads, as the answerability model decides. A compound
 * question (compound.ts) is answered part by part, unless the articles answer none of its parts.
 */
export async function answerQuestion(input: AnswerInput): Promise<AskResult> {
  // Nothing was searched: saying the articles do not cover the question would hide that there are none (a mistyped SEEDS_DIR).
  if (input.articles.size === 0) {
    const { question, language } = input.question;
    return { question, language, answer: WORDS[language].noArticles, mode: 'extractive', refused: true, citations: [] };
  }
  const parts = questionParts(input.question.asked, input.question.language);
  const draft = repliedInstead(input.question, (parts && (await answerInParts(input, parts))) ?? (await answerWhole(input)).result);
  return input.summarise ? input.summarise(draft) : draft;
}

/**
 * The answer with a notice that it is worded in another language than the question's, when the bot does not reply in
 * that one. A refusal of such a question says that the bot could not read it, not that the articles do not cover it
 * (a French "Poutine" is the articles' "Putin": newcomer 24's D4), with the names and numbers it could look up.
 */
function repliedInstead({ writtenIn, language, asked }: CheckedQuestion, result: AskResult): AskResult {
  if (writtenIn === undefined) return result;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(writtenIn) ?? writtenIn;
  if (!result.refused) return withNotice(result, WORDS[language].repliesInstead(name));
  const searched = [...new Set(asked.match(LATIN_NAME_OR_NUMBER) ?? [])].filter((word) => !writtenInWords(writtenIn).has(words(word)[0] ?? '')).join(', ');
  const leads = result.citations.length > 0 ? markersOf(result.citations) : undefined;
  const answer = WORDS[language].unread(name, writtenIn in OTHER_INTERROGATIVES, searched === '' ? undefined : searched, leads, inLatinScript(asked));
  return { ...result, answer };
}

// A word in Latin script written as a name (capitalised), or a number: what a question the bot cannot read still names.
const LATIN_NAME_OR_NUMBER = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Script=Latin}\p{M}]*\p{Script=Latin}[\p{Script=Latin}\p{M}]*|\p{N}+(?:[.,]\p{N}+)*)(?![\p{L}\p{N}])/gu;

/** Whether most of `text`'s letters are Latin (a French or Polish question, not a Russian or Chinese one). */
function inLatinScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length * 2 > letters.length;
}

/** `result` with `said` after its notice, if it has one. */
export function withNotice(result: AskResult, said: string): AskResult {
  return { ...result, notice: result.notice ? `${result.notice} ${said}` : said };
}

async function answerWhole(input: AnswerInput): Promise<Outcome> {
  const assessment = await assessQuestion(input);
  const answer = decidesToAnswer(assessment, input.models ?? ANSWERABILITY_MODELS) ? assessment.answer() : undefined;
  return answer ? { ...answer, possible: false } : assessment.refusal();
}

/**
 * Each part answered on its own from one story (from its own, for contrasted parts), the citations shared out
 * among them; undefined when no part is answered.
 */
async function answerInParts(input: AnswerInput, parts: QuestionPart[]): Promise<AskResult | undefined> {
  const { question } = input;
  const maxCitations = Math.max(1, Math.floor((input.maxCitations ?? Infinity) / parts.length));
  // A part that names no one asks of the speaker the whole question asks about, if any.
  const implied = askedSpeaker(question, input.statementsBy);
  const partInput = (part: QuestionPart, asked: string): AnswerInput => ({ ...input, question: readChecked(asked, question.language, question.writtenIn), maxCitations, ...(part.namesNoOne && implied && { impliedSpeaker: implied }) });
  const results = await Promise.all(parts.map(async (part) => ({ part, ...(await answerWhole(partInput(part, part.asked))) })));
  // One story answers the question: a part answered from another story than the first answered part's is not answered,
  // its quotes kept as leads ("¿Cuándo cerrarán los muelles y cuánto costarán las obras?": the port's works, not a hospital's).
  // Parts that ask one thing of different occasions are each answered from their own.
  const story = results.find(({ result }) => !result.refused)?.result.citations[0]?.articleId;
  if (story === undefined) return undefined;
  const fromStory = (part: QuestionPart, result: AskResult) => result.refused || part.contrasted || result.citations[0]?.articleId === story;
  const inStory = results.map((outcome) => (fromStory(outcome.part, outcome.result) ? outcome : { ...outcome, result: { ...outcome.result, refused: true } }));
  // A part with an implied subject its own words leave unanswered is asked again of that subject; the answer is taken
  // from the story that answers the question, or from a passage the reply cites anyway (as a lead of this part, or for
  // another part): "¿… y qué recibiría a cambio?" beside the lead "…a Corea del Norte … a cambio de ayuda tecnológica".
  const cited = new Set(results.flatMap(({ result }) => result.citations.map((citation) => citation.passageId)));
  const withSubject = async (outcome: (typeof results)[number]) => {
    const { part, result } = outcome;
    if (!result.refused || part.withSubject === undefined) return outcome;
    const again = await answerWhole(partInput(part, part.withSubject));
    const first = again.result.citations[0];
    return !again.result.refused && first && (first.articleId === story || cited.has(first.passageId)) ? { part, ...again } : outcome;
  };
  // A part asking only its interrogative of another's predicate, or of what another asks of by a pronoun, is answered by
  // that part's sentence, or the sentence right after it, when it holds the kind asked.
  const following = (citation: Citation, quoted: string): string | undefined => {
    const passage = input.index.passage(citation.passageId);
    const [evidence] = passage ? gatherEvidence([{ passage, score: 0, coverage: 0, confidence: 0, matchedTerms: [] }], input.articles) : [];
    const span = evidence?.sentences.find((sentence) => evidence.article.text.slice(sentence.start, sentence.end).trim() === quoted.trim());
    const [next] = evidence && span ? sentencesAfter(evidence, span) : [];
    return next && evidence?.article.text.slice(next.start, next.end).trim();
  };
  return joinPartAnswers(question.question, question.language, withSharedPredicates(await Promise.all(inStory.map(withSubject)), question.language, following));
}

/**
 * Whether the articles answer the question: the lookup mode's model says so (answerability.ts), the
 * answer would not state the opposite of a negated question (negation.ts) nor tell of another year than the asked one
 * (other-year.ts), would give a number to a
 * count question and an amount to a question about a price (money.ts), comes from a story that names what the question names (other-story.ts), gives
 * what happened, not what someone asked for (request.ts), and, asked what someone said about something,
 * says something of it; asked what someone named said, quotes a sentence that names them when the quote rules know no
 * statement of theirs; asked how something turned out, tells of something done (announced.ts); counts no one harmed for
 * another count (harmed.ts); dates a birth or a death asked by a sentence telling of it (life-events.ts).
 */
export function decidesToAnswer(assessment: Pick<Assessment, 'features' | 'mode' | RuleFlag>, models: AnswerabilityModels): boolean {
  return !refusedByRule(assessment) && answers(assessment.features, models[assessment.mode]);
}

/** The rules that refuse a question whatever the answerability model says: Assessment's flags, each documented there. */
export const RULE_FLAGS = ['negationUnmet', 'contraryUnmet', 'yearUnmet', 'figureUnmet', 'yearNotGiven', 'countUnmet', 'moneyNotGiven', 'otherStory', 'requestOnly', 'offTopicStatement', 'unquotedSpeaker', 'outcomeAhead', 'figureOfAnotherName', 'speedNotGiven', 'nameUnknown', 'harmedCount', 'lifeEventNotTold', 'harmNotCounted', 'yearNowhere', 'yearInAnotherSentence', 'nameChanged', 'otherRank', 'roleNowhere', 'nameNotGiven'] as const;
export type RuleFlag = (typeof RULE_FLAGS)[number];

/** Whether a rule refuses the question whatever the answerability model says (decidesToAnswer). */
export function refusedByRule(assessment: Pick<Assessment, RuleFlag>): boolean {
  return RULE_FLAGS.some((flag) => assessment[flag]);
}

// The verb right after "quién"/"who", which the doer asked for does ("¿Quién nombró…?", "Who appointed…?").
// A "who" after a preposition asks for someone else than the doer ("¿Para quién jugaba…?", "For whom…").
const WHO_VERB = /(?:^|[¿,;:]|(?:^|\s)(?:y|and))\s*(?:quién|quiénes|who)\s+(\p{L}+)/iu;

/** Looks the question up and prepares both the answer and the refusal, with the features that choose between them. */
export async function assessQuestion(input: AnswerInput): Promise<Assessment> {
  const { index, articles, question, translate, sentenceWeights, neighbourWeight, maxCitations = Infinity, statementsBy, statementsIn } = input;
  const { language } = question;
  // Whether the question asks of something ahead (announced.ts `asksAhead`): read once for every sentence a request may answer.
  const ahead = asksAhead(question.asked, language);
  const speakerRead = speakerOf(question, statementsBy);
  const unquoted = speakerRead && 'unquoted' in speakerRead ? speakerRead.unquoted : undefined;
  const speakerAsked = speakerRead && 'unquoted' in speakerRead ? undefined : speakerRead;
  // A question about what someone said expects that speaker's statements; with no known speaker in it, no kind at all.
  const statements = question.expects === 'statement' && speakerAsked ? { forms: speakerAsked.forms, byArticle: groupBy(speakerAsked.statements, (statement) => statement.articleId) } : undefined;
  // A question asking for a person's name ("¿Cómo se llama el minero…?", "What was the deckhand's name?": name-asked.ts)
  // expects a person, as a who-question does.
  const parsed = question.writtenIn === undefined;
  const nameAskedFor = parsed ? nameAsked(question.asked) : undefined;
  const expects = question.expects === 'statement' && !statements ? undefined : (question.expects ?? (nameAskedFor && 'person'));
  const voices = statementsIn && voicesOf(speakerAsked ?? input.impliedSpeaker, statementsIn);
  const safeTranslate: Translate | undefined = translate && safely(translate);
  const { retrieval, query: found, translated, corrections, own } = await lookUp(index, question, safeTranslate, (articleId) => articles.get(articleId)?.language, neighbourWeight);
  // Words that only ask for the kind of answer ("año", "dijo") are not words the answer must repeat.
  // So is the verb of a statement question whose speaker the articles never quote: its leads are the passages that name them.
  // So are those asking for a person's name ("nombre", "se llama", "name": name-asked.ts), in the question or its translation.
  const asking = new Set([...(expects || unquoted ? askingWords(question.asked, language, found) : []), ...(nameAskedFor ? [...nameAskedFor.asking, ...(nameAsked(found.text)?.asking ?? [])] : [])]);
  // Asked what someone said, a verb of saying is the asking itself in every reading, a translation's too, whose verb the
  // question's own words do not name ("Qué Gil dice?" for "What did Gil say?").
  const asks = (word: string) => asking.has(word) || (speakerAsked !== undefined && speechVerb(word) !== undefined);
  const query = asking.size === 0 && speakerAsked === undefined ? found : { ...found, content: found.content.filter((word) => !asks(word)) };
  // Sentences are matched as the passage to be quoted first was analysed (each article in its own language).
  const quotedLanguage = retrieval.hits[0]?.passage.language;
  const analyser = analyserFor(quotedLanguage ?? query.language);
  // The translation alone: the asked words it replaced would only match the passages by accident.
  const matcher = termMatcher([query], analyser);
  const termsOf = (words: string[]) => new Set(words.flatMap((word) => wordTerms(word, analyser)));
  // The names the passages were found by: another name of the same country ("Estados Unidos" for "EEUU"), not a translation's.
  const names = termsOf(translated ? question.words.names : query.names);
  // Those of its names a text holds in another form ("Estados Unidos" where a story says "estadounidense"; name-forms.ts).
  const namedOtherwise = (text: string) => new Set([...termsOf([...namesHeldOtherwise(translated ? question.asked : query.text, text)])].filter((term) => names.has(term)));
  // A question written in a language the bot reads only in part meets every story across languages, through its names,
  // whatever language it is replied in (the asker's locale).
  const inQuestionLanguage = question.writtenIn === undefined && (quotedLanguage === undefined ? index.passagesIn(language) > 0 : quotedLanguage === language);
  const mode: LookupMode = translated ? 'translated' : inQuestionLanguage ? 'same' : 'other';
  // Leads are read in the passages' words: a translation's "Rusia", not the asked "Russia".
  const leadNames = translated ? termsOf(query.names) : names;
  // The asker is told how a misspelt question was read, the corrected words spelt as the passages found spell them.
  // So is one whose opening interrogative or auxiliary was read otherwise (readChecked: "whn wil…" as "when will…").
  const reread = corrections.length > 0 || question.asked !== askedPart(question.question);
  const notice = reread ? WORDS[language].readAs(questionAsRead(question.asked, language, corrections, retrieval.hits.map((hit) => hit.passage.text))) : undefined;
  const told = (result: AskResult): AskResult => (notice === undefined ? result : { ...result, notice });
  const kind = askedKind(question.asked, language);
  // The counted noun as the passages' words: the translation's "misiles" for an asked "missiles".
  const counted = expects === 'number' && kind?.counted !== undefined ? nounTerm((of) => of?.counted, question, query, matcher) : undefined;
  // The word narrowing it ("riñón" of "trasplantes de riñón"), as the passages' words: the part's figure stands beside it.
  const qualifier = counted === undefined ? undefined : nounTerm((of) => of?.qualifier, question, query, matcher);
  // The role a who-question asks who holds ("abogados" in "¿Quiénes son los abogados de…?"), as the passages' words.
  // A who-question's sentence names someone who does its verb ("¿Quién nombró…?" beside "Lo nombró la consejera Marta
  // Ruiz"), not only the act ("El director, nombrado el lunes…": newcomer 22's D7).
  const doneVerb = expects === 'person' ? WHO_VERB.exec(question.asked)?.[1] : undefined;
  const doneTerm = doneVerb === undefined ? undefined : matcher.matches(doneVerb)[0]?.term;
  // The doer's noun of that verb ("founder" for "Who founded…?", derivations.ts) is a role: a name beside it answers.
  const roleNoun = expects === 'person' && kind?.roleNoun !== undefined ? nounTerm((of) => of?.roleNoun, question, query, matcher) : doneTerm;
  // A role named by a noun of its doer ("founder", "fundadora", "presidente") is held by whoever is named beside it: that
  // sentence leads a who-question's answer as the doer of its verb does; "principal" or "tripulación" are no such noun.
  const agentRole = roleNoun !== undefined && kind?.roleNoun !== undefined && agentNoun(kind.roleNoun) ? roleNoun : undefined;
  // Who the question says does its verb, in the asker's own words: a machine translation's word order is not the asker's
  // (Apertium's "¿Quién acusó Corea del Norte…?" drops the "a" of the object); a who-question asks for the doer itself.
  // A question written in a language the bot reads only in part is parsed by neither language's grammar (`parsed`): its
  // reading would follow the asker's locale ("Qu'a dit Blatter…?" read as a Spanish role question under one, not another).
  const asked = expects === 'person' || translated || !parsed ? undefined : askedRole(query.text, query.language);
  const roleTerm = asked && matcher.matches(asked.verb)[0]?.term;
  // A question about what happened is not answered by what someone asked for, proposed or expects (request.ts).
  const typed = expects === undefined || expects === 'statement' || asksForRequest(question.asked) || asksForRequest(query.text) ? undefined : expects;
  // Whom the question's verb of saying is said to ("a Kim"): their own words under that verb do not answer it.
  const spokenTo = translated ? new Set<string>() : addressees(question.asked).words;
  const sayingWord = spokenTo.size === 0 ? undefined : writtenWords(question.asked).find((word) => sayingVerb(word, language) !== undefined);
  const sayingTerm = sayingWord && matcher.matches(sayingWord)[0]?.term;
  // A what-is question's subject as the passages' words: the translation's when it was looked up in another language.
  const subject = expects === undefined ? (translated ? definedSubject(query.text, query.language) : (parsed ? definedSubject(question.asked, language) : undefined)) : undefined;
  const defined = subject === undefined ? [] : [...new Set(matcher.matches(subject).map((match) => match.term))];
  // The question's names after a preposition ("contra Guillermo Bocángel", "la tasa de desempleo de Orlando"), read in the
  // asker's own words: a sentence putting another name in that slot gives another's figure (name-slot.ts).
  const slots = translated || !parsed ? [] : nameSlots(question.asked, language).map((slot) => (slot.head === undefined ? slot : { ...slot, head: matcher.matches(slot.head)[0]?.term ?? slot.head }));
  // The thing whose price is asked ("el bidón"), as the passages' words: an amount beside it answers before another's.
  const pricedWord = expects === 'number' && !translated && asksMoney(question.asked) ? pricedNoun(question.asked) : undefined;
  const priced = pricedWord === undefined ? undefined : matcher.matches(pricedWord)[0]?.term;
  const expectation: Expectation = {
    type: expects,
    // A translated question's own words, in the passages' language, are its translation's too ("hectáreas" for "hectares"): a figure of them is its count, not a measure beside it.
    questionWords: new Set([...question.words.content, ...(translated ? query.content : [])]),
    question: question.asked,
    ...kindFlags({ expects, kind, asked: question.asked, language: question.writtenIn ?? language, counted }),
    ...(counted && { counted }),
    ...(qualifier && { qualifier }),
    ...(expects === 'number' && kind?.counted === undefined && !kind?.age && names.size > 0 && { nameTerms: names }),
    ...(priced && { priced }),
    ...(roleNoun && { roleNoun }),
    ...(asked && roleTerm && { role: { term: roleTerm, asked } }),
    ...(voices && { voices }),
    ...(sayingTerm && { addressed: { term: sayingTerm, names: spokenTo } }),
    ...(defined.length > 0 && { defined }),
    ...(slots.length > 0 && { slots }),
    ...(question.words.names.length > 0 && { askedNames: new Set(question.words.names) }),
  };
  const refusal = (): Refusal => {
    const byRequest = (sentence: string) => typed !== undefined && answersOnlyByRequest([sentence], typed, expectation.questionWords, ahead);
    const spoken = statements && speakerAsked ? { speaker: speakerAsked.forms[0] ?? '', sentences: chosen.filter((item) => saidBy(item, statements.byArticle)) } : undefined;
    // A story names a country by its demonym or another of its names ("Instituto Costarricense" for "Costa Rica"): the
    // question's own names only, read as the lookup found them (a translation's names are spelt otherwise).
    const namedInStory = translated || names.size === 0 ? undefined : (article: Article, around: TextSpan) => namedOtherwise(storyRead(article, around));
    // Refused because the sentence found tells of another name's figure, another year, round, day or month, a role its story never writes (role-nowhere.ts), of no name the archive holds, or no
    // pay at all, or counts the harmed (or, asked for them, no one harmed), or dates another event of a life asked about (name-swap.ts,
    // other-year.ts, other-rank.ts, other-story.ts `namedNowhere`, money.ts `asksEarnings`, harmed.ts, life-events.ts), no lead is offered as a possible answer: the one that holds the asked kind
    // of answer beside the question's words is that sentence, and a reporter would take its figure (newcomer 27's D2).
    const ofAnother = nameNotGiven || swapped || yearRefused || yearAbsent || yearElsewhere || changed || ranked || roleNowhere || outcomeAhead || nameUnknown || harmedCount || lifeEventNotTold || harmNotCounted || (moneyNotGiven && !asksMoney(question.asked));
    const { result, possible } = refusalWithLeads(question, retrieval.hits, articles, matcher, leadNames, mode === 'other', maxCitations, ofAnother ? { type: undefined, questionWords: new Set() } : expectation, byRequest, { spoken, namedInStory });
    // A question naming someone the archive names is never off-topic: when the translation's passages hold none of its
    // names, those the question's own reading found that name them all are its leads (read on names alone, as across languages).
    const ownLeads = result.citations.length === 0 && own && names.size > 0 ? namedLeads(question, own, articles, maxCitations, expectation, byRequest) : undefined;
    // Refused for another name's figure (name-swap.ts), for a name with one word changed (name-changed.ts), another round or day (other-rank.ts) or for a name no passage holds (other-story.ts `namedNowhere`), the
    // passages that share the rest of the question are its leads, none offered as a possible answer: the one it would have
    // quoted gives another name's figure.
    const swapLeads = result.citations.length === 0 && !ownLeads && (swapped || nameUnknown || changed || ranked) ? refusalWithLeads(question, retrieval.hits, articles, matcher, new Set(), false, maxCitations, { type: undefined, questionWords: new Set() }, byRequest, {}).result : undefined;
    return { result: told(ownLeads ?? swapLeads ?? result), possible: ownLeads === undefined && swapLeads === undefined && possible };
  };

  const nearest = gatherEvidence(statements ? withSpeakerFollowUps(retrieval.hits, statements.byArticle, (id) => index.passage(id)) : retrieval.hits, articles);
  // The asked speaker's name is in every sentence that reports their words, if only as "dijo" or "ella".
  const speaker = statements && { statements: statements.byArticle, terms: new Set(matcher.matches(statements.forms.join(' · ')).map((match) => match.term)) };
  const reported = expects === 'person' && kind?.reported === true;
  const scoring: Expectation = { ...expectation, ...(sentenceWeights && { weights: sentenceWeights }), reported, ...(speaker && { speaker }) };
  // A count question's sentence holds its count beside the counted noun, or, where no sentence names the noun ("workers"
  // beside "The plant employs about 1,200 people"), beside one of the question's words; so does a how-much question's,
  // which counts no noun ("How much did emissions fall?" beside "Emissions fell 2.1 percent").
  // The counted noun may have no term: a translation's "hard-working" for "trabajadores".
  const choose = (pool: Evidence[], leadTerm = doneTerm ?? agentRole) => {
    const scored = scoreSentences(pool, matcher, scoring);
    // An age answers wherever its sentence gives it (carriesAge), beside the question's words or not ("Ferrándiz, de 47 años, …").
    const counts = expects === 'number' ? (expectation.age ? (candidate: CandidateSentence) => candidate.carries : countAnswer(scored.ranked, counted, expectation.questionWords)) : expects === 'person' && leadTerm !== undefined ? (candidate: CandidateSentence) => candidate.carries && candidate.terms.has(leadTerm) : undefined;
    return { evidence: pool, scored, chosen: chooseSentences(scored.ranked, speaker !== undefined, counts, expects) };
  };
  const looked = choose(nearest);
  // A who-question's role ("founder" for "Who founded…?") may be held in a passage of the story that repeats none of the
  // question's other words ("The group's founder, Bernice Scott, …" two paragraphs below the group's name: newcomer 23's
  // D4): when none of the story's passages found names someone beside the role's noun, its other passages are read for one.
  const holders = expects === 'person' && (doneTerm ?? agentRole) !== undefined && roleNoun !== undefined ? roleHolders(index, articles, looked.chosen[0]?.evidence, looked.evidence, (item) => namesRoleHolder(item, matcher, roleNoun, expectation.questionWords)) : [];
  const held = holders.length > 0 ? choose([...nearest, ...holders], roleNoun) : looked;
  // A when-question whose sentences date it only by the year their story was published in ("en 2022 toca la evaluación
  // Pisa" in a story of 2022), which its reader knows: the story's other passages are read for one that gives a month or a
  // day beside a word of the question, and its sentence that does leads ("Del Pópolo detalló que Pisa… Estas se
  // realizarán entre el 19 y el 30 de setiembre": blind newcomer 25's A18, a passage under its own heading).
  const storyYearOnly = expects === 'date' && !asksYear(kind) && held.chosen.length > 0 && held.chosen.every((item) => datesOnlyByStoryYear(item, expectation.questionWords));
  // A word of the story's headline is in every passage of it, as far as the reader goes: it marks none. The question's
  // other names mark what it asks of (the "PISA" of "¿Cuándo se tomarán las pruebas PISA en Mendoza?" in a story on
  // Mendoza's tests); with none, any other word of it does.
  const asksOf = (article: Article, terms: ReadonlySet<string>) => {
    const inHeadline = new Set(matcher.matches(article.title).map((match) => match.term));
    const named = [...names].filter((term) => !inHeadline.has(term));
    return named.length > 0 ? named.every((term) => terms.has(term)) : [...terms].some((term) => !inHeadline.has(term));
  };
  const datesAsked = (item: Evidence) => asksOf(item.article, new Set(matcher.matches(item.hit.passage.text).map((match) => match.term))) && dateDetail(item.hit.passage.text, expectation.questionWords) >= MONTH_DETAIL;
  const finerDated = storyYearOnly ? roleHolders(index, articles, held.chosen[0]?.evidence, held.evidence, datesAsked) : [];
  const datedBeside = (candidate: CandidateSentence) => asksOf(candidate.evidence.article, candidate.terms) && dateDetail(candidate.evidence.article.text.slice(candidate.span.start, candidate.span.end), expectation.questionWords) >= MONTH_DETAIL;
  const dated = finerDated.length > 0 ? ledBy(choose([...held.evidence, ...finerDated]), datedBeside) : storyYearOnly ? ledBy(held, datedBeside) : held;
  // A why-question whose sentences found give no cause (the dateline lead that states the event: blind newcomer 26's D2):
  // its story's other passages are read for one that gives a cause in words the lookup does not match ("el problema se
  // originó por una fractura" for "¿Por qué se originó la filtración…?"), and its sentence that does leads. It must hold the
  // question's names outside the headline, or else one of its other words there; a question whose words are all its
  // story's headline's, the words asking for the cause aside ("¿Qué causó la filtración en la Línea 7?" in a story on that
  // leak), asks the cause of the story's own event, which any sentence of it giving a cause may tell. A passage found
  // already may hold it, its sentence outranked by the lead's repeating the question's words.
  const causeWords = new Set(matcher.matches(whyPhrase(question.asked, question.writtenIn ?? language) ?? '').map((match) => match.term));
  const causeAsked = (article: Article, terms: ReadonlySet<string>) => {
    const inHeadline = new Set(matcher.matches(article.title).map((match) => match.term));
    const named = [...names].filter((term) => !inHeadline.has(term));
    const others = matcher.terms.map((term) => term.stem).filter((term) => !inHeadline.has(term) && !causeWords.has(term) && !names.has(term));
    return named.length > 0 ? named.every((term) => terms.has(term)) : others.length === 0 || others.some((term) => terms.has(term));
  };
  // Only when the sentence chosen first holds none of the question's words but its headline's: a sentence telling what the
  // question asks of in its own words ("otros, al ser anarquistas, no ven la necesidad de aceptar un castigo") is kept.
  const [firstChosen] = dated.chosen;
  const headlineOnly = firstChosen !== undefined && [...firstChosen.candidate.terms].every((term) => matcher.matches(firstChosen.evidence.article.title).some((match) => match.term === term));
  const causeUnfound = expectation.why === true && headlineOnly && !dated.chosen.some((item) => item.candidate.carries);
  const givesCauseAsked = (item: Evidence) => givesCause(item.hit.passage.text, item.article.language) && causeAsked(item.article, new Set(matcher.matches(item.hit.passage.text).map((match) => match.term)));
  const causes = causeUnfound ? roleHolders(index, articles, firstChosen?.evidence, dated.evidence, givesCauseAsked) : [];
  // The sentence leading gives the cause itself, not only before the one that does (select.ts `causeOf`).
  // A why-question naming someone, whose sentences chosen give no cause while a sentence of their story found gives one of
  // its own and names one of them outside the headline (a surname stands for the full name: "Benítez dimitió por la falta
  // de…" below the lead "…Ramiro Benítez, presentó su renuncia"): that sentence leads (blind newcomer 37's kind).
  const namedOutsideHeadline = (article: Article, terms: ReadonlySet<string>) => {
    const inHeadline = new Set(matcher.matches(article.title).map((match) => match.term));
    return [...names].some((term) => !inHeadline.has(term) && terms.has(term));
  };
  const causeBeside = expectation.why === true && !causeUnfound && names.size > 0 && !dated.chosen.some((item) => item.candidate.carries);
  // A who-question asking who takes someone's place, whose sentences chosen tell of no successor (the lead on the
  // departure, in the question's words): its story's other passages are read for one that does, and its sentence that
  // names the successor leads, though it repeats none of the question's words ("La vicepresidenta, Carmen Ferrer,
  // asumirá la presidencia de forma interina" for "¿Quién sustituirá a Lasheras?": blind newcomer 37's kind).
  const successorUnfound = expectation.successor === true && dated.chosen.length > 0 && !dated.chosen.some((item) => item.candidate.carries);
  const successors = successorUnfound ? roleHolders(index, articles, dated.chosen[0]?.evidence, dated.evidence, (item) => tellsSuccession(item.hit.passage.text, item.article.language)) : [];
  const near = causeUnfound
    ? ledBy(causes.length > 0 ? choose([...dated.evidence, ...causes]) : dated, (candidate) => candidate.cause === undefined && causeAsked(candidate.evidence.article, candidate.terms))
    : causeBeside
      ? ledBy(dated, (candidate) => candidate.cause === undefined && namedOutsideHeadline(candidate.evidence.article, candidate.terms))
      : successorUnfound
        ? ledBy(successors.length > 0 ? choose([...dated.evidence, ...successors]) : dated, () => true)
        : dated;
  // A how-much question's sentence chosen first gives its figure to a list of names the asked one stands in ("multas por un
  // total de 41,3 millones a tres cadenas, Frescamar, Olmedo y DíaVerde"): its story's other passages are read for one giving a
  // figure beside that name alone, which then outdoes it (select.ts `figureOfName`; blind newcomer 28's D5).
  const { nameTerms: askedNames } = expectation;
  const [firstNear] = near.chosen;
  const shared = askedNames !== undefined && firstNear !== undefined && figureOfList(firstNear.candidate, askedNames, expectation.questionWords);
  const ownFigures = shared ? roleHolders(index, articles, firstNear.evidence, near.evidence, (item) => givesFigureOfName(item, matcher, askedNames, expectation.questionWords)) : [];
  const owned = ownFigures.length > 0 ? choose([...near.evidence, ...ownFigures]) : near;
  // An age question whose sentences give no age: the one it names by a role is often named in full in the lead and given
  // an age a paragraph later, in a sentence that repeats none of the question's words ("Ferrándiz, de 47 años, …" after
  // "…su nueva directora, la historiadora Lucía Ferrándiz"): its story's other passages are read for an age (the surname's
  // sentence holds the lead's terms, select.ts `namedInFullBy`).
  // So is a turnout question's whose sentences give no share beside its noun: the figure may stand a paragraph below, in a
  // sentence that repeats only that noun ("La participación llegó al 61,4 %" for the runoff's turnout: newcomer 32's D4).
  const kindless = owned.chosen.length > 0 && !owned.chosen.some((item) => item.candidate.carries);
  const ageless = expectation.age === true && kindless;
  // So is a how-long question's whose sentences give no stretch of time, or only another thing's ("un retraso de 14
  // meses" for the suspension's length: blind newcomer 33's D6), when the next paragraph says "regirá por 90 días".
  const spanless = expectation.duration === true && kindless;
  const uncounted = expects === 'number' && counted !== undefined && kind?.share === true && owned.chosen.length > 0 && !owned.chosen.some((item) => item.candidate.carries && item.candidate.terms.has(counted));
  const aged = ageless ? roleHolders(index, articles, owned.chosen[0]?.evidence, owned.evidence, (item) => carriesAge(item.hit.passage.text, expectation.questionWords)) : spanless ? roleHolders(index, articles, owned.chosen[0]?.evidence, owned.evidence, (item) => carriesDuration(item.hit.passage.text, expectation.questionWords)) : uncounted ? roleHolders(index, articles, owned.chosen[0]?.evidence, owned.evidence, (item) => givesCountOf(item, matcher, counted, expectation.questionWords, kind?.share === true)) : [];
  const named = aged.length > 0 ? choose([...owned.evidence, ...aged]) : owned;
  // The sentences chosen from the passages found hold no answer of the kind asked for ("¿Cuántas personas participaron…?"
  // beside figures of meetings and proposals): the passages just below them in the ranking are read too, where a story's
  // head count may stand in a paragraph that repeats none of the question's names (blind newcomer 20's D2).
  // So do they when the question prices a thing that none of them gives an amount beside ("¿Cuánto cuesta el bidón de
  // agua?" beside the aqueduct's cost, which shares "cuesta" and "agua": blind newcomer 26's D1).
  const unpriced = priced !== undefined && !named.chosen.some((item) => item.candidate.carries && item.candidate.terms.has(priced));
  const lacking = typed !== undefined && named.chosen.length > 0 && (unpriced || !named.chosen.some((item) => item.candidate.carries));
  const further = lacking ? choose(gatherEvidence(await lookFurther(index, found, neighbourWeight), articles)) : undefined;
  const { evidence, scored, chosen } = further?.chosen.some((item) => item.candidate.carries) ? further : named;
  const hits = retrieval.hits;
  // One story answers or none does: halves of a question found in two articles do not add up to an answer.
  const answering = chosen.filter((item) => item.evidence.article.id === chosen[0]?.evidence.article.id);
  const quoted = new Set(answering.flatMap((item) => [...item.candidate.terms]));
  const passageCoverage = hits[0]?.coverage ?? 0;
  const sentenceCoverage = scored.share(quoted);
  // The question's terms the answer's story holds anywhere: read once, for its coverage and for names it lacks.
  const story = chosen[0]?.evidence.article;
  const storyTerms = story && termsIn(story, chosen[0]!.evidence.hit.passage, matcher, names.size === 0 ? undefined : namedOtherwise);
  const quotedPassages = chosen.map((item) => readWith(item.evidence));
  // Judged on the first story's sentences, as coverage is: another story's outcome is not this one's.
  const answeringText = answering.map(({ evidence: item, unit }) => item.article.text.slice(unit.start, unit.end));
  const quotedText = chosen.map(({ evidence: item, unit }) => item.article.text.slice(unit.start, unit.end));
  // A list's part quoted (an answer under its question, a fact box's line) tells of what its story's headline names
  // (list-parts.ts): those of the question's names are not missing from it.
  const listedNames = (items: readonly Chosen[]) => new Set(items.filter((item) => speaksOfHeadline(item.evidence.article.text.slice(item.unit.start, item.unit.end))).flatMap((item) => matcher.matches(item.evidence.article.title).map((match) => match.term)).filter((term) => names.has(term)));
  const features: AnswerabilityFeatures = {
    passageCoverage,
    sentenceCoverage,
    expectsType: expects ? 1 : 0,
    typeMissing: expects && !chosen.some((item) => item.candidate.carries) ? 1 : 0,
    runnerUpRatio: hits[0] && hits[1] && hits[0].score > 0 ? hits[1].score / hits[0].score : 0,
    namesMissing: names.size === 0 ? 0 : missingShare(names, quotedPassages, matcher, new Set([...namedOtherwise(quotedPassages.join('\n')), ...listedNames(chosen)])),
    questionLength: Math.log(1 + question.words.content.length),
    rarestMissing: Math.max(0, ...matcher.terms.filter((term) => !quoted.has(term.stem)).map((term) => scored.share([term.stem]))),
    articleCoverage: storyTerms ? scored.share(storyTerms) : 0,
    windowCoverage: windowShare(scored),
    hitAgreement: hitAgreement(hits),
    // Of the words the answer must bear out: "dijo" in "¿Qué dijo X?" only asks for a statement, which no passage need write.
    unknownShare: unknownShare(query, index),
    sentenceNamesMissing: names.size === 0 || answering.length === 0 ? 0 : missingShare(names, answeringText, matcher, new Set([...namedOtherwise(answeringText.join('\n')), ...listedNames(answering)])),
    numbersMissing: digitsMissing(question.asked, answeringText),
    verbMissing: roleTerm !== undefined && answering.length > 0 && !answering.some((item) => item.candidate.terms.has(roleTerm)) ? 1 : 0,
    wordsMissing: truncatedMissing(query.content, quotedText),
  };
  const answer = (): Answered | undefined => {
    if (chosen.length === 0) return undefined;
    // Another story is cited besides the answer only when it shares what the question is about (a name it asks about
    // and, when the question has other words, one of them; for a question naming nothing, as much of it as the answer
    // holds): not a common word ("debate") alone, nor a name alone ("¿Cuándo viajará Putin a Vietnam?" beside a story on
    // a critic of Putin: blind newcomer 25's "Ver también" padding).
    const answerShare = scored.share(chosen[0]?.candidate.terms ?? []);
    const otherTerms = matcher.terms.map((term) => term.stem).filter((term) => !names.has(term));
    const aboutNames = (terms: ReadonlySet<string>) => [...terms].some((term) => names.has(term)) && (otherTerms.length === 0 || otherTerms.some((term) => terms.has(term)));
    const related = (candidate: CandidateSentence) => candidate.evidence.article === story || (names.size > 0 ? aboutNames(candidate.terms) : scored.share(candidate.terms) >= answerShare);
    const cited = citeEvidence(evidence, chosen, scored.ranked.filter(related), matcher, maxCitations);
    const written = writeAnswer(language, chosen, cited);
    return { result: told({ question: question.question, language, answer: writtenText(language, written, cited.citations), mode: 'extractive', refused: false, citations: cited.citations }), written };
  };
  // A sentence in a language whose number words are unknown may give a count in words none of the rules reads.
  const countsKnown = chosen.every((item) => numberWordsKnown(item.evidence.article.language));
  const countUnmet = expects === 'number' && chosen.length > 0 && countsKnown && !chosen.some((item) => item.candidate.carries);
  // As a count question's: a year question's sentences give a year (SQuAD 2.0's "¿En qué año se construyó Fort Coligny?"
  // beside "Un fuerte, llamado Fort Coligny, fue construido…"; docs/EVALUATION.md, squad15m).
  const yearNotGiven = asksYear(kind) && chosen.length > 0 && !quotedText.some((sentence) => givesYear(sentence, expectation.questionWords));
  // A figure of days or a percentage is no price: a question about one needs an amount, in the quoted sentences or beside them.
  const moneyNotGiven = (asksMoney(question.asked) || asksEarnings(question.asked)) && answering.length > 0 && !answering.some((item) => givesMoney(paragraphRead(item.evidence), question.asked));
  // Only a question in the passages' own language: a translation's or another language's names are spelt otherwise.
  const nameTerms = nameRuns(query.text).map((run) => [...termsOf(run.filter((word) => query.names.includes(word)))]);
  const frequency = (term: string) => index.documentFrequency(term, analyser);
  const otherStory = mode === 'same' && storyTerms !== undefined && namedInOtherStory(nameTerms, storyTerms, frequency);
  const nameUnknown = mode === 'same' && storyTerms !== undefined && asksFigure(question.asked, expects) && namedNowhere(nameTerms, storyTerms, frequency);
  // A count of the harmed answers no other count of the same noun (harmed.ts), a sum of money aside.
  const harmedCount = expects === 'number' && answering.length > 0 && !asksMoney(question.asked) && !asksHarm(question.asked) && countsOnlyHarmed(answeringText);
  // A birth or a death asked is dated by a sentence telling of it: another dated event of the same person is no answer.
  const lifeEvent = expects === 'date' ? asksLifeEvent(question.asked) : undefined;
  const lifeEventNotTold = lifeEvent !== undefined && chosen.length > 0 && !quotedText.some((text) => tellsLifeEvent(text, lifeEvent));
  // Asked how many died or were hurt, the first story's quoted sentences count someone or something, none of them harmed
  // ("42 casos confirmados" for "¿Cuántas muertes…?": harmed.ts `countsNoHarmed`).
  const harmNotCounted = expects === 'number' && answering.length > 0 && asksHurt(question.asked) && countsNoHarmed(answeringText);
  // Another prize or body named as the asked one but for one word: a who-question may ask for that other name.
  const changed = mode === 'same' && parsed && expects !== 'person' && nameChanged(question.asked, answeringText);
  const speedAsked = asksSpeed(question.asked);
  const speedNotGiven = speedAsked !== undefined && chosen.length > 0 && !quotedText.some((text) => givesSpeed(text, speedAsked));
  const requestOnly = typed !== undefined && answersOnlyByRequest(answeringText, typed, expectation.questionWords, ahead);
  // Asked what someone named said whom the quote rules never quote, the first quoted sentence does not even name them
  // (the prosecutor's words for "¿Qué respondió Bukele…?"); one that names them may report what the rules miss ("En una
  // carta…, Ruiz pidió que…") or that they said nothing ("ni… Bukele han mencionado…").
  const unquotedTerms = unquoted && termsOf(unquoted);
  const unquotedSpeaker = unquotedTerms !== undefined && chosen[0] !== undefined && ![...unquotedTerms].some((term) => chosen[0]!.candidate.terms.has(term));
  // Asked of anything done, the first story's passages, with the sentence before each, tell of nothing done ("Vidal deberá
  // cumplir seis años" after "La jueza condenó…" tells the sentence's consequence), or its sentences write the asked verb
  // itself ahead, read in the passages' language (a translation's verb); asked how something turned out, its sentences tell
  // of something done, not only of what is ahead (announced.ts).
  const answeringPassages = answering.map((item) => readWith(item.evidence));
  const doneAhead = quotedLanguage !== undefined && asksDone(question.asked, language) && (announcedOnly(answeringPassages, quotedLanguage) || (quotedLanguage === query.language && askedVerbAhead(translated ? query.text : question.asked, answeringText, quotedLanguage)));
  const outcomeAhead = doneAhead || (quotedLanguage !== undefined && asksOutcome(question.asked, language) && announcedOnly(answeringText, quotedLanguage));
  // What the question asks the speaker about: its terms besides the speaker's names ("pueblo" in "¿Qué dijo Kim de su pueblo?"),
  // held by a quoted sentence or by its story's headline (a post "Todo nuestro apoyo a los equipos de extinción" under "Un incendio…").
  const topic = speaker ? matcher.terms.map((term) => term.stem).filter((term) => !speaker.terms.has(term)) : [];
  const aboutTopic = (item: Chosen) => [...item.candidate.terms, ...matcher.matches(item.evidence.article.title).map((match) => match.term)].some((term) => topic.includes(term));
  const offTopicStatement = topic.length > 0 && answering.length > 0 && !answering.some(aboutTopic);
  // A story seldom writes the year it was published in ("¿Qué dijo Gil en mayo de 2024?" of a story of May 2024), and
  // names the years around it from there ("last year" in a story of 2020 is 2019).
  const published = chosen.flatMap((item) => {
    const year = item.evidence.article.date?.slice(0, 4);
    return year === undefined ? [] : [year, ...relativeYears(readWith(item.evidence), Number(year))];
  });
  // The scale's words are compared in one language: the question as the quoted sentences' language reads it.
  const contrary = quotedLanguage === query.language && contraryUnmet(translated ? query.text : question.asked, quotedText, quotedLanguage);
  const figure = quotedLanguage !== undefined && quotedLanguage === query.language && figureUnmet(translated ? query.text : question.asked, quotedText, chosen.map((item) => paragraphRead(item.evidence)), quotedLanguage);
  // A question asking for a figure, in the passages' own language (a translation's names are spelt otherwise).
  const first = answering[0];
  // A question counting a noun ("¿Con cuántos votos…?"): a span of time or a date beside the asked name counts none of it.
  const counting = expects === 'number' && kind?.counted !== undefined && !asksMoney(question.asked) ? expectation.questionWords : undefined;
  // A question asking an amount: the name's sentences tie one to it only beside another of its words, the asking noun
  // included ("multa": name-swap.ts `about`), read by their terms as the passages' words are.
  const moneyAbout = asksMoney(question.asked) || asksEarnings(question.asked) ? [...termsOf(question.words.content)].filter((term) => !names.has(term)) : [];
  const aboutMoney = (text: string) => [...termsOf(writtenWords(text))].some((term) => moneyAbout.includes(term));
  const swapped = mode === 'same' && first !== undefined && asksFigure(question.asked, expects) && story !== undefined && nameTerms.some((run) => run.length > 0) && figureOfAnotherName({
    nameRuns: nameTerms,
    nameWords: new Set(query.names),
    sentence: answeringText[0] ?? '',
    sentenceTerms: new Set([...first.candidate.terms, ...namedOtherwise(answeringText[0] ?? '')]),
    story: storyRead(story, first.evidence.hit.passage),
    headline: story.title,
    matcher,
    language,
    ...(counting && { counting }),
    ...(moneyAbout.length > 0 && { about: aboutMoney }),
  });
  // The quoted story, read as for the question's terms: a year of the question it gives to something else (other-year.ts).
  const yearRefused = yearUnmet(question.asked, quotedText, [...quotedPassages, ...published], story && first ? storyRead(story, first.evidence.hit.passage) : undefined);
  // A year the story never writes, beside sentences naming none: they tell of the story's own time.
  const storyYear = story?.date ? Number(story.date.slice(0, 4)) : undefined;
  const yearAbsent = !yearRefused && story !== undefined && first !== undefined && yearNowhere(question.asked, quotedText, storyRead(story, first.evidence.hit.passage), storyYear);
  // The sentence before the first quoted one, which often dates what it tells ("En 1998 se aprobó el proyecto. Lo firmó…").
  const before = first ? sentenceBefore(first).map((span) => first.evidence.article.text.slice(span.start, span.end)) : [];
  // The asked year held by the passages only outside the quoted sentences and the one before them, beside sentences dated
  // by another year: what they tell happened in that other year.
  const yearElsewhere = !yearRefused && !yearAbsent && first !== undefined && yearUnmet(question.asked, quotedText, [...before, ...published]);
  // Another round, day or month than the asked one, read in the passages' language (a translation's words where it was translated).
  const ranked = quotedLanguage === query.language && story !== undefined && first !== undefined && otherRank(translated ? query.text : question.asked, answeringText[0] ?? '', storyRead(story, first.evidence.hit.passage));
  // A role the story never writes, asked in the passages' own language (a translation's role nouns are another's).
  // A who-question asks who holds it, which the story may write by a verb ("escribió" for "el autor").
  const roleNowhere = mode === 'same' && parsed && expects !== 'person' && story !== undefined && first !== undefined && rolesNowhere(question.asked, storyRead(story, first.evidence.hit.passage)).length > 0;
  // Asked a person's name, the first story's quoted sentences, with the sentence before the first, name no one besides the question's words.
  const nameNotGiven = nameAskedFor !== undefined && first !== undefined && ![...answeringText, ...before].some((text) => namesSomeone(text, expectation.questionWords));
  return { features, mode, roleNowhere, nameNotGiven, figureOfAnotherName: swapped, negationUnmet: negationUnmet(question.asked, quotedText), contraryUnmet: contrary, yearUnmet: yearRefused, yearNowhere: yearAbsent, yearInAnotherSentence: yearElsewhere, nameChanged: changed, otherRank: ranked, figureUnmet: figure, yearNotGiven, countUnmet, moneyNotGiven, otherStory, requestOnly, offTopicStatement, unquotedSpeaker, outcomeAhead, speedNotGiven, nameUnknown, harmedCount, lifeEventNotTold, harmNotCounted, firstPassageId: chosen[0]?.evidence.hit.passage.id, answer, refusal };
}

/**
 * The speaker whose words a question asks for, with their statements: the doer of a verb of saying or promising the
 * question names ("¿Qué dijo Kim…?", "¿Kim prometió algo a Putin?", "What does the US accuse … of?": roles.ts, the
 * quote rules' cue verbs) when the quote rules know them as a speaker; else, for "¿Qué dijo X?" (a statement
 * question), the first of the question's names (then its other words, for a question typed in lower case) that they
 * know as one. Undefined when it names no known speaker.
 */
function askedSpeaker(question: CheckedQuestion, statementsBy: AnswerInput['statementsBy']): SpeakerStatements | undefined {
  const asked = speakerOf(question, statementsBy);
  return asked && 'unquoted' in asked ? undefined : asked;
}

/**
 * askedSpeaker's reading; for a statement question whose verb of saying has a doer the question names ("¿Qué respondió
 * Nayib Bukele a la petición del fiscal?") and whose name, nor any word of it, the quote rules know as a speaker, the
 * doer's folded words (`unquoted`): no other word of the question ("fiscal") stands for its speaker.
 */
function speakerOf(question: CheckedQuestion, statementsBy: AnswerInput['statementsBy']): SpeakerStatements | { unquoted: string[] } | undefined {
  // Only a statement question or a verb of saying can name a speaker: any other leaves the quote book unread (and unbuilt).
  // A question written in a language the bot reads only in part has no verb it can tell (French "dit" read as Spanish).
  if (!statementsBy || question.writtenIn !== undefined || (question.expects !== 'statement' && !namesSayingVerb(question))) return undefined;
  const known = (name: string) => {
    const found = statementsBy(name);
    return found && found.statements.length > 0 ? found : undefined;
  };
  const role = askedRole(question.asked, question.language, (word) => known(word) !== undefined);
  const saying = role && !role.passive && sayingVerb(role.verb, question.language);
  const doer = role && saying ? known([...role.doers].join(' ')) : undefined;
  if (doer || question.expects !== 'statement') return doer;
  const namedDoer = role && saying ? [...role.doers].filter((word) => question.words.names.includes(word)) : [];
  if (namedDoer.length > 0) return namedDoer.map(known).find((found) => found !== undefined && !namesAnother(found.forms, namedDoer)) ?? { unquoted: namedDoer };
  const { content } = question.words;
  // The one spoken to is not the speaker: "¿Qué le prometió el mandatario ruso a Kim?" asks for the Russian's words.
  const spokenTo = addressees(question.asked).words;
  const names = question.words.names.filter((name) => !spokenTo.has(name));
  // A role held by a name ("la gobernadora de Nariño") is one person before its bare noun ("gobernadora") is anyone's; so is
  // a role named by several words ("the housing minister" before "minister", the Dutch one: blind newcomer 27's D16).
  const single = (word: string) => !question.words.names.includes(word) && !speechVerb(word);
  const candidates = [...rolePhrases(question.asked), ...names, ...adjacentRuns(question.asked, question.words, (word) => !speechVerb(word) && !spokenTo.has(word)), ...content.filter(single)];
  for (const word of candidates) {
    const found = known(word);
    // The words the speaker was found by name them, whatever forms the articles use: they are no topic of the question
    // ("housing minister" for a speaker the articles call "la ministra de Vivienda").
    if (found) return found.forms.includes(word) ? found : { ...found, forms: [...found.forms, word] };
  }
  return undefined;
}

/**
 * Whether a speaker found by one word of the asked name (`asked`, folded words: "tom" of "Tom Calder") is another person:
 * every form of theirs written with two or more words lacks one of the asked name's words ("Tom Briggs", "Ruth Calder").
 * A speaker the articles name by one word only ("Calder") may be the asked one.
 */
function namesAnother(forms: readonly string[], asked: readonly string[]): boolean {
  const full = forms.map((form): string[] => writtenWords(foldAccents(form.toLowerCase()))).filter((words) => words.length >= 2);
  return full.length > 0 && full.every((words) => asked.some((word) => !words.includes(word)));
}

/**
 * The runs of two or more adjacent words of `asked` that are content words of its reading (`reading`, folded) and that
 * `kept` keeps, at least one of them no name, as written, longest first ("Spanish housing minister", then "Spanish
 * housing" and "housing minister"): a role named by several words. A run of names alone ("Kim
 * Jong Un") is a name, tried as one.
 */
function adjacentRuns(asked: string, reading: QuestionWords, kept: (word: string) => boolean): string[] {
  const content = new Set(reading.content);
  const runs: string[][] = [[]];
  for (const word of writtenWords(asked)) {
    const folded = foldAccents(word.toLowerCase());
    if (content.has(folded) && kept(folded)) runs[runs.length - 1]!.push(word);
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  }
  const named = new Set(reading.names);
  const spans: string[][] = [];
  for (const run of runs) for (let start = 0; start < run.length; start++) for (let end = start + 2; end <= run.length; end++) spans.push(run.slice(start, end));
  return spans
    .filter((span) => span.some((word) => !named.has(foldAccents(word.toLowerCase()))))
    .sort((a, b) => b.length - a.length)
    .map((span) => span.join(' '));
}

/**
 * The roles a question names by a common noun and the name of what they belong to ("gobernadora de Nariño", "ministra
 * del Interior", "governor of Iowa"): the noun, "de"/"del"/"of" (an article may follow), and the run of capitalised
 * words after it. The noun is neither a verb of saying nor an interrogative ("¿Qué dijo de Francia…?" names no role).
 */
function rolePhrases(asked: string): string[] {
  return [...asked.matchAll(ROLE_PHRASE)].map((match) => match[0]).filter((phrase) => {
    const noun = phrase.split(/\s/u)[0]!;
    return speechVerb(noun) === undefined && !ROLE_PHRASE_NON_NOUNS.has(foldAccents(noun.toLowerCase()));
  });
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const ROLE_PHRASE = new RegExp(String.raw`(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}-]*\s+(?:del|de(?:\s+la|\s+los|\s+las)?|of(?:\s+the)?)\s+${NAME_WORD}(?:\s+(?:(?:de|del|of)\s+)?${NAME_WORD})*`, 'gu');
/** Words before "de" that are no role: interrogatives, and "acerca", which asks about a topic. */
const ROLE_PHRASE_NON_NOUNS = new Set(['que', 'quien', 'quienes', 'cual', 'cuales', 'acerca']);

/** The verb of saying a question's word is; in English also a form mostly read as a noun, which after an auxiliary is the verb ("Did Kim promise…?"). */
function sayingVerb(word: string, language: Language) {
  return speechVerb(word) ?? (language === 'en' ? nounFormVerb(word) : undefined);
}

/** Whether any word of the question is a verb of saying: the only verbs askedRole's doer is looked up for. */
function namesSayingVerb(question: CheckedQuestion): boolean {
  return writtenWords(question.asked).some((word) => sayingVerb(word, question.language) !== undefined);
}

/**
 * Where the asked speaker speaks and where others do, in an article (article offsets; memoised by article id), from
 * every statement the quote rules found there (`statementsIn`): a statement is the speaker's when their own lookup
 * gives it (as said by them, or carried by them as a channel), another's when it names another speaker. Undefined
 * when no speaker is asked.
 */
function voicesOf(speaker: SpeakerStatements | undefined, statementsIn: (articleId: string) => readonly Statement[]): Voices | undefined {
  if (!speaker) return undefined;
  const own = new Set(speaker.statements.map(spanKey));
  return remembered((articleId) => {
    const all = statementsIn(articleId);
    return { own: all.filter((statement) => own.has(spanKey(statement))), others: all.filter((statement) => statement.speaker !== null && !own.has(spanKey(statement))) };
  });
}

function spanKey({ articleId, start, end }: Statement): string {
  return `${articleId}:${start}:${end}`;
}

/**
 * The matcher's term for a noun askedKind gives (folded; `noun` picks it, the counted noun or the role noun): the question's
 * own word when it is looked up in its own words, else the translation's word in the same place after the interrogative.
 * Undefined when the noun only asks (a unit of time) or is not among the terms.
 */
function nounTerm(noun: (kind: AskedKind | undefined) => string | undefined, question: CheckedQuestion, query: QuestionWords, matcher: TermMatcher): string | undefined {
  const own = query.text === question.asked;
  const word = noun(own ? askedKind(question.asked, question.language) : askedKind(query.text, query.language));
  if (word === undefined || !query.content.includes(word)) return undefined;
  return matcher.matches(word)[0]?.term;
}

/**
 * The passages of `story`'s article within STORY_REACH of its passage that `holds` accepts (a sentence naming someone beside
 * a role's noun), as evidence with no retrieval score; none when a passage of that article already read (`read`) holds
 * one, or when there is no story. Reads one article's passages, whatever the size of the archive.
 */
function roleHolders(index: PassageIndex, articles: ReadonlyMap<string, Article>, story: Evidence | undefined, read: readonly Evidence[], holds: (item: Evidence) => boolean): Evidence[] {
  if (!story || read.some((item) => item.article === story.article && holds(item))) return [];
  const seen = new Set(read.map((item) => item.hit.passage.id));
  const around = story.hit.passage;
  const hits: RetrievedPassage[] = [];
  for (const id of passageIdsOf(story.article.id, (passageId) => index.passage(passageId) !== undefined)) {
    const passage = index.passage(id);
    if (!passage || seen.has(id) || passage.end < around.start - STORY_REACH) continue;
    if (passage.start > around.end + STORY_REACH) break;
    hits.push({ passage, score: 0, coverage: 0, confidence: 0, matchedTerms: [] });
  }
  return gatherEvidence(hits, articles).filter(holds);
}

/**
 * Whether a chosen sentence dates something at most by a year, and only by the year its story was published in (a
 * dated story; every number of four digits in it is that year): "en 2022 toca la evaluación" in a story of May 2022.
 */
function datesOnlyByStoryYear({ evidence, unit }: Chosen, questionWords: ReadonlySet<string>): boolean {
  const year = evidence.article.date?.slice(0, 4);
  const text = evidence.article.text.slice(unit.start, unit.end);
  const years = text.match(/(?<![\p{L}\p{N}])\p{N}{4}(?![\p{L}\p{N}])/gu) ?? [];
  return year !== undefined && dateDetail(text, questionWords) < MONTH_DETAIL && years.length > 0 && years.every((found) => found === year);
}

/**
 * The chosen sentences led by the best one of the first one's story that holds the expected kind of answer and that
 * `leads` accepts, the displaced first one after it when both fit in MAX_QUOTED_CHARS; as chosen when there is none.
 */
function ledBy(looked: { evidence: Evidence[]; scored: ScoredSentences; chosen: Chosen[] }, leads: (candidate: CandidateSentence) => boolean): typeof looked {
  const [first] = looked.chosen;
  const finer = looked.scored.ranked.find((candidate) => candidate.carries && candidate.evidence.article === first?.evidence.article && leads(candidate));
  if (!finer || !first) return looked;
  const lead = quoted(finer);
  const fits = length(lead.unit) + length(first.unit) <= MAX_QUOTED_CHARS && !(finer.evidence === first.evidence && overlaps(lead.unit, first.unit));
  return { ...looked, chosen: fits ? [lead, first] : [lead] };
}

/**
 * Characters read on each side of the answer's passage for the question's terms its story holds: more than
 * any story of the evaluation sets (69,664 characters at most, SQuAD-es v2), so that every story is read whole;
 * a longer seed is a compilation, and reading all 12 MB of one cost seconds of CPU on every /ask.
 */
const STORY_REACH = 70_000;

/**
 * The question's terms an article holds, its headline and publication month and year included (`storyRead`). `namedOtherwise`
 * gives the question's names the text holds in another form.
 */
function termsIn(article: Article, around: TextSpan, matcher: TermMatcher, namedOtherwise?: (text: string) => Set<string>): Set<string> {
  const read = storyRead(article, around);
  return new Set([...matcher.matches(read).map((match) => match.term), ...storyDateTerms(article, matcher), ...(namedOtherwise?.(read) ?? [])]);
}

/**
 * An article's headline and story as read for the question's terms: the whole story, or for a file longer than STORY_REACH
 * on both sides of `around` (a passage), the text within that reach.
 */
function storyRead(article: Article, around: TextSpan): string {
  const { text } = article;
  // Cut at spaces, so that no word is read in part.
  const before = text.indexOf(' ', around.start - STORY_REACH);
  const from = around.start <= STORY_REACH ? 0 : before >= 0 && before < around.start ? before + 1 : around.start - STORY_REACH;
  const after = text.lastIndexOf(' ', around.end + STORY_REACH);
  const to = around.end + STORY_REACH >= text.length ? text.length : after > around.end ? after : around.end + STORY_REACH;
  return `${article.title}\n${text.slice(from, to)}`;
}

/**
 * The largest share of the question that a candidate sentence and the next one of its passage hold
 * together, 0..1: an answer may name its subject in one sentence and the fact in the next.
 */
function windowShare({ ranked, share }: ScoredSentences): number {
  let best = 0;
  for (const sentences of groupBy(ranked, (candidate) => candidate.evidence).values()) {
    const ordered = [...sentences].sort((a, b) => a.span.start - b.span.start);
    ordered.forEach((sentence, i) => (best = Math.max(best, share(new Set([...sentence.terms, ...(ordered[i + 1]?.terms ?? [])])))));
  }
  return best;
}

/** The share of the best hit's matched terms that each other hit holds, averaged by score, 0..1 (AnswerabilityFeatures.hitAgreement). */
function hitAgreement(hits: RetrievedPassage[]): number {
  const [best, ...others] = hits;
  const terms = new Set(best?.matchedTerms);
  const total = others.reduce((sum, hit) => sum + hit.score, 0);
  if (terms.size === 0 || total === 0) return 0;
  return others.reduce((sum, hit) => sum + hit.score * (hit.matchedTerms.filter((term) => terms.has(term)).length / terms.size), 0) / total;
}

/** Share of the reading's content words whose every term no passage holds, 0..1 (AnswerabilityFeatures.unknownShare). */
function unknownShare({ content, language, writtenIn }: QuestionWords, index: PassageIndex): number {
  if (content.length === 0) return 0;
  // A question written in a language the bot reads only in part is read by no analyser of the index, whatever its locale.
  const analyser = analyserFor(writtenIn ?? language);
  return content.filter((word) => wordTerms(word, analyser).every((term) => index.documentFrequency(term, analyser) === 0)).length / content.length;
}

/**
 * The passage with what its sentences are read with: the paragraph up to the passage's end and the sentence before it
 * (evidence.ts `preceding`). A paragraph names its subject once ("Otra sección, Brookhaven, …") and the sentences after
 * speak of it ("La subdivisión aislada se conoció…"), whichever passage the splitting put them in.
 */
function readWith({ article, hit, sentences, preceding }: Evidence): string {
  const start = Math.min(hit.passage.start, sentences[0]?.start ?? hit.passage.start, preceding?.start ?? hit.passage.start);
  return article.text.slice(start, hit.passage.end);
}

/** The paragraph the passage lies in, as far as its sentences were read (evidence.ts cuts a paragraph of megabytes). */
function paragraphRead({ article, hit, sentences }: Evidence): string {
  return article.text.slice(Math.min(hit.passage.start, sentences[0]?.start ?? hit.passage.start), Math.max(hit.passage.end, sentences.at(-1)?.end ?? hit.passage.end));
}

/** Share of the numbers `question` writes in digits that none of `texts` writes, separators aside, 0..1; 0 when it writes none. */
function digitsMissing(question: string, texts: string[]): number {
  const digits = (text: string) => (text.match(/\d[\d.,]*\d|\d/gu) ?? []).map((number) => number.replace(/[.,]/gu, ''));
  const asked = new Set(digits(question));
  if (asked.size === 0) return 0;
  const given = new Set(texts.flatMap(digits));
  return [...asked].filter((number) => !given.has(number)).length / asked.size;
}

/** The sentence before a quoted one in its paragraph, else the paragraph before's last (evidence.ts `preceding`); none at the story's start. */
function sentenceBefore({ evidence, unit }: Chosen): TextSpan[] {
  const before = evidence.sentences.filter((sentence) => sentence.end <= unit.start).at(-1) ?? evidence.preceding;
  return before && before.end <= unit.start ? [before] : [];
}

/** Letters a word is cut to when compared by truncation (AnswerabilityFeatures.wordsMissing). */
const TRUNCATION = 5;

/** Share of the folded `content` words, numbers aside, whose first TRUNCATION letters begin no word of `texts`, 0..1; 1 when there are no texts, 0 when no words. */
function truncatedMissing(content: readonly string[], texts: string[]): number {
  const asked = content.filter((word) => !/^\p{N}/u.test(word));
  if (asked.length === 0) return 0;
  const held = new Set(texts.flatMap((text) => words(text).map((word) => word.slice(0, TRUNCATION))));
  return asked.filter((word) => !held.has(word.slice(0, TRUNCATION))).length / asked.length;
}

/** Share of `terms` that none of the texts holds, leaving out those `otherwise` says they hold in another form. */
function missingShare(terms: ReadonlySet<string>, texts: string[], matcher: TermMatcher, otherwise: ReadonlySet<string>): number {
  const found = new Set([...texts.flatMap((text) => matcher.matches(text).map((match) => match.term)), ...otherwise]);
  return [...terms].filter((term) => !found.has(term)).length / terms.size;
}

/**
 * The refusal. Passages related to the question are cited as leads, never quoted as an answer
 * ("¿Cuánta agua tiene el pantano?" beside a passage about the reservoir's level): without names,
 * passages holding at least LEAD_SHARE of its content words; with names, passages naming them all
 * (in their text or their article's headline, or in another form anywhere in their story: `namedInStory`) and holding one of its other words too ("¿Cómo calificó Kim a su país respecto a Rusia?" beside
 * "Kim alabó a Rusia por construir un país fuerte"). A question made mostly of names (more names
 * than other words: "¿Dónde se reunieron Kim y Putin?") is about them, so a passage naming them all
 * is a lead. A question about something no passage names, or whose subject the passages lack
 * ("What is the weather in Pyongyang?" over articles that only mention Pyongyang), is off-topic and
 * gets no leads. Across languages without a translation only names can be trusted to match, so there
 * the names alone decide (`namesOnly`).
 *
 * A lead whose sentence holds the kind of answer the question expects (`expectation`: a date for "¿Cuándo…?")
 * beside at least LEAD_SHARE of its other words ("las primeras obras comenzarán en septiembre" for "¿Cuándo
 * empezarán las obras?") may answer it in words the lookup does not match: it is cited first and said to
 * be a possible answer (`possible`), never one that does not answer; not one that gives it only in what someone asked for
 * (`byRequest`: "La fiscalía pidió doce años" for "¿Cuántos años recibió?"), which is a lead like the others. Asked
 * what a known speaker said (`spoken`), the speaker's own sentences the answer would have quoted are leads too, said to be theirs.
 */
function refusalWithLeads(
  question: CheckedQuestion,
  hits: RetrievedPassage[],
  articles: ReadonlyMap<string, Article>,
  matcher: TermMatcher,
  names: ReadonlySet<string>,
  namesOnly: boolean,
  maxCitations: number,
  expectation: Expectation,
  byRequest: (sentence: string) => boolean,
  { spoken, namedInStory }: { spoken?: SpokenLeads | undefined; namedInStory?: ((article: Article, around: TextSpan) => ReadonlySet<string>) | undefined },
): Refusal {
  const words = WORDS[question.language];
  const plain: AskResult = { question: question.question, language: question.language, answer: words.refusal, mode: 'extractive', refused: true, citations: [] };
  // A Spanish adverb of manner ("finalmente", "exactamente") only qualifies what is asked: a lead need not hold it.
  const manner = new Set(question.words.content.filter((word) => MANNER_ADVERB.test(word)).flatMap((word) => matcher.matches(word).map((match) => match.term)));
  const others = namesOnly ? [] : matcher.terms.map((term) => term.stem).filter((stem) => !names.has(stem) && !manner.has(stem));
  const related = (hit: RetrievedPassage) => {
    const found = new Set(matcher.matches(hit.passage.text).map((match) => match.term));
    // A name in the headline is what every passage of the story is about ("Incendio en Valparaíso" over "…12 heridos").
    // So is a name its story gives in another form anywhere.
    const article = articles.get(hit.passage.articleId);
    const named = new Set([...found, ...matcher.matches(article?.title ?? '').map((match) => match.term), ...(article && namedInStory ? namedInStory(article, hit.passage) : [])]);
    const held = others.filter((term) => found.has(term)).length;
    const aboutThem = names.size > 0 ? names.size > others.length || held > 0 : held >= LEAD_SHARE * others.length;
    return names.size + others.length > 0 && [...names].every((name) => named.has(name)) && aboutThem;
  };
  const evidence = gatherEvidence(hits.filter(related), articles);
  // A statement is the asked speaker's only by the quote rules, which a lead is not read with.
  const typed = expectation.type !== undefined && expectation.type !== 'statement' && !namesOnly;
  const ranked = scoreSentences(evidence, matcher, typed ? expectation : { type: undefined, questionWords: new Set() }).ranked;
  const answering = typed
    ? ranked.find((candidate) => candidate.carries && others.filter((term) => candidate.terms.has(term)).length >= LEAD_SHARE * others.length && !byRequest(candidate.evidence.article.text.slice(candidate.span.start, candidate.span.end)))
    : undefined;
  // The asked speaker's own sentences come right after a possible answer: what they said is what was asked for.
  const said = answering ? [] : (spoken?.sentences ?? []);
  const chosen: Chosen[] = answering ? [quoted(answering)] : said;
  const { citations: leads, numberOf } = citeEvidence(evidence, chosen, ranked, matcher, maxCitations);
  if (leads.length === 0) return { result: plain, possible: false };
  const [first, ...rest] = leads;
  const saidIn = new Set(said.map((item) => numberOf.get(item.evidence)));
  const further = leads.filter((lead) => !saidIn.has(lead.n));
  const answer =
    answering && first
      ? words.possibleLead(markersOf([first]), rest.length === 0 ? undefined : markersOf(rest))
      : spoken && saidIn.size > 0
        ? words.speakerLeads(spoken.speaker, markersOf(leads.filter((lead) => saidIn.has(lead.n))), further.length === 0 ? undefined : markersOf(further))
        : words.leads(markersOf(leads));
  return { result: { ...plain, answer, citations: leads }, possible: answering !== undefined };
}

/**
 * The refusal with the passages a question's own reading found (`own`) that name all of its names as leads; undefined when
 * none does. Read on names alone, in the language of the best of them: the reading met them across languages.
 */
function namedLeads(question: CheckedQuestion, own: { retrieval: { hits: RetrievedPassage[] }; query: QuestionWords }, articles: ReadonlyMap<string, Article>, maxCitations: number, expectation: Expectation, byRequest: (sentence: string) => boolean): AskResult | undefined {
  const analyser = analyserFor(own.retrieval.hits[0]?.passage.language ?? own.query.language);
  const names = new Set(question.words.names.flatMap((word) => wordTerms(word, analyser)));
  if (names.size === 0) return undefined;
  const { result } = refusalWithLeads(question, own.retrieval.hits, articles, termMatcher([own.query], analyser), names, true, maxCitations, expectation, byRequest, {});
  return result.citations.length > 0 ? result : undefined;
}

/**
 * A question about what a known speaker said ("What did Ana Soto say about the new rules?"): the speaker's name and the
 * sentences of theirs the answer would have quoted. Refused, these are its leads: what they did say, perhaps of the same
 * thing in other words ("the legislation" for "the new rules").
 */
interface SpokenLeads {
  speaker: string;
  sentences: Chosen[];
}

/** Whether a chosen sentence reports one of the asked speaker's statements (`statements`: theirs, by article id). */
function saidBy(item: Chosen, statements: ReadonlyMap<string, readonly Statement[]>): boolean {
  return (statements.get(item.evidence.article.id) ?? []).some((statement) => overlaps(statement, item.unit));
}

/** A chosen sentence, widened to what it needs to stand alone. */
interface Chosen {
  evidence: Evidence;
  unit: TextSpan;
  candidate: CandidateSentence;
}

/**
 * A candidate sentence as quoted: with the unit it is quoted as (excerpt.ts `answerUnit`), for a total, the sentence
 * before it whose count it continues (CandidateSentence.continues), for an increment, the total after it
 * (CandidateSentence.totalAfter), asked which outlet, the sentence after it naming one (CandidateSentence.toldAfter), asked who holds a role it introduces
 * unnamed, the sentence after it naming someone (CandidateSentence.holderAfter), asked when and dating nothing, the sentence after it
 * that does (CandidateSentence.datedAfter), and, for a why-question, the sentences after it that
 * give its cause (CandidateSentence.cause), each while the whole fits in MAX_QUOTED_CHARS.
 */
function quoted(candidate: CandidateSentence): Chosen {
  const own = answerUnit(candidate.evidence, candidate.span);
  const { continues } = candidate;
  const withCount = continues && continues.end <= own.start ? { start: continues.start, end: own.end } : undefined;
  const after = candidate.totalAfter ?? candidate.toldAfter ?? candidate.holderAfter ?? candidate.datedAfter;
  const withTotal = after && after.start >= own.end ? { start: own.start, end: after.end } : withCount;
  const unit = withTotal && length(withTotal) <= MAX_QUOTED_CHARS ? withTotal : own;
  const { cause } = candidate;
  const withCause = cause && cause.start >= unit.end ? { start: unit.start, end: cause.end } : undefined;
  return { evidence: candidate.evidence, unit: withCause && length(withCause) <= MAX_QUOTED_CHARS ? withCause : unit, candidate };
}

/**
 * The best sentence, and the runner-up of its story when it adds question terms the best one lacks and both fit
 * in the answer; of the two, one holding the expected kind of answer first. One story answers or none does: a sentence
 * of another story that shares some of the question's words ("…a cambio de ayuda tecnológica" beside the companies that
 * help a government against hackers) is no part of the answer, only a citation among the others. When the question asks what
 * someone said (`speakerAsked`), the runner-up may instead be the asked speaker's words in the sentence
 * right after the best one: a paraphrase is often followed by the quotation it sums up, which repeats
 * none of the question's words ("prometió reforzar los lazos." ¶ "«Estoy seguro de que reforzaremos…», dijo Putin").
 * When the question asks how many or how much, a sentence with no count cannot answer it (the count rule refuses it): the best
 * sentence of the same story that `counts` (countAnswer) is quoted first instead ("The plant employs about 1,200
 * people" over the dateline that names the plant and its owner), the displaced one after it only when it holds no
 * figure that would read as the count ("Un terremoto de magnitud 4,1…" is not quoted beside "dos heridos"). A
 * who-question whose best sentence names no one is led the same way by the sentence `counts` accepts there (one naming
 * someone who does the question's verb), the displaced one after it when both fit; `expects` is the type asked.
 */
function chooseSentences(ranked: CandidateSentence[], speakerAsked: boolean, counts: ((candidate: CandidateSentence) => boolean) | undefined, expects: AnswerType | undefined): Chosen[] {
  const best = ranked.find((candidate) => candidate.terms.size > 0);
  if (!best) return [];
  const counting = counts && !best.carries ? ranked.find((candidate) => candidate.terms.size > 0 && candidate.evidence.article === best.evidence.article && counts(candidate)) : undefined;
  if (counting) {
    const first = quoted(counting);
    const displaced = quoted(best);
    const figure = expects === 'number' && carriesAnswerType(best.evidence.article.text.slice(displaced.unit.start, displaced.unit.end), 'number', new Set(), best.evidence.article.language);
    const fits = length(first.unit) + length(displaced.unit) <= MAX_QUOTED_CHARS && !(best.evidence === counting.evidence && overlaps(first.unit, displaced.unit));
    return figure || !fits ? [first] : [first, displaced];
  }
  const first = quoted(best);
  const covered = best.terms;
  const runnerUp = ranked.find(
    (candidate) =>
      candidate !== best &&
      candidate.evidence.article === best.evidence.article &&
      candidate.another !== true &&
      ([...candidate.terms].some((term) => !covered.has(term)) || (speakerAsked && best.carries && candidate.carries && follows(candidate, best))) &&
      !(candidate.evidence === best.evidence && overlaps(answerUnit(candidate.evidence, candidate.span), first.unit)),
  );
  if (!runnerUp || runnerUp.score < SECOND_SENTENCE_SHARE * best.score) return [first];
  const second = quoted(runnerUp);
  if (length(first.unit) + length(second.unit) > MAX_QUOTED_CHARS) return [first];
  // The sentence that holds the kind of answer asked for is quoted first ("La nueva línea tendrá 21 paradas." before
  // the sentence that only repeats "la línea 2 del tranvía"), as it is the answer the reader looks for.
  return second.candidate.carries && !first.candidate.carries ? [second, first] : [first, second];
}

/**
 * Whether a candidate answers a question counting `counted` (a term; undefined when the noun is none of the terms): it
 * holds a count beside the noun, or, when no candidate names the noun, beside one of the question's other terms
 * (select.ts `countNear`).
 */
function countAnswer(ranked: CandidateSentence[], counted: string | undefined, questionWords: ReadonlySet<string>): (candidate: CandidateSentence) => boolean {
  const named = counted !== undefined && ranked.some((candidate) => candidate.terms.has(counted));
  // A counted noun with a term is never a unit of time (those only ask), so years or days do not count it.
  return (candidate) => candidate.carries && countNear(candidate, named ? (term) => term === counted : () => true, questionWords, counted === undefined);
}

/** Whether `later` is the sentence right after `earlier` in the same article (only white space between them). */
function follows(later: CandidateSentence, earlier: CandidateSentence): boolean {
  const { article } = earlier.evidence;
  return later.evidence.article === article && later.span.start >= earlier.span.end && article.text.slice(earlier.span.end, later.span.start).trim() === '';
}

/** How close to the best sentence's score the runner-up must come to be quoted too. */
const SECOND_SENTENCE_SHARE = 0.9;

interface Cited {
  citations: Citation[];
  /** The number of the citation that shows each piece of evidence. */
  numberOf: Map<Evidence, number>;
}

/**
 * One citation per piece of evidence: first those the answer quotes, in the order it quotes them,
 * then the other passages retrieval found relevant and close to the best (best first), up to
 * `maxCitations`. Excerpts of the same article that overlap become one citation.
 */
function citeEvidence(evidence: Evidence[], chosen: Chosen[], ranked: CandidateSentence[], matcher: TermMatcher, maxCitations: number): Cited {
  const focusOf = new Map<Evidence, TextSpan>();
  for (const { evidence: item, unit } of chosen) {
    const previous = focusOf.get(item);
    focusOf.set(item, previous ? cover(previous, unit) : unit);
  }
  const topScore = evidence[0]?.hit.score ?? 0;
  for (const item of evidence) {
    if (focusOf.size >= maxCitations) break;
    if (item.hit.score < SEE_ALSO_SHARE * topScore) continue;
    const best = ranked.find((candidate) => candidate.evidence === item);
    // A passage found only through a word the answer does not need ("dijo" in "¿Qué dijo Lasa?") is not cited.
    if (!focusOf.has(item) && best && best.terms.size > 0) focusOf.set(item, answerUnit(item, best.span));
  }

  const excerpts: Array<{ evidence: Evidence; span: TextSpan }> = [];
  const numberOf = new Map<Evidence, number>();
  for (const [item, focus] of focusOf) {
    const span = excerptAround(item, focus);
    const same = excerpts.findIndex((other) => other.evidence.article === item.article && overlaps(other.span, span));
    const merged = excerpts[same];
    if (merged) merged.span = cover(merged.span, span);
    else excerpts.push({ evidence: item, span });
    numberOf.set(item, merged ? same + 1 : excerpts.length);
  }
  const citations = excerpts.map(({ evidence: item, span }, i): Citation => {
    const excerpt = item.article.text.slice(span.start, span.end);
    return {
      n: i + 1,
      articleId: item.article.id,
      title: item.article.title,
      outlet: item.article.outlet,
      date: item.article.date,
      passageId: item.hit.passage.id,
      excerpt,
      score: item.hit.score,
      highlights: joinOverlapping(matcher.matches(excerpt)),
    };
  });
  return { citations, numberOf };
}

/** The lead-in and the chosen sentences as quoted, each with its citation's number (every chosen one has a citation). */
function writeAnswer(language: Language, chosen: Chosen[], { numberOf }: Cited): Written {
  const quotations = chosen.map(({ evidence: item, unit }) => ({ n: numberOf.get(item) ?? 0, text: nestedQuotes(quote(item, unit), language) }));
  return { leadIn: WORDS[language].leadIn(languageOfQuotes(language, chosen)), quotations };
}

/**
 * The name, in the reader's language, of the language the quoted excerpts are written in, when it is
 * not the reader's (each article's own, as detected); undefined when they are in the reader's.
 */
function languageOfQuotes(language: Language, chosen: Chosen[]): string | undefined {
  const foreign = [...new Set(chosen.map((item) => item.evidence.article.language))].filter((code) => code !== language);
  if (foreign.length === 0) return undefined;
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return foreign.map((code) => names.of(code) ?? code).join(', ');
}

/** "[3] [4]" */
function markersOf(citations: Citation[]): string {
  return numberMarkers(citations.map((citation) => citation.n));
}

// Bracketed numbers in article text ("[12]" footnotes) would read as citation markers.
const MARKER_LOOKALIKE = /\[(\s*\d+(?:\s*[,;]\s*\d+)*\s*)\]/gu;

/**
 * The unit's text on one line, its bracketed numbers in parentheses so that every [n] of the answer
 * is a citation, cut at a word with an ellipsis when it is too long to quote whole. A unit that
 * starts or ends inside a sentence (a piece of an over-long one) is marked with "…" on that side.
 */
function quote(evidence: Evidence, unit: TextSpan): string {
  const inside = (offset: number) => evidence.sentences.some((sentence) => sentence.start < offset && offset < sentence.end);
  const sentence = evidence.article.text.slice(unit.start, unit.end).replace(/\s+/gu, ' ').replace(MARKER_LOOKALIKE, '($1)');
  const opening = inside(unit.start) ? '… ' : '';
  if (sentence.length <= MAX_QUOTED_CHARS) return opening + sentence + (inside(unit.end) ? ' …' : '');
  return opening + sentence.slice(0, wordCut(sentence, MAX_QUOTED_CHARS)) + ' …';
}

/**
 * The marks of the answer's quotation inside it (and straight double marks), one level down, so that they are not
 * doubled around a sentence that opens with a quotation (““Hong Kong today…” became her call to arms.”): in English
 * double marks become single ones (‘…’), in Spanish angle marks become double ones («“…”»), as each language nests them.
 * A straight mark opens after a space, a bracket or the start, and closes elsewhere. Same length: offsets keep.
 */
function nestedQuotes(text: string, language: Language): string {
  const [open, close] = language === 'en' ? ['‘', '’'] : ['“', '”'];
  const outer = language === 'en' ? /[“”"]/gu : /[«»"]/gu;
  return text.replace(outer, (mark, at: number) => (mark === '«' || mark === '“' || (mark === '"' && (at === 0 || /[\s([{]/u.test(text[at - 1] ?? ''))) ? open : close));
}

/** Spans in reading order, overlapping ones (the bigrams of Chinese or Japanese text) joined into one. */
function joinOverlapping(spans: TextSpan[]): TextSpan[] {
  const joined: TextSpan[] = [];
  for (const { start, end } of spans) {
    const last = joined.at(-1);
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else joined.push({ start, end });
  }
  return joined;
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The smallest span holding both. */
function cover(a: TextSpan, b: TextSpan): TextSpan {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function length(span: TextSpan): number {
  return span.end - span.start;
}
