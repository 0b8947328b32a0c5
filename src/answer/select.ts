/**
 * Chooses the sentences that answer a question from the sentences of the retrieved passages.
 *
 * A sentence scores by the share of the question's weight it matches (each term weighted by its
 * rarity among the candidate sentences, so "Putin" in a corpus about Putin counts for little), by the
 * share of the rest that the sentence before it matches (across a paragraph break too), by its
 * passage's retrieval score, by the share of the question its story's headline holds, and by whether it holds the kind
 * of answer the question asks for (a date for "¿cuándo…?", a name for "¿quién…?", answer-type.ts) besides the question's
 * own words.
 * Tried and dropped on XQuAD (docs/EVALUATION.md): a bonus for matching words standing close
 * together, a length penalty, and rarity over the whole corpus instead of the candidates.
 */
import type { Article, TextSpan } from '../corpus/types.js';
import { carriesAge, carriesAnswerType, carriesDuration, carriesCount, dateDetail, givesEndDate, MONTH_DETAIL, givesStart, givesTimeOfDay, namesOutlet, reportedSpans, type AnswerType } from './answer-type.js';
import { sentencesAfter, type Evidence } from './evidence.js';
import { answersQuestionBefore, speaksOfHeadline } from './list-parts.js';
import type { TermMatcher, WordMatch } from './matching.js';
import { doneByAnother, doneByOneOf, type AskedRole } from './roles.js';
import { deniesThenQuotes, givesCause } from './cause.js';
import { givesMoney } from './money.js';
import { tellsSuccession } from './succession.js';
import { definesSubject } from './definition.js';
import { ofAnotherYear } from './other-year.js';
import { slotOfAnother, type NameSlot } from './name-slot.js';
import { storyDateTerms } from './story-date.js';
import { inNameList } from './name-list.js';
import { figureOfAnotherInSentence } from './figure-owner.js';
import { escapeRegExp } from '../text/literal-pattern.js';
import { asksIncrement, givesIncrement, givesTotal } from './cumulative.js';
import { foldAccents } from '../text/words.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../corpus/dates.js';
import { functionWordsOf, STOP_WORDS } from '../text/stop-words.js';
import { endsAsQuestion } from '../text/question-mark.js';
import { speechVerb } from '../quotes/lexicon.js';

export interface CandidateSentence {
  evidence: Evidence;
  /** Article offsets. */
  span: TextSpan;
  /** Matching words, in article offsets. */
  matches: WordMatch[];
  /**
   * The question's terms the sentence holds: its matching words', the sentence before's for one whose subject is a pronoun or a
   * demonstrative standing for what that one told of ("Estas se realizarán…"), and for one reporting the asked speaker's words, the speaker's.
   */
  terms: ReadonlySet<string>;
  /** Share of the question's weight the sentence itself matches, 0..1. */
  coverage: number;
  /** Whether it holds the expected kind of answer (false when the question expects none; for a why-question, a cause). */
  carries: boolean;
  /**
   * For a why-question, the sentences after it in its paragraph that give the cause it states no cause of (the next
   * one, with the one after when the next asks "The reason for that decline?"): quoted with it.
   */
  cause?: TextSpan;
  /**
   * For a total that does not name what it counts ("The county total has risen to 23"), the sentence before it, whose
   * count it continues ("…reported six new cases of measles on Monday."): quoted with it.
   */
  continues?: TextSpan;
  /** For an increment whose story's candidates give no total, the sentence right after it that does ("That took the death toll to 61"): quoted with it. */
  totalAfter?: TextSpan;
  /**
   * For a question asking which outlet, the sentence right after it that goes on about it by a pronoun and names one
   * ("…permanecerán cerrados en agosto." then "Lo dijo en una entrevista … de Radio Sil Norte"): quoted with it.
   */
  toldAfter?: TextSpan;
  /**
   * For a who-question asking who holds a role, the sentence right after one that introduces the role's holder without
   * naming them ("…nombró a un nuevo director para el puerto.") when it names someone ("El cargo recae en la ingeniera
   * Marta Solís."): quoted with it.
   */
  holderAfter?: TextSpan;
  /**
   * For a when-question, the sentence right after one that tells of the asked event in the question's words and dates it
   * not, when it gives the date ("Los recolectores iniciaron una huelga indefinida…" then "El paro arrancó el miércoles
   * 18 de noviembre…"): quoted with it, whose date it is.
   */
  datedAfter?: TextSpan;
  /** It puts another name in the slot of one of the question's (Expectation.slots): its figure is that name's. */
  another?: true;
  score: number;
}

