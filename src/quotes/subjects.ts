/**
 * The subject of each cue verb: before it ("Kim dijo", "El líder norcoreano, Kim Jong Un, ha afirmado"),
 * after it ("dijo Putin", "según la agencia"), through a relative pronoun (", que había dicho") or, for a
 * gerund (", saying"), the phrase the sentence opens with.
 */
import { SETTING_OFF, isNameWord, isPunct, nameEnd, nameSpans, startsLower, startsUpper, type Sentence, type Token } from './tokens.js';
import { foldWord } from './normalize.js';
import { escapeRegExp } from '../text/literal-pattern.js';
import { introducedPerson, saysWhatPersonIs } from './introduced.js';
import { commaSegments, type Segment } from './cast.js';
import { ACCOUNT_NOUNS, COMPOUND_CHANNEL_PREPOSITIONS, phraseEndCeiling, placeEnd, readChannel, readPhrase, spokespersonTitle, type PhraseReading } from './phrases.js';
import { RELATIVE_SOURCES, findVerbs, isLoneGerund, isOwnViewpoint, isSpeechVerbToken, unquotedInciso } from './cues.js';
import type { ArticleContext, Attribution, Previous, VerbUse } from './reading.js';
import { announcesIndefinite } from './clauses.js';
import { asGroup, asOrganisation, asPerson, isBareRole, isDocumentSpeaker, isOrganisation, isOrganisationReference, pluralMention, relationalBody, resolveRole, sentenceTopic } from './reference.js';
import { ADVERBIAL_SUBORDINATORS, AUXILIARIES, CHANNEL_NOUNS, CLAUSE_BREAKERS, CLAUSE_WORDS, COMPLEMENTISERS, CONNECTORS, COORDINATORS, DATA_NOUNS, DEFINITE_SINGULAR, DETERMINERS, DOCUMENT_NOUNS, DISCOURSE_ADVERBIALS, GROUP_NOUNS, GROUP_PRONOUNS, IMPERSONAL_QUOTING, INDEFINITE_DETERMINERS, INTERROGATIVES, KIN_NOUNS, MEDIUM_NOUNS, QUANTIFIERS, NAME_ARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, PLACE_ADVERBS, PRONOUNS, SINGULAR_PERSON_NOUNS, SKIPPABLE, SOURCE_MARKERS, TELLING, TITLE_NOUNS, isTitleNoun, isTitlePlural, speechVerb } from './lexicon.js';

/** Relative pronouns whose antecedent is the subject of the verb they introduce. */
const RELATIVES = new Set(['que', 'who', 'quien', 'quienes', 'which', 'cual', 'cuales']);

/** Definite articles, whose noun phrase a restrictive relative clause identifies. Folded. */
const DEFINITE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'the', 'o', 'os']);

/** Relative pronouns that only refer to people: a restrictive clause they open ("officials who spoke…") leaves its antecedent the subject. */
const PERSON_RELATIVES = new Set(['who', 'quien', 'quienes']);

/** Words that deny a subject the verb: "ni el presidente ha mencionado", "neither … nor the mayor said". */
const NEITHER = new Set(['ni', 'neither', 'nor']);

/**
 * Words that open examples of a group set off by commas ("Critics, including Senator Joe Marsh, say", "Varios
 * alcaldes, como Ana Gil, advirtieron"): the group says it, the people named are among it. Folded.
 */
const INCLUSIONS = new Set(['including', 'incluido', 'incluida', 'incluidos', 'incluidas', 'incluyendo', 'como', 'such', 'like', 'notably', 'especially', 'particularly', 'especialmente', 'particularmente']);

/** Possessive relatives ("whose lawyer", "cuyo abogado"): the phrase they open names someone of the antecedent's. Folded. */
const POSSESSIVE_RELATIVES = new Set(['whose', 'cuyo', 'cuya', 'cuyos', 'cuyas']);

/** Conjunctions that open a condition ("si", "if", "unless"): a verb of saying in their clause reports no words said. */
const CONDITIONALS = new Set(['si', 'if', 'unless']);

/**
 * Whether the verb at `verbFirst` stands in a condition opened earlier in its clause ("Si el Gobierno dice que…"); not
 * "si bien" (although), nor a question's "si" after its verb ("preguntó si…").
 */
function isSupposed(tokens: Token[], verbFirst: number): boolean {
  for (let i = verbFirst - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.kind === 'quote' || isPunct(token, ',;:.') || isSpeechVerbToken(token)) return false;
    if (CONDITIONALS.has(token.key)) return tokens[i + 1]?.key !== 'bien';
  }
  return false;
}

/**
 * Adverbs that make a verb of saying the narrator's reading of what was meant, not words said ("implicitly acknowledging
 * that…", "reconociendo tácitamente que…", "in effect admitting…"). Folded; pairs as two words.
 */
const INFERENCE_ADVERBS: ReadonlyArray<readonly string[]> = [
  ['implicitly'], ['tacitly'], ['effectively'], ['indirectly'], ['in', 'effect'], ['implicitamente'], ['tacitamente'], ['indirectamente'], ['de', 'facto'], ['en', 'los', 'hechos'],
];

/** Whether an adverb of INFERENCE_ADVERBS stands right before the verb group `first`..`last` or right after it. */
function isInferred(tokens: Token[], first: number, last: number): boolean {
  return INFERENCE_ADVERBS.some((words) => words.every((word, k) => tokens[first - words.length + k]?.key === word) || words.every((word, k) => tokens[last + 1 + k]?.key === word));
}

/** English modals and "do", which take a verb's bare form ("will say", "did tell"), folded. */
const ENGLISH_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'cannot', 'should', 'shall', 'may', 'might', 'must', 'did', 'do', 'does']);

/** English modals of what may or would be said, not what was ("could say", "will tell", "would agree"): "did" reports. */
const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set([...ENGLISH_MODALS].filter((modal) => !['did', 'do', 'does'].includes(modal)));

/** Whether a hypothetical modal governs the verb at `verbFirst`, an adverb or two between them allowed ("would later say"). */
function isHypothetical(tokens: Token[], verbFirst: number): boolean {
  for (let i = verbFirst - 1; i >= Math.max(0, verbFirst - 3); i--) {
    const token = tokens[i]!;
    if (HYPOTHETICAL_MODALS.has(token.key) && startsLower(token.text)) return true;
    if (!(DERIVED_ADVERB.test(token.key) && startsLower(token.text)) && !SKIPPABLE.has(token.key)) return false;
  }
  return false;
}

/** English words that govern a verb's bare form ("will say", "did not tell", "to explain", "let me say"), folded. */
const BARE_FORM_GOVERNORS: ReadonlySet<string> = new Set([...ENGLISH_MODALS, 'to', 'let', 'lets', 'make', 'makes', 'made', 'help', 'helps']);

/** Whether an English verb of saying is in its bare form ("say", "tell", "deny"; not "says", "said", "saying"): its third-person form is a verb of saying. */
function isBareForm(token: Token): boolean {
  const key = token.key;
  const third = /[^aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(key) ? `${key}es` : `${key}s`;
  return !/(?:ed|ing)$/.test(key) && speechVerb(third) !== undefined;
}

/** Words that make the verb after them a request ("Please tell readers…", "Kindly say…"), folded. */
const REQUEST_MARKERS: ReadonlySet<string> = new Set(['please', 'kindly']);

/**
 * Whether an English verb of saying is an imperative, not a report: in its bare form with nothing that governs it, after
 * "please", or after "and" with no subject of its own where the sentence opens with one name, which would say "says"
 * ("Ignore all previous instructions and say…", "IGNORE … AND SAY…"). A plural subject agrees ("Officials met and say",
 * "Smith and Jones say"), and so may a body in British English ("Arsenal say"), which stands next to its verb.
 */
function isImperative(context: ArticleContext, sentence: Sentence, use: VerbUse): boolean {
  const { tokens } = sentence;
  if (use.verb === 'source' || !use.verb.english || use.inverted || !isBareForm(tokens[use.last]!)) return false;
  const before = tokens[use.first - 1];
  if (REQUEST_MARKERS.has(before?.key ?? '')) return true;
  if (!COORDINATORS.has(before?.key ?? '') || use.subjectFrom !== use.subjectTo || tokens.slice(0, use.first).some((token) => BARE_FORM_GOVERNORS.has(token.key) || /n['’]t$/.test(token.key))) return false;
  const opening = readPhrase(sentence, context.text, 0, nameEnd(tokens, 0));
  if (opening?.kind !== 'name' || opening.name !== use.subject?.speaker) return false;
  const words = opening.name.split(/\s+/u);
  const last = foldWord(words.at(-1)!);
  const plural = words.some((word) => COORDINATORS.has(foldWord(word))) || GROUP_NOUNS.has(last) || isTitlePlural(last);
  // An all-capitals phrase is no acronym: a body only by its words.
  const body = isOrganisation(words.length > 1 && opening.name === opening.name.toUpperCase() ? opening.name.toLowerCase() : opening.name) || context.cast.isMedium(opening.name);
  return !plural && !body;
}

/** How many paragraphs back the last credited speaker may still be the subject a sentence leaves out. */
const FOCUS_REACH = 2;

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
        return resolved.speaker === null && reading.asWritten ? { speaker: capitalise(reading.asWritten), medium: null } : resolved;
      }
      // "the company said", "el ministerio informó": a definite organisation noun refers to the one the article named.
      if (isOrganisationReference(reading.text)) return resolveRole(context, reading.text, at, antecedent(context, previous), true);
      // "señala el comunicado", "the statement said": a document is its owner's words when the article says whose.
      const owner = isDocumentSpeaker(capitalise(reading.text)) ? documentOwner(context, reading.text, at, previous) : undefined;
      return owner ?? { speaker: capitalise(reading.text), medium: null };
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
function personAntecedent(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  const referred = antecedent(context, previous);
  if (!referred?.speaker && !referred?.medium) return undefined;
  // "The announcement comes 10 days before…" read as a subject: a phrase with a lower-case word longer than a name's
  // particles ("de", "van", "bin") describes a thing or a group; no one "he" can mean.
  const described = referred.speaker !== null && DESCRIBING_WORD.test(referred.speaker);
  const cited = referred.speaker !== null && isDocumentSpeaker(referred.speaker);
  return (described ? undefined : asPerson(referred)) ?? (cited ? personBeforeDocument(previous) : asPerson(quotedBefore(previous)));
}

/**
 * Whom "she" or words said aloud refer to when the sentence before cited a document ("La senadora Ruth Soto habló….
 * Según el informe, …. «Es un escándalo», dijo."): the person in focus, which a document never moves (extract.ts).
 */
function personBeforeDocument(previous: Previous | undefined): Attribution | undefined {
  return previous ? asPerson(focusInReach(previous)) : undefined;
}

/** A lower-case word of four letters or more after a phrase's first word: a name's particles are shorter ("de", "del", "van", "bin"). */
const DESCRIBING_WORD = /\s\p{Ll}{4,}/u;

/** Whether a Spanish verb group is in the third person plural ("advierten", "han dicho", "aseguraron"): a form ending in -n. */
function spanishPlural(tokens: Token[], use: Pick<VerbUse, 'first' | 'last' | 'verb'>): boolean {
  if (use.verb === 'source' || use.verb.english) return false;
  return tokens.slice(use.first, use.last + 1).some((token) => /[aeo]n$/.test(token.key) && (token.verb !== undefined || AUXILIARIES.has(token.key)));
}

/**
 * Whom a Spanish plural verb with its subject left out refers to: a group as "ellos" does, else the organisation in focus,
 * whose people speak for it ("La Compañía X informó que… Además, aseguraron que…", "…indicaron que «…»").
 */
function leftOutPlural(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  return pluralAntecedent(context, previous) ?? asOrganisation(context, antecedent(context, previous));
}

/**
 * Whom "they"/"ellos" refers to: the group that spoke last in the sentence before, else the last group of people
 * that sentence names ("…left some of the state’s energy experts bewildered. They said…"), else an earlier group in focus.
 */
function pluralAntecedent(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  return asGroup(previous.drafts.at(-1)?.attribution) ?? pluralMention(context, previous.sentence) ?? asGroup(antecedent(context, previous));
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
  // "Sigue aquí la cobertura…", "Farther along the street…": a lone capitalised word opening the sentence that the article
  // writes nowhere else and no longer name holds is a verb or an adverb capitalised there, nobody a later role or pronoun
  // can mean; the sentence names nobody known.
  if (subject?.speaker && loneOpeningWord(context.text, previous.sentence, subject.speaker)) return undefined;
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

/** Nouns of a document a body issues in its own words ("el comunicado", "the statement"), folded: its maker is whose words they are. */
const ISSUED_NOUNS: ReadonlySet<string> = new Set(['comunicado', 'nota', 'declaracion', 'statement', 'communique']);

/** Characters before a document's mention read for the owner the article gave it ("el informe del Buró Político"). */
const OWNER_REACH = 3000;

/**
 * Whose a document named alone as a subject is ("señala el comunicado", "the statement said", "según el informe"): the
 * owner the article wrote with the same noun before (`at`: where the sentence starts; "el informe del Buró Político",
 * "a statement from the Harbour Trust"), resolved; else, for a document a body issues (ISSUED_NOUNS), the organisation
 * the sentences before were about. Undefined when the article says neither: the document stays the source as written.
 */
function documentOwner(context: ArticleContext, phrase: string, at: number, previous: Previous | undefined): Attribution | undefined {
  const noun = foldWord(phrase.split(/\s+/u).at(-1) ?? '');
  if (phrase.trim().split(/\s+/u).length > 2) return undefined;
  return ownerWrittenBefore(context, noun, at) ?? (ISSUED_NOUNS.has(noun) ? asOrganisation(context, antecedent(context, previous)) : undefined);
}

/** The owner the article wrote with a document's noun (folded) before offset `at` ("el informe del Buró Político"), resolved. */
function ownerWrittenBefore(context: ArticleContext, noun: string, at: number): Attribution | undefined {
  const before = context.text.slice(Math.max(0, at - OWNER_REACH), at);
  const owned = new RegExp(`(?<!\\p{L})${escapeRegExp(noun)}\\s+(?:del|de la|de los|de|of the|of|from the|from)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:de|del|la|las|los|y|of|the|and)\\s+)?\\p{Lu}[\\p{L}-]*)*)`, 'gu');
  const found = [...foldedWith(before).matchAll(owned)].at(-1);
  if (found?.index !== undefined) {
    const start = found.index + found[0].length - found[1]!.length;
    const name = before.slice(start, start + found[1]!.length);
    return { speaker: context.cast.resolveName(name, at) ?? name, medium: null };
  }
  return undefined;
}

/** A text with each word's letters folded as `foldWord` does, same length: a pattern of folded words matches it where the text writes them. */
function foldedWith(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (word === word.toLowerCase() ? foldWord(word) : word));
}

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
 * The person a clause after character offset `after` names as its subject when the sentence goes on with someone else
 * ("Pacheco negó ponerla en votación, pero Girão todavía intenta…", "…, while Senator Ruiz still opposes it"): a clause
 * breaker ("pero", "mas", "but", "while"…) right before a name that a lower-case word follows, which the cast resolves
 * to a full name other than `speaker`. The last such clause counts; undefined when there is none.
 */
export function laterSubject(context: ArticleContext, sentence: Sentence, after: number, speaker: string | null): Attribution | undefined {
  const { tokens } = sentence;
  for (let i = tokens.length - 3; i >= 0 && tokens[i]!.start >= after; i--) {
    // "…were released, and Orlov embraced his wife": "and" after a comma closing a clause (not a list of names) opens another.
    const joinsClause = COORDINATORS.has(tokens[i]!.key) && isPunct(tokens[i - 1], ',') && tokens[i - 2]?.kind === 'word' && startsLower(tokens[i - 2]!.text);
    if (!CLAUSE_BREAKERS.has(tokens[i]!.key) && !joinsClause) continue;
    // "but Senator Ana Ruiz still…": a title before the name.
    const from = isTitleNoun(tokens[i + 1]!.key) && startsUpper(tokens[i + 1]!.text) ? i + 2 : i + 1;
    const end = nameEnd(tokens, from);
    const next = tokens[end];
    if (end === from || next?.kind !== 'word' || !startsLower(next.text) || COORDINATORS.has(next.key) || NAME_PREPOSITIONS.has(next.key)) continue;
    const name = context.text.slice(tokens[from]!.start, tokens[end - 1]!.end);
    const resolved = context.cast.resolveName(name, tokens[from]!.start) ?? name;
    return resolved.includes(' ') && resolved !== speaker ? { speaker: resolved, medium: null } : undefined;
  }
  return undefined;
}

/** Words of a list's first member ("Black voters", "Los vecinos del barrio"). */
const MAX_LIST_MEMBER_WORDS = 4;

/**
 * Whether the subject [from, to) holds a coordinator and follows a comma after which the sentence's opening words are a
 * list's first member: a short plural noun phrase with no verb ("Black voters, campaign organizers and volunteers", "Vecinos,
 * comerciantes y sindicatos").
 */
function endsList(tokens: Token[], from: number, to: number): boolean {
  if (!isPunct(tokens[from - 1], ',') || !tokens.slice(from, to).some((token) => COORDINATORS.has(token.key))) return false;
  const member = tokens.slice(0, from - 1);
  const last = member.at(-1);
  return member.length > 0 && member.length <= MAX_LIST_MEMBER_WORDS && member.every((token) => token.kind === 'word' && token.verb === undefined) && last !== undefined && (startsLower(last.text) || member.length === 1) && /s$/.test(last.key);
}

/**
 * Whether a sentence opens with two people joined by "y"/"and" after a comma, each a name or a title ("El alcalde,
 * Jorge Sharp, y la gobernadora, Ana Vera, firmaron…", "Jorge Sharp, alcalde, y Ana Vera, gobernadora, dijeron…").
 */
function opensWithCoordinatedPeople(context: ArticleContext, sentence: Sentence): boolean {
  const { tokens } = sentence;
  // The cheap test first: most sentences have no ", y" at all.
  if (!tokens.some((token, i) => COORDINATORS.has(token.key) && isPunct(tokens[i - 1], ','))) return false;
  const segments = clauseSegments(sentence).slice(0, 4);
  const person = (from: number, to: number) => {
    const reading = readPhrase(sentence, context.text, from, to);
    return reading?.kind === 'name' || reading?.kind === 'title';
  };
  return segments.some((segment, i) => {
    const joined = i > 0 && COORDINATORS.has(tokens[segment.from]?.key ?? '') && isPunct(tokens[segment.from - 1], ',');
    if (!joined || !segments.slice(0, i).some((before) => person(before.from, before.to))) return false;
    for (let to = segment.to; to > segment.from + 1; to--) if (person(segment.from + 1, to)) return true;
    return false;
  });
}

/**
 * Whether a sentence opens with someone the article does not name as its subject: a relative of someone ("Her husband,
 * …", "La hija de la víctima…") or an indefinite person ("A firefighter at the scene…", "Una vecina…"; Spanish "A" before
 * an article or a plural is a preposition: "A la ministra…", "A veces…").
 */
function opensWithUnnamedPerson(sentence: Sentence): boolean {
  const [first] = clauseSegments(sentence);
  if (!first) return false;
  const { tokens } = sentence;
  const opener = tokens[first.from]!;
  const next = tokens[first.from + 1];
  const indefinite = INDEFINITE_DETERMINERS.has(opener.key) && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !DETERMINERS.has(next.key) && !(opener.key === 'a' && /s$/.test(next.key));
  if (indefinite) return true;
  const head = DETERMINERS.has(opener.key) || POSSESSIVES.has(opener.key) ? first.from + 1 : first.from;
  return head < first.to && KIN_NOUNS.has(tokens[head]!.key) && !opensList(tokens, first.to);
}

/**
 * Whether the comma at `comma` goes on with a list's last members, lower-case nouns joined by "and"/"y" ("His mother, uncle
 * and cousin were killed"): the opening phrase was its first member, and the subject is plural, which "he" or "she" never means.
 */
function opensList(tokens: Token[], comma: number): boolean {
  const [member, coordinator, last] = [tokens[comma + 1], tokens[comma + 2], tokens[comma + 3]];
  return isPunct(tokens[comma], ',') && [member, last].every((token) => token?.kind === 'word' && startsLower(token.text) && KIN_NOUNS.has(token.key)) && COORDINATORS.has(coordinator?.key ?? '');
}

/** Possessive determiners not among DETERMINERS ("my", "our", "mi", "nuestro"). Folded. */
const POSSESSIVES = new Set(['my', 'our', 'your', 'mi', 'mis', 'nuestro', 'nuestra', 'tu']);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Who a sentence is about, read from its opening phrase ("Mayor Olivia Brandt on Wednesday…",
 * "Japan's chief negotiator, Hiroshi Tanabe, struck…"): whom "he said" and ", saying" refer back to.
 */
export function leadingSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, before = sentence.tokens.length): Attribution | undefined {
  return segmentsSubject(context, sentence, previous, clauseSegments(sentence), before);
}

/** Relative words that open a clause about a thing ("la fala em que ele sugere", "the speech in which he said", "onde"). Folded. */
const THING_RELATIVES = new Set(['que', 'qual', 'cual', 'which', 'onde', 'donde', 'where']);

/** Prepositions before a relative ("em que", "en el que", "in which", "na qual"). Folded. */
const RELATIVE_PREPOSITIONS = new Set(['em', 'en', 'in', 'no', 'na', 'nos', 'nas', 'on', 'de', 'do', 'da', 'del']);

/**
 * Whether the subject at `at` follows a relative opened by a preposition, or "onde"/"where" ("sua fala em que ele sugere…",
 * "la entrevista en la que ella dijo…", "the speech in which he said…"): the clause describes something named before it,
 * and its pronoun is whoever the sentence names there, not the speaker in focus.
 */
function opensRelative(tokens: Token[], at: number): boolean {
  const relative = tokens[at - 1]?.key ?? '';
  if (!THING_RELATIVES.has(relative)) return false;
  if (['onde', 'donde', 'where'].includes(relative)) return true;
  const before = DETERMINERS.has(tokens[at - 2]?.key ?? '') ? tokens[at - 3] : tokens[at - 2];
  return RELATIVE_PREPOSITIONS.has(before?.key ?? '');
}

/**
 * The person named last in `sentence` before token `before` (not a body or a medium), whom a pronoun in a relative clause
 * about their remark refers to ("…o convite para Barroso se explicar sobre sua fala em que ele sugere…" is Barroso's,
 * not the paragraph's subject's); undefined when the sentence names nobody before it (the pronoun is then read as any other).
 */
function nearestPerson(context: ArticleContext, sentence: Sentence, before: number): Attribution | undefined {
  const spans = nameSpans(sentence, context.text).filter((span) => span.to <= before);
  for (const span of spans.reverse()) {
    const name = context.cast.resolveName(span.text, sentence.start);
    if (name !== null && !context.cast.isMedium(name) && !isOrganisation(name)) return { speaker: name, medium: null };
  }
  return undefined;
}

/**
 * Whom a sentence's pronoun subject refers to when an opening phrase names one person right before it ("In Hajjaj’s
 * case, she decided…", "En el caso de Hajjaj, ella decidió…"): the nearest antecedent, not the speaker in focus.
 * Undefined when the clause does not open with a personal pronoun after such a phrase, or the phrase names nobody or
 * several people the article knows.
 */
export function namedBeforePronoun(context: ArticleContext, sentence: Sentence): Attribution | undefined {
  const { tokens } = sentence;
  const segments = clauseSegments(sentence);
  const clause = segments[0];
  if (!clause || clause.from === 0 || !PRONOUNS.has(tokens[clause.from]?.key ?? '') || !/^\p{Ll}/u.test(tokens[clause.from]!.text)) return undefined;
  const before = nameSpans(sentence, context.text).filter((span) => span.to <= clause.from);
  const people = new Set(before.map((span) => context.cast.resolveName(span.text, sentence.start)).filter((name): name is string => name !== null && !context.cast.isMedium(name)));
  return people.size === 1 ? { speaker: [...people][0]!, medium: null } : undefined;
}

/** The subject that the comma segments `first` and `second` open with, a name in apposition to a title preferred. */
function segmentsSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, [first, second]: Segment[], before: number): Attribution | undefined {
  if (!first || first.to > before) return undefined;
  const read = (from: number, to: number) => readPhrase(sentence, context.text, from, to);
  const opening = read(first.from, first.to);
  const spokesperson = spokespersonTitle(sentence, context.text, first.from, first.to);
  if (second && sentence.tokens[first.to]?.text === ',' && (opening?.kind === 'title' || opening?.kind === 'group' || spokesperson)) {
    const apposition = read(second.from, second.to);
    if (apposition?.kind === 'name') return joinedSubject(sentence.tokens, second.to) ? COORDINATED : attributionOf(context, apposition, previous, sentence.start);
  }
  return openingSubject(context, sentence, previous, first);
}

/** The subject of a sentence that names two or more people as one ("Ruiz y el ministro Soto se reunieron"). */
const COORDINATED: Attribution = { speaker: null, medium: null, coordinated: true };

/**
 * Whether a subject phrase ending before token `to` is joined to another person ("…, Álvaro Ruiz, y el ministro…",
 * "Ruiz y Soto…", "Ruiz and the mayor…"): a coordinator right after it (or after the comma closing an apposition),
 * then a determiner, a title or a name. A coordinator before anything else joins clauses, not subjects.
 */
function joinedSubject(tokens: Token[], to: number): boolean {
  const at = isPunct(tokens[to], ',') ? to + 1 : to;
  if (!COORDINATORS.has(tokens[at]?.key ?? '')) return false;
  const next = tokens[at + 1];
  return next !== undefined && (DETERMINERS.has(next.key) || TITLE_NOUNS.has(next.key) || isNameWord(tokens, at + 1));
}

/** Demonstratives that name back words just quoted ("Con esas palabras", "Those were the words of"). */
const BACK_DEMONSTRATIVES: ReadonlySet<string> = new Set(['esas', 'estas', 'tales', 'those', 'these', 'such']);

/** Nouns for words said, in "Con esas palabras", "Esas fueron las declaraciones de", "Those were the remarks of". */
const WORDS_NOUNS: ReadonlySet<string> = new Set(['palabras', 'declaraciones', 'frases', 'words', 'remarks']);

/** Copulas of "Esas fueron las palabras de X", "Those were the words of X". */
const BACK_COPULAS: ReadonlySet<string> = new Set(['fueron', 'son', 'eran', 'were', 'are']);

/**
 * Whom a sentence names as the speaker of the words quoted just before it: its subject after "Con esas palabras, …" /
 * "With those words, …" ("Con esas palabras, la ministra X cerró su intervención"), or the person after "of"/"de" in
 * "Those were the words of X" / "Esas fueron las palabras del ministro, X"; undefined when it opens otherwise.
 */
export function namedBackSpeaker(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const key = (i: number) => tokens[i]?.key ?? '';
  if (['con', 'with'].includes(key(0)) && BACK_DEMONSTRATIVES.has(key(1)) && WORDS_NOUNS.has(key(2)) && tokens[3]?.text === ',') return leadingSubject(context, sentence, previous);
  if (!BACK_DEMONSTRATIVES.has(key(0)) || !BACK_COPULAS.has(key(1))) return undefined;
  const noun = DETERMINERS.has(key(2)) ? 3 : 2;
  if (!WORDS_NOUNS.has(key(noun)) || !['of', 'de', 'del'].includes(key(noun + 1))) return undefined;
  const from = noun + 2;
  const segments = commaSegments(sentence).filter((segment) => segment.to > from).map((segment) => ({ from: Math.max(segment.from, from), to: segment.to }));
  return segmentsSubject(context, sentence, previous, segments, tokens.length);
}

/** The sentence's comma segments from its subject on: "Durante la entrevista, Delgado hizo…" starts at "Delgado". */
function clauseSegments(sentence: Sentence): Segment[] {
  const { tokens } = sentence;
  const segments = commaSegments(sentence);
  let at = 0;
  // A relative clause set off inside an adverbial ("Mientras hablaban de la actriz, quien está…, el periodista…") is part of it.
  const insideAdverbial = (segment: Segment) => at > 0 && RELATIVES.has(tokens[segment.from]?.key ?? '');
  while (segments[at + 1] && tokens[segments[at]!.to]?.text === ',' && (isAdverbial(tokens, segments[at]!) || insideAdverbial(segments[at]!))) at++;
  return segments.slice(at);
}

/**
 * Whom a colon after a sentence's own clause hands the quotation that follows ("Arteaga fue tajante: “…”",
 * "Sin embargo, Luna aprovechó la ocasión…: “…”", "La ministra, Ana Ruiz, llegó por la tarde:" + the next
 * paragraph): the sentence's subject, when it names someone in full, or is one name followed by its verb (a
 * lone capitalised word before a preposition or comma may be a participle: "Preguntada por ello, …").
 */
export function colonSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, before: number): Attribution | undefined {
  const subject = leadingSubject(context, sentence, previous, before);
  // "Así, hizo referencia a Martínez…: “…”": a clause that opens with its verb left its subject out, whom the
  // sentences before were about.
  if (!subject?.speaker) return opensWithVerb(sentence) ? antecedent(context, previous) : undefined;
  if (subject.speaker.includes(' ')) return subject;
  const [first] = clauseSegments(sentence);
  const { tokens } = sentence;
  // "El gerente fue claro:", "The spokeswoman was blunt:": a role or group opening the clause with its article.
  if (first !== undefined && DETERMINERS.has(tokens[first.from]!.key)) return subject;
  const verb = first ? tokens[first.from + 1] : undefined;
  // "Mr. Powers, the engineer, put it bluntly:": an honorific or title before the name makes it one.
  const titled = first !== undefined && (tokens[first.from]!.abbreviation === true || TITLE_NOUNS.has(tokens[first.from]!.key)) && isNameWord(tokens, first.from + 1);
  if (titled) return subject;
  const namedThenVerb = first !== undefined && isNameWord(tokens, first.from) && verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !PHRASE_PREPOSITIONS.has(verb.key) && !NAME_PREPOSITIONS.has(verb.key);
  return namedThenVerb ? subject : undefined;
}

