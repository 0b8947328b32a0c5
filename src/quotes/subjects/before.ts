/**
 * The subject right before a cue verb (`subjectBefore`: "Kim dijo", "El líder norcoreano, Kim Jong Un, ha
 * afirmado", "Critics, including Senator Marsh, say"): read back over adverbs, brackets, asides and appositions to
 * the phrase that names the speaker, or to the clause before that shares the verb.
 */
import { isPunct, startsLower, type Sentence, type Token } from '../tokens.js';
import type { Segment } from '../cast.js';
import { readPhrase } from '../phrases.js';
import { isSpeechVerbToken } from '../cues.js';
import type { ArticleContext, Attribution, Previous, VerbUse } from '../reading.js';
import { asGroup, asPerson, isOrganisation } from '../reference.js';
import { ADVERBIAL_SUBORDINATORS, CLAUSE_BREAKERS, COMPLEMENTISERS, COORDINATORS, DETERMINERS, INDEFINITE_DETERMINERS, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, PRONOUNS, SKIPPABLE, SOURCE_MARKERS } from '../lexicon.js';
import { IDENTIFYING_COPULAS, clauseSegments, leadingSubject, openingSubject, opensWithAdjunct } from './opening.js';
import { PERSON_RELATIVES, anonymousBefore, clefted, describedName, isObjectRelative, relativeAntecedent, relativeClauseStart, restrictedBody, restrictiveRelativeBefore, skipBackOverRelativeAdjunct, unclosedRelativeSubject } from './relatives.js';
import { RELATIVES, isDescription, nearestPhraseEndingAt, phraseEndingAt, segmentBefore, segmentOverTitles, skipBackOverAdverbs, skipBackOverBrackets, withoutAside } from './phrase-end.js';
import { antecedent, attributionOf, pluralAntecedent, spanishPlural } from './antecedents.js';
import { subjectFollows } from './after.js';
import { placeRelativeAt, placeRelativeSubject } from './place-relatives.js';

/**
 * Words that open examples of a group set off by commas ("Critics, including Senator Joe Marsh, say", "Varios
 * alcaldes, como Ana Gil, advirtieron"): the group says it, the people named are among it. Folded.
 */
const INCLUSIONS = new Set(['including', 'incluido', 'incluida', 'incluidos', 'incluidas', 'incluyendo', 'como', 'such', 'like', 'notably', 'especially', 'particularly', 'especialmente', 'particularmente']);

/** Possessive relatives ("whose lawyer", "cuyo abogado"): the phrase they open names someone of the antecedent's. Folded. */
const POSSESSIVE_RELATIVES = new Set(['whose', 'cuyo', 'cuya', 'cuyos', 'cuyas']);

/**
 * Whether a word opens an aside between a subject and its verb, as a gerund or an adverb does ("A statement…, citing
 * investigators, said", "The minister, visibly angry, said", "El comunicado…, citando a los investigadores, dijo").
 */
function opensAside(opener: Token): boolean {
  return opener.kind === 'word' && startsLower(opener.text) && /(?:ing|ando|iendo|ly|mente)$/u.test(opener.key);
}

/** The subject phrase right before a verb: "Kim dijo", "El líder norcoreano, Kim Jong Un, ha afirmado", "Putin, en su mensaje a Kim, también prometió". */
export function subjectBefore(
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
  // "…compareció en una rueda de prensa, donde señaló que…": the subject left out is whom the main clause put there.
  const place = placeRelativeAt(tokens, end);
  if (place === end - 1) {
    const subject = placeRelativeSubject(context, sentence, previous, place);
    if (subject) return { ...none, subject };
  }

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
  // "Mike Jansen, a Republican, said", "…, an Ohio Democrat, said": a name after an indefinite article is a class the
  // person belongs to, never a second name.
  const classed = innerReading?.kind === 'name' && INDEFINITE_DETERMINERS.has(tokens[inner.from]?.key ?? '');
  const describesOuter = innerReading?.kind === 'title' || (innerReading?.kind === 'group' && commonNouns) || (innerReading === undefined && isDescription(tokens, described)) || affiliation || classed;
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
  const reading = ((innerReading?.kind === 'name' && !affiliation && !classed && !grouped && !placedPerson) || members ? innerReading : undefined) ?? ((outerReading?.kind === 'name' && (describesOuter || placedPerson)) || describedRole ? outerReading : undefined);
  if (!reading) return stepped ? plain(innerEnd) : none;
  return { subject: attributionOf(context, reading, previous, sentence.start), subjectFrom: outer.from, subjectTo: innerEnd, relative: false };
}

/** Whether the words of `segment` read as a person, by name or by title ("el panadero Julio Arce", "la vocera"). */
function namesPerson(context: ArticleContext, sentence: Sentence, segment: Segment): boolean {
  const reading = readPhrase(sentence, context.text, segment.from, segment.to);
  return reading?.kind === 'name' || reading?.kind === 'title';
}

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

/** A person's age set off by commas after the name ("Jane Doe, 45,", "Juan Pérez, de 52 años,"). */
function isAge(tokens: Token[], segment: Segment): boolean {
  const words = tokens.slice(segment.from, segment.to).map((token) => token.key);
  return /^\d{1,3}$/.test(words.join(' ')) || (words.length === 3 && words[0] === 'de' && /^\d{1,3}$/.test(words[1]!) && words[2] === 'anos');
}

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
export function quotedName(context: ArticleContext, sentence: Sentence, at: number): Attribution | undefined {
  const quotation = sentence.tokens[at]?.quotation;
  if (!quotation) return undefined;
  const inner = context.text.slice(quotation.inner.start, quotation.inner.end).trim();
  const words = inner.split(/\s+/);
  if (words.length > MAX_QUOTED_NAME_WORDS || !words.every((word) => /^\p{Lu}[\p{L}.]*$/u.test(word))) return undefined;
  return { speaker: context.cast.resolveName(inner, sentence.start) ?? inner, medium: null };
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