/** The kind of answer a question expects, and its own words (folded), which do not count as one. */
export interface Expectation {
  type: AnswerType | undefined;
  questionWords: ReadonlySet<string>;
  /**
   * For a 'statement' question, the asked speaker: where their statements lie, by article id (article
   * offsets), and the question's terms that name them, which a sentence reporting their words holds.
   */
  speaker?: { statements: ReadonlyMap<string, readonly TextSpan[]>; terms: ReadonlySet<string> };
  /**
   * The question asks who said or reported something (answer-type.ts `reported`): a sentence names its
   * answer only when most of the question's terms it holds lie in what it reports.
   */
  reported?: boolean;
  /**
   * For a question that counts something ("¿Cuántos misiles…?"), the counted noun's term: a sentence
   * naming it holds the answer only with a number beside it (NEAR_COUNT), not anywhere else.
   */
  counted?: string;
  /** The counted noun is a share of a body (answer-type.ts `AskedKind.share`: "participación", "turnout"): a share beside it answers. */
  share?: boolean;
  /**
   * For a count question narrowing its noun to a part ("¿Cuántos trasplantes de riñón…?", answer-type.ts
   * `AskedKind.qualifier`), the narrowing word's term: in a story whose headline does not hold it, a sentence giving a
   * count beside it (QUALIFIER_REACH: "Los de riñón fueron los más numerosos, con 3.910") outdoes one counting the noun
   * without it, the whole ("6.120 trasplantes de órganos").
   */
  qualifier?: string;
  /**
   * The terms of the question's names. For a how-much question that counts no noun ("¿A cuánto ascendería la fianza de
   * Ana Soto?"), a figure in a sentence holding none of the question's other terms (only "Soto") is another thing's
   * once a sentence of the same story gives one beside them ("Dicha fianza rondaría los tres millones").
   */
  nameTerms?: ReadonlySet<string>;
  /**
   * The question as asked: a how-many question's figure told of another year than it asks of (other-year.ts
   * `ofAnotherYear`) is outdone by one of its story that is not.
   */
  question?: string;
  /**
   * The question asks a price, a cost or a fine (money.ts `asksMoney`): a sentence giving an amount of money (`givesMoney`)
   * outdoes one of its story that gives another figure ("duró tres años" beside "costó 3 millones de euros").
   */
  money?: boolean;
  /**
   * For a money question that names the thing priced ("¿Cuánto cuesta el bidón…?", money.ts `pricedNoun`), that noun's
   * term: only a sentence that names it and gives an amount of money answers, not one giving another thing's cost (the
   * aqueduct's) or a figure of no money.
   */
  priced?: string;
  /** The question asks an age (answer-type.ts `AskedKind.age`): only a sentence giving one holds its answer. */
  age?: boolean;
  /** The question asks how long (answer-type.ts `AskedKind.duration`): only a sentence giving a stretch of time holds its answer. */
  duration?: boolean;
  /**
   * The question asks how long something has gone on until now (answer-type.ts `asksElapsed`: "¿Cuántos días lleva…?",
   * "How long has … been…?"): a sentence saying when it began (`givesStart`: "desde el pasado lunes", "since 4 October")
   * holds its answer too.
   */
  elapsed?: boolean;
  /**
   * For a who-question asking who holds a role ("¿Quiénes son los abogados de Ana Soto?", answer-type.ts
   * `AskedKind.roleNoun`), the role noun's term: a sentence naming someone beside that noun ("los abogados Raúl Colón y Dina
   * Pérez", "Raúl Colón, abogado de…") outdoes one that only holds names elsewhere.
   */
  roleNoun?: string;
  /** The question asks which news outlet (answer-type.ts `AskedKind.outlet`): a sentence naming one (`namesOutlet`) outdoes other names. */
  outlet?: boolean;
  /** The score's weights; SENTENCE_WEIGHTS unless an evaluation tries others. */
  weights?: SentenceWeights;
  /**
   * The question's verb (its term) and who it says does it (roles.ts): a sentence where another name does that verb
   * ("Kim … visitó" for "¿Cuándo visitó Putin…?") holds nothing of the question.
   */
  role?: { term: string; asked: AskedRole };
  /**
   * The question's verb of saying (its term) and the folded words of the names it says are spoken to ("a Kim" in "¿Qué le
   * prometió el mandatario ruso a Kim?"): a sentence, or a story's headline, where one of them does that verb ("Kim Jong
   * Un promete a Putin…") tells of their words, not of words said to them, and holds nothing of the question.
   */
  addressed?: { term: string; names: ReadonlySet<string> };
  /**
   * The question asks what a speaker said or promised: where, in an article, they speak and where others do. A sentence
   * that reports only another speaker's words ("«…», dijo Putin" for "¿Qué dijo Kim…?") holds nothing of the question.
   */
  voices?: Voices;
  /**
   * The question asks why (cause.ts `asksWhy`): a sentence that gives a cause, or is followed in its paragraph by one
   * that does, holds its answer; one that only states the fact keeps SentenceWeights.withoutType of its score.
   */
  why?: boolean;
  /**
   * The question asks who takes someone's place or a post (succession.ts `asksSuccessor`: "¿Quién sustituirá a…?", "Who
   * will take over…?"): only a sentence that tells of a successor (`tellsSuccession`: "asumirá la presidencia de forma
   * interina", "will serve as interim chief executive") names its answer, whether or not it repeats the question's words;
   * the one that tells of the departure in them keeps SentenceWeights.withoutType of its score.
   */
  successor?: boolean;
  /**
   * The question asks the hour ("¿A qué hora…?", "At what hour…?"): only a time of day answers it (answer-type.ts
   * `givesTimeOfDay`), not the story's date, which a dateline gives every question of its story.
   */
  hour?: boolean;
  /**
   * The question asks until when ("¿Hasta cuándo…?", answer-type.ts `asksUntil`): of the sentences that date something,
   * those giving an end date (`givesEndDate`) outdo the others ("desde 2017" beside "hasta el domingo 6 de diciembre").
   */
  until?: boolean;
  /**
   * The question asks what something is (definition.ts `definedSubject`): its subject's terms, in order. A sentence that
   * says what it is (definition.ts `definesSubject`) holds its answer; one that only names it keeps SentenceWeights.withoutType
   * of its score.
   */
  defined?: readonly string[];
  /**
   * The question's names in the slot of a preposition (name-slot.ts `nameSlots`, heads as the matcher's terms): a sentence
   * of a story that names them elsewhere but puts another name in that slot ("contra el hijo menor de Alberto Fujimori"
   * for "contra Guillermo Bocángel") gives another's figure, and holds no answer of the kind asked.
   */
  slots?: readonly NameSlot[];
  /**
   * The question's name words (folded): a sentence naming one of them whose figure stands only in the clause another name
   * opens (figure-owner.ts) gives that name's figure, and holds no answer of the kind asked.
   */
  askedNames?: ReadonlySet<string>;
}

/** Where, in an article (by id), the asked speaker's statements lie and where other speakers' do (article offsets). */
export type Voices = (articleId: string) => { own: readonly TextSpan[]; others: readonly TextSpan[] };

export interface ScoredSentences {
  /** Best first. */
  ranked: CandidateSentence[];
  /** Share of the question's weight that a set of matched terms covers, 0..1. */
  share(terms: Iterable<string>): number;
}

/** How a sentence's score weighs its parts besides its own coverage of the question. */
export interface SentenceWeights {
  /** Weight of the share of the rest of the question that the sentence before it matches (answer sentences often name their subject one sentence earlier). */
  context: number;
  /** Weight of its passage's retrieval score over the best passage's, 0..1. */
  retrieval: number;
  /**
   * Weight of the share of the question that its story's headline holds, 0..1: a headline says what the story is about,
   * so of two sentences holding as much of the question, the one whose story's headline names the rest of it is quoted.
   */
  headline: number;
  /**
   * Share of its score a sentence keeps when the question expects a kind of answer (a date, a number,
   * a place, a person) and the sentence holds none besides the question's own words: the sentence that
   * says who or when beats one that only repeats the question.
   */
  withoutType: number;
}

/**
 * Chosen together by 5-fold cross-validation grouped by article (`npx tsx scripts/eval/sentence-weights.ts`)
 * on the 3,569 answerable Spanish questions of XQuAD and SQuAD-es v2: the weights that cite the gold
 * paragraph first most often on four groups' questions, measured on the fifth's (docs/EVALUATION.md),
 * among those that still quote "La obra fue financiada por…" for "¿Quién financió…?" when the
 * sentence before it names the subject (a passage BM25 ranks lower: it misses "financiada"). The headline's weight was
 * chosen after them, the others as they are, by the same cross-validation (`npx tsx scripts/eval/headline-weight.ts`:
 * every fold chose 1 of 0 to 2).
 */
export const SENTENCE_WEIGHTS: SentenceWeights = { context: 1, retrieval: 1, headline: 1, withoutType: 0.7 };