/** Whether the sentence's clause, past adverbials, opens with a lower-case word that can only be its verb. */
function opensWithVerb(sentence: Sentence): boolean {
  const [first] = clauseSegments(sentence);
  // "se dirigió a…": a reflexive pronoun goes with the verb.
  const opener = first && sentence.tokens[sentence.tokens[first.from]?.key === 'se' ? first.from + 1 : first.from];
  if (!opener || opener.kind !== 'word' || !/^\p{Ll}/u.test(opener.text)) return false;
  return ![DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, CLAUSE_WORDS, COORDINATORS, SKIPPABLE, SOURCE_MARKERS].some((words) => words.has(opener.key)) && !GROUP_PRONOUNS.has(opener.key) && !PRONOUNS.has(opener.key);
}

/**
 * A stretch opened by a preposition, made of adverbs only, or a participle or gerund clause opening the sentence
 * ("Durante la misma entrevista", "Sin embargo", "On Friday", "Consultado sobre la deuda", "Asked about the plan").
 */
function isAdverbial(tokens: Token[], segment: Segment): boolean {
  // "Y en ese mismo sentido, agregó…": a coordinator opening the sentence joins it to the one before.
  const from = segment.from === 0 && COORDINATORS.has(tokens[0]?.key ?? '') && segment.to > 1 ? 1 : segment.from;
  const opener = tokens[from];
  // "Mientras analizaban…, el periodista recordó…": a subordinate clause opening the sentence.
  const subordinate = from <= 1 && opener !== undefined && ADVERBIAL_SUBORDINATORS.has(opener.key);
  return opener !== undefined && (PHRASE_PREPOSITIONS.has(opener.key) || subordinate || skipAdverbs(tokens, from) >= segment.to || opensWithParticiple(tokens, { from, to: segment.to }) || opensWithLocution(tokens, { from, to: segment.to }) || opensWithPlaceLocution(tokens, { from, to: segment.to }));
}

/** Heads of Spanish prepositional locutions opening a sentence ("Junto con ello", "Frente a esto", "Pese a ello"), folded. */
const LOCUTION_HEADS: ReadonlySet<string> = new Set(['junto', 'frente', 'pese', 'respecto', 'ademas', 'aparte', 'acerca', 'luego', 'despues', 'antes']);

/**
 * "De igual forma", "Del mismo modo", "De hecho", "Junto con ello", "Frente a esto": a sentence's first stretch of lower-case
 * words opened by "de"/"del" (which name-joining keeps out of PHRASE_PREPOSITIONS) or by a locution's head and its
 * preposition; the clause, and its subject, come after the comma.
 */
function opensWithLocution(tokens: Token[], segment: Segment): boolean {
  const { from, to } = segment;
  const opener = tokens[from];
  if (from > 1 || !opener || to - from < 2 || !tokens.slice(from + 1, to).every((token) => token.kind === 'word' && startsLower(token.text))) return false;
  const second = tokens[from + 1]!.key;
  return ['de', 'del'].includes(opener.key) || (LOCUTION_HEADS.has(opener.key) && (PHRASE_PREPOSITIONS.has(second) || ['de', 'del'].includes(second)));
}

/**
 * "Fuera del Congreso", "Dentro del Partido Verde", "Lejos de Lima": an adverb of place and its "de" opening the sentence,
 * whatever it names; the clause, and its subject, come after the comma.
 */
function opensWithPlaceLocution(tokens: Token[], segment: Segment): boolean {
  const { from, to } = segment;
  return from <= 1 && to - from >= 3 && PLACE_ADVERBS.has(tokens[from]!.key) && NAME_PREPOSITIONS.has(tokens[from + 1]!.key);
}

/**
 * "Consultado sobre la deuda", "Preguntada por ello", "Asked about the plan", "Speaking to reporters": a participle or
 * gerund opening the sentence, followed by a lower-case word (one capitalised word alone may be a surname: "Delgado,").
 */
function opensWithParticiple(tokens: Token[], segment: Segment): boolean {
  const [opener, next] = [tokens[segment.from], tokens[segment.from + 1]];
  if (segment.from !== 0 || !opener || !next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || segment.to - segment.from < 2) return false;
  return /(?:ad|id)(?:o|a|os|as)$/.test(opener.key) || /(?:ed|ing|ando|iendo)$/.test(opener.key);
}

/**
 * The longest phrase opening `segment` that names someone, never cutting a name in two ("Mayor Olivia Brandt on
 * Wednesday…", "Transport Minister Hanna Wirth urged…"); a bare title or group only when nothing names anyone.
 */
function openingSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, segment: Segment): Attribution | undefined {
  const { tokens } = sentence;
  let named: PhraseReading | undefined;
  let other: { reading: PhraseReading; to: number } | undefined;
  // A title grows only by a complement naming where ("el presidente de la Asamblea"), not into the verb after it.
  const complement = (from: number, to: number) =>
    /^\p{Lu}/u.test(tokens[to - 1]?.text ?? '') && tokens.slice(from, to).every((token) => NAME_PREPOSITIONS.has(token.key) || NAME_ARTICLES.has(token.key) || /^\p{Lu}/u.test(token.text));
  // Ends past the ceiling read nothing: a long segment is not read once per token.
  for (let to = segment.from + 1, last = phraseEndCeiling(tokens, segment.from, segment.to); to <= last; to++) {
    if (isNameWord(tokens, to) && isNameWord(tokens, to - 1)) continue;
    const reading = readPhrase(sentence, context.text, segment.from, to);
    // "Ruiz y el ministro Soto se reunieron": the first name is joined to another person, and neither is the subject alone.
    if (reading?.kind === 'name' && joinedSubject(tokens, to)) return COORDINATED;
    if (reading?.kind === 'name') named = reading;
    else if (reading && reading.kind !== 'pronoun' && (!other || complement(other.to, to))) other = { reading, to };
  }
  // "One of the women to flee was 25-year-old Nesma Hajjaj", "Una de las vecinas que huyó fue Marta Gil": with no name
  // opening it, a copula's predicate names whom the sentence is about.
  const predicate = named ? undefined : predicateName(sentence, context.text, segment);
  const reading = named ?? predicate ?? other?.reading;
  return reading && attributionOf(context, reading, previous, sentence.start);
}

/** Copulas that identify a subject with the name after them ("fue Marta Gil", "was Nesma Hajjaj"). Folded. */
const IDENTIFYING_COPULAS: ReadonlySet<string> = new Set(['es', 'fue', 'era', 'is', 'was']);

/** The full name a segment ends with after its last copula, if any: the predicate of "X was Nesma Hajjaj". */
function predicateName(sentence: Sentence, text: string, segment: Segment): PhraseReading | undefined {
  const { tokens } = sentence;
  let copula = segment.to - 1;
  while (copula > segment.from && !IDENTIFYING_COPULAS.has(tokens[copula]!.key)) copula--;
  if (copula <= segment.from) return undefined;
  for (let from = copula + 1; from < segment.to; from++) {
    const reading = readPhrase(sentence, text, from, segment.to);
    if (reading?.kind === 'name' && reading.name.includes(' ')) return reading;
  }
  return undefined;
}

/** Most words a sentence's opening adjunct may have before its comma ("De hecho,", "En el macrocaso 10,"). */
const MAX_OPENER_WORDS = 4;

/**
 * Whether the sentence opens with a short adjunct set off by a comma right before `start`: a connector ("De hecho,",
 * "Además,", "Sin embargo,"), an adverb in -mente or a prepositional phrase of lower-case words and numbers ("En el
 * macrocaso 10,"), no name and no verb of saying: "De hecho, según el panelista, …" opens with its source as
 * "Según el panelista, …" does.
 */
export function opensWithAdjunct(tokens: Token[], start: number): boolean {
  const comma = start - 1;
  if (!isPunct(tokens[comma], ',') || comma < 1 || comma > MAX_OPENER_WORDS) return false;
  const words = tokens.slice(0, comma);
  const first = words[0]!;
  const opener = CONNECTORS.has(first.key) || PHRASE_PREPOSITIONS.has(first.key) || NAME_PREPOSITIONS.has(first.key) || /mente$/u.test(first.key);
  return opener && words.every((token, i) => token.kind === 'word' && token.verb === undefined && (i === 0 || !/^\p{Lu}/u.test(token.text)));
}

