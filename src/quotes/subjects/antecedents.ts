/**
 * Who a phrase read as a verb's subject is (`attributionOf`: a name resolved, a role or pronoun referred back), and
 * whom a subject the sentence leaves out refers back to (`antecedent`): the last speaker in focus, a person past a
 * document, a plural group.
 */
import { nameSpans, type Sentence, type Token } from '../tokens.js';
import { introducedPerson } from '../introduced.js';
import type { PhraseReading } from '../phrases.js';
import type { ArticleContext, Attribution, Previous, VerbUse } from '../reading.js';
import { asGroup, asOrganisation, asPerson, isBareRole, isDocumentSpeaker, isOrganisation, isOrganisationReference, namesPerson, otherGender, pluralMention, relationalBody, resolveRole, sentenceTopic, unnamedSpeakerOf } from '../reference.js';
import { AUXILIARIES, determinerGender } from '../lexicon.js';
import { capitalise } from '../normalize.js';
import { documentOwner, issuesDocument } from './documents.js';
import { leadingSubject, opensWithCoordinatedPeople, opensWithUnnamedPerson } from './opening.js';

/** How many paragraphs back the last credited speaker may still be the subject a sentence leaves out. */
export const FOCUS_REACH = 2;

/** Who a phrase read as a verb's subject or object is (`at`: where it starts): a name resolved, a role or pronoun referred back. */
export function attributionOf(context: ArticleContext, reading: PhraseReading, previous: Previous | undefined, at: number): Attribution {
  const { cast } = context;
  switch (reading.kind) {
    case 'name':
      if (reading.mediumTitle || cast.isMedium(reading.name)) return { speaker: null, medium: reading.name };
      return { speaker: cast.resolveName(reading.name, at), medium: reading.spokesperson ?? null };
    case 'title':
    case 'role':
    case 'group': {
      // "según la tesis fiscal" ("fiscal" read as the prosecutor's title): a thing a body holds, named by the body's
      // adjective, is the body's ("la Fiscalía").
      const body = relationalBody(reading.kind === 'title' ? reading.title : reading.text, context.writtenBody);
      if (body) return resolveRole(context, body, at, antecedent(context, previous), true);
      if (reading.kind === 'title') return reading.medium ? { speaker: null, medium: null } : resolveRole(context, reading.title, at, reading.possessed ? undefined : antecedent(context, previous), true);
      if (reading.kind === 'role') {
        const resolved = resolveRole(context, reading.text, at, antecedent(context, previous), false);
        if (resolved.speaker !== null) return resolved;
        // "The coast guard said in a statement…": a noun phrase no list knows that issues a document is the body as written.
        return reading.asWritten ? { speaker: capitalise(reading.asWritten), medium: null } : issuesDocument(context.text, at) ? { speaker: capitalise(reading.text), medium: null } : resolved;
      }
      // "the company said", "el ministerio informó": a definite organisation noun refers to the one the article named.
      if (isOrganisationReference(reading.text)) return resolveRole(context, reading.text, at, antecedent(context, previous), true);
      // "señala el comunicado", "the statement said": a document is its owner's words when the article says whose.
      const owner = isDocumentSpeaker(capitalise(reading.text)) ? documentOwner(context, reading.text, at, previous) : undefined;
      // "the aide added" after "One longtime aide said…": the unnamed speaker that noun introduced.
      return owner ?? { speaker: unnamedSpeakerOf(context.credited, reading.text) ?? capitalise(reading.text), medium: null };
    }
    case 'pronoun':
      return (reading.plural ? pluralAntecedent(context, previous) : reading.organisation ? asOrganisation(context, antecedent(context, previous)) : personAntecedent(context, previous)) ?? { speaker: null, medium: null };
  }
}

/**
 * Whom "he", "she", "él", "ella" refer to: the antecedent when it is a person; when it is an organisation or a group
 * ("Storm surge is the threat, Blake said. The Hurricane Center expects… He added…"), which such a pronoun cannot
 * mean, or a phrase that describes rather than names, the person the article was quoting before it (quotedBefore,
 * within FOCUS_REACH paragraphs).
 */
export function personAntecedent(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  const referred = antecedent(context, previous);
  if (!referred?.speaker && !referred?.medium) return undefined;
  // "The announcement comes 10 days before…" read as a subject: a phrase with a lower-case word longer than a name's
  // particles ("de", "van", "bin") describes a thing or a group; no one "he" can mean.
  const described = referred.speaker !== null && DESCRIBING_WORD.test(referred.speaker);
  const cited = referred.speaker !== null && isDocumentSpeaker(referred.speaker);
  return (described ? undefined : asPerson(referred)) ?? (cited ? personBeforeDocument(previous) : (previous && headOfBody(context, previous.sentence)) ?? asPerson(quotedBefore(previous)));
}