/** Every sentence of every passage, scored. */
export function scoreSentences(evidence: Evidence[], matcher: TermMatcher, expectation: Expectation): ScoredSentences {
  const located = evidence.flatMap((item) => {
    const sentences = sentencesOfPassage(item).map((span) => ({ evidence: item, span, matches: matchesIn(item, span, matcher) }));
    const preceding = item.preceding ? matchesIn(item, item.preceding, matcher) : [];
    return sentences.map((sentence, i) => ({ ...sentence, before: termsOf(sentences[i - 1]?.matches ?? preceding), previous: sentences[i - 1]?.span ?? item.preceding }));
  });
  const pool = located.map((sentence) => {
    // A sentence whose subject is a pronoun for what the one before told of, or a role noun set off by a comma ("El
    // técnico, nacido en Tolosa hace 52 años, …"), holds that one's terms as its own; so does one reporting words by a
    // pronoun ("«…», he said"), and one whose subject is a surname an earlier sentence of its story among the candidates
    // gave in full ("Villalba pidió…" after "El gobernador del Atlántico, Andrés Villalba Char, celebró…"; "Ferrándiz, de
    // 47 años, …" a paragraph after "…su nueva directora, la historiadora del arte Lucía Ferrándiz"): that one's.
    const text = textOf(sentence);
    const namedBy = namedInFullBy(text);
    const namer = namedBy && located.find((earlier) => earlier.evidence.article === sentence.evidence.article && earlier.span.end <= sentence.span.start && namedBy(textOf(earlier)));
    // So does an answer after its question in a question-and-answer layout ("¿Cuántos médicos están llamados al paro?
    // Unos 2.300 facultativos…"): it answers what the question before it asks, in words that need not repeat it, and the
    // question asks of what the story's headline names ("¿Qué servicios mínimos hay?" in a story on a strike); a fact
    // box's line tells of that too ("Viviendas afectadas: 85; …" under a flood's story: list-parts.ts).
    const headline = () => termsOf(matcher.matches(sentence.evidence.article.title));
    if (sentence.previous !== undefined && answersQuestionBefore(textOf({ evidence: sentence.evidence, span: sentence.previous }), text)) return { ...sentence, inherited: new Set([...sentence.before, ...headline()]) };
    if (speaksOfHeadline(text)) return { ...sentence, inherited: headline() };
    const inherited = opensWithAnaphor(text) || reportedByPronoun(text) ? sentence.before : namer ? termsOf(namer.matches) : new Set<string>();
    return { ...sentence, inherited };
  });
  const weight = rarity(pool.map((sentence) => termsOf(sentence.matches)), matcher.terms.map((term) => term.stem));
  const totalWeight = [...weight.values()].reduce((sum, value) => sum + value, 0);
  const share = (terms: Iterable<string>) => (totalWeight === 0 ? 0 : [...terms].reduce((sum, term) => sum + (weight.get(term) ?? 0), 0) / totalWeight);
  const topScore = evidence[0]?.hit.score ?? 0;
  const { type, weights = SENTENCE_WEIGHTS } = expectation;
  // A sentence must match the question to hold its answer; the asked speaker's statement need not, as it may
  // name them by role alone ("«…», aseguró la consejera").
  const storyWords = new Map<Article, ReadonlySet<string>>();
  const wordsOf = (article: Article) => {
    const known = storyWords.get(article);
    if (known) return known;
    const words = new Set(foldAccents(article.text).match(/\p{L}[\p{L}'’-]*/gu) ?? []);
    storyWords.set(article, words);
    return words;
  };
  const ofAnother = (sentence: { evidence: Evidence; span: TextSpan; matches: WordMatch[]; previous: TextSpan | undefined }) =>
    (expectation.slots ?? []).some(
      (slot) =>
        [...slot.names].some((word) => wordsOf(sentence.evidence.article).has(word)) &&
        slotOfAnother(textOf(sentence), sentence.matches.map((match) => ({ start: match.start - sentence.span.start, term: match.term })), slot, expectation.questionWords, sentence.previous && textOf({ evidence: sentence.evidence, span: sentence.previous })),
    );
  // A count question's figure in a clause another name opens is that name's ("…su socio Pedro Almagro, quien recibió cinco años").
  const { askedNames } = expectation;
  const ownedByAnother = (sentence: { evidence: Evidence; span: TextSpan }) =>
    type === 'number' && askedNames !== undefined && figureOfAnotherInSentence(textOf(sentence), askedNames, expectation.questionWords, sentence.evidence.article.language);
  // The word narrowing a counted noun narrows nothing in a story whose headline holds it: the story is all of that part
  // ("Los casos de sarampión se duplican…" for "¿Cuántos casos de sarampión hubo en Alcor?").
  const { qualifier } = expectation;
  const headlined = new Map<Article, boolean>();
  const narrowing = (article: Article) => {
    if (qualifier === undefined) return undefined;
    const held = headlined.get(article) ?? headlined.set(article, matcher.matches(article.title).some((match) => match.term === qualifier)).get(article)!;
    return held ? undefined : qualifier;
  };
  const typed = pool.map((sentence) => {
    const another = type !== 'statement' && (ofAnother(sentence) || ownedByAnother(sentence));
    // A sentence that asks ("How many properties are affected?", whose "many" reads as a count) gives no answer to outdo
    // the one under it.
    // Asked who takes someone's place, a sentence naming someone answers only when it tells of a successor, in the
    // question's words or not ("Carmen Ferrer asumirá la presidencia" for "¿Quién sustituirá a Lasheras?").
    const succession = expectation.successor === true && tellsSuccession(textOf(sentence), sentence.evidence.article.language);
    const matched = sentence.matches.length > 0 || sentence.inherited.size > 0 || type === 'statement' || succession;
    const answering = type !== undefined && matched && !asksItself(sentence) && !another;
    const own = answering && carriesType(sentence, type, expectation, narrowing(sentence.evidence.article)) && (expectation.successor !== true || succession);
    // Asked when, a sentence telling of the event in the question's words gives the date the sentence right after it gives.
    const datedAfter = answering && !own && type === 'date' && sentence.matches.length > 0 ? nextDating(sentence, expectation) : undefined;
    return { ...sentence, another, carries: own || datedAfter !== undefined, ...(datedAfter && { datedAfter }) };
  });
  // Once some sentence gives the sharper answer, the looser ones no longer answer: for "¿Cuándo…?", the day, month or
  // year over "el lunes" or "ayer"; for "¿Cuántos heridos…?", a count beside "heridos" over a number elsewhere
  // ("magnitud 4,1" in the paragraph before the update that counts the injured); for "¿Dónde compite…?", a place its story
  // tells of now over one it dates to an earlier year than the story's ("En 2021 compitió en Hong Kong": blind newcomer 20's D3).
  const { counted } = expectation;
  const detail = new Map(type === 'date' ? typed.filter((sentence) => sentence.carries).map((sentence) => [sentence, dateDetail(textOf({ ...sentence, span: sentence.datedAfter ?? sentence.span }), expectation.questionWords)] as const) : []);
  const { nameTerms } = expectation;
  const { roleNoun } = expectation;
  type Typed = (typeof typed)[number];
  const ofStoryTime = (sentence: Typed) => !ofAnotherYear(expectation.question ?? '', withPrevious(sentence), publishedYear(sentence.evidence.article));
  // The counted noun is among the sentence's matches; with no counted noun, some match is not one of the question's names.
  const countsAsked = (sentence: Typed) =>
    counted !== undefined ? sentence.matches.some((match) => match.term === counted) : nameTerms !== undefined && sentence.matches.some((match) => !nameTerms.has(match.term));
  // A question's name standing in a list of names ("a tres cadenas, Frescamar, Olmedo y DíaVerde") shares the figure of
  // its sentence with the others (name-list.ts): the sentence giving a figure beside that name alone is sharper.
  // A count beside the word narrowing the counted noun is the asked part's, wherever the noun is.
  const countsPart = (sentence: Typed) => {
    const qualifier = narrowing(sentence.evidence.article);
    return qualifier !== undefined && countNear(sentence, (term) => term === qualifier, expectation.questionWords, false, QUALIFIER_REACH);
  };
  const listed = (sentence: Typed) => nameTerms !== undefined && figureOfList(sentence, nameTerms, expectation.questionWords);
  const ownFigure = (sentence: Typed) => nameTerms !== undefined && figureOfName(sentence, nameTerms, expectation.questionWords);
  const listing = new Set(type === 'number' ? typed.filter((sentence) => sentence.carries && listed(sentence)).map((sentence) => sentence.evidence.article.id) : []);
  const isSharper = (sentence: Typed): boolean => {
    switch (type) {
      case 'date':
        return (detail.get(sentence) ?? 0) > 0;
      case 'person':
        return (roleNoun !== undefined && namedBeside(sentence, roleNoun, expectation.questionWords)) || (expectation.outlet === true && (namesOutlet(answerPart(sentence)) || outletAfter(sentence) !== undefined));
      case 'place':
        return ofStoryTime(sentence);
      case 'number':
        // In a story that gives a list of names a figure, only a figure beside an asked name outside any list is its own.
        if (listing.has(sentence.evidence.article.id)) return !listed(sentence) && ownFigure(sentence) && (!expectation.money || givesMoney(answerPart(sentence)));
        return expectation.money ? givesMoney(answerPart(sentence)) : (countsAsked(sentence) || countsPart(sentence)) && ofStoryTime(sentence);
      default:
        return false;
    }
  };
  const { role, voices } = expectation;
  // The words each article writes as names inside a sentence, read once per article for all its sentences.
  const namesInside = new Map<Article, ReadonlySet<string>>();
  const namesOf = (article: Article) => namesInside.get(article) ?? namesInside.set(article, writtenAsNames(article.text)).get(article)!;
  const { addressed } = expectation;
  const byAddressee = (text: string, matches: readonly WordMatch[], offset: number, article: Article) => addressed !== undefined && doneByAddressee(text, matches, offset, addressed, namesOf(article));
  /** A sentence set aside as no answer: it asks itself, retells another in full, or reports another's words. */
  const setAsideOf = (sentence: Typed) =>
    asksItself(sentence) || toldInFull(sentence, pool) || (role && byAnother(sentence, role, namesOf(sentence.evidence.article))) || byAddressee(textOf(sentence), sentence.matches, sentence.span.start, sentence.evidence.article) || (voices && anotherSpeaks(sentence, voices));
  // A story that counts an increment and gives the total reached ("six new cases" … "The county total has risen to 23")
  // answers a how-many question with the total, unless it asks for the new ones or one day's (cumulative.ts).
  const { questionWords } = expectation;
  const cumulative = type === 'number' && counted !== undefined && !expectation.money && !expectation.age && expectation.priced === undefined && !asksIncrement(expectation.question ?? '');
  const incremented = new Set(cumulative ? typed.filter((sentence) => sentence.carries && givesIncrement(answerPart(sentence), questionWords)).map((sentence) => sentence.evidence.article.id) : []);
  // A total names something of the question or continues the increment right before it ("La cifra de afectados se eleva así a 96");
  // one set aside as no answer (another voice reports it) outdoes nothing, or the question is refused.
  const continuesIncrement = (sentence: Typed) => sentence.previous !== undefined && typed.some((other) => other.evidence.article === sentence.evidence.article && other.span.start === sentence.previous?.start && givesIncrement(textOf(other), questionWords));
  const totals = typed.filter((sentence) => incremented.has(sentence.evidence.article.id) && !sentence.another && (sentence.matches.length > 0 || sentence.inherited.size > 0 || continuesIncrement(sentence)) && givesTotal(answerPart(sentence), questionWords) && !setAsideOf(sentence));
  const dating = typed.filter((sentence) => sentence.carries && isSharper(sentence));
  // Asked until when, a date where something ends is sharper still, once some sentence gives one.
  const ending = expectation.until ? dating.filter((sentence) => givesEndDate(answerPart(sentence), expectation.questionWords)) : [];
  const sharper = ending.length > 0 ? ending : dating;
  // A count of the noun in another story does not unsay this one's figure; in its story, the part's count unsays the whole's.
  const outdone = (sentence: { evidence: Evidence }) => {
    if (type === 'date') return sharper;
    const own = sharper.filter((other) => other.evidence.article.id === sentence.evidence.article.id);
    const parts = own.filter(countsPart);
    // A total outdoes an increment, even one of the asked part ("3.200 nuevas dosis de la vacuna" beside "se han puesto 41.500 dosis").
    const total = totals.filter((other) => other.evidence.article.id === sentence.evidence.article.id);
    const partTotals = total.filter(countsPart);
    return partTotals.length > 0 ? partTotals : total.length > 0 ? total : parts.length > 0 ? parts : own;
  };
  // Of two dates told with the same words of the question, the one that says the day beats the one that says only the
  // month or the year ("La prueba … comenzó el 27 de enero de 1967" over "…se planificó la prueba para 1967").
  const finerDate = (sentence: (typeof typed)[number]) => {
    const terms = termsOf(sentence.matches);
    const own = detail.get(sentence) ?? 0;
    return [...detail].some(([other, finer]) => finer > own && other !== sentence && [...terms].every((term) => other.matches.some((match) => match.term === term)));
  };
  // A story holds the month and year it was published on, in every sentence ("¿Qué dijo Kim en agosto de 2023?").
  const dated = new Map(evidence.map((item) => [item.article, storyDateTerms(item.article, matcher)] as const));
  // The question's terms each story's headline holds, read once per article.
  const headlines = new Map<Article, Set<string>>();
  const headlineTerms = (article: Article) => {
    const known = headlines.get(article);
    if (known) return known;
    const matches = matcher.matches(article.title);
    const terms = byAddressee(article.title, matches, 0, article) ? new Set<string>() : termsOf(matches);
    headlines.set(article, terms);
    return terms;
  };
  const ranked = typed
    .map((item): CandidateSentence => {
      const { before, inherited, previous, carries: typeFound, another, datedAfter, ...sentence } = item;
      const setAside = setAsideOf(item);
      if (setAside) return { ...sentence, terms: new Set(), coverage: 0, carries: false, score: 0 };
      // A total continues the count the sentence before it told of ("…six new cases of measles. The county total has risen to 23").
      const total = totals.includes(item);
      const continues = total && previous !== undefined && !sentence.matches.some((match) => match.term === counted) ? previous : undefined;
      const toldAfter = typeFound && expectation.outlet === true && !namesOutlet(answerPart(sentence)) ? outletAfter(sentence) : undefined;
      const holderAfter = type === 'person' && roleNoun !== undefined && !namedBeside(sentence, roleNoun, questionWords) ? unnamedHolderAfter(sentence, roleNoun, questionWords) : undefined;
      const totalAfter = typeFound && incremented.has(sentence.evidence.article.id) && !totals.some((other) => other.evidence.article === sentence.evidence.article) ? followingTotal(sentence, questionWords) : undefined;
      const own = new Set([...termsOf(sentence.matches), ...inherited, ...(total ? before : []), ...(dated.get(sentence.evidence.article) ?? [])]);
      const better = outdone(sentence);
      const carries = (typeFound || total || holderAfter !== undefined) && (better.length === 0 || better.some((other) => other.span === sentence.span)) && !finerDate(item);
      const matched = carries && expectation.speaker ? new Set([...own, ...expectation.speaker.terms]) : own;
      // The asked speaker's words stand for the speaker in the sentence (`matched`) and so in its passage: it is
      // credited as found like the best one, which may only name the speaker in full ("What did Marta Gil say?").
      const retrieval = carries && expectation.speaker ? 1 : topScore > 0 ? sentence.evidence.hit.score / topScore : 0;
      const context = share([...before].filter((term) => !matched.has(term)));
      const coverage = share(matched);
      const headline = share(headlineTerms(sentence.evidence.article));
      const score = coverage + weights.context * context + weights.retrieval * retrieval + weights.headline * headline;
      const cause = expectation.why ? causeOf(sentence) : undefined;
      const unexplained = expectation.why === true && cause === undefined;
      const defines = expectation.defined !== undefined && definesSubject(sentence.evidence.article.text, sentence.span, expectation.defined, sentence.matches);
      const undefinedSubject = expectation.defined !== undefined && !defines;
      // Another name's figure is no answer, whatever kind the question expects.
      const kept = (type !== undefined && !carries) || unexplained || undefinedSubject || another ? weights.withoutType * score : score;
      // A cause is what a why-question expects, a definition what a what-is question does: the sentence that gives one holds its answer.
      return { ...sentence, terms: matched, coverage, carries: carries || (type === undefined && (cause !== undefined || defines)), ...(cause && cause !== sentence.span && { cause }), ...(continues && { continues }), ...(totalAfter && { totalAfter }), ...(toldAfter && { toldAfter }), ...(holderAfter && { holderAfter }), ...(datedAfter && { datedAfter }), ...(another && { another }), score: kept };
    })
    .sort((a, b) => b.score - a.score);
  return { ranked, share };
}

/**
 * Where a sentence's cause is told (cause.ts `givesCause`): the sentence itself (its own span), else the sentence right
 * after it, in its paragraph or opening the next (evidence.ts `sentencesAfter`), with the one after that when it asks the question it answers ("The reason for that
 * decline? The U.S. is burning less coal."); or a quotation after a denial (cause.ts `deniesThenQuotes`), the sentence's
 * own or the next one's, with that denial; undefined when none gives one.
 */
function causeOf(sentence: { evidence: Evidence; span: TextSpan }): TextSpan | undefined {
  const { evidence, span } = sentence;
  const { text, language } = evidence.article;
  if (givesCause(textOf(sentence), language)) return span;
  const [next, after] = sentencesAfter(evidence, span, 2);
  if (next === undefined) return undefined;
  // A denial and the quotation after it give the speaker's own reason (cause.ts `deniesThenQuotes`): the sentence's or the next one's.
  const nextText = text.slice(next.start, next.end);
  if (deniesThenQuotes(textOf(sentence), nextText, language)) return next;
  if (after && deniesThenQuotes(nextText, text.slice(after.start, after.end), language)) return { start: next.start, end: after.end };
  if (!givesCause(nextText, language)) return undefined;
  const asks = endsAsQuestion(text.slice(next.start, next.end));
  return { start: next.start, end: asks && after ? after.end : next.end };
}

/**
 * The sentence right after `sentence` (in its paragraph or opening the next, evidence.ts `sentencesAfter`) when it goes on
 * about it by a pronoun (`opensWithAnaphor`: "Lo dijo en una entrevista…") and names a news outlet (answer-type.ts
 * `namesOutlet`); undefined otherwise.
 */
function outletAfter(sentence: { evidence: Evidence; span: TextSpan }): TextSpan | undefined {
  const [next] = sentencesAfter(sentence.evidence, sentence.span);
  const text = next && sentence.evidence.article.text.slice(next.start, next.end);
  return text !== undefined && opensWithAnaphor(text) && namesOutlet(text) ? next : undefined;
}

// An indefinite article, and up to two lower-case words that are no particle, before a role's noun: the sentence tells of
// a holder it does not name yet ("un nuevo director", "una presidenta", "a new head coach", "an interim chief executive"),
// not of something else the role's holder has ("un informe del director").
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:un|una|unos|unas|a|an)(?:\s+(?!(?:de|del|la|el|los|las|al|of|the|for|para|por|y|and|to)\s)\p{Ll}[\p{L}\p{M}-]*){0,2}\s+$/u;

/**
 * The sentence right after `sentence` (in its paragraph or opening the next, evidence.ts `sentencesAfter`) when
 * `sentence` writes the role's noun `roleNoun` after an indefinite article (INDEFINITE_BEFORE) and the next one names
 * someone who is none of the question's words ("…nombró a un nuevo director para el puerto. El cargo recae en la
 * ingeniera Marta Solís."); undefined otherwise.
 */
function unnamedHolderAfter(sentence: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }, roleNoun: string, questionWords: ReadonlySet<string>): TextSpan | undefined {
  const { evidence, span, matches } = sentence;
  const { text, language } = evidence.article;
  if (!matches.some((match) => match.term === roleNoun && INDEFINITE_BEFORE.test(text.slice(span.start, match.start)))) return undefined;
  const [next] = sentencesAfter(evidence, span);
  return next !== undefined && carriesAnswerType(text.slice(next.start, next.end), 'person', questionWords, language) ? next : undefined;
}

/**
 * The sentence right after `sentence` (in its paragraph or opening the next, evidence.ts `sentencesAfter`) when it holds
 * the date or the hour a when-question asks (`carriesType`, the question's own words aside) as news dates an event: by
 * its day or month (answer-type.ts `dateDetail` at least MONTH_DETAIL) or its hour; undefined otherwise. A year alone
 * after a sentence is as often another event's (an encyclopedia's next sentence: "En 1777 se firmó…").
 */
function nextDating(sentence: { evidence: Evidence; span: TextSpan }, expectation: Expectation): TextSpan | undefined {
  const [next] = sentencesAfter(sentence.evidence, sentence.span);
  if (next === undefined || !carriesType({ evidence: sentence.evidence, span: next, matches: [] }, 'date', expectation, undefined)) return undefined;
  const text = sentence.evidence.article.text.slice(next.start, next.end);
  return dateDetail(text, expectation.questionWords) >= MONTH_DETAIL || givesTimeOfDay(text, expectation.questionWords) ? next : undefined;
}

/**
 * The sentence right after an increment (`sentence`; in its paragraph or opening the next, evidence.ts `sentencesAfter`)
 * when it gives the total it brings the count to (cumulative.ts `givesTotal`); undefined otherwise.
 */
function followingTotal(sentence: { evidence: Evidence; span: TextSpan }, questionWords: ReadonlySet<string>): TextSpan | undefined {
  const { evidence, span } = sentence;
  if (!givesIncrement(textOf(sentence), questionWords)) return undefined;
  const [next] = sentencesAfter(evidence, span);
  return next !== undefined && givesTotal(evidence.article.text.slice(next.start, next.end), questionWords) ? next : undefined;
}

/**
 * Whether a sentence holds the kind of answer expected: for a statement, one of the asked speaker's
 * overlaps it; for who reported something, a name, with most of the question's terms it holds in
 * what it reports (answer-type.ts `reportedSpans`); for a count, a number beside the counted noun or beside `qualifier`,
 * the term narrowing it in the sentence's story (Expectation.qualifier; undefined where it narrows nothing).
 */
function carriesType(sentence: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }, type: AnswerType, expectation: Expectation, qualifier: string | undefined): boolean {
  const { evidence, span } = sentence;
  if (type === 'statement') return (expectation.speaker?.statements.get(evidence.article.id) ?? []).some((said) => said.start < span.end && said.end > span.start);
  if (type === 'number' && expectation.age) return carriesAge(textOf(sentence), expectation.questionWords);
  if (type === 'number' && expectation.elapsed && givesStart(answerPart(sentence), expectation.questionWords)) return true;
  if (type === 'number' && expectation.duration) return carriesDuration(answerPart(sentence), expectation.questionWords);
  if (type === 'date' && expectation.hour) return givesTimeOfDay(answerPart(sentence), expectation.questionWords);
  const { priced } = expectation;
  if (type === 'number' && priced !== undefined) return givesMoney(answerPart(sentence)) && sentence.matches.some((match) => match.term === priced);
  if (type === 'number' && expectation.counted !== undefined) return countBeside(sentence, expectation.counted, qualifier, expectation.questionWords, expectation.share === true);
  const text = textOf(sentence);
  if (!carriesAnswerType(answerPart(sentence), type, expectation.questionWords, evidence.article.language)) return false;
  if (type !== 'person' || !expectation.reported) return true;
  const reported = reportedSpans(text).map((part) => ({ start: part.start + span.start, end: part.end + span.start }));
  const terms = termsOf(sentence.matches);
  const inReport = termsOf(sentence.matches.filter((match) => reported.some((part) => part.start <= match.start && match.end <= part.end)));
  return inReport.size * 2 > terms.size;
}