/** Most words an opening prepositional phrase with no comma may have before its verb ("A través de su cuenta de X"). */
const MAX_BARE_ADJUNCT_WORDS = 7;

/**
 * Whether tokens [0, `end`) are only a prepositional phrase opening the sentence (after "Y"/"Pero" or not), with no
 * comma, that is an adjunct of the verb after it and never its subject: a channel ("En un comunicado añadió: «…»", "En
 * sus redes escribió", "On her blog she wrote") or one phrase of lower-case words ("Por la tarde escribió"); a
 * determiner after its noun opens a second phrase, the subject ("Tras la reunión el ministro dijo"), so then it is not.
 * Sources ("según", "para") and names are read elsewhere.
 */
function bareOpeningAdjunct(context: ArticleContext, sentence: Sentence, end: number): boolean {
  const { tokens } = sentence;
  const from = COORDINATORS.has(tokens[0]?.key ?? '') || ADVERSATIVES.has(tokens[0]?.key ?? '') ? 1 : 0;
  const preposition = tokens[from];
  if (!preposition || !PHRASE_PREPOSITIONS.has(preposition.key) || SOURCE_MARKERS.has(preposition.key) || ['para', 'speaking'].includes(preposition.key)) return false;
  // English and Portuguese "A" opening a sentence is an article ("A statement said…"); Spanish "a" takes one or "través".
  if (preposition.key === 'a' && !DETERMINERS.has(tokens[from + 1]?.key ?? '') && tokens[from + 1]?.key !== 'traves') return false;
  if (end <= from + 1 || end - from > MAX_BARE_ADJUNCT_WORDS) return false;
  const words = tokens.slice(from + 1, end);
  // A subject pronoun ends the adjunct ("On her blog she wrote"): the words up to the verb are then no adjunct alone.
  if (words.some((token) => token.kind !== 'word' || token.verb !== undefined || PRONOUNS.has(token.key))) return false;
  if (readChannel(sentence, context.text, from, end) !== undefined) return true;
  return words.every((token, i) => startsLower(token.text) && (!DETERMINERS.has(token.key) || i === 0 || DETERMINERS.has(words[i - 1]!.key) || PHRASE_PREPOSITIONS.has(words[i - 1]!.key) || NAME_PREPOSITIONS.has(words[i - 1]!.key)));
}

/**
 * Whether a word opens an aside between a subject and its verb, as a gerund or an adverb does ("A statement…, citing
 * investigators, said", "The minister, visibly angry, said", "El comunicado…, citando a los investigadores, dijo").
 */
function opensAside(opener: Token): boolean {
  return opener.kind === 'word' && startsLower(opener.text) && /(?:ing|ando|iendo|ly|mente)$/u.test(opener.key);
}

/** The subject phrase right before a verb: "Kim dijo", "El líder norcoreano, Kim Jong Un, ha afirmado", "Putin, en su mensaje a Kim, también prometió". */
function subjectBefore(
  context: ArticleContext,
  sentence: Sentence,
  verbFirst: number,
  earlier: VerbUse[],
  previous: Previous | undefined,
): Pick<VerbUse, 'subject' | 'subjectFrom' | 'subjectTo' | 'relative'> {
  const { tokens } = sentence;
  const none = { subject: undefined, subjectFrom: verbFirst, subjectTo: verbFirst, relative: false };
  let end = skipBackOverAdverbs(tokens, verbFirst);
  // "la Asociación de Periodistas (APES) advirtió": an acronym in brackets after the subject.
  end = skipBackOverBrackets(tokens, end);
  // "…, quien en conferencia de prensa explicó": the relative is the subject, past the adjunct before the verb.
  end = skipBackOverRelativeAdjunct(tokens, end);
  const before = tokens[end - 1];
  if (!before) return none;

  // "“JOH” (como se le conoce al expresidente) contestó…": a name or nickname in quotation marks as the subject.
  const nickname = quotedName(context, sentence, end - 1);
  if (nickname) return { subject: nickname, subjectFrom: end - 1, subjectTo: end, relative: false };
  // "negó … y acusó …", "dialogó con el gremio pero puntualizó …", "…, al tiempo que agregó…", "a la vez que aseveró…":
  // the verb shares the subject of the clause before.
  if (COORDINATORS.has(before.key) || CLAUSE_BREAKERS.has(before.key) || simultaneity(tokens, end - 1)) {
    const shared = sharedVerb(tokens, earlier);
    if (shared?.subject) return { subject: shared.subject, subjectFrom: shared.subjectFrom, subjectTo: shared.subjectTo, relative: false };
    const subject = precedingClauseSubject(context, sentence, end - 1, previous);
    return subject ? { ...none, subject } : none;
  }
  // "Valdivia, que había dicho…", "Council member Derek Osei, who chairs…" is handled below; here the relative pronoun itself.
  if (RELATIVES.has(before.key)) {
    const cleft = clefted(context, sentence, end - 1);
    if (cleft) return { subject: attributionOf(context, cleft.reading, previous, sentence.start), subjectFrom: cleft.from, subjectTo: end - 2, relative: false };
    // "…contra el Gobierno, al que acusó de «…»", "la reforma, a la que calificó de «…»": the relative is the verb's
    // object, and its subject, left out, is the sentence's.
    if (isObjectRelative(tokens, end - 1)) {
      // With no comma before the relative, the sentence's subject is the name its first clause opens with.
      const [first] = clauseSegments(sentence);
      const opening = first && first.from < end - 1 ? openingSubject(context, sentence, previous, { from: first.from, to: Math.min(first.to, end - 1) }) : undefined;
      const subject = leadingSubject(context, sentence, previous, end - 1) ?? (opening?.speaker ? opening : antecedent(context, previous));
      // "…contra 6.000 personas a quienes acusan de…": a plural verb with its subject left out is a group's, never one person's.
      const verb = tokens.slice(verbFirst).find((token) => token.verb !== undefined)?.verb;
      const plural = verb !== undefined && spanishPlural(tokens, { first: verbFirst, last: verbFirst, verb });
      return { ...none, subject: plural ? asGroup(subject) ?? pluralAntecedent(context, previous) : subject };
    }
    // "…do ministro Luís Barroso, ex-presidente do Tribunal Superior Eleitoral (TSE), que disse…": an acronym in brackets
    // closes the antecedent before the comma.
    const antecedentEnd = isPunct(tokens[end - 2], ',') ? skipBackOverBrackets(tokens, end - 2) : end - 1;
    // "citó a una fuente policial que aseguró…": a restrictive relative on an anonymous person.
    const anonymous = antecedentEnd === end - 1 ? anonymousBefore(context, sentence, end - 1, previous) : undefined;
    if (anonymous) return { subject: anonymous, subjectFrom: end - 1, subjectTo: end - 1, relative: true };
    // "…pérdidas de los exportadores, quienes calculan que…": a pronoun that refers only to people, set off by a comma,
    // hangs on the nearest phrase that reads as people, even inside a complement of something else (a restrictive one,
    // with no comma, restricts the whole phrase before it: "by a string of MPs who said").
    const nearest = PERSON_RELATIVES.has(before.key) && antecedentEnd === end - 2;
    const found = relativeAntecedent(context, sentence, antecedentEnd) ?? (nearest ? nearestPhraseEndingAt(context, sentence, antecedentEnd) : undefined);
    // "remarks by minister Paul Stone, a former head of the court, who said…": a description set off after a name is that
    // person's, and the relative refers to the name it describes.
    const reading = (antecedentEnd < end - 1 ? describedName(context, sentence, segmentBefore(tokens, antecedentEnd).from) : undefined) ?? found;
    // "Es un proyecto ético, que defiende derechos": a copula's predicate describes what the sentence is about; it is
    // introduced to be described, not to speak ("habló un vecino, que aseguró…" is). A person's full name is introduced
    // to speak after a copula too ("Among the protesters was 19-year-old Kyle Bennett, who said…"; "was backed by Senator
    // Ana Cole, who said…", a passive's agent).
    const fullName = reading?.reading.kind === 'name' && reading.reading.name.includes(' ');
    if (!reading || (isPredicate(tokens, reading.from) && !fullName)) return none;
    return { subject: attributionOf(context, reading.reading, previous, sentence.start), subjectFrom: reading.from, subjectTo: antecedentEnd, relative: true };
  }
  // A subject set off from its verb by a stray comma, at the sentence's opening or after its opening adjunct: a title or a
  // full name (one capitalised word before that comma is more often a connector, "Asimismo, dijo que…", than a surname).
  const strayComma = (segment: Segment) => {
    if (segment.from !== 0 && !opensWithAdjunct(tokens, segment.from)) return undefined;
    const reading = readPhrase(sentence, context.text, segment.from, segment.to);
    return (reading?.kind === 'name' && reading.name.includes(' ')) || reading?.kind === 'title' ? reading : undefined;
  };
  // Step back over parentheticals between commas: channel phrases, relative clauses, "en cambio".
  let stepped = false;
  while (isPunct(tokens[end - 1], ',')) {
    const segment = segmentOverTitles(tokens, end - 1);
    const opener = tokens[segment.from];
    // "Councillor Janet Whitlock, whose district includes Eastfield, said…": a possessive relative with no verb of saying of
    // its own describes the subject ("Smith, whose lawyer said…" is the lawyer's, read in `plain`).
    const possessive = opener !== undefined && POSSESSIVE_RELATIVES.has(opener.key) && !tokens.slice(segment.from, segment.to).some((token) => isSpeechVerbToken(token));
    // "…, el pasado lunes, dijo": a time adverbial; "Otro vecino, el panadero Julio Arce, contó": an apposition naming who speaks.
    const timeAdverbial = opener !== undefined && SKIPPABLE.has(opener.key) && !(DETERMINERS.has(opener.key) && namesPerson(context, sentence, segment));
    const parenthetical = opener !== undefined && (PHRASE_PREPOSITIONS.has(opener.key) || RELATIVES.has(opener.key) || timeAdverbial || INCLUSIONS.has(opener.key) || isAge(tokens, segment) || opensAside(opener) || possessive);
    // "Halden Robotics, which employs 400 people at Kirkby, near Leeds, said": a stretch set off after a relative clause
    // goes on with that clause, and is stepped over with it.
    const clause = relativeClauseStart(tokens, segment);
    // "Por otra parte, el ministro de Hacienda, indicó…": after the opening adjunct, "el ministro" is the subject, no aside.
    if (clause !== undefined) {
      end = clause - 1;
      stepped = true;
      continue;
    }
    if (!parenthetical || !isPunct(tokens[segment.from - 1], ',') || strayComma(segment)) break;
    end = segment.from - 1;
    stepped = true;
  }
  // "Jane Doe, 45, a teacher from Ohio, said": the age set off after the name is stepped over too.
  const age = segmentBefore(tokens, end);
  if (stepped && isAge(tokens, age) && isPunct(tokens[age.from - 1], ',')) end = age.from - 1;
  const plain = (to: number) => {
    const reading = phraseEndingAt(context, sentence, to);
    if (!reading) return none;
    // "Smith, whose lawyer said he would appeal, left": someone of the antecedent's speaks, whom no name of the article
    // is; the relative clause ends at its comma.
    if (POSSESSIVE_RELATIVES.has(tokens[reading.from - 1]?.key ?? '') || POSSESSIVE_RELATIVES.has(tokens[reading.from]!.key)) {
      return { subject: { speaker: null, medium: null }, subjectFrom: reading.from, subjectTo: to, relative: true };
    }
    // "Tom Brady arrived at noon, and he said…", "Academics said …, which they described as…": a pronoun opening a clause
    // joined to the sentence's first, or a relative clause in it, refers to that first clause's subject.
    const pronoun = reading.reading.kind === 'pronoun' ? reading.reading : undefined;
    // So does one after English "what" ("criticized what she called “…”").
    const joined = pronoun !== undefined && ([COORDINATORS, CLAUSE_BREAKERS, RELATIVES].some((words) => words.has(tokens[reading.from - 1]?.key ?? '')) || tokens[reading.from - 1]?.key === 'what');
    const leading = joined ? leadingSubject(context, sentence, previous, reading.from - 1) : undefined;
    const own = pronoun?.plural ? asGroup(leading) : asPerson(leading);
    return { subject: own ?? attributionOf(context, reading.reading, previous, sentence.start), subjectFrom: reading.from, subjectTo: to, relative: false };
  };
  // After a parenthetical the subject ends at its comma ("Putin, en su mensaje a Kim, prometió"), possibly an
  // apposition itself ("Chi Onwurah, the Labour MP for…, who is supporting the report, said").
  const innerEnd = stepped ? end : isPunct(tokens[end - 1], ',') ? end - 1 : undefined;
  if (innerEnd === undefined) {
    const read = plain(end);
    // "Los abogados que defienden a Gil dijeron…": a name that ends a restrictive relative clause on the subject is the
    // clause's object, never the speaker.
    const inRelative = read.subject !== undefined && restrictiveRelativeBefore(context, sentence, read.subjectFrom) !== undefined;
    const restricted = restrictedBody(context, sentence, end);
    if (restricted) return { subject: attributionOf(context, restricted.reading, previous, sentence.start), subjectFrom: restricted.from, subjectTo: end, relative: false };
    if ((read.subject?.speaker || read.subject?.medium) && !inRelative) return read;
    const subject = unclosedRelativeSubject(context, sentence, end, previous);
    // The relative clause's own verb reports up to the comma that closes the clause.
    if (subject && 'relativeOwn' in subject) return { ...none, subject: subject.relativeOwn, relative: true };
    return subject || !read.subject || inRelative ? { ...none, subject } : read;
  }
  // A subject is parted from its verb by a comma only in apposition: "El líder norcoreano, Kim Jong Un, ha
  // afirmado", "Kim, the North Korean leader, said". "The trial of …, accused of …" has no subject.
  const inner = segmentBefore(tokens, innerEnd);
  // "El Coronel, aseguró que…", "Por otra parte, el ministro, indicó…". ("El Diario, asegura su director, seguirá…" has its
  // subject after the verb: an inserted verb, read elsewhere.)
  const stray = !stepped && !subjectFollows(tokens, verbFirst) ? strayComma(inner) : undefined;
  if (stray) return { subject: attributionOf(context, stray, previous, sentence.start), subjectFrom: inner.from, subjectTo: inner.to, relative: false };
  // "The National Aquaculture Chamber (CNA), which represents…, said": an acronym in brackets closes the subject.
  if (!isPunct(tokens[inner.from - 1], ',')) return stepped ? plain(skipBackOverBrackets(tokens, innerEnd)) : none;
  // "Jane Doe, 45, a teacher from Ohio, said": the age set off after a name is stepped over.
  const beforeInner = segmentBefore(tokens, inner.from - 1);
  const spelt = isAge(tokens, beforeInner) && isPunct(tokens[beforeInner.from - 1], ',') ? segmentBefore(tokens, beforeInner.from - 1) : beforeInner;
  // "…in Kenya and elsewhere, but Dr. Ann Hart, the alliance’s chief, said…": the conjunction joins the clause; its
  // subject is the phrase after it.
  const joiner = tokens[spelt.from];
  const outer = joiner !== undefined && spelt.to - spelt.from > 1 && startsLower(joiner.text) && (COORDINATORS.has(joiner.key) || CLAUSE_BREAKERS.has(joiner.key)) ? { from: spelt.from + 1, to: spelt.to } : spelt;
  const read = (segment: Segment) => readPhrase(sentence, context.text, segment.from, withoutAside(tokens, segment));
  const innerReading = read(inner);
  const outerReading = read(outer);
  // A title, a common-noun description, or a group phrase with common nouns ("Jordan’s chief negotiator", "a senior
  // official"; not "Putin and Xi") describes the name before it.
  const commonNouns = tokens.slice(inner.from, inner.to).some((token) => /^\p{Ll}/u.test(token.text) && !COORDINATORS.has(token.key));
  // "Senator Lindsey Graham, Republican of South Carolina, said": one word and "of" with a place, after a person's full
  // name, is the party and state the press sets after a legislator's name, not a second name.
  const affiliation = innerReading?.kind === 'name' && AFFILIATION.test(innerReading.name) && !isOrganisation(innerReading.name) && outerReading?.kind === 'name' && outerReading.name.includes(' ') && !isOrganisation(outerReading.name);
  // "Egypt's Nour Party, the country's second-biggest Islamist group which had backed…, said": a description keeps its relative clause.
  const relative = tokens.slice(inner.from + 1, inner.to).findIndex((token) => RELATIVES.has(token.key));
  const described = { from: inner.from, to: relative >= 0 ? inner.from + 1 + relative : inner.to };
  const describesOuter = innerReading?.kind === 'title' || (innerReading?.kind === 'group' && commonNouns) || (innerReading === undefined && isDescription(tokens, described)) || affiliation;
  // "Two marshals, John North and Gary Anderson, told SI…", "Dos inspectoras, Ana Ruiz y Rosa Quintana, dijeron…": names
  // joined in apposition to a group or a title are its members, who speak jointly.
  const members = innerReading?.kind === 'group' && !commonNouns && (outerReading?.kind === 'group' || outerReading?.kind === 'title');
  // "El edil, del bloque Vecinos Unidos, sostuvo…", "The assemblyman, a Democrat from Queens, argued…": a title or role set
  // off by its group ("de"/"of" and the body) or a description is the subject, which refers back as the title alone does.
  const grouped = NAME_PREPOSITIONS.has(tokens[inner.from]?.key ?? '') && startsLower(tokens[inner.from]!.text);
  // "Hydrologist Ana Ferris, from the University of Leeds, (who…,) said", "Pedro Salas, desde la Universidad de Chile,
  // explicó": a phrase set off after a person's name that opens with a preposition places them (where they work, come
  // from or speak from); the body it names is their affiliation, never the subject. Not after a body or an adjunct
  // ("Por su parte, desde el Ministerio, dijeron": the ministry is who speaks).
  const placed = startsLower(tokens[inner.from]?.text ?? '') && PHRASE_PREPOSITIONS.has(tokens[inner.from]!.key) && !SOURCE_MARKERS.has(tokens[inner.from]!.key);
  const placedPerson = placed && ((outerReading?.kind === 'name' && !isOrganisation(outerReading.name)) || outerReading?.kind === 'title');
  const describedRole = (outerReading?.kind === 'title' || outerReading?.kind === 'role') && (grouped || placedPerson || innerReading?.kind === 'title' || (innerReading === undefined && isDescription(tokens, described)));
  const reading = ((innerReading?.kind === 'name' && !affiliation && !grouped && !placedPerson) || members ? innerReading : undefined) ?? ((outerReading?.kind === 'name' && (describesOuter || placedPerson)) || describedRole ? outerReading : undefined);
  if (!reading) return stepped ? plain(innerEnd) : none;
  return { subject: attributionOf(context, reading, previous, sentence.start), subjectFrom: outer.from, subjectTo: innerEnd, relative: false };
}

/** Whether the words of `segment` read as a person, by name or by title ("el panadero Julio Arce", "la vocera"). */
function namesPerson(context: ArticleContext, sentence: Sentence, segment: Segment): boolean {
  const reading = readPhrase(sentence, context.text, segment.from, segment.to);
  return reading?.kind === 'name' || reading?.kind === 'title';
}