/** Participles and relatives that name a body's head after it ("chaired by", "led by", "presidida por", "que preside"), folded. */
const HEADING: ReadonlyArray<readonly string[]> = [
  ...['chaired', 'led', 'headed', 'run'].map((participle) => [participle, 'by']),
  ...['presidida', 'presidido', 'encabezada', 'encabezado', 'dirigida', 'dirigido', 'liderada', 'liderado'].map((participle) => [participle, 'por']),
  ...['preside', 'encabeza', 'dirige', 'lidera'].map((verb) => ['que', verb]),
];

/**
 * The person a sentence names as the head of the body it is about ("The Senate Health Committee, chaired by Senator Ana
 * Torres, summoned…", "La comisión, que preside la diputada Ana Torres, citó…"): whom "she" or "él" after it means, as
 * a body is no "she". The first name after the heading words, through a title; undefined when the sentence has none.
 */
function headOfBody(context: ArticleContext, sentence: Sentence): Attribution | undefined {
  const { tokens } = sentence;
  const at = tokens.findIndex((_, i) => HEADING.some((words) => words.every((word, k) => tokens[i + k]?.key === word)));
  if (at < 0) return undefined;
  const span = nameSpans(sentence, context.text).find((candidate) => candidate.from >= at + 2 && candidate.from <= at + 2 + MAX_HEAD_TITLE_WORDS);
  const name = span && (context.cast.resolveName(span.text, tokens[span.from]!.start) ?? span.text);
  return name && !isOrganisation(name) ? { speaker: name, medium: null } : undefined;
}

/** Words of a title the head's name may follow ("chaired by Senator", "que preside la diputada"). */
const MAX_HEAD_TITLE_WORDS = 3;

/**
 * Whom "she" or words said aloud refer to when the sentence before cited a document ("La senadora Ruth Soto habló….
 * Según el informe, …. «Es un escándalo», dijo."): the person in focus, which a document never moves (extract.ts).
 */
export function personBeforeDocument(previous: Previous | undefined): Attribution | undefined {
  return previous ? asPerson(focusInReach(previous)) : undefined;
}

/** A lower-case word of four letters or more after a phrase's first word: a name's particles are shorter ("de", "del", "van", "bin"). */
const DESCRIBING_WORD = /\s\p{Ll}{4,}/u;

/** Whether a Spanish verb group is in the third person plural ("advierten", "han dicho", "aseguraron"): a form ending in -n. */
export function spanishPlural(tokens: Token[], use: Pick<VerbUse, 'first' | 'last' | 'verb'>): boolean {
  if (use.verb === 'source' || use.verb.english) return false;
  return tokens.slice(use.first, use.last + 1).some((token) => /[aeo]n$/.test(token.key) && (token.verb !== undefined || AUXILIARIES.has(token.key)));
}

/**
 * Whom a Spanish plural verb with its subject left out refers to: a group as "ellos" does, else the organisation in focus,
 * whose people speak for it ("La Compañía X informó que… Además, aseguraron que…", "…indicaron que «…»").
 */
export function leftOutPlural(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  return pluralAntecedent(context, previous) ?? asOrganisation(context, antecedent(context, previous));
}

/**
 * Whom "they"/"ellos" refers to: the group that spoke last in the sentence before, else the last group of people
 * that sentence names ("…left some of the state’s energy experts bewildered. They said…"), else an earlier group in focus,
 * else the group that opens that sentence.
 */
export function pluralAntecedent(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  // "Researchers were puzzled. “…,” they said.": a plural noun for people opening the sentence is its subject, though
  // capitalised there as a lone verb would be (antecedent passes over such a word for a singular pronoun or role).
  return asGroup(previous.drafts.at(-1)?.attribution) ?? pluralMention(context, previous.sentence) ?? asGroup(antecedent(context, previous)) ?? asGroup(leadingSubject(context, previous.sentence, undefined));
}

/**
 * Whom a pronoun or an omitted subject ("“…”, aseguró") refers to: the speaker of the previous sentence's
 * last statement, else that sentence's subject when it names someone, else the last speaker the article
 * credited, if within FOCUS_REACH paragraphs.
 */