// Bullets that part the items of a fact box or a list run into one line ("Origen: Rusia · Recompensa: $10 millones").
const ITEM_BREAK = /\s[·•|]\s/gu;

/**
 * The part of a sentence its answer may lie in: for a line of items parted by bullets (a fact box: "Hackers: Grupo
 * Conti · Recompensa: $10 millones · Límite de pago: 23 de abril"), the items that hold the question's words, as each
 * item tells of its own label only; else, or when no item holds them, the whole sentence.
 */
function answerPart(sentence: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }): string {
  const { span, matches } = sentence;
  const text = textOf(sentence);
  const breaks = [...text.matchAll(ITEM_BREAK)].map((item) => ({ start: item.index, end: item.index + item[0].length }));
  if (breaks.length === 0) return text;
  const items = [0, ...breaks.map((item) => item.end)].map((start, i) => ({ start, end: breaks[i]?.start ?? text.length }));
  const held = items.filter((item) => matches.some((match) => match.start - span.start < item.end && match.end - span.start > item.start));
  return held.length === 0 ? text : held.map((item) => text.slice(item.start, item.end)).join(' · ');
}

// A name right after a role's noun, maybe after a comma ("los abogados Raúl Colón", "its coach, Ralf Rangnick") or after its
// complement of one lower-case word and a comma ("El vocero del museo, Andrés Lafuente"), or right before it with a comma
// and maybe an article ("Raúl Colón, abogado de…", "Ralf Rangnick, the team's coach").
const NAME_AFTER_ROLE = /^(?:\s+(?:de|del|of)\s+(?:(?:la|las|los|el|the)\s+)?\p{Ll}[\p{L}\p{M}'’-]*\s*,)?,?\s+(\p{Lu}[\p{L}\p{M}'’-]*)/u;
const NAME_BEFORE_ROLE = /(\p{Lu}[\p{L}\p{M}'’-]*),\s+(?:(?:el|la|los|las|su|sus|the|its|his|her|their)\s+)?$/u;
/** How far (characters) before a role's noun a name in apposition is looked for. */
const ROLE_REACH = 40;

/**
 * Whether a sentence names someone in apposition to the role noun's term `roleNoun` (NAME_AFTER_ROLE, NAME_BEFORE_ROLE), with
 * a name that is none of the question's own words (`questionWords`, folded), and a noun no other name qualifies: not
 * "Microsoft's founder, Bill Gates" nor "Marlee Matlin, la ganadora del Óscar" unless the question names Microsoft or the Óscar.
 */
function namedBeside({ evidence, span, matches }: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }, roleNoun: string, questionWords: ReadonlySet<string>): boolean {
  const { text, language } = evidence.article;
  const other = (name: string | undefined) => name !== undefined && !questionWords.has(foldAccents(name.toLowerCase()));
  const functionWords = language === 'es' || language === 'en' ? STOP_WORDS[language] : functionWordsOf(language);
  const anotherName = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && functionWords?.has(foldAccents(word.toLowerCase())) !== true && other(word);
  return matches.some(
    (match) =>
      match.term === roleNoun &&
      !anotherName(WORD_BEFORE.exec(text.slice(span.start, match.start))?.[1]) &&
      !anotherName(OF_NAME_AFTER.exec(text.slice(match.end, span.end))?.[1]) &&
      (other(NAME_AFTER_ROLE.exec(text.slice(match.end, span.end))?.[1]) || other(NAME_BEFORE_ROLE.exec(text.slice(Math.max(span.start, match.start - ROLE_REACH), match.start))?.[1])),
  );
}

/**
 * Whether a sentence of the evidence's passage names someone in apposition to the role noun's term `roleNoun` (as
 * `namedBeside` reads it) where the matched word is a noun of its doer (`agentNoun`: "founder", "fundadora", not the
 * "jugada" of "jugar"): "The group's founder, Bernice Scott" or "Su fundadora, Carmen Llorente".
 */
export function namesRoleHolder(evidence: Evidence, matcher: TermMatcher, roleNoun: string, questionWords: ReadonlySet<string>): boolean {
  const { text } = evidence.article;
  return sentencesOfPassage(evidence).some((span) => {
    const own = matchesIn(evidence, span, matcher).filter((match) => agentNoun(text.slice(match.start, match.end)));
    return namedBeside({ evidence, span, matches: own }, roleNoun, questionWords);
  });
}

// The word right before a noun, without a possessive "'s" ("Microsoft" in "Microsoft's founder").
const WORD_BEFORE = /([\p{L}\p{M}-]+)(?:['’]s)?\s+$/u;
// The word after "de", "del" or "of" (and an article) right after a noun ("Óscar" in "la ganadora del Óscar").
const OF_NAME_AFTER = /^\s+(?:de|del|of)\s+(?:(?:la|las|los|el|the)\s+)?([\p{L}\p{M}-]+)/u;
// A noun of the one who does something: English -er, -or, -ist; Spanish -dor, -tor, -sor, -ista, -nte (and their forms).
const AGENT_NOUN = /(?:ers?|ors?|ists?|[dts]or(?:a|es|as)?|istas?|ntes?)$/iu;

/** Whether a word has the ending of a noun of the one who does something ("founder", "fundadora", "presidente"; AGENT_NOUN). */
export function agentNoun(word: string): boolean {
  return AGENT_NOUN.test(word);
}

/**
 * How far (characters) before and after the counted noun its number is looked for: about five words
 * before ("lanzó al menos doce misiles") and three after ("misiles, doce en total").
 */
const NEAR_COUNT = { before: 40, after: 25 };
/**
 * How far (characters) before and after the word narrowing a counted noun its count is looked for: as NEAR_COUNT before
 * ("3.910 trasplantes de riñón"), and after, a clause that elides the noun ("Los de riñón fueron otra vez los más
 * numerosos, con 3.910").
 */
const QUALIFIER_REACH = { before: NEAR_COUNT.before, after: 60 };

/**
 * Whether a sentence says how many (answer-type.ts `carriesCount`; with `share`, a share such as a turnout's "48,2 %" too)
 * beside the counted noun or within QUALIFIER_REACH of the
 * word narrowing it (`qualifier`, a term: "Family beds remain the scarcest: the council offers 410"); anywhere
 * will do when it does not name the noun ("fueron doce los lanzados"), though then only a number or "none": a vague
 * "many" says how many of whatever it stands beside ("create many risks" counts no babies). The noun is never a unit of
 * time (those only ask, answer-type.ts `askedKind`), so a number of years or days does not count it.
 */
function countBeside(sentence: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }, counted: string, qualifier: string | undefined, questionWords: ReadonlySet<string>, share: boolean): boolean {
  const named = sentence.matches.some((match) => match.term === counted);
  const nearPart = () => qualifier !== undefined && countNear(sentence, (term) => term === qualifier, questionWords, false, QUALIFIER_REACH);
  return named ? countNear(sentence, (term) => term === counted, questionWords, share) || nearPart() : carriesCount(answerPart(sentence), questionWords, share, sentence.evidence.article.language, false);
}

/**
 * Whether a sentence says how many (answer-type.ts `carriesCount`, with or without `durations`) within `reach` (characters
 * before and after; NEAR_COUNT unless given) of a word matching a question term that `near` accepts; false when it holds none.
 */
export function countNear({ evidence, span, matches }: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }, near: (term: string) => boolean, questionWords: ReadonlySet<string>, durations: boolean, reach = NEAR_COUNT): boolean {
  const nouns = matches.filter((match) => near(match.term));
  const { text } = evidence.article;
  // Widened to whole words, so that "un millón" is not cut to "un mil".
  const wordStart = (offset: number) => offset - (/[\p{L}\p{N}]+$/u.exec(text.slice(span.start, offset))?.[0].length ?? 0);
  const wordEnd = (offset: number) => offset + (/^[\p{L}\p{N}]+/u.exec(text.slice(offset, span.end))?.[0].length ?? 0);
  const windows = nouns.map((noun) => ({ start: wordStart(Math.max(span.start, noun.start - reach.before)), end: wordEnd(Math.min(span.end, noun.end + reach.after)) }));
  return windows.some((window) => carriesCount(text.slice(window.start, window.end), questionWords, durations, evidence.article.language));
}

type Located = { evidence: Evidence; span: TextSpan; matches: WordMatch[] };

/** The sentence's matches of the question's names (`nameTerms`) that stand in a list of names (name-list.ts `inNameList`) or not. */
function nameMatches(sentence: Located, nameTerms: ReadonlySet<string>, questionWords: ReadonlySet<string>, listed: boolean): WordMatch[] {
  const text = textOf(sentence);
  return sentence.matches.filter((match) => nameTerms.has(match.term) && inNameList(text, match.start - sentence.span.start, match.end - sentence.span.start, questionWords) === listed);
}

/**
 * Whether a sentence names one of the question's names (`nameTerms`, the matcher's terms) in a list of names: "multas por un
 * total de 41,3 millones a tres cadenas, Frescamar, Olmedo y DíaVerde" gives the list's figure, not Frescamar's own.
 */
export function figureOfList(sentence: Located, nameTerms: ReadonlySet<string>, questionWords: ReadonlySet<string>): boolean {
  return nameMatches(sentence, nameTerms, questionWords, true).length > 0;
}

/**
 * Whether a sentence gives a figure of any kind (answer-type.ts `carriesCount` with durations, within NEAR_COUNT) beside one
 * of the question's names standing alone: in no list of names, and qualifying no noun the question does not name ("la sanción
 * más elevada, de 22,7 millones, recae sobre Frescamar", not "una multa de 60.000 euros al director de compras de Frescamar").
 */
export function figureOfName(sentence: Located, nameTerms: ReadonlySet<string>, questionWords: ReadonlySet<string>): boolean {
  const alone = nameMatches(sentence, nameTerms, questionWords, false).filter((match) => !ownerOfAnother(sentence, match, questionWords));
  return countNear({ ...sentence, matches: alone }, () => true, questionWords, true);
}

/** Whether a sentence of the evidence's passage gives a figure beside one of the question's names standing alone (`figureOfName`). */
export function givesFigureOfName(evidence: Evidence, matcher: TermMatcher, nameTerms: ReadonlySet<string>, questionWords: ReadonlySet<string>): boolean {
  return sentencesOfPassage(evidence).some((span) => figureOfName({ evidence, span, matches: matchesIn(evidence, span, matcher) }, nameTerms, questionWords));
}

/** Whether a sentence of the evidence's passage gives a count (with `share`, or a share) beside the counted noun's term `counted` (`countNear`). */
export function givesCountOf(evidence: Evidence, matcher: TermMatcher, counted: string, questionWords: ReadonlySet<string>, share: boolean): boolean {
  return sentencesOfPassage(evidence).some((span) => countNear({ evidence, span, matches: matchesIn(evidence, span, matcher) }, (term) => term === counted, questionWords, share));
}

// A name after "de"/"of" (maybe with an article) and the noun it qualifies: "compras" in "director de compras de Frescamar".
const OWNED_BY = /([\p{L}\p{M}]+)\s+(?:de|del|of)\s+(?:(?:la|las|los|el|the)\s+)?$/u;

/**
 * Whether the name matched at `match` qualifies a noun none of the question's words (`questionWords`, folded) holds: a
 * figure beside "el director de compras de Frescamar" is the director's, beside "la multa de Frescamar" Frescamar's.
 */
function ownerOfAnother(sentence: { evidence: Evidence; span: TextSpan }, match: WordMatch, questionWords: ReadonlySet<string>): boolean {
  const head = OWNED_BY.exec(sentence.evidence.article.text.slice(sentence.span.start, match.start))?.[1];
  return head !== undefined && !questionWords.has(foldAccents(head.toLowerCase()));
}

// A subject pronoun or a demonstrative opening a sentence ("Estas se realizarán…", "Ella dijo…", "They will…"): it stands
// for what the sentence before told of.
const ANAPHOR = /^[\s«“"'(]*(?:est[aeo]s?|es[ao]s?|aquel(?:l[ao]s?)?|ell[ao]s?|él|these|those|they|it|he|she)(?![\p{L}\p{M}])/iu;
// A definite noun set off by a comma opening a sentence ("El técnico, nacido en…", "La historiadora, de 47 años, …", "The
// executive, 51, …"): an apposition to someone the sentence before named. Not a day, a month or another noun of time.
const DEFINITE_APPOSITION = /^[\s«“"'(]*(?:[Ee]l|[Ll]a|[Tt]he)\s+(\p{Ll}+)\s*,/u;
const TIME_NOUN = new Set([...WEEKDAY_NAMES.es, ...WEEKDAY_NAMES.en, ...MONTH_NAMES.es, ...MONTH_NAMES.en, 'ano', 'dia', 'mes', 'semana', 'year', 'day', 'month', 'week', 'morning', 'manana', 'tarde', 'noche', 'evening', 'night']);

// Words reported, then a reporting clause with a pronoun or no subject at all, ending the sentence: «…», dijo; "…," she said.
const PRONOUN_REPORT = /[”"»’]\s*,?\s*(?:(?:he|she|they|él|ella|ellos|ellas)\s+)?(\p{Ll}[\p{L}\p{M}]*)(?:\s+(?:él|ella|ellos|ellas))?\s*[.!]?\s*$/u;

/** Whether a sentence reports words whose speaker its reporting clause names by a pronoun or not at all (PRONOUN_REPORT). */
function reportedByPronoun(text: string): boolean {
  const verb = PRONOUN_REPORT.exec(text.trim())?.[1];
  return verb !== undefined && speechVerb(verb) !== undefined;
}

// A sentence's first word, after any opening mark, when it is capitalised.
const OPENING_NAME = /^[\s«“"'(]*(\p{Lu}[\p{L}\p{M}'’-]*)/u;

/**
 * For a sentence whose first word may be a surname (or a first name), whether an earlier sentence (`earlier`) writes that
 * word inside a name of two or more capitalised words, not at its own start: "Villalba" of "Villalba pidió…" after "…,
 * Andrés Villalba Char, celebró…". Undefined when the first word is no name; the pattern is built once per sentence.
 */
function namedInFullBy(text: string): ((earlier: string) => boolean) | undefined {
  const word = OPENING_NAME.exec(text)?.[1];
  if (word === undefined || STOP_WORDS.es.has(foldAccents(word.toLowerCase())) || STOP_WORDS.en.has(foldAccents(word.toLowerCase()))) return undefined;
  const escaped = escapeRegExp(word);
  const inName = new RegExp(String.raw`(?<=[\p{Ll},;:] )(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*${escaped}(?![\p{L}\p{M}])|(?<=[\p{Ll},;:] )${escaped}\s+\p{Lu}`, 'u');
  return (earlier) => {
    const match = inName.exec(earlier);
    return match !== null && /\s/u.test(match[0]);
  };
}

// A sentence opening with "lo" for what the one before told, and a verb of saying: "Lo dijo en una entrevista con Radio X".
const SAID_SO = /^[\s«“"'(]*(?:[Aa]sí\s+lo|[Ll]o)\s+(\p{Ll}+)/u;

/**
 * Whether a sentence opens with a subject pronoun or a demonstrative (ANAPHOR), a definite noun in apposition
 * (DEFINITE_APPOSITION), or "lo" and a verb of saying (SAID_SO): each stands for what the sentence before told of.
 */
function opensWithAnaphor(text: string): boolean {
  const noun = DEFINITE_APPOSITION.exec(text)?.[1];
  const verb = SAID_SO.exec(text)?.[1];
  return ANAPHOR.test(text) || (noun !== undefined && !TIME_NOUN.has(foldAccents(noun))) || (verb !== undefined && speechVerb(verb) !== undefined);
}

/**
 * Whether a sentence asks rather than tells: it ends with a question mark ("Año Escolar 2022: ¿en qué fechas serán las
 * vacaciones?"), or it is the article's headline repeated in its text. A heading that asks the reader's question
 * shares its words and answers nothing; a quoted question ends with its closing quote or its attribution, and is kept.
 */
function asksItself(sentence: { evidence: Evidence; span: TextSpan }): boolean {
  const text = textOf(sentence).trim();
  const { article } = sentence.evidence;
  // The headline repeated in the text, unless it is all the text (a page whose one line was also taken for its title).
  return /[?？]$/u.test(text) || (text === article.title.trim() && article.text.trim() !== text);
}

/**
 * Whether a sentence is a heading or a standfirst that the article's own sentences tell in full: the whole of its
 * passage, a line that ends with no stop (nor a closing mark after one), whose matched question terms a sentence of the
 * same article among the candidates also holds, one that ends with a stop. "Nicole Hacohen representará a Guatemala en
 * Glasgow" heads the part that says so with its dates and place: quoted first, it answers with a summary in a
 * headline's words where the article's sentence says more (a blind newcomer's D5).
 */
function toldInFull(sentence: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }, pool: ReadonlyArray<{ evidence: Evidence; span: TextSpan; matches: WordMatch[] }>): boolean {
  const { passage } = sentence.evidence.hit;
  if (sentence.span.start !== passage.start || sentence.span.end !== passage.end || endsWithStop(sentence) || sentence.matches.length === 0) return false;
  const terms = termsOf(sentence.matches);
  return pool.some(
    (other) => other.evidence.article.id === sentence.evidence.article.id && other.span !== sentence.span && endsWithStop(other) && [...terms].every((term) => other.matches.some((match) => match.term === term)),
  );
}

/** Whether a sentence ends with a stop, a question or exclamation mark or an ellipsis, maybe inside a closing mark. */
function endsWithStop(sentence: { evidence: Evidence; span: TextSpan }): boolean {
  return /[.!?…。？！]["'»”’)\]]*\s*$/u.test(textOf(sentence));
}

/** Whether the sentence's doer of the question's verb is another name than the asked one (roles.ts). */
function byAnother(sentence: { evidence: Evidence; span: TextSpan; matches: WordMatch[] }, role: { term: string; asked: AskedRole }, namesInside: ReadonlySet<string>): boolean {
  const verbs = sentence.matches.filter((match) => match.term === role.term).map((match) => match.start - sentence.span.start);
  return verbs.length > 0 && doneByAnother(textOf(sentence), verbs, role.asked, (word) => namesInside.has(word));
}

/** Whether `text` tells of the question's verb of saying done by one it is said to (Expectation.addressed); `matches` at `offset` past `text`'s offsets. */
function doneByAddressee(text: string, matches: readonly WordMatch[], offset: number, addressed: { term: string; names: ReadonlySet<string> }, namesInside: ReadonlySet<string>): boolean {
  const verbs = matches.filter((match) => match.term === addressed.term).map((match) => match.start - offset);
  return doneByOneOf(text, verbs, addressed.names, (word) => namesInside.has(word));
}

/** Whether the sentence reports another speaker's words and none of the asked speaker's (Expectation.voices). */
function anotherSpeaks({ evidence, span }: { evidence: Evidence; span: TextSpan }, voices: Voices): boolean {
  const { own, others } = voices(evidence.article.id);
  const inside = (said: TextSpan) => said.start < span.end && said.end > span.start;
  return others.some(inside) && !own.some(inside);
}

// A capitalised word after a lower-case word or a comma and a space: inside a sentence, so a name, not a capitalised opening.
const INSIDE_SENTENCE = /(?<=[\p{Ll},] )\p{Lu}[\p{L}\p{M}'’-]*/gu;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * The words `text` writes capitalised inside a sentence: each such run of letters, and each part of it that ends where no
 * letter follows ("Kim" in "Kim’s", "Jong" in "Jong-un"), as the roles rule asks of a word that opens a sentence.
 */
function writtenAsNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [run] of text.matchAll(INSIDE_SENTENCE)) {
    for (let end = 1; end <= run.length; end++) if (end === run.length || !LETTER.test(run.charAt(end))) names.add(run.slice(0, end));
  }
  return names;
}

/**
 * A sentence's text after the one before it (its passage's, or the paragraph's before it): a sentence is dated by the one
 * before as often as by itself ("En 2010, la selva sufrió otra sequía. La región afectada era de … en comparación con …
 * en 2005").
 */
function withPrevious({ evidence, span, previous }: { evidence: Evidence; span: TextSpan; previous: TextSpan | undefined }): string {
  const { text } = evidence.article;
  return previous === undefined ? text.slice(span.start, span.end) : `${text.slice(previous.start, previous.end)} ${text.slice(span.start, span.end)}`;
}

/** The year an article was published in, undefined for an undated one. */
function publishedYear(article: Article): number | undefined {
  const year = /^(\d{4})-/.exec(article.date ?? '')?.[1];
  return year === undefined ? undefined : Number(year);
}

function textOf({ evidence, span }: { evidence: Evidence; span: TextSpan }): string {
  return evidence.article.text.slice(span.start, span.end);
}

function matchesIn({ article }: Evidence, span: TextSpan, matcher: TermMatcher): WordMatch[] {
  return matcher.matches(article.text.slice(span.start, span.end)).map((match) => ({ ...match, start: match.start + span.start, end: match.end + span.start }));
}

function termsOf(matches: WordMatch[]): Set<string> {
  return new Set(matches.map((match) => match.term));
}

/** The paragraph's sentences that lie in the passage (clipped to it, in case the two disagree). */
function sentencesOfPassage({ hit, sentences }: Evidence): TextSpan[] {
  const { start, end } = hit.passage;
  const inside = sentences
    .filter((sentence) => sentence.end > start && sentence.start < end)
    .map((sentence) => ({ start: Math.max(sentence.start, start), end: Math.min(sentence.end, end) }));
  return inside.length > 0 ? inside : [{ start, end }];
}

/** Inverse sentence frequency of each question term among the candidates; unseen terms weigh most. */
function rarity(sentenceTerms: Array<Set<string>>, terms: string[]): Map<string, number> {
  const count = sentenceTerms.length;
  return new Map(terms.map((term) => {
    const frequency = sentenceTerms.filter((found) => found.has(term)).length;
    return [term, Math.log(1 + (count + 1) / (frequency + 0.5))];
  }));
}