/** Comma-set stretches a relative clause set off after a subject may run over before its verb ("which employs…, near Leeds, said"). */
const MAX_RELATIVE_STRETCHES = 3;

/**
 * Where the relative clause begins that the comma-set stretch `segment` goes on with ("Halden Robotics, | which
 * employs 400 people at Kirkby, | near Leeds, said"; "La minera X, | que emplea a 900 personas, | la mayoría de Calama,
 * aseguró"): the opening of an earlier stretch, set off by a comma, that opens with a relative pronoun, with no verb of
 * saying in the stretches between (the clause would report then). Undefined when no such clause is within reach.
 */
function relativeClauseStart(tokens: Token[], segment: Segment): number | undefined {
  // A stretch that goes on with the clause is a short phrase ("near Leeds", "la mayoría de Calama"), not a clause of its own.
  const phrase = (stretch: Segment) => stretch.to - stretch.from <= MAX_GOING_ON_WORDS && tokens.slice(stretch.from, stretch.to).every((token) => token.kind === 'word' && ![CLAUSE_WORDS, COORDINATORS, RELATIVES].some((words) => words.has(token.key)) && !isSpeechVerbToken(token));
  const { from } = segment;
  if (!phrase(segment)) return undefined;
  let at = from;
  for (let stretch = 0; stretch < MAX_RELATIVE_STRETCHES && isPunct(tokens[at - 1], ','); stretch++) {
    const earlier = segmentBefore(tokens, at - 1);
    if (earlier.from === at - 1) return undefined;
    if (RELATIVES.has(tokens[earlier.from]!.key) && isPunct(tokens[earlier.from - 1], ',')) return tokens.slice(earlier.from, from).some((token) => isSpeechVerbToken(token)) ? undefined : earlier.from;
    if (!phrase(earlier)) return undefined;
    at = earlier.from;
  }
  return undefined;
}

/** Words a stretch that goes on with a relative clause has at most ("near Leeds", "la mayoría de Calama"). */
const MAX_GOING_ON_WORDS = 6;

/** A party member's label and the place they represent, as one capitalised word, "of" and a name ("Republican of South Carolina"). */
const AFFILIATION = /^\p{Lu}\p{Ll}+ of \p{Lu}/u;

/** Whether the phrase at `from` follows a copula, past an inciso between dashes ("Es —añadió— un código…"): a predicate. */
function isPredicate(tokens: Token[], from: number): boolean {
  let before = from - 1;
  if (isPunct(tokens[before], '—–-')) {
    before--;
    while (before >= 0 && !isPunct(tokens[before], '—–-')) before--;
    before--;
  }
  return IDENTIFYING_COPULAS.has(tokens[before]?.key ?? '');
}

/**
 * The subject of a verb inside or after a relative clause opened by ", que"/", who" (or a restrictive "who"
 * with no comma: "Two officials who spoke on condition of anonymity said") with words between it and the verb,
 * no verb of saying among them:
 * - "Carlos Schaefer, el investigador de …, que reportó el récord explica que…": a sentence that opens with a
 *   name and its appositions; the relative clause, left unclosed, runs into the main verb, whose subject is that name;
 * - "…se puso en contacto con la Alcaldía de Medellín, que a través de un pronunciamiento aseguró…": otherwise the
 *   verb is the relative clause's own, and its subject the name right before the comma.
 * - "Un exdirector de la Policía, que en 2017 aseguró…": a relative right after an opening group or title is that
 *   phrase's own clause, its verb reporting up to the closing comma (`relativeOwn`).
 * Undefined when none of these reads.
 */
function unclosedRelativeSubject(context: ArticleContext, sentence: Sentence, verbFirst: number, previous: Previous | undefined): Attribution | { relativeOwn: Attribution } | undefined {
  const { tokens } = sentence;
  let relative = verbFirst - 1;
  // "20,75 grados": a decimal comma is part of the number, not a boundary.
  const decimal = (i: number) => isPunct(tokens[i], ',') && /\d$/.test(tokens[i - 1]?.text ?? '') && /^\d/.test(tokens[i + 1]?.text ?? '') && tokens[i - 1]!.end === tokens[i]!.start && tokens[i]!.end === tokens[i + 1]!.start;
  while (relative > 0 && (tokens[relative]!.kind === 'word' || decimal(relative)) && !RELATIVES.has(tokens[relative]!.key)) relative--;
  if (!RELATIVES.has(tokens[relative]?.key ?? '') || tokens.slice(relative + 1, verbFirst).some((token) => isSpeechVerbToken(token))) return undefined;
  // "Two officials who spoke on condition of anonymity said": a restrictive relative (no comma) on a person, whose antecedent speaks.
  if (!isPunct(tokens[relative - 1], ',')) {
    const restricted = phraseEndingAt(context, sentence, relative);
    // "retomó una versión de un exdirector de la Academia (ANSP) que en 2017 aseguró…": mid-sentence, the verb after the
    // relative is the relative clause's own, and its subject the anonymous person the relative restricts.
    const anonymous = restricted === undefined || restricted.from > 0 ? anonymousBefore(context, sentence, relative, previous) : undefined;
    if (anonymous) return { relativeOwn: anonymous };
    // "que" restricts a person only after a phrase that can only be people: "Un exdirector de la Academia … que pidió no ser
    // identificado aseguró", also after the sentence's opening adjunct ("Ante esto, los abogados que…").
    const opensClause = restricted !== undefined && (restricted.from === 0 || isPunct(tokens[restricted.from - 1], ','));
    const openingPeople = opensClause && (restricted.reading.kind === 'group' || restricted.reading.kind === 'title');
    const person = PERSON_RELATIVES.has(tokens[relative]!.key) || openingPeople;
    if (!restricted || !person || restricted.reading.kind === 'pronoun') return undefined;
    // A definite group is named with the clause that restricts it ("los abogados que defienden a Gil"): the clause is what
    // identifies it (an indefinite one's, "two officials who spoke on condition of anonymity", only says more of it).
    const identified = restricted.reading.kind === 'group' && DEFINITE_ARTICLES.has(tokens[restricted.from]!.key);
    const reading = identified && restricted.reading.kind === 'group' ? { ...restricted.reading, text: context.text.slice(tokens[relative - 1]!.end - restricted.reading.text.length, tokens[verbFirst - 1]!.end) } : restricted.reading;
    return attributionOf(context, reading, previous, sentence.start);
  }
  const [first] = clauseSegments(sentence);
  const opening = first && first.to < relative ? readPhrase(sentence, context.text, first.from, withoutAside(tokens, first)) : undefined;
  if (opening?.kind === 'name') {
    const subject = attributionOf(context, opening, previous, sentence.start);
    return subject.speaker?.includes(' ') ? subject : undefined;
  }
  // "Un exdirector de la Policía, que en 2017 aseguró…": a relative right after the subject the sentence opens with
  // (an anonymous source, a group) refers to all of it, not to the name inside its complement.
  if ((opening?.kind === 'group' || opening?.kind === 'title') && first!.from === 0 && first!.to === relative - 1) return { relativeOwn: attributionOf(context, opening, previous, sentence.start) };
  const antecedentPhrase = nearestPhraseEndingAt(context, sentence, relative - 1);
  return antecedentPhrase?.reading.kind === 'name' ? attributionOf(context, antecedentPhrase.reading, previous, sentence.start) : undefined;
}

/**
 * The restrictive relative pronoun whose clause holds the phrase at token `from` ("los abogados que defienden a | Gil"): the
 * nearest "que"/"who" before it with only words between, no comma before it, after a group or a title that opens the
 * clause. Undefined otherwise (a complementiser after a verb: "dijo que Gil…", "es evidente que Gil…").
 */
function restrictiveRelativeBefore(context: ArticleContext, sentence: Sentence, from: number): number | undefined {
  const { tokens } = sentence;
  let relative = from - 1;
  while (relative > 0 && tokens[relative]!.kind === 'word' && !RELATIVES.has(tokens[relative]!.key)) relative--;
  // "después de que", "para que": after a preposition "que" is a conjunction.
  const before = tokens[relative - 1];
  if (relative <= 0 || !RELATIVES.has(tokens[relative]!.key) || isPunct(before, ',') || PHRASE_PREPOSITIONS.has(before?.key ?? '') || NAME_PREPOSITIONS.has(before?.key ?? '')) return undefined;
  const antecedent = phraseEndingAt(context, sentence, relative);
  const opensClause = antecedent !== undefined && (antecedent.from === 0 || isPunct(tokens[antecedent.from - 1], ','));
  return opensClause && (antecedent.reading.kind === 'group' || antecedent.reading.kind === 'title') ? relative : undefined;
}

/** Relative pronouns that open a clause restricting a body or a role ("the union that represents…", "la cooperativa que gestiona…"). */
const RESTRICTING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'que']);

/**
 * The body or role the sentence opens with when a restrictive relative clause on it runs up to the verb at token `end`
 * ("The union that represents nurses at the hospital warned…", "The charity that runs the food bank said…", "La
 * cooperativa que gestiona el agua advirtió…"), whose own words are otherwise read as the speaker ("Represents workers
 * in Kansas"). The relative's clause opens with its verb (the relative is its subject: "que la ONU publicó" is an object
 * relative), and the antecedent opens the sentence or its clause. A body's or a group's noun is named with the clause
 * that says which one it is, as the press names it and as "los abogados que defienden a Gil" is read
 * (`unclosedRelativeSubject`): "Union that represents nurses at the hospital"; an organisation's name and a person's
 * title need no clause (the title refers to whoever holds it). A plural group is left to `unclosedRelativeSubject`.
 */
function restrictedBody(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  let relative = end - 1;
  while (relative > 0 && tokens[relative]!.kind === 'word' && !RESTRICTING_RELATIVES.has(tokens[relative]!.key) && !isSpeechVerbToken(tokens[relative])) relative--;
  const clauseVerb = tokens[relative + 1];
  // "in that case", "para que": after a preposition the word is a demonstrative or a conjunction.
  const preposition = [PHRASE_PREPOSITIONS, NAME_PREPOSITIONS].some((words) => words.has(tokens[relative - 1]?.key ?? ''));
  if (relative <= 0 || !RESTRICTING_RELATIVES.has(tokens[relative]!.key) || preposition || !clauseVerb || !startsLower(clauseVerb.text) || DETERMINERS.has(clauseVerb.key) || PRONOUNS.has(clauseVerb.key)) return undefined;
  const antecedent = phraseEndingAt(context, sentence, relative);
  if (!antecedent || !(antecedent.from === 0 || isPunct(tokens[antecedent.from - 1], ','))) return undefined;
  const { reading } = antecedent;
  // "Un exdirector de la Academia que pidió no ser identificado aseguró": an indefinite source's clause is read as anonymous (`unclosedRelativeSubject`).
  if (INDEFINITE_DETERMINERS.has(tokens[antecedent.from]!.key)) return undefined;
  if (reading.kind === 'title' || (reading.kind === 'name' && isOrganisation(reading.name))) return antecedent;
  // The head of an English noun phrase is its last word ("the Machinists union local"), of a Spanish one its first.
  const words = reading.kind === 'group' || reading.kind === 'role' ? reading.text.split(/\s+/) : [];
  const head = foldWord((tokens[relative]!.key === 'que' ? words[0] : words.at(-1)) ?? 's');
  if (/s$/u.test(head)) return undefined;
  const text = context.text.slice(tokens[relative - 1]!.end - (reading as { text: string }).text.length, tokens[end - 1]!.end);
  return { reading: { kind: 'group', text }, from: antecedent.from };
}

/** Tokens an anonymous source's phrase may have before its restrictive relative ("un exdirector de la Academia Nacional de Seguridad Pública"). */
const MAX_ANONYMOUS_TOKENS = 12;

/**
 * The anonymous person or group a restrictive relative at token `relative` restricts: the nearest phrase before it
 * opened by an indefinite article and a role or group noun ("un exdirector de …", "una fuente policial", "an official
 * at …"), a bracketed acronym after it stepped over. Undefined when the nearest indefinite phrase names no person.
 */
function anonymousBefore(context: ArticleContext, sentence: Sentence, relative: number, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const end = skipBackOverBrackets(tokens, relative);
  for (let from = end - 2; from >= 0 && end - from <= MAX_ANONYMOUS_TOKENS && tokens[from]!.kind === 'word' && !isSpeechVerbToken(tokens[from]); from--) {
    // Spanish "a" is a preposition ("a un exdirector"): only the unambiguous articles open the phrase.
    if (!INDEFINITE_DETERMINERS.has(tokens[from]!.key) || tokens[from]!.key === 'a') continue;
    const head = tokens[from + 1]!.key;
    if (!isTitleNoun(head) && !GROUP_NOUNS.has(head) && !SINGULAR_PERSON_NOUNS.has(head)) return undefined;
    const reading = readPhrase(sentence, context.text, from, end);
    return reading?.kind === 'group' ? attributionOf(context, reading, previous, sentence.start) : undefined;
  }
  return undefined;
}

/** Opening words of a place whose people speak with a plural verb: "En el oficialismo aseguran…", "Desde la bancada señalaron…", "Cerca del presidente dicen…". */
const PLACE_OPENERS = new Set(['en', 'desde', 'cerca']);

/** Nouns of time that make "En las últimas horas advirtieron…" a time phrase, not a place with people in it. */
const TIME_NOUNS = new Set(['dia', 'dias', 'hora', 'horas', 'semanas', 'meses', 'anos', 'momento', 'momentos', 'jornada', 'jornadas', 'fecha', 'ocasion', 'ocasiones']);

/**
 * The people of a place or circle a sentence opens with, when a Spanish plural verb of saying (-n) follows with no
 * subject of its own: "En el oficialismo aseguran" → "Oficialismo", "Cerca del presidente dicen" → "Cerca del
 * presidente" (near whom, not the president). Undefined for a time phrase, a channel ("En el comunicado señalan")
 * or any stretch with punctuation, a clause word or another verb of saying.
 */
function placedGroup(context: ArticleContext, sentence: Sentence, verbFirst: number, verbLast: number): Attribution | undefined {
  const { tokens } = sentence;
  const opener = tokens[0]?.key ?? '';
  const verb = tokens[verbLast]!;
  if (!PLACE_OPENERS.has(opener) || !/n$/.test(verb.key) || (verb.kind === 'word' && /^(?:\p{Lu})/u.test(verb.text))) return undefined;
  const near = opener === 'cerca';
  if (near && !NAME_PREPOSITIONS.has(tokens[1]?.key ?? '')) return undefined;
  const from = near ? 0 : DETERMINERS.has(tokens[1]?.key ?? '') ? 2 : 1;
  const end = skipBackOverAdverbs(tokens, verbFirst);
  const stretch = tokens.slice(from, end);
  if (!stretch.length || stretch.some((token) => token.kind !== 'word' || CLAUSE_WORDS.has(token.key) || isSpeechVerbToken(token) || TIME_NOUNS.has(token.key) || SKIPPABLE.has(token.key))) return undefined;
  if (stretch.some((token) => CHANNEL_NOUNS.has(token.key) || DOCUMENT_NOUNS.has(token.key))) return undefined;
  return { speaker: capitalise(context.text.slice(stretch[0]!.start, stretch.at(-1)!.end)), medium: null };
}

/**
 * "Informaron desde el hospital que…", "Han explicado desde la consejería que…": a Spanish plural verb of saying whose
 * subject is left out, followed by "desde" and where its speakers are, speaks for those there, as placedGroup reads
 * "Desde el hospital informaron…"; the place runs from `from` ("desde") to "que" or punctuation, words only.
 */
function placedGroupAfter(context: ArticleContext, sentence: Sentence, verbLast: number, from: number): { subject: Attribution; from: number; to: number } | undefined {
  const { tokens } = sentence;
  const verb = tokens[verbLast]!;
  // The verb or its auxiliary is plural ("informaron", "han explicado").
  const plural = /n$/.test(verb.key) || (AUXILIARIES.has(tokens[verbLast - 1]?.key ?? '') && /n$/.test(tokens[verbLast - 1]!.key));
  if (tokens[from]?.key !== 'desde' || !plural || verb.verb?.english) return undefined;
  const start = DETERMINERS.has(tokens[from + 1]?.key ?? '') ? from + 2 : from + 1;
  let end = start;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !CLAUSE_WORDS.has(tokens[end]!.key) && !COMPLEMENTISERS.has(tokens[end]!.key) && !isSpeechVerbToken(tokens[end]) && !TIME_NOUNS.has(tokens[end]!.key) && !SKIPPABLE.has(tokens[end]!.key)) end++;
  // Closed by the clause it reports, a colon, or the punctuation that ends a closing source ("…, según informaron desde X.").
  const closed = COMPLEMENTISERS.has(tokens[end]?.key ?? '') || end >= tokens.length || isPunct(tokens[end], ':.;,');
  const stretch = tokens.slice(start, end);
  if (!closed || !stretch.length || stretch.some((token) => CHANNEL_NOUNS.has(token.key) || DOCUMENT_NOUNS.has(token.key) || ACCOUNT_NOUNS.has(token.key))) return undefined;
  return { subject: { speaker: capitalise(context.text.slice(stretch[0]!.start, stretch.at(-1)!.end)), medium: null }, from, to: end };
}

/** Openings of a free relative that names its speakers by what they do: "Quienes conocen…", "Los que estuvieron…", "Those who know…". */
const FREE_RELATIVES: ReadonlyArray<readonly string[]> = [['quienes'], ['los', 'que'], ['las', 'que'], ['those', 'who']];

/** "Quienes conocen el proceso dicen que…": a free relative before the verb, with no punctuation, names the group as worded. */
function freeRelativeGroup(context: ArticleContext, sentence: Sentence, verbFirst: number): Attribution | undefined {
  const { tokens } = sentence;
  const opening = FREE_RELATIVES.find((words) => words.every((word, i) => tokens[i]?.key === word));
  if (!opening || verbFirst <= opening.length + 1) return undefined;
  const stretch = tokens.slice(0, verbFirst);
  if (stretch.some((token) => token.kind !== 'word' || isSpeechVerbToken(token))) return undefined;
  return { speaker: context.text.slice(stretch[0]!.start, stretch.at(-1)!.end), medium: null };
}

/** Whether the relative pronoun at `index` is a verb's object or complement: "al que", "a quien", "a la que", "en el que", "in which". */
function isObjectRelative(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]?.key ?? '';
  if (before === 'al' || before === 'a' || (NAME_ARTICLES.has(before) && tokens[index - 2]?.key === 'a')) return true;
  // "criticó lo que calificó como «…»": a free relative right before a naming verb is what the verb names.
  if (before === 'lo' && speechVerb(tokens[index + 1]?.text ?? '')?.frame === 'naming') return true;
  // "publicó un mensaje en el que sostiene…", "a letter in which she argues…": a relative after another preposition is
  // where or how it was said, and the verb's subject is the sentence's too.
  const preposition = ['el', 'la', 'los', 'las', 'lo'].includes(before) ? tokens[index - 2] : tokens[index - 1];
  // Spanish needs the article: "para que", "sin que" are conjunctions.
  const article = preposition !== tokens[index - 1] || tokens[index]?.key === 'which';
  return article && preposition !== undefined && PHRASE_PREPOSITIONS.has(preposition.key);
}