export function antecedent(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  if (previous.later) return previous.later;
  const spoke = previous.drafts.at(-1)?.attribution;
  if (spoke?.speaker || spoke?.medium) return spoke;
  // A verb of saying that made no statement still names who spoke ("De primer orden calificó X el diseño. Sobre él, reconoció…").
  if (!previous.drafts.length && previous.speaking) return previous.speaking;
  // "El alcalde, Jorge Sharp, y la gobernadora, Ana Vera, firmaron…": two people open it, so "dijo" after it is neither for sure.
  if (opensWithCoordinatedPeople(context, previous.sentence)) return undefined;
  const subject = leadingSubject(context, previous.sentence, undefined);
  // "The panel heard from Hannah Cole, a potter from… “…,” she said": someone introduced with what they are, unless the
  // sentence's subject is another person it names.
  const introduced = introducedPerson(context, previous.sentence, subject);
  if (introduced) return introduced;
  // "Sigue aquí la cobertura…", "Farther along the street…", "Cada mañana sale a las cuatro": a lone capitalised word
  // opening the sentence that the article writes nowhere else and no longer name holds is a verb or an adverb capitalised
  // there, nobody a later role or pronoun can mean; the sentence names nobody, and its left-out subject, if any, goes on
  // with the one in focus, as the sentence after it does.
  if (subject?.speaker && loneOpeningWord(context.text, previous.sentence, subject.speaker)) return opensWithUnnamedPerson(previous.sentence, true) ? undefined : focusInReach(previous);
  // "Perguntado…, o senador demonstrou preocupação. Afirmou que…": a role opening the sentence before was read there with
  // nobody in focus; it refers to whom it would have as that sentence's subject, the focus when that holds the role.
  if (subject?.speaker && isBareRole(subject.speaker)) return resolveRole(context, subject.speaker, previous.sentence.start, focusInReach(previous), true);
  if (subject?.speaker) return subject;
  // "El director, X, y el ministro, Y, se reunieron. «…», señaló el funcionario": either could be meant; the role stays.
  if (subject?.coordinated) return undefined;
  const topic = sentenceTopic(context, previous.sentence);
  if (topic) return topic;
  // "Her husband, a factory worker, agreed. “…,” he said.": someone nobody names opened it, so it is nobody we know.
  if (opensWithUnnamedPerson(previous.sentence)) return undefined;
  return focusInReach(previous);
}

/**
 * Whether a sentence opens with a noun for a person (a title, an agent noun, PERSON_NOUN_ENDING) whose Spanish determiner
 * marks the other gender than every title the article gave
 * the speaker in focus (`focus`): "El técnico esperaba la pregunta." after "La portavoz del club, X, …" is about someone
 * else, whom the article does not name, so a subject left out after it ("—No pienso en eso —respondió.") is not the focus.
 */
export function opensWithOtherGender(context: ArticleContext, sentence: Sentence, focus: Attribution | undefined): boolean {
  const [determiner, noun] = sentence.tokens;
  const gender = determinerGender(determiner?.key);
  return focus?.speaker != null && gender !== undefined && noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !ORDINAL.test(noun.key) && (namesPerson(noun.key) || PERSON_NOUN_ENDING.test(noun.key)) && otherGender(context.cast, focus.speaker, gender);
}

/**
 * Spanish ordinals, folded: "la primera" opening a sentence counts back to whatever was listed ("tres dificultades. La
 * primera tiene que ver con…"), never a person, though "primera" is a title word before another ("primera ministra").
 */
const ORDINAL = /^(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|ultim[oa])$/u;

/** Endings of Spanish nouns for people that no title list holds ("técnico", "mecánica", "operario", "funcionaria"), folded. */
const PERSON_NOUN_ENDING = /(?:ic[oa]|ari[oa])$/u;

/** Whether `speaker` is one word, the sentence's first as written, that the text writes only once. */
function loneOpeningWord(text: string, sentence: Sentence, speaker: string): boolean {
  const first = sentence.tokens[0];
  if (speaker.includes(' ') || first?.text !== speaker) return false;
  const once = text.indexOf(speaker);
  return text.indexOf(speaker, once + speaker.length) < 0;
}

/** The last speaker credited before and through `previous`, if within FOCUS_REACH paragraphs of it. */
function focusInReach({ focus, sentence }: Previous): Attribution | undefined {
  return focus && sentence.paragraph - focus.paragraph <= FOCUS_REACH ? focus.attribution : undefined;
}


/**
 * Whom the article was quoting before this sentence: the speaker of the previous sentence's last statement, else the last
 * speaker credited within FOCUS_REACH paragraphs. Not a subject the narration named without a document ("Este juicio
 * comprende a los acusados X, Y…", "…se abordó la Estrategia Económica-Social"): a document cited next is not theirs.
 */
export function quotedBefore(previous: Previous | undefined): Attribution | undefined {
  const spoke = previous?.drafts.at(-1)?.attribution;
  if (spoke?.speaker || spoke?.medium) return spoke;
  const quoted = previous?.quoted;
  return quoted && previous!.sentence.paragraph - quoted.paragraph <= FOCUS_REACH && (quoted.attribution.speaker || quoted.attribution.medium) ? quoted.attribution : undefined;
}