/** Forms of "ser" that open a cleft ("Fue Gómez la que anunció…", "Es la ministra la que dice…"). */
const CLEFT_COPULAS = new Set(['fue', 'es', 'era', 'sido', 'sera']);

/**
 * A cleft's focus before "el que"/"la que" at token `que` ("Fue Gómez la que anunció…"): the speaker named
 * between the copula and the article. Undefined when no copula opens the phrase ("el informe en el que dijo").
 */
function clefted(context: ArticleContext, sentence: Sentence, que: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  if (!['el', 'la', 'los', 'las'].includes(tokens[que - 1]?.key ?? '')) return undefined;
  const found = phraseEndingAt(context, sentence, que - 1);
  return found && CLEFT_COPULAS.has(tokens[found.from - 1]?.key ?? '') ? found : undefined;
}

/** An age written before a name as a compound adjective ("19-year-old", "45-year-old"). */
const AGE_BEFORE_NAME = /^\d{1,3}-year-old$/u;

/** A person's age set off by commas after the name ("Jane Doe, 45,", "Juan Pérez, de 52 años,"). */
function isAge(tokens: Token[], segment: Segment): boolean {
  const words = tokens.slice(segment.from, segment.to).map((token) => token.key);
  return /^\d{1,3}$/.test(words.join(' ')) || (words.length === 3 && words[0] === 'de' && /^\d{1,3}$/.test(words[1]!) && words[2] === 'anos');
}

/**
 * An adverb derived from an adjective by English "-ly" or Spanish "-mente", by the endings no noun before a verb has
 * ("originally", "privately", "recently", "reportedly", "públicamente"; not "family", "ally", "mente"). Folded.
 */
const DERIVED_ADVERB = /^\p{L}{2,}(?:ally|ately|ently|ously|ively|fully|edly|antly|ingly|\p{L}{3}mente)$/u;

/** Steps back from `end` over adverbs and time phrases ("this week", "el lunes"); a determiner only before a time word. */
function skipBackOverAdverbs(tokens: Token[], end: number): number {
  let i = end;
  while (i > 0) {
    const key = tokens[i - 1]!.key;
    const timeDeterminer = DETERMINERS.has(key) && i < end && SKIPPABLE.has(tokens[i]!.key);
    // "Residents could say", "Mayor Tom Riley did say": a modal is the verb group's, never the subject's last word.
    if ((DERIVED_ADVERB.test(key) || ENGLISH_MODALS.has(key) || /n['’]t$/.test(key)) && startsLower(tokens[i - 1]!.text)) {
      i--;
      continue;
    }
    if (!SKIPPABLE.has(key) || (DETERMINERS.has(key) && !timeDeterminer)) break;
    i--;
  }
  return i;
}

/** Tokens of a bracketed acronym or aside stepped over before a verb ("(APES)", "(UCEA)"). */
const MAX_BRACKET_TOKENS = 4;

/** Intensifiers after a subject pronoun ("ella misma", "he himself"). */
const INTENSIFIERS: ReadonlySet<string> = new Set(['mismo', 'misma', 'himself', 'herself']);

/** "al tiempo que", "a la vez que": the locutions of simultaneity that join a second verb to the same subject. */
const SIMULTANEITY: ReadonlyArray<readonly string[]> = [['al', 'tiempo', 'que'], ['a', 'la', 'vez', 'que']];

/** Whether token `at` ends "al tiempo que" or "a la vez que". */
function simultaneity(tokens: Token[], at: number): boolean {
  return SIMULTANEITY.some((words) => words.every((word, i) => tokens[at - words.length + 1 + i]?.key === word));
}

/** Words a quoted name or nickname may have ("“JOH”", "“El Chapo”"). */
const MAX_QUOTED_NAME_WORDS = 3;

/**
 * The speaker a quotation at token `at` names when it stands as a subject: one to three capitalised words in quotation
 * marks ("“JOH”"), the name the article resolves them to ("Juan Orlando Hernández", whose initials they are) or as written.
 */
function quotedName(context: ArticleContext, sentence: Sentence, at: number): Attribution | undefined {
  const quotation = sentence.tokens[at]?.quotation;
  if (!quotation) return undefined;
  const inner = context.text.slice(quotation.inner.start, quotation.inner.end).trim();
  const words = inner.split(/\s+/);
  if (words.length > MAX_QUOTED_NAME_WORDS || !words.every((word) => /^\p{Lu}[\p{L}.]*$/u.test(word))) return undefined;
  return { speaker: context.cast.resolveName(inner, sentence.start) ?? inner, medium: null };
}

/**
 * The end of a segment without the bracketed aside closing it ("O senador Lasier Martins (Podemos-RS)", "Ana Ruiz (PP)"):
 * a party, a state or an acronym set after a name, before its apposition, is no part of the name.
 */
function withoutAside(tokens: Token[], segment: Segment): number {
  const end = skipBackOverBrackets(tokens, segment.to);
  return end > segment.from ? end : segment.to;
}

/** Words an adjunct between a relative pronoun and its verb may have ("quien en conferencia de prensa explicó"). */
const MAX_RELATIVE_ADJUNCT_WORDS = 6;

/**
 * Where a prepositional adjunct opens when one stands, with no comma, between a relative pronoun that refers only to
 * people ("quien", "who") and `end` ("…, quien en conferencia de prensa | explicó", "who on Monday | said"): read
 * from there, the verb's subject is the relative; `end` otherwise (the adjunct's noun is no subject: "Prensa").
 */
function skipBackOverRelativeAdjunct(tokens: Token[], end: number): number {
  for (let i = end - 1; i > 0 && end - i <= MAX_RELATIVE_ADJUNCT_WORDS; i--) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || isSpeechVerbToken(token)) return end;
    if (PHRASE_PREPOSITIONS.has(token.key) && PERSON_RELATIVES.has(tokens[i - 1]!.key)) return i;
  }
  return end;
}

function skipBackOverBrackets(tokens: Token[], end: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  for (let i = end - 2; i >= Math.max(0, end - 2 - MAX_BRACKET_TOKENS); i--) if (tokens[i]!.text === '(') return i;
  // "“JOH” (como se le conoce al expresidente) contestó": an aside of any length after a quoted name.
  for (let i = end - 2; i > 0; i--) if (tokens[i]!.text === '(') return tokens[i - 1]!.kind === 'quote' ? i : end;
  return end;
}

/**
 * The earlier verb whose subject a verb joined by a coordinator shares: the last one, unless it names no speaker and sits
 * inside the clause an earlier verb reports ("aseguró que la empresa «miente» cuando afirma que… y advirtió que…", "said
 * the company was lying when it claimed…, and warned that…"): then the one that reports it, whose clause the coordinator
 * closes.
 */
function sharedVerb(tokens: Token[], earlier: VerbUse[]): VerbUse | undefined {
  const verbs = earlier.filter((use) => use.verb !== 'source');
  for (let k = verbs.length - 1; k >= 0; k--) {
    const use = verbs[k]!;
    // Nested: its subject left out or a pronoun, after a "que"/"that" or a subordinator that follows an earlier verb.
    const bare = use.subjectTo - use.subjectFrom <= 1 && (use.subjectTo === use.subjectFrom || NESTED_PRONOUNS.has(tokens[use.subjectFrom]!.key));
    const nested = bare && verbs.slice(0, k).some((other) => tokens.slice(other.last + 1, use.subjectFrom).some((token) => COMPLEMENTISERS.has(token.key) || ADVERBIAL_SUBORDINATORS.has(token.key)));
    if (use.subject?.speaker || use.subject?.medium || !nested) return use;
  }
  return undefined;
}

/** Subject pronouns of a verb nested in another's clause ("cuando afirma…", "when it claimed…"), folded. */
const NESTED_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS, 'it', 'they', 'ellos', 'ellas']);

/**
 * The subject of the clause that ends at token `end` (a coordinator follows, after a comma or not): "Biden sonrió y
 * dijo: …" → Biden; "el ministro de Trabajo, Pablo Mieres, dialogó con el gremio pero puntualizó que…" → Pablo Mieres;
 * "El senador Vieira evita comentar la decisión, pero afirmó que…" → Vieira.
 */
function precedingClauseSubject(context: ArticleContext, sentence: Sentence, end: number, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const segment = segmentBefore(tokens, isPunct(tokens[end - 1], ',') ? end - 1 : end);
  const opener = tokens[segment.from];
  if (segment.from >= end || !opener) return undefined;
  // The stretch opens with its own verb: its subject stands before, in apposition or after a parenthetical.
  if (/^\p{Ll}/u.test(opener.text) && !DETERMINERS.has(opener.key)) return subjectBefore(context, sentence, segment.from, [], previous).subject;
  return openingSubject(context, sentence, previous, segment);
}

/**
 * Whether a segment reads as a common-noun apposition describing the name before it ("glaciólogo de la
 * Universidad…", "a former regulator", "exsecretario privado de Bukele"): it opens with a lower-case noun,
 * possibly after an article, never with a clause or preposition word.
 */
function isDescription(tokens: Token[], segment: Segment): boolean {
  let i = segment.from;
  // An article makes a noun phrase whatever its case ("the Labour MP for…"); a possessor opens one too
  // ("South Korea's national security adviser").
  const determined = DETERMINERS.has(tokens[i]?.key ?? '');
  if (determined) i++;
  const possessor = nameEnd(tokens, i);
  if (!determined && possessor > i && /['’]s$/.test(tokens[possessor - 1]!.text)) i = possessor;
  const head = tokens[i];
  if (!head || i >= segment.to || head.kind !== 'word' || (!determined && !/^\p{Ll}/u.test(head.text))) return false;
  const closed = [CLAUSE_WORDS, PHRASE_PREPOSITIONS, SKIPPABLE, COORDINATORS, SOURCE_MARKERS, RELATIVES];
  if (closed.some((words) => words.has(head.key))) return false;
  return !tokens.slice(segment.from, segment.to).some((token) => isSpeechVerbToken(token) || RELATIVES.has(token.key));
}

/**
 * The comma-free stretch ending just before token `end`, over quotations set inside its words, as a work's title is ("que
 * grabó con él el disco "Viento del Norte" en 1996"): a quotation right after a word is part of the stretch.
 */
function segmentOverTitles(tokens: Token[], end: number): Segment {
  let from = segmentBefore(tokens, end).from;
  while (tokens[from - 1]?.kind === 'quote' && tokens[from - 2]?.kind === 'word') from = segmentBefore(tokens, from - 1).from;
  return { from, to: end };
}

/** The comma-free stretch of words ending just before token `end`. */
function segmentBefore(tokens: Token[], end: number): Segment {
  let from = end;
  while (from > 0 && !isPunct(tokens[from - 1], ',.;:') && tokens[from - 1]!.kind !== 'quote') from--;
  return { from, to: end };
}

/** The longest readable speaker phrase ending at token `end`, stopping at punctuation and clause words. */
function phraseEndingAt(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  // "Speaking through an interpreter he added": a subject pronoun is the whole subject, whatever words come before it.
  // Only after a participle clause opening the sentence, never after a word that opens a clause ("Explaining why she argued…").
  // "On her blog she wrote": so is one after a prepositional phrase opening the sentence (bareOpeningAdjunct).
  const afterParticiple = end > 1 && ((/(?:ing|ed)$/.test(tokens[0]!.key) && !CLAUSE_WORDS.has(tokens[end - 2]!.key) && !INTERROGATIVES.has(tokens[end - 2]!.key)) || bareOpeningAdjunct(context, sentence, end - 1));
  if (afterParticiple && PRONOUNS.has(tokens[end - 1]?.key ?? '') && tokens[end - 2]!.kind === 'word' && /^\p{Ll}/u.test(tokens[end - 2]!.text) && !isSpeechVerbToken(tokens[end - 2])) {
    const pronoun = readPhrase(sentence, context.text, end - 1, end);
    if (pronoun) return { reading: pronoun, from: end - 1 };
  }
  // "Ella misma reconoció…", "He himself admitted…": an intensifier after the pronoun.
  if (end > 1 && INTENSIFIERS.has(tokens[end - 1]?.key ?? '') && PRONOUNS.has(tokens[end - 2]?.key ?? '')) {
    const pronoun = readPhrase(sentence, context.text, end - 2, end - 1);
    if (pronoun) return { reading: pronoun, from: end - 2 };
  }
  // "As Harper herself said", "López misma reconoció": the intensifier stands apart from the name it stresses.
  if (end > 1 && INTENSIFIERS.has(tokens[end - 1]?.key ?? '')) return phraseEndingAt(context, sentence, end - 1);
  let from = end;
  // "Ruth Ashby of Ashby & Long said": a firm's ampersand between capitalised words is inside the phrase.
  const firmAmpersand = (at: number) => tokens[at]?.text === '&' && startsUpper(tokens[at - 1]?.text ?? '') && startsUpper(tokens[at + 1]?.text ?? '');
  while (from > 0 && ((tokens[from - 1]!.kind === 'word' && !isSpeechVerbToken(tokens[from - 1])) || firmAmpersand(from - 1))) from--;
  for (let start = from; start < end; start++) {
    // A subject opens its clause: in "Kim prometió visitar Moscú y Putin dijo", "Moscú y Putin" does not; nor does
    // the end of a name joined by a preposition ("Relatoría Especial para la Libertad de Expresión").
    // "De Urresti dijo…": a surname's particle opening the sentence is capitalised, and the surname is read without it.
    const particle = start === 1 && NAME_PREPOSITIONS.has(tokens[0]!.key) && /^\p{Lu}/u.test(tokens[0]!.text) && isNameWord(tokens, 1);
    if (start > 0 && !opensPhrase(tokens[start - 1]!) && !particle) continue;
    const head = DETERMINERS.has(tokens[start]!.key) ? start + 1 : start;
    if (PHRASE_PREPOSITIONS.has(tokens[start - 1]?.key ?? '') && isNameWord(tokens, start - 2) && isNameWord(tokens, head)) continue;
    const reading = readPhrase(sentence, context.text, start, end);
    // "People close to the governor said", "Allegados al presidente afirmaron": a role that is the object of a
    // preposition completing a word before it is not the subject (nor whom the role refers to).
    // "…moved in after the president said": a preposition that subordinates a clause ("after", "before", "since") opens its subject.
    const complement = PHRASE_PREPOSITIONS.has(tokens[start - 1]?.key ?? '') && !ADVERBIAL_SUBORDINATORS.has(tokens[start - 1]!.key) && tokens[start - 2]?.kind === 'word' && !SKIPPABLE.has(tokens[start - 2]!.key);
    if (complement && (reading?.kind === 'title' || reading?.kind === 'role')) continue;
    // "A retired nurse from the Hillcrest estate in Dunmore said", "Una vecina de 78 años del sector Cerro El Molle contó":
    // a name completing a preposition after a noun for a person is where the person is from, never who speaks (the
    // person, unnamed, is read as "A retired nurse said" is).
    if (complement && reading?.kind === 'name' && personNounBefore(tokens, start - 1)) continue;
    if (reading) return { reading, from: start };
  }
  return undefined;
}

/** Words read back from a preposition for the noun for a person it completes ("nurse from the Hillcrest estate in"). */
const MAX_PERSON_PHRASE_WORDS = 8;

/**
 * Whether the words before the preposition at `preposition`, back to the sentence's start, are a noun phrase an
 * indefinite article opens and a noun for a person heads ("A retired nurse from the Hillcrest estate", "Una vecina de 78
 * años del sector"): no verb nor clause word among them.
 */
function personNounBefore(tokens: Token[], preposition: number): boolean {
  if (preposition > MAX_PERSON_PHRASE_WORDS || !INDEFINITE_DETERMINERS.has(tokens[0]?.key ?? '')) return false;
  const words = tokens.slice(1, preposition);
  return words.every((token) => token.kind === 'word' && token.verb === undefined && !CLAUSE_WORDS.has(token.key)) && words.some(saysWhatPersonIs);
}

/**
 * The shortest readable speaker phrase ending at token `end` that opens after a preposition or an article
 * ("del propio Biden" → Biden, "por el Instituto Nacional de Estadística" → the institute): the nearest noun
 * phrase, which a relative pronoun refers to; a name is never cut ("de Estadística" stays in its name).
 */
function nearestPhraseEndingAt(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  for (let start = end - 1; start >= 0 && tokens[start]!.kind === 'word' && !isSpeechVerbToken(tokens[start]); start--) {
    const before = tokens[start - 1];
    const insideName = before !== undefined && NAME_PREPOSITIONS.has(before.key) && isNameWord(tokens, start - 2);
    // "joined by 19-year-old Kyle Bennett, who said…": an age before the name opens its phrase as an article does.
    const opener = before !== undefined && (opensPhrase(before) || NAME_PREPOSITIONS.has(before.key) || DETERMINERS.has(before.key) || AGE_BEFORE_NAME.test(before.text));
    if (insideName || isNameWord(tokens, start - 1) || (before !== undefined && !opener)) continue;
    const reading = readPhrase(sentence, context.text, start, end);
    if (reading) return { reading, from: start };
  }
  return phraseEndingAt(context, sentence, end);
}

/**
 * The noun phrase a relative pronoun hangs on, ending at `end`: the phrase before it, cut at a determiner that opens
 * an object inside it ("The minister faced a string of MPs who said…": "faced" is a verb, so the antecedent is "a
 * string of MPs", never "Minister faced…"). A determiner inside a noun phrase follows a preposition ("the head of the
 * union"), a coordinator or another determiner; after any other lower-case word a new phrase opens.
 */
function relativeAntecedent(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  const found = phraseEndingAt(context, sentence, end) ?? objectName(context, sentence, end);
  if (!found) return undefined;
  for (let i = end - 1; i > found.from; i--) {
    const before = tokens[i - 1]!;
    const opensObject = DETERMINERS.has(tokens[i]!.key) && before.kind === 'word' && startsLower(before.text) && ![NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, COORDINATORS, DETERMINERS, QUANTIFIERS].some((words) => words.has(before.key));
    if (!opensObject) continue;
    const reading = readPhrase(sentence, context.text, i, end);
    return reading ? { reading, from: i } : undefined;
  }
  return found;
}

/**
 * The name that the description opening at token `from` (an article or a lower-case word: "a farmer from Kent", "ex-presidente
 * do TSE") is set off after by a comma ("Paul Stone, a farmer from Kent,"), when the words before that comma end in a full
 * name; undefined otherwise.
 */
function describedName(context: ArticleContext, sentence: Sentence, from: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  const opener = tokens[from];
  const describes = opener?.kind === 'word' && (startsLower(opener.text) || DETERMINERS.has(opener.key)) && !RELATIVES.has(opener.key);
  if (!describes || !isPunct(tokens[from - 1], ',') || !isNameWord(tokens, from - 2)) return undefined;
  const named = phraseEndingAt(context, sentence, from - 1);
  return named?.reading.kind === 'name' && named.reading.name.includes(' ') ? named : undefined;
}

/**
 * The name, with its capitalised title, that ends at `end` right after a lower-case word that is no preposition, a comma
 * after it ("The minister met Senator Ana Ruiz, who said…"): a verb's object, which a relative pronoun set off after it
 * refers to; undefined when the capitalised words read as no name.
 */
function objectName(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  let from = end;
  while (from > 0 && tokens[from - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[from - 1]!.text)) from--;
  const verb = tokens[from - 1];
  if (from === end || !verb || !startsLower(verb.text) || !isPunct(tokens[end], ',') || [NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, DETERMINERS].some((words) => words.has(verb.key))) return undefined;
  const reading = readPhrase(sentence, context.text, from, end);
  return reading?.kind === 'name' ? { reading, from } : undefined;
}

/** Whether a phrase may open after this token: punctuation, a clause or function word, or a verb of saying whose inverted subject it is ("acotó la alcaldesa, quien…"). */
function opensPhrase(before: Token): boolean {
  // "what she called": the free relative opens the clause whose subject follows it.
  return before.kind !== 'word' || before.key === 'what' || before.key === 'as' || isSpeechVerbToken(before) || [CLAUSE_WORDS, PHRASE_PREPOSITIONS, SKIPPABLE, COORDINATORS, SOURCE_MARKERS, ADVERBIAL_SUBORDINATORS].some((words) => words.has(before.key));
}

/** The subject right after a verb that opens its clause: "dijo Putin", "informó la KCNA", "según fuentes de…"; `source` when the verb group is a source marker. */
function subjectAfter(context: ArticleContext, sentence: Sentence, verbLast: number, previous: Previous | undefined, source = false): { subject: Attribution; from: number; to: number } | undefined {
  const { tokens } = sentence;
  let from = verbLast + 1;
  // "advirtió, sin embargo, el presidente…", "dijo, en tanto, la ministra": an adverbial set off by commas.
  if (isPunct(tokens[from], ',')) {
    const after = skipAdverbs(tokens, from + 1);
    if (after > from + 1 && isPunct(tokens[after], ',')) from = after + 1;
  }
  if (['a', 'al'].includes(tokens[from]?.key ?? '') && IMPERSONAL_QUOTING.has(tokens[verbLast]!.key)) from++;
  from = skipAdverbs(tokens, from);
  // "dijo a la prensa el alcalde Juan Pérez": the person told comes before the subject.
  if (['a', 'al'].includes(tokens[from]?.key ?? '') && !IMPERSONAL_QUOTING.has(tokens[verbLast]!.key)) from = skipAdverbs(tokens, indirectObjectEnd(tokens, from) ?? from);
  // "escribió en X el presidente…", "dijo en Bruselas la ministra…", "said in a statement the ministry…": where it
  // was said comes before the subject.
  from = skipAdverbs(tokens, whereSaidEnd(tokens, from) ?? from);
  from = mannerEnd(tokens, from);
  const placed = source ? undefined : placedGroupAfter(context, sentence, verbLast, from);
  if (placed) return placed;
  // "A juicio de López,", "En palabras de la alcaldesa,": a marker's noun takes its source through "de"/"of".
  // "A decir de X,": a source marker ending in a verb's form takes its source through "de" all the same.
  const marker = source || tokens[verbLast]!.verb === undefined;
  if (marker && ['de', 'del', 'of'].includes(tokens[from]?.key ?? '') && tokens[from + 1]?.kind === 'word') from++;
  // "detalló del Pópolo.", "dijo de Urresti": a surname with its lower-case particle, closing the sentence.
  const surname = !marker && NAME_PREPOSITIONS.has(tokens[from]?.key ?? '') && /^\p{Ll}/u.test(tokens[from]!.text) ? nameEnd(tokens, from + 1) : from;
  if (surname > from + 1 && (surname >= tokens.length || isPunct(tokens[surname], '.;,'))) {
    const name: PhraseReading = { kind: 'name', name: context.text.slice(tokens[from]!.start, tokens[surname - 1]!.end), title: null, mediumTitle: false };
    return { subject: attributionOf(context, name, previous, sentence.start), from, to: surname };
  }
  let to = from;
  // A relative pronoun ends the subject: "said a senior aide who was not authorized to speak". A preposition does, but
  // for whose a document is: "said a statement from the union".
  const ownerFollows = (i: number) => tokens[i]!.key === 'from' && (DOCUMENT_NOUNS.has(tokens[i - 1]?.key ?? '') || CHANNEL_NOUNS.has(tokens[i - 1]?.key ?? ''));
  // "according to the Centers for Disease Control": a preposition inside a name (tokens.ts nameEnd) is the name's.
  const insideName = (i: number) => tokens.slice(from, i).some((_, at) => nameEnd(tokens, from + at) > i + 1);
  while (to < tokens.length && tokens[to]!.kind === 'word' && !(PHRASE_PREPOSITIONS.has(tokens[to]!.key) && to > from && !ownerFollows(to) && !insideName(to)) && !isSpeechVerbToken(tokens[to]) && !(RELATIVES.has(tokens[to]!.key) && to > from)) to++;
  // "admitió el convencional UDI e integrante de la Comisión…, Pablo Toloza": a description, then the name in apposition.
  const stretch = to > from ? readPhrase(sentence, context.text, from, to) : undefined;
  if (isPunct(tokens[to], ',') && stretch === undefined && to > from && isDescription(tokens, { from, to })) {
    const apposition = readPhrase(sentence, context.text, to + 1, nextBoundary(tokens, to + 1));
    if (apposition?.kind === 'name' && !apposition.title) return { subject: attributionOf(context, apposition, previous, sentence.start), from, to: nextBoundary(tokens, to + 1) };
  }
  // "según expertos consultados por Infobae", "according to a source close to the talks": a group described by a
  // participle or adjective keeps its complement.
  const described = stretch?.kind === 'group' ? describedGroupEnd(tokens, to) ?? placedGroupEnd(sentence, context.text, from, to) : undefined;
  if (described !== undefined) {
    const whole = readPhrase(sentence, context.text, from, described);
    if (whole?.kind === 'group') return { subject: attributionOf(context, whole, previous, sentence.start), from, to: described };
  }
  for (let end = to; end > from; end--) {
    const reading = end === to ? stretch : readPhrase(sentence, context.text, from, end);
    if (!reading) continue;
    // "dijo el medio de comunicación estatal …, KCNA" / "dijo la alcaldesa, Marta Iglesias Roldán,": the name in apposition.
    // "dijo la portavoz del Gobierno, Ana Redondo": a spokesperson's title names the body spoken for, and the person follows.
    if (end === to && isPunct(tokens[to], ',') && (reading.kind !== 'name' || spokespersonTitle(sentence, context.text, from, to))) {
      const apposition = readPhrase(sentence, context.text, to + 1, nextBoundary(tokens, to + 1));
      if (apposition?.kind === 'name' && !apposition.title) {
        const named: PhraseReading = reading.kind === 'title' && reading.medium ? { ...apposition, mediumTitle: true } : apposition;
        return { subject: attributionOf(context, named, previous, sentence.start), from, to: nextBoundary(tokens, to + 1) };
      }
    }
    const adjectivesEnd = trailingAdjectivesEnd(tokens, end, to);
    // "selon le rapport du Forum économique mondial", "secondo la Banca centrale europea": after a source marker, a
    // one-word name whose lower-case adjectives run to the clause's end is named in sentence case, adjectives and all.
    const sentenceCase = marker && adjectivesEnd > end && !tokens.slice(end, to).some((token) => SKIPPABLE.has(token.key));
    const named: PhraseReading = sentenceCase && reading.kind === 'name' && !reading.name.includes(' ') ? { ...reading, name: context.text.slice(tokens[end - 1]!.start, tokens[to - 1]!.end) } : reading;
    return { subject: attributionOf(context, named, previous, sentence.start), from, to: adjectivesEnd };
  }
  return undefined;
}

/**
 * Where a group phrase ending at `to` with a describing word ("fuentes cercanas", "people familiar", "expertos
 * consultados") runs on through the complement that word takes ("a la dirección", "with the talks", "por Infobae"):
 * the next punctuation or verb of saying. Undefined when the word before `to` is itself a group or role noun.
 */
function describedGroupEnd(tokens: Token[], to: number): number | undefined {
  const last = tokens[to - 1];
  const preposition = tokens[to];
  if (!last || !preposition || !/^\p{Ll}/u.test(last.text) || GROUP_NOUNS.has(last.key) || TITLE_NOUNS.has(last.key) || isTitlePlural(last.key)) return undefined;
  // The group is of people ("fuentes", "people", "a source"), not a thing ("una investigación contra…").
  const people = (token: Token) => GROUP_NOUNS.has(token.key) || isTitlePlural(token.key);
  let head = to - 2;
  while (head >= 0 && tokens[head]!.kind === 'word' && !people(tokens[head]!)) head--;
  if (head < 0 || !people(tokens[head]!) || !PHRASE_PREPOSITIONS.has(preposition.key)) return undefined;
  let end = to + 1;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !isSpeechVerbToken(tokens[end]) && !CLAUSE_WORDS.has(tokens[end]!.key)) end++;
  return end > to + 1 ? end : undefined;
}

/**
 * Prepositions of place that locate an anonymous source ("one GOP operative in the state", "un funcionario en Washington"),
 * Spanish and English; wider than phrases.ts's English PLACE_PREPOSITIONS, which set a named group in a named place.
 */
const SOURCE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'inside', 'within', 'en', 'dentro']);

/**
 * Where an anonymous or quantified source closing the sentence ("said one GOP operative in the state.") runs on
 * through the place that locates it: to the sentence's end, when no channel ("en rueda de prensa") and no other
 * word of a clause comes between. Undefined otherwise.
 */
function placedGroupEnd(sentence: Sentence, text: string, from: number, to: number): number | undefined {
  const { tokens } = sentence;
  const opener = tokens[from]!.key;
  if (!SOURCE_PLACE_PREPOSITIONS.has(tokens[to]?.key ?? '') || readChannel(sentence, text, to, tokens.length)) return undefined;
  // "according to Georgian and Afghan officials in Helmand.": any group, when the place is a name closing the sentence.
  if (!(QUANTIFIERS.has(opener) || INDEFINITE_DETERMINERS.has(opener))) {
    const place = placeEnd(tokens, to);
    return place > to && (place >= tokens.length || isPunct(tokens[place], '.;')) ? place : undefined;
  }
  let end = to + 1;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !isSpeechVerbToken(tokens[end]) && !CLAUSE_WORDS.has(tokens[end]!.key)) end++;
  return end > to + 1 && (end >= tokens.length || isPunct(tokens[end], '.;')) ? end : undefined;
}

/** Steps over adverbs, time phrases ("este martes", "on Friday") and discourse adverbials ("en cambio", "por su parte"). */
export function skipAdverbs(tokens: Token[], from: number): number {
  let i = from;
  for (;;) {
    const token = tokens[i];
    if (!token) return i;
    const timeDeterminer = DETERMINERS.has(token.key) && SKIPPABLE.has(tokens[i + 1]?.key ?? '') && !DETERMINERS.has(tokens[i + 1]!.key);
    if (SKIPPABLE.has(token.key) && (!DETERMINERS.has(token.key) || timeDeterminer)) {
      i++;
      continue;
    }
    // "por su parte": the preposition, maybe a possessive, then the noun.
    const noun = DETERMINERS.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
    if (DISCOURSE_ADVERBIALS.some(([preposition, word]) => token.key === preposition && tokens[noun]?.key === word)) {
      i = noun + 1;
      continue;
    }
    return i;
  }
}

/** Words of an indirect object stepped over before an inverted subject ("a la prensa", "a El País"). */
const MAX_INDIRECT_OBJECT_WORDS = 3;

/** Where "a la prensa" / "a El País" ends, when a subject phrase opening with an article follows it; else undefined. */
function indirectObjectEnd(tokens: Token[], from: number): number | undefined {
  // "a través de un comunicado": through what it was said (whereSaidEnd), not to whom.
  if (COMPOUND_CHANNEL_PREPOSITIONS.some((words) => words.every((word, k) => tokens[from + k]?.key === word))) return undefined;
  let i = from + 1;
  // "contó a este diario Juan X": the outlet's own paper or medium is named by a demonstrative, never by the name after it.
  const ownOutlet = OWN_OUTLET_DEMONSTRATIVES.has(tokens[i]?.key ?? '') && MEDIUM_NOUNS.has(tokens[i + 1]?.key ?? '');
  if (ownOutlet) return isNameWord(tokens, i + 2) || opensSubject(tokens[i + 2]) ? i + 2 : undefined;
  if (DETERMINERS.has(tokens[i]?.key ?? '')) i++;
  const name = nameEnd(tokens, i);
  if (name > i) i = name;
  else {
    // Nouns and adjectives only: "al ser consultado sobre…" is a clause, not whom it was said to.
    const objectWord = (token: Token | undefined) =>
      token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && !DETERMINERS.has(token.key) && !PHRASE_PREPOSITIONS.has(token.key) && !CLAUSE_WORDS.has(token.key) && !/(?:ar|er|ir)$/.test(token.key);
    for (let words = 0; words < MAX_INDIRECT_OBJECT_WORDS && objectWord(tokens[i]); words++) i++;
    // "a la agencia AFP", "al diario El Tiempo": a medium noun keeps the medium's name after it.
    if (i > from + 1 && MEDIUM_NOUNS.has(tokens[i - 1]!.key)) i = nameEnd(tokens, i);
  }
  // The subject opens with an article ("dijo a la prensa el alcalde…") or is a bare plural group ("según han informado a
  // Europa Press fuentes de la consejería").
  return opensSubject(tokens[i]) && i > from + 1 ? i : undefined;
}

/**
 * Whether an inverted subject may open at `token` after whom the words were told: an article, or a bare plural of a
 * group noun in lower case ("fuentes", "expertos", "portavoces"), which Spanish writes without one.
 */
function opensSubject(token: Token | undefined): boolean {
  // "según han detallado a Europa Press desde el Ayuntamiento": where the speakers are, for a plural verb (placedGroupAfter).
  return token !== undefined && (DETERMINERS.has(token.key) || token.key === 'desde' || (startsLower(token.text) && /s$/.test(token.key) && GROUP_NOUNS.has(token.key)));
}

/** Demonstratives by which an article names its own outlet ("a este diario", "a este medio", "this newspaper"), folded. */
const OWN_OUTLET_DEMONSTRATIVES: ReadonlySet<string> = new Set(['este', 'esta', 'this']);

/** Prepositions of a manner phrase of one bare noun ("con claridad", "sin rodeos", "con dureza"), folded. */
const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['con', 'sin']);

/**
 * Just past a manner phrase at `from` before an inverted subject ("Lo dijo con claridad el presidente…", "advirtió sin
 * rodeos la ministra"): "con"/"sin" and one lower-case word that is no determiner, followed by an article or a capital.
 * `from` when there is none.
 */
function mannerEnd(tokens: Token[], from: number): number {
  const [preposition, noun, next] = [tokens[from], tokens[from + 1], tokens[from + 2]];
  if (!MANNER_PREPOSITIONS.has(preposition?.key ?? '') || noun?.kind !== 'word' || !startsLower(noun.text) || DETERMINERS.has(noun.key) || isSpeechVerbToken(noun)) return from;
  return next?.kind === 'word' && (DETERMINERS.has(next.key) || /^\p{Lu}/u.test(next.text)) ? from + 2 : from;
}

/** Adjectives after a subject's name run to the clause's end ("el Banco Central nicaragüense."): `to` when they do, else `end`. */
const MAX_TRAILING_ADJECTIVES = 2;

function trailingAdjectivesEnd(tokens: Token[], end: number, to: number): number {
  const rest = tokens.slice(end, to);
  const adjectives = rest.length <= MAX_TRAILING_ADJECTIVES && rest.every((token) => /^\p{Ll}/u.test(token.text) && !CLAUSE_WORDS.has(token.key) && !NAME_PREPOSITIONS.has(token.key));
  return adjectives && (to >= tokens.length || tokens[to]!.kind === 'punct') ? to : end;
}

function nextBoundary(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.kind === 'word') i++;
  return i;
}

/**
 * A source marker citing a document rather than a speaker: "según datos del Banco Central" and "according to data
 * from X" cite X; "the grid operator’s 2019 assessment" cites its possessor; "según el informe", "de acuerdo con
 * la información" cite the document the article has been reporting from: whom the sentences before quoted
 * (`quotedBefore`), else whom the sentence before named as making a document ("publicó su informe").
 */
function documentSource(context: ArticleContext, sentence: Sentence, markerLast: number, previous: Previous | undefined): { subject: Attribution; to: number } | undefined {
  const { tokens } = sentence;
  const from = markerLast + 1;
  const authored = authoredSource(context, sentence, from, previous);
  if (authored) return authored;
  let noun = from;
  // A statement or letter is a document too ("según el comunicado militar", "según su carta"); so is a body's web page
  // after a source marker ("according to the CDC's web page"; elsewhere "Page" is as often a name).
  const documentNoun = (token: Token | undefined) => token !== undefined && (DOCUMENT_NOUNS.has(token.key) || CHANNEL_NOUNS.has(token.key) || PAGE_NOUNS.has(token.key));
  while (noun < tokens.length && tokens[noun]!.kind === 'word' && !documentNoun(tokens[noun]) && noun - from < MAX_DOCUMENT_WORDS) noun++;
  if (!documentNoun(tokens[noun]) || !/^\p{Ll}/u.test(tokens[noun]!.text)) return undefined;
  const end = nextBoundary(tokens, noun + 1);
  const between = tokens.slice(from, noun);
  const possessor = between.findIndex((token) => /['’]s$/.test(token.text));
  if (possessor >= 0) {
    const reading = readPhrase(sentence, context.text, from, from + possessor + 1) ?? possessiveName(sentence, context.text, from, from + possessor + 1);
    if (reading && reading.kind !== 'pronoun') return { subject: attributionOf(context, reading, previous, sentence.start), to: end };
    // "the grid operator’s": a role the article gave someone, else the role as written.
    if (!DEFINITE_SINGULAR.has(tokens[from]!.key) || !between.slice(1, possessor + 1).every((token) => /^\p{Ll}/u.test(token.text))) return undefined;
    const role = context.text.slice(tokens[from + 1]!.start, tokens[from + possessor]!.end).replace(/['’]s$/, '');
    return { subject: resolveRole(context, role, sentence.start, antecedent(context, previous), true), to: end };
  }
  // Only an article and adjectives before the noun: a document of whom the article was quoting.
  if (between.some((token) => !DETERMINERS.has(token.key) && !/^\p{Ll}/u.test(token.text))) return undefined;
  const ownerAt = documentModifiersEnd(tokens, noun + 1);
  const owner = tokens[ownerAt];
  // "a report by the WHO": the agent of a document is its maker, as its owner is.
  if (owner && (NAME_PREPOSITIONS.has(owner.key) || owner.key === 'from' || AGENT_PREPOSITIONS.has(owner.key))) {
    const ownerFrom = NAME_ARTICLES.has(tokens[ownerAt + 1]?.key ?? '') ? ownerAt + 2 : ownerAt + 1;
    const name = nameEnd(tokens, ownerFrom);
    if (name === ownerFrom) return undefined;
    // Read with its article: "el Servicio Meteorológico" is a name, where "Servicio Meteorológico" alone may read as a title.
    const reading = readPhrase(sentence, context.text, ownerAt + 1, name);
    return reading?.kind === 'name' ? { subject: attributionOf(context, reading, previous, sentence.start), to: name } : undefined;
  }
  if (!DEFINITE_SINGULAR.has(tokens[from]?.key ?? '') && !OWNER_POSSESSIVES.has(tokens[from]?.key ?? '')) {
    // "according to government data", "según cifras oficiales": data no one named gathered is where a figure comes from,
    // nobody's words (DATA_NOUNS); the source marker still marks the clause as reported, so it is not read as narration.
    return DATA_NOUNS.has(tokens[noun]!.key) ? { subject: { speaker: null, medium: null }, to: end } : undefined;
  }
  // "El Banco Central publicó su informe anual. …, según el informe.": the narration named the document's maker.
  const madeBefore = previous?.sentence.tokens.some(documentNoun) ? antecedent(context, previous) : undefined;
  // "…, according to its annual report": "its" owns a body's document (their, a group's or a body's), never a person's;
  // with no such owner quoted before, the document is a thing's the sentence names, and nobody's words.
  const possessive = tokens[from]!.key;
  const owns = (attribution: Attribution | undefined) => (possessive === 'its' ? asOrganisation(context, attribution) : possessive === 'their' ? asGroup(attribution) ?? asOrganisation(context, attribution) : attribution);
  const cited = owns(quotedBefore(previous)) ?? owns(madeBefore?.speaker || madeBefore?.medium ? madeBefore : undefined);
  if (cited) return { subject: cited, to: end };
  if (possessive === 'its' || possessive === 'their') return { subject: NOBODY, to: end };
  // "Según el informe, …", "according to the complaint": with no maker the article names, the document is the source as
  // written (the way the press cites it), never nobody's words.
  // The owner the article gave the document earlier ("el informe del Buró Político … Según el informe,") is its maker.
  if (!DEFINITE_SINGULAR.has(tokens[from]?.key ?? '') || noun !== from + 1) return undefined;
  return { subject: ownerWrittenBefore(context, tokens[noun]!.key, sentence.start) ?? { speaker: capitalise(tokens[noun]!.text), medium: null }, to: end };
}

/** Nouns for a web page, a document only after a source marker and in lower case (folded). */
const PAGE_NOUNS: ReadonlySet<string> = new Set(['page', 'website', 'webpage', 'pagina', 'sitio']);

/** Words a document noun may have before whose it is ("el informe anual preliminar del 2021 de…"). */
const MAX_DOCUMENT_MODIFIERS = 4;

/**
 * Just past the adjectives and the year that may follow a document noun at `from` before its owner ("el informe anual
 * de X", "el informe del 2021 de X", "the annual report of X"): lower-case words that are no function word, and "de"/"of"
 * with a year.
 */
function documentModifiersEnd(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && i - from < MAX_DOCUMENT_MODIFIERS) {
    const token = tokens[i]!;
    if (NAME_PREPOSITIONS.has(token.key) && /^\d{4}$/u.test(tokens[i + 1]?.text ?? '')) i += 2;
    else if (token.kind === 'word' && /^\p{Ll}/u.test(token.text) && token.verb === undefined && ![DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, NAME_ARTICLES, CLAUSE_WORDS, COORDINATORS, RELATIVES, SKIPPABLE].some((words) => words.has(token.key))) i++;
    else break;
  }
  return i;
}

/**
 * Whom the article was quoting before this sentence: the speaker of the previous sentence's last statement, else the last
 * speaker credited within FOCUS_REACH paragraphs. Not a subject the narration named without a document ("Este juicio
 * comprende a los acusados X, Y…", "…se abordó la Estrategia Económica-Social"): a document cited next is not theirs.
 */
function quotedBefore(previous: Previous | undefined): Attribution | undefined {
  const spoke = previous?.drafts.at(-1)?.attribution;
  if (spoke?.speaker || spoke?.medium) return spoke;
  const quoted = previous?.quoted;
  return quoted && previous!.sentence.paragraph - quoted.paragraph <= FOCUS_REACH && (quoted.attribution.speaker || quoted.attribution.medium) ? quoted.attribution : undefined;
}

/** A past participle that says who made a thing: "presentado", "elaborada", "publicados", "prepared", "drawn up". */
const AUTHORING_PARTICIPLE = /^\p{Ll}+(?:ad[oa]s?|id[oa]s?|ed)$/u;
const AGENT_PREPOSITIONS = new Set(['por', 'by']);

/**
 * A source marker citing a thing someone made ("según el calendario presentado por el equipo de gobierno",
 * "according to a plan drawn up by the ministry") cites its maker; a document named by a number or a name
 * ("según el informe 12340") cites nobody the article quoted before. Never the speaker of the sentences before:
 * the sentence names its own source. Undefined when `from` opens no such phrase (the caller reads it otherwise).
 */
function authoredSource(context: ArticleContext, sentence: Sentence, from: number, previous: Previous | undefined): { subject: Attribution; to: number } | undefined {
  const { tokens } = sentence;
  if (!DETERMINERS.has(tokens[from]?.key ?? '')) return undefined;
  let next = from + 1;
  // The word right after the article is the noun, even where it ends as a participle does ("un comunicado difundido por…").
  while (next < tokens.length && next - from <= MAX_DOCUMENT_WORDS && tokens[next]!.kind === 'word' && /^\p{Ll}/u.test(tokens[next]!.text) && (next === from + 1 || !AUTHORING_PARTICIPLE.test(tokens[next]!.text))) next++;
  const head = tokens[next - 1];
  // A person or a group is a speaker, not a thing made ("según el timonel", "según los expertos consultados por…").
  if (next === from + 1 || !head || isTitleNoun(head.key) || isTitlePlural(head.key) || GROUP_NOUNS.has(head.key) || SINGULAR_PERSON_NOUNS.has(head.key)) return undefined;
  const after = tokens[next];
  if (after && AUTHORING_PARTICIPLE.test(after.text) && AGENT_PREPOSITIONS.has(tokens[next + 1]?.key ?? '')) {
    const agentFrom = next + 2;
    const agentTo = nextBoundary(tokens, agentFrom);
    const agentEnd = timePhraseStart(tokens, agentFrom, agentTo);
    const reading = agentEnd > agentFrom ? readPhrase(sentence, context.text, agentFrom, agentEnd) : undefined;
    return { subject: reading ? attributionOf(context, reading, previous, sentence.start) : NOBODY, to: agentTo };
  }
  const named = after?.kind === 'word' && (/^\p{N}/u.test(after.text) || /^\p{Lu}/u.test(after.text));
  return named && (DOCUMENT_NOUNS.has(head.key) || CHANNEL_NOUNS.has(head.key)) ? { subject: NOBODY, to: nextBoundary(tokens, next) } : undefined;
}

const NOBODY: Attribution = { speaker: null, medium: null };

/** Words that make the time word after them a time phrase ("late Friday", "early Thursday"), folded. */
const TIME_QUALIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'earlier']);

/**
 * Where a time phrase that runs to `to` opens in [from, to) ("released by the State Department late Friday",
 * "difundido por la Cámara el viernes"): the first token from which only time words and adverbs (SKIPPABLE) follow;
 * `to` when there is none. "on" opening a name's own words ("Council on Foreign Relations") is no time phrase, as a
 * capitalised word that no time word is follows it.
 */
function timePhraseStart(tokens: Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const time = TIME_QUALIFIERS.has(tokens[i]!.key) ? i + 1 : i;
    if (time < to && skipAdverbs(tokens, time) >= to) return i;
  }
  return to;
}

/**
 * A proper name ending in the English possessive over [from, to), after an article or none ("the WHO’s", "Ireland’s",
 * "the Health Ministry’s"): the owner of the document it precedes, read as that name without "’s". readPhrase reads no
 * possessive name as a speaker; undefined when the words are no single name.
 */
function possessiveName(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  const start = DETERMINERS.has(tokens[from]?.key ?? '') ? from + 1 : from;
  if (start >= to || nameEnd(tokens, start) !== to || !/['’]s$/u.test(tokens[to - 1]!.text)) return undefined;
  return { kind: 'name', name: text.slice(tokens[start]!.start, tokens[to - 1]!.end).replace(/['’]s$/u, ''), title: null, mediumTitle: false };
}

/** Possessives that make a document that of whom the article was quoting ("según su informe", "according to its report"). */
const OWNER_POSSESSIVES = new Set(['su', 'sus', 'its', 'their', 'his', 'her']);

/** Words a source marker may have before its document noun ("the grid operator’s 2019 resource assessment"). */
const MAX_DOCUMENT_WORDS = 5;

/** Prepositions of where or through what words were said: "en X", "en Bruselas", "in a statement", "on Facebook". */
const WHERE_PREPOSITIONS = new Set(['en', 'desde', 'mediante', 'in', 'on', 'via', 'through']);

/** Nouns for a conversation given to a medium or a journalist, named after "con"/"with" ("en diálogo con Radio Agricultura"), folded. */
const CONVERSATION_NOUNS: ReadonlySet<string> = new Set(['dialogo', 'conversacion', 'charla', 'entrevista', 'conversation', 'interview']);

/**
 * Just past whom a conversation was held with, from `from` (after "con"): a name ("Radio Agricultura"), or an article,
 * lower-case nouns and the name after a medium noun ("el diario El Tiempo", "la emisora local"). `from` when none is read.
 */
function conversationPartnerEnd(tokens: Token[], from: number): number {
  const named = nameEnd(tokens, from);
  if (named > from) return named;
  if (!DETERMINERS.has(tokens[from]?.key ?? '')) return from;
  let i = from + 1;
  while (i < tokens.length && tokens[i]!.kind === 'word' && startsLower(tokens[i]!.text) && !DETERMINERS.has(tokens[i]!.key) && !PHRASE_PREPOSITIONS.has(tokens[i]!.key) && !CLAUSE_WORDS.has(tokens[i]!.key) && i - from <= MAX_INDIRECT_OBJECT_WORDS) i++;
  return i > from + 1 && MEDIUM_NOUNS.has(tokens[i - 1]!.key) ? nameEnd(tokens, i) : i;
}

/**
 * Just past a phrase at `from` that says where or through what the words were said, when an inverted subject (an
 * article or a capitalised word) follows it: a name ("en X", "en Bruselas") or a channel noun with its complement
 * ("en un comunicado", "en su cuenta de X", "in a statement"). Undefined otherwise.
 */
function whereSaidEnd(tokens: Token[], at: number): number | undefined {
  // "a través de un comunicado", "por medio de su cuenta de X": a preposition of three words, read as "mediante".
  const compound = COMPOUND_CHANNEL_PREPOSITIONS.find((words) => words.every((word, k) => tokens[at + k]?.key === word));
  const from = compound ? at + compound.length - 1 : at;
  if (!compound && !WHERE_PREPOSITIONS.has(tokens[from]?.key ?? '')) return undefined;
  let end = nameEnd(tokens, from + 1);
  if (end === from + 1) {
    let noun = from + 1;
    while (DETERMINERS.has(tokens[noun]?.key ?? '')) noun++;
    const conversation = CONVERSATION_NOUNS.has(tokens[noun]?.key ?? '');
    // "escribió en su cuenta de X el exgobernador…": an account is where, and the service after "de" is no subject.
    if (!CHANNEL_NOUNS.has(tokens[noun]?.key ?? '') && !ACCOUNT_NOUNS.has(tokens[noun]?.key ?? '') && !conversation) return undefined;
    end = noun + 1;
    if (NAME_PREPOSITIONS.has(tokens[end]?.key ?? '') && tokens[end + 1]?.kind === 'word') end = Math.max(nameEnd(tokens, end + 1), end + 2);
    // "en diálogo con Radio Agricultura", "en entrevista con el diario El Tiempo": whom the conversation was with.
    else if (conversation && ['con', 'with'].includes(tokens[end]?.key ?? '')) end = conversationPartnerEnd(tokens, end + 1);
  }
  const next = tokens[end];
  return next?.kind === 'word' && (DETERMINERS.has(next.key) || /^\p{Lu}/u.test(next.text)) ? end : undefined;
}

/** Whether a noun phrase (an article or a capitalised word) follows the verb, past adverbs: an inverted subject we failed to read. */
function subjectFollows(tokens: Token[], verbLast: number): boolean {
  const first = skipAdverbs(tokens, verbLast + 1);
  const after = skipAdverbs(tokens, whereSaidEnd(tokens, first) ?? first);
  // "dijo a El Faro", "aseguró a la prensa": whom it was said to, and no subject after it.
  if (['a', 'al'].includes(tokens[after]?.key ?? '') && !TELLING.has(tokens[verbLast]!.key)) {
    const object = indirectObjectEnd(tokens, after);
    return object !== undefined && subjectFollows(tokens, object - 1);
  }
  const next = tokens[after];
  return next?.kind === 'word' && (DETERMINERS.has(next.key) || /^\p{Lu}/u.test(next.text));
}

/**
 * Whether a quotation of the sentence names this speaker, by a capitalised word of their name of three letters or more
 * ("Loreto" or "Aravena" for Loreto Aravena): the words speak of them in the third person.
 */
function quotedAbout(sentence: Sentence, attribution: Attribution | undefined): boolean {
  const words = (attribution?.speaker ?? '').split(/\s+/).filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word));
  if (words.length === 0) return false;
  return sentence.tokens.some((token) => {
    if (token.kind !== 'quote') return false;
    const quoted = new Set(token.text.match(/\p{L}+/gu));
    return words.some((word) => quoted.has(word));
  });
}

/**
 * Whether a Spanish verb of saying follows a complement fronted before it, with no comma and no capitalised word after
 * the sentence's first ("De primer orden calificó X el diseño", "Como un error definió la ministra…", "En la reunión
 * afirmó el director que…"): the words before the verb are a prepositional phrase, not its subject, which follows it.
 */
function frontedComplement(tokens: Token[], found: { first: number; verb: VerbUse['verb'] }): boolean {
  if (found.verb === 'source' || found.verb.english || found.first < 2) return false;
  const opener = tokens[0]!.key;
  if (!PHRASE_PREPOSITIONS.has(opener) && !NAME_PREPOSITIONS.has(opener) && opener !== 'como') return false;
  return tokens.slice(1, found.first).every((token) => token.kind === 'word' && startsLower(token.text) && token.verb === undefined);
}

/** Object pronouns of one person and of a group, folded: whom "quoted him as saying" credits. */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const PLURAL_OBJECT_PRONOUNS = new Set(['them']);

/** Words "quoted" may have before "as saying" (the person quoted: "quoted Deputy Minister Ana Ruiz as saying"). */
const MAX_QUOTED_OBJECT_WORDS = 6;

/**
 * Whom the wire formula "X quoted Y as saying" (English news agencies' way of relaying another medium's quotation:
 * "…,” the Australian Broadcasting Corporation quoted him as saying") credits: Y, the object of "quoted", with X as the
 * channel when X is a medium, where X starts and the index of "quoted" (the formula's clause). `gerund` is the index of "saying"; undefined when "quoted <object>
 * as" does not precede it.
 */
function quotedAsSaying(context: ArticleContext, sentence: Sentence, gerund: number, previous: Previous | undefined): { subject: Attribution; from: number; quoting: number } | undefined {
  const { tokens } = sentence;
  if (tokens[gerund - 1]?.key !== 'as') return undefined;
  let verb = gerund - 2;
  while (verb > 0 && gerund - 2 - verb < MAX_QUOTED_OBJECT_WORDS && tokens[verb]!.kind === 'word' && tokens[verb]!.key !== 'quoted') verb--;
  if (tokens[verb]?.key !== 'quoted' || verb === gerund - 2) return undefined;
  const object = tokens.slice(verb + 1, gerund - 1);
  const [first] = object;
  const quoted = object.length === 1 && OBJECT_PRONOUNS.has(first!.key) ? personAntecedent(context, previous)
    : object.length === 1 && PLURAL_OBJECT_PRONOUNS.has(first!.key) ? pluralAntecedent(context, previous)
    : (() => {
        const reading = readPhrase(sentence, context.text, verb + 1, gerund - 1);
        return reading && reading.kind !== 'pronoun' ? attributionOf(context, reading, previous, sentence.start) : undefined;
      })();
  if (!quoted?.speaker) return undefined;
  const teller = phraseEndingAt(context, sentence, verb);
  const channel = teller ? attributionOf(context, teller.reading, previous, sentence.start) : undefined;
  return { subject: { speaker: quoted.speaker, medium: channel?.medium ?? null }, from: teller?.from ?? verb, quoting: verb };
}

/** Words the subject of an absolute "with" clause may have before its gerund ("with the Indonesian government saying"). */
const MAX_ABSOLUTE_SUBJECT_WORDS = 5;

/**
 * The subject of a gerund in an absolute clause opened by "with"/"con" ("…, with Israel saying Hamas built it", "con el
 * Gobierno asegurando que…"): the noun phrase between them, not the main clause's subject. Undefined when no "with"
 * opens the words right before the gerund, or they read as no speaker.
 */
function absoluteSubject(context: ArticleContext, sentence: Sentence, gerund: number, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  let from = gerund;
  while (from > 0 && gerund - from < MAX_ABSOLUTE_SUBJECT_WORDS && tokens[from - 1]!.kind === 'word' && !ABSOLUTE_OPENERS.has(tokens[from - 1]!.key) && !isSpeechVerbToken(tokens[from - 1])) from--;
  if (from === gerund || !ABSOLUTE_OPENERS.has(tokens[from - 1]?.key ?? '')) return undefined;
  const reading = readPhrase(sentence, context.text, from, gerund);
  return reading ? attributionOf(context, reading, previous, sentence.start) : undefined;
}

/** Prepositions that open an absolute clause with its own subject and a gerund ("with X saying", "con X diciendo"). */
const ABSOLUTE_OPENERS: ReadonlySet<string> = new Set(['with', 'con']);

/**
 * The subject of a gerund right after a noun's complement naming a person ("tras la expresión de José Luis Dalmau
 * catalogando de «asesinas» a…", "the remarks of Mayor Ana Ruiz calling the strike…"): Spanish and English read such a
 * gerund as said of that person, not of the sentence's subject. Undefined when no "de"/"of" + name or title ends there.
 */
function adnominalGerundSubject(context: ArticleContext, sentence: Sentence, gerund: number, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const span = nameSpans(sentence, context.text).find((candidate) => candidate.to === gerund);
  if (!span) return undefined;
  let start = span.from;
  // Back over the rest of the name and a title before it ("de José Luis Dalmau", "del alcalde Juan Mora").
  while (start > 0 && tokens[start - 1]!.kind === 'word' && (/^\p{Lu}/u.test(tokens[start - 1]!.text) || isTitleNoun(tokens[start - 1]!.key))) start--;
  const noun = tokens[start - 2];
  if (!NAME_PREPOSITIONS.has(tokens[start - 1]?.key ?? '') || noun?.kind !== 'word' || !/^\p{Ll}/u.test(noun.text) || DETERMINERS.has(noun.key) || isTitleNoun(noun.key)) return undefined;
  // A name alone is the whole run: "de José Luis Dalmau" is no "usuario de Twitter Kevin Sánchez" (personStart).
  const run = tokens.slice(start, gerund).every((token) => /^\p{Lu}/u.test(token.text));
  const name = context.text.slice(tokens[start]!.start, tokens[gerund - 1]!.end);
  const reading = run ? ({ kind: 'name', name, title: null, mediumTitle: false } as const) : readPhrase(sentence, context.text, start, gerund);
  return reading?.kind === 'name' ? attributionOf(context, reading, previous, sentence.start) : undefined;
}

/** Verbs of replying, folded ("respondió", "contestó", "replicó", "replied", "responded", "answered"). */
const REPLYING = /^(?:respond|contest|replic|repli|respon|answer)/u;

/** Who asked the question the sentence before reports (its last statement's speaker), if it has a question verb. */
function asker(previous: Previous | undefined): string | null | undefined {
  return previous?.sentence.tokens.some((token) => token.verb?.frame === 'question') ? previous.drafts.at(-1)?.attribution?.speaker : undefined;
}

/**
 * Whom the sentence before asked, by name right after its question verb ("a reporter asked Montoya-Lewis, “…?”", "le
 * preguntó a Ana Ruiz si…"): the one a reply after it ("she replied", "respondió") is credited to. Undefined otherwise.
 */
function questionAddressee(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  const { tokens } = previous.sentence;
  const verb = tokens.findIndex((token) => token.verb?.frame === 'question' && /^\p{Ll}/u.test(token.text));
  if (verb < 0) return undefined;
  const from = ['a', 'al'].includes(tokens[verb + 1]?.key ?? '') ? verb + 2 : verb + 1;
  const span = nameSpans(previous.sentence, context.text).find((candidate) => candidate.from === from || (candidate.from > from && tokens.slice(from, candidate.from).every((token) => isTitleNoun(token.key) || DETERMINERS.has(token.key))));
  const name = span && context.cast.resolveName(span.text, previous.sentence.start);
  return name ? { speaker: name, medium: null } : undefined;
}

/** Adversatives that may open a sentence before a verb whose subject Spanish leaves out ("Pero aclaró que…"); other languages' are read as "pero" (tokens.ts). */
const ADVERSATIVES: ReadonlySet<string> = new Set(['pero']);

/** Words before a Spanish verb inserted between commas with its subject left out ("La reforma, enfatizó, requiere…"). */
const MAX_COMMA_INCISO_LEAD_WORDS = 6;

/**
 * Whether a Spanish verb group stands alone between commas after the sentence's first few words, with words after it
 * ("La reforma, enfatizó, requiere ser más democrática"): an inserted verb whose subject Spanish leaves out, as after a
 * quotation. English writes the pronoun ("The ruling, she said, was…").
 */
function commaInciso(tokens: Token[], found: { first: number; last: number; verb: VerbUse['verb'] }): boolean {
  if (found.verb === 'source' || found.verb.english || !isPunct(tokens[found.first - 1], ',') || !isPunct(tokens[found.last + 1], ',')) return false;
  const lead = tokens.slice(0, found.first - 1);
  // What follows may be a quotation alone ("El decreto, dijo, «no resuelve nada»").
  return lead.length > 0 && lead.length <= MAX_COMMA_INCISO_LEAD_WORDS && lead.every((token) => token.kind === 'word') && tokens.slice(found.last + 2).some((token) => token.kind === 'word' || token.kind === 'quote');
}

/**
 * The subject of the verb of saying before a comma at `first - 1` when that comma closes the clause the verb reports
 * ("explicó que habrá más médicos, aseguró que…", "said the bridge would open, warned that…"): the last verb of the
 * sentence before `first`, not a source marker, naming a speaker, with a "que"/"that" or words of its clause after it
 * and no other stop (";", ":") or verb between. Undefined otherwise.
 */
function listedVerbSubject(tokens: Token[], earlier: VerbUse[], first: number): Attribution | undefined {
  const last = earlier.at(-1);
  if (!isPunct(tokens[first - 1], ',') || !last || last.verb === 'source' || last.inverted || !last.subject?.speaker) return undefined;
  const between = tokens.slice(last.last + 1, first - 1);
  if (between.length === 0 || between.some((token) => isPunct(token, ';:'))) return undefined;
  // The clause runs on from its verb: a "que"/"that" opens it, or (English) the verb's words run on to the comma.
  const opened = between.some((token) => COMPLEMENTISERS.has(token.key)) || (last.verb.english && between[0]?.kind === 'word');
  return opened && tokens[first - 2]?.kind !== 'punct' ? last.subject : undefined;
}

/** The conditional of "haber" in a perfect reportive ("habría dicho"): the narration passes on what it only heard of. Folded. */
const HEARSAY_CONDITIONALS: ReadonlySet<string> = new Set(['habria', 'habrian']);

/**
 * Whom the sentence before `previous` ends recounting: the subject opening the clause after its last colon or after a
 * verb of saying's "que" ("Villarroel recordó una anécdota: el maestro se negó a subir…", "Rosa contó que su padre
 * nunca quiso…"), when it names someone other than the speaker in focus. Undefined otherwise.
 */
function recountedSubject(context: ArticleContext, previous: Previous | undefined): Attribution | undefined {
  if (!previous) return undefined;
  const { sentence } = previous;
  const { tokens } = sentence;
  for (let i = tokens.length - 2; i > 0; i--) {
    if (!isPunct(tokens[i], ':') && !(COMPLEMENTISERS.has(tokens[i]!.key) && isSpeechVerbToken(tokens[i - 1]))) continue;
    const to = nextBoundary(tokens, i + 1);
    const subject = to > i + 1 ? openingSubject(context, sentence, previous, { from: i + 1, to }) : undefined;
    return subject?.speaker && subject.speaker !== antecedent(context, previous)?.speaker ? subject : undefined;
  }
  return undefined;
}

/** The cue verbs of a sentence, each with its subject resolved (undefined when the grammar leaves it uncertain). */
export function resolveVerbs(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): VerbUse[] {
  const { tokens } = sentence;
  const uses: VerbUse[] = [];
  for (const found of findVerbs(sentence)) {
    const before = tokens[found.first - 1];
    const base = { ...found, inverted: false, relative: false };
    // "“…,” the ABC quoted him as saying": whom "quoted" takes as its object spoke; its subject only relays.
    const relayed = quotedAsSaying(context, sentence, found.first, previous);
    if (relayed) {
      // "quoted", read as a verb of its own, would credit the medium: the formula is one attribution.
      const quoting = uses.findIndex((use) => use.first === relayed.quoting);
      if (quoting >= 0) uses.splice(quoting, 1);
      uses.push({ ...base, subject: relayed.subject, subjectFrom: relayed.from, subjectTo: relayed.quoting });
      continue;
    }
    const gerund = isLoneGerund(tokens, found);
    // "“JOH” contestó…": a quoted name right before the verb is its subject, not a quotation it attributes.
    // "«…», así lo aseguró X": an adverb between the quotation's comma and the verb.
    const pointingBack = before?.key === 'asi' && isPunct(tokens[found.first - 2], ',') && tokens[found.first - 3]?.kind === 'quote';
    const afterQuote = (before?.kind === 'quote' && !quotedName(context, sentence, found.first - 1)) || (isPunct(before, SETTING_OFF) && tokens[found.first - 2]?.kind === 'quote') || pointingBack;
    // "Así lo explicó la portavoz…:", "Luego dijo el ministro…": only adverbs before the verb, whose subject may follow it.
    // "En un comunicado añadió: «…»", "Por la tarde escribió": an opening adjunct with no comma leaves the subject out or after the verb.
    const adjunct = found.verb !== 'source' && !spanishPlural(tokens, found) && bareOpeningAdjunct(context, sentence, skipBackOverAdverbs(tokens, found.first));
    const opensClause = !before || isPunct(before, ',:;') || afterQuote || (found.first > 0 && skipAdverbs(tokens, 0) >= found.first) || adjunct;
    const inverted = () => {
      // "…, Linda Hart, told The Times": what follows "told" is whom it was told, never its subject.
      if (TELLING.has(tokens[found.last]!.key)) return undefined;
      const after = subjectAfter(context, sentence, found.last, previous, found.verb === 'source');
      return after && { ...base, subject: after.subject, subjectFrom: after.from, subjectTo: after.to, inverted: true };
    };
    const preverbal = () => (adjunct ? { ...base, subject: undefined, subjectFrom: found.first, subjectTo: found.first } : { ...base, ...subjectBefore(context, sentence, found.first, uses, previous) });
    // "La reforma —dijo Ríos— estará lista", "Nada —agregó— puede…": the dashes hold the verb and its subject, if any.
    const inciso = found.verb === 'source' ? undefined : unquotedInciso(tokens, found);
    if (inciso) {
      const own = inciso.opening < found.first - 1 ? preverbal() : inverted();
      const inside = own && own.subjectFrom > inciso.opening && own.subjectTo <= inciso.closing;
      uses.push(inside ? own : { ...base, subject: undefined, subjectFrom: found.first, subjectTo: found.first });
    } else if (found.verb === 'source' && RELATIVE_SOURCES.has(tokens[found.last]!.key)) {
      // "el Instituto Nacional de Estadística, según el cual…": the relative's antecedent, before the comma.
      const antecedentEnd = isPunct(before, ',') ? found.first - 1 : found.first;
      const reading = nearestPhraseEndingAt(context, sentence, antecedentEnd);
      uses.push({ ...base, subject: reading && attributionOf(context, reading.reading, previous, sentence.start), subjectFrom: found.last + 1, subjectTo: found.last + 1, inverted: true });
      continue;
    } else if (found.verb === 'source' && isOwnViewpoint(tokens, found.first)) {
      // "…porque, a su juicio, «…»": the view of the sentence's own subject; opening the sentence, of whom it was quoting.
      const own = found.first > 0 ? leadingSubject(context, sentence, previous, found.first) : undefined;
      uses.push({ ...base, subject: asPerson(own?.speaker ? own : antecedent(context, previous)), subjectFrom: found.last + 1, subjectTo: found.last + 1, inverted: true });
      continue;
    } else if (found.verb === 'source') {
      const document = documentSource(context, sentence, found.last, previous);
      uses.push(document ? { ...base, subject: document.subject, subjectFrom: found.last + 1, subjectTo: document.to, inverted: true } : inverted() ?? preverbal());
    } else if (IMPERSONAL_QUOTING.has(tokens[found.last]!.key) || (!gerund && (afterQuote || !before))) {
      uses.push(inverted() ?? preverbal());
    } else if (gerund) {
      // ", saying …", "respondió diciendo: …", "responded by saying": the subject of the verb before it, else the sentence's.
      // A gerund opening the sentence ("Agregando que…") continues whom the sentence before it quoted; after narrative
      // ("Mary Lane had a hard week. Saying that…") it is a fragment of the narrator's.
      const governing = uses.filter((use) => use.verb !== 'source' && use.subject).at(-1)?.subject;
      const subject = absoluteSubject(context, sentence, found.first, previous) ?? adnominalGerundSubject(context, sentence, found.first, previous) ?? governing ?? leadingSubject(context, sentence, previous) ?? (found.first === 0 ? previous?.drafts.at(-1)?.attribution : undefined);
      uses.push({ ...base, subject, subjectFrom: found.first, subjectTo: found.first });
    } else {
      // ", dijo KCNA" after a clause; "Jorge Benítez, acusó a …" after an apposition; ", said Department of
      // Correction spokesman Jason Kersten." closes the sentence with its subject, whatever came before.
      const fronted = frontedComplement(tokens, found);
      const after = (opensClause || fronted) && !announcesIndefinite(tokens, found.last) ? inverted() : undefined;
      // "De primer orden calificó X - jefe de… - el diseño": after a fronted complement the Spanish subject follows the verb.
      if (fronted && after?.subject?.speaker) {
        uses.push(after);
        continue;
      }
      const closing = after !== undefined && (after.subjectTo >= tokens.length || isPunct(tokens[after.subjectTo], '.;'));
      // "El ministro de Salud, Fernando Ruiz, explicó la situación el lunes.": a name in apposition before the verb
      // outranks an object after it that names nobody.
      // "The UN envoy, Maria Lopez, said the two sides remained apart.": a name set off right before the verb is its subject;
      // what follows, read as an inverted subject, is no name ("the two sides…", a role the focus would otherwise fill).
      const appositionName = isPunct(before, ',') && isNameWord(tokens, found.first - 2) && readPhrase(sentence, context.text, after?.subjectFrom ?? 0, after?.subjectTo ?? 0)?.kind !== 'name';
      const named = closing && ((!after.subject?.speaker && !after.subject?.medium) || appositionName) ? preverbal() : undefined;
      const use = named?.subject?.speaker ? named : closing ? after : preverbal();
      uses.push(use.subject || !opensClause ? use : after ?? use);
    }
    const use = uses.at(-1)!;
    // "The chancellor, Jeremy Hunt, said…, but he acknowledged…": a pronoun refers first to a subject earlier in its sentence.
    const pronoun = use.subjectTo > use.subjectFrom ? readPhrase(sentence, context.text, use.subjectFrom, use.subjectTo) : undefined;
    // "a reporter asked Montoya-Lewis, “…?” ¶ “…,” she replied.": a reply's pronoun is the one asked.
    const addressee = pronoun?.kind === 'pronoun' && !pronoun.plural && REPLYING.test(tokens[found.last]!.key) ? questionAddressee(context, previous) : undefined;
    const described = pronoun?.kind === 'pronoun' && !pronoun.plural && opensRelative(tokens, use.subjectFrom) ? nearestPerson(context, sentence, use.subjectFrom) : undefined;
    if (addressee) use.subject = addressee;
    else if (described) use.subject = described;
    else if (pronoun?.kind === 'pronoun') {
      const earlier = uses.slice(0, -1).filter((other) => other.verb !== 'source').map((other) => (pronoun.plural ? asGroup(other.subject) : pronoun.organisation ? asOrganisation(context, other.subject) : asPerson(other.subject)));
      use.subject = earlier.filter((subject) => subject !== undefined).at(-1) ?? use.subject;
    }
    // "Black voters, campaign organizers and volunteers said…": a coordination after a comma ends a list that the sentence
    // opened; its last members alone are not who spoke.
    if (!use.inverted && use.subject && endsList(tokens, use.subjectFrom, use.subjectTo)) use.subject = undefined;
    // "ni los diputados, ni el presidente, han mencionado que…": neither subject said it. "Si el Gobierno dice que…", "If
    // the city says that…": a condition supposes the words, nobody said them.
    // "…,” implicitly acknowledging that…": the narrator's inference, nobody's words; "Please tell readers that…": a request.
    if ((!use.inverted && [use.subjectFrom - 1, use.subjectFrom].some((i) => NEITHER.has(tokens[i]?.key ?? ''))) || isSupposed(tokens, found.first) || (found.verb !== 'source' && isInferred(tokens, found.first, found.last)) || isImperative(context, sentence, use) || (use.verb !== 'source' && use.verb.english && !use.inverted && isHypothetical(tokens, found.first))) {
      uses.pop();
      continue;
    }
    // "explicó que habrá más médicos, aseguró que… y prometió que…": a verb right after the comma that ends the clause the
    // verb before reported is one more of that verb's subject's.
    // An inserted verb (", aclaró,") reports the words around it instead (commaInciso).
    if (!use.subject && !use.inverted && use.verb !== 'source' && !gerund && use.subjectFrom === use.first && !isPunct(tokens[found.last + 1], ',') && !subjectFollows(tokens, found.last)) {
      const listed = listedVerbSubject(tokens, uses.slice(0, -1), found.first);
      if (listed) use.subject = listed;
    }
    // "En el oficialismo aseguran…", "Quienes conocen el proceso dicen…": a group the sentence opens with, named as worded.
    if (!use.inverted && use.verb !== 'source') {
      const unread = !use.subject?.speaker && !use.subject?.medium;
      const opening = freeRelativeGroup(context, sentence, found.first) ?? (unread ? placedGroup(context, sentence, found.first, found.last) : undefined);
      if (opening) use.subject = opening;
    }
    // Spanish leaves the subject out ("“…”, aseguró." / "Añadió que…" / "Y agregó: …"): the sentence's own subject
    // when it opens with one before the quotation, else whom the previous sentences were about, unless the
    // verb is followed by a subject we could not read ("dijo un … ", "said Mr …"): then nobody.
    // "Y agregó…", "Asimismo, dijo…": a coordinator or a lone connector before the verb leaves the subject out too.
    // "Consultado sobre la deuda, respondió…", "En ese sentido, recalcó…": only adverbials and participles before the verb.
    const afterAdverbials = isPunct(before, ',') && clauseSegments(sentence)[0]?.from === found.first;
    // "También aseguró que…", "Luego dijo…": only adverbs, with no comma, before the verb.
    const afterAdverbs = found.first > 0 && skipAdverbs(tokens, 0) >= found.first;
    const opensSentence = !before || afterAdverbials || afterAdverbs || adjunct || (found.first === 1 && (COORDINATORS.has(before.key) || ADVERSATIVES.has(before.key))) || (found.first === 2 && isPunct(before, ',') && /^\p{Lu}/u.test(tokens[0]!.text));
    if (!use.subject && use.verb !== 'source' && !gerund && use.subjectFrom === use.first && (afterQuote || opensSentence || inciso || commaInciso(tokens, found)) && !subjectFollows(tokens, found.last)) {
      // "Pérez subrayó los debates, donde se comprobó —dijo— cómo…": an inciso's omitted subject is its sentence's, if it names one.
      const own = afterQuote || inciso ? leadingSubject(context, sentence, previous, inciso?.opening ?? found.first) : undefined;
      // "Advierten, además, que…": a Spanish plural verb leaves out a group, never the one person in focus.
      // "…: el maestro se negó a subir. «Sin el poncho no soy yo», le habría dicho al productor.": words the narration only
      // hears of are those of whom the sentence before recounted, not of its teller.
      const recounted = afterQuote && !own && tokens.slice(found.first, found.last + 1).some((token) => HEARSAY_CONDITIONALS.has(token.key)) ? recountedSubject(context, previous) : undefined;
      const left = own ?? recounted ?? (spanishPlural(tokens, found) ? leftOutPlural(context, previous) : antecedent(context, previous));
      // "Según el informe, … ¶ «Es un escándalo», dijo.": words said aloud are no document's, whatever it stated before.
      const spoken = afterQuote || tokens[found.last + 1]?.kind === 'quote' || (isPunct(tokens[found.last + 1], ':') && tokens[found.last + 2]?.kind === 'quote');
      const referred = spoken && left?.speaker && isDocumentSpeaker(left.speaker) ? personBeforeDocument(previous) : left;
      // "Aravena perdió la paciencia. “…Loreto llega indignada…”, descaseteó.": a quotation that speaks of someone by name
      // is not theirs; the speaker the article was quoting (within reach), if the quotation does not name them either.
      const quoted = previous?.quoted && sentence.paragraph - previous.quoted.paragraph <= FOCUS_REACH ? previous.quoted.attribution : undefined;
      use.subject = own || !quotedAbout(sentence, referred) ? referred : quoted && !quotedAbout(sentence, quoted) ? quoted : undefined;
      // "Un periodista le preguntó…. «…», respondió.": whoever replies is the one asked, when named, never who asked.
      if (!own && REPLYING.test(tokens[found.last]!.key)) use.subject = questionAddressee(context, previous) ?? (asker(previous) === use.subject?.speaker ? undefined : use.subject);
    }
  }
  return uses;
}
