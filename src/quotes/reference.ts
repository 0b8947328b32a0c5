/**
 * Speaker reference across sentences: whom a role noun ("el ministro", "the spokesman", "el organismo")
 * or a pronoun refers to when the sentence itself does not name anyone, and who a sentence is about when
 * no statement of it names a speaker.
 *
 * The rules follow how press writing refers back (an editor's convention, not figures from any data set):
 * a role names whoever the article gave that title; a role nobody was given, a pronoun or a left-out
 * subject continue the speaker the reader has in focus, provided the two are the same kind of speaker (a
 * person's role never goes to an organisation, "el organismo" never to a person). Otherwise a known role
 * stays the speaker as written ("Ministro"), never a guess at a name.
 */
import { partitionPoint } from '../arrays.js';
import type { Sentence, Token } from './tokens.js';
import { isPunct, nameSpans, startsLower, type NameSpan } from './tokens.js';
import type { ArticleContext, Attribution } from './reading.js';
import type { Cast } from './cast.js';
import { EXCLUSIVE_OFFICES, TITLE_NOUNS, determinerGender, isTitleNoun, isTitlePlural } from './lexicon.js';
import { capitalise, foldWord, nameKey } from './normalize.js';
import { escapeRegExp } from '../text/literal-pattern.js';
import { isPlaceName } from './countries.js';
import { describedBefore, introducedAsBody } from './described-bodies.js';
import { BODY_NOUNS, CHANNEL_NOUNS, COMPLEMENTISERS, COORDINATORS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, MEDIUM_NOUNS, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, QUANTIFIERS, SINGULAR_PERSON_NOUNS, SPOKESPERSON_NOUNS } from './lexicon.js';

/**
 * Head nouns of a role that refers to an organisation ("el organismo", "la entidad", "el ente emisor",
 * "la autoridad monetaria", "the body"): Spanish and English words for an institution in general.
 */
const ORGANISATION_ROLES = new Set([
  'organismo', 'entidad', 'ente', 'institucion', 'autoridad', 'organizacion', 'corporacion', 'cartera', 'body', 'institution', 'organisation', 'organization', 'authority',
]);

/**
 * Head nouns of a role that names one kind of organisation ("the ministry", "el gobierno", "the company"): it
 * refers to an organisation whose name has that noun ("Ministry of Health"), never to just any organisation named
 * (a company's name need not say it is one).
 */
const INSTITUTION_ROLES = new Set(['ministerio', 'gobierno', 'departamento', 'ministry', 'government', 'department', 'agency']);

/** Nouns for a company: "the company", "la empresa" refer to an organisation whose name marks it as one. */
const COMPANY_ROLES = new Set(['empresa', 'compania', 'firma', 'company', 'firm', 'utility', 'corporation']);

/** Words that mark a name as a company's ("Harbor Shipping Corp.", "Transportes del Norte S.A.", "Grupo Norte"). */
const COMPANY_WORDS = new Set([
  ...COMPANY_ROLES, 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'holdings', 'group', 'grupo', 'sa', 'sl',
  // Words of a trade a firm's name is made of ("Halden Motors", "Norvex Labs", "Industrias Valtierra", "Constructora
  // Altamira"): no person's name has them, so "the company" may mean that name.
  'motors', 'airlines', 'airways', 'energy', 'labs', 'laboratories', 'pharmaceuticals', 'pharma', 'technologies', 'industries', 'logistics', 'mining', 'telecom', 'railways', 'shipping', 'petroleum',
  'industrias', 'laboratorios', 'transportes', 'aerolineas', 'construcciones', 'constructora', 'inmobiliaria', 'distribuidora', 'petrolera', 'naviera', 'aseguradora', 'financiera', 'minera',
]);

/**
 * Words that make a proper name an organisation's rather than a person's ("Banco Central de Nicaragua",
 * "Organización Meteorológica Mundial", "University and College Union"), besides the group and medium nouns.
 */
const ORGANISATION_WORDS = new Set([
  ...ORGANISATION_ROLES,
  ...COMPANY_WORDS,
  'banco', 'servicio', 'instituto', 'universidad', 'fundacion', 'comision', 'corte', 'tribunal', 'fiscalia', 'alcaldia', 'relatoria', 'procuraduria', 'secretaria', 'direccion', 'oficina', 'camara', 'congreso', 'senado', 'asamblea', 'agencia',
  'bank', 'service', 'institute', 'university', 'foundation', 'commission', 'court', 'congress', 'senate', 'assembly', 'house', 'operator', 'board', 'centre', 'center',
  // Associations and their bodies ("Screen Actors Guild", "Asociación de Periodistas", "Consejo Nacional Electoral").
  'guild', 'union', 'association', 'council', 'committee', 'federation', 'league', 'society', 'academy',
  'asociacion', 'sindicato', 'federacion', 'consejo', 'comite', 'liga', 'sociedad', 'academia',
  // Political bodies ("National Alliance for Legitimacy", "Movimiento al Socialismo").
  'alliance', 'coalition', 'movement', 'alianza', 'coalicion', 'movimiento',
  // Hospitals, schools and museums speak as bodies ("el Hospital Regional informó"); their doctor or head is a person.
  'hospital', 'clinica', 'clinic', 'escuela', 'colegio', 'liceo', 'school', 'college', 'museo', 'museum',
  // States and unions of states ("British Commonwealth", "Czech Republic", "United Kingdom"), which no pronoun of a person names.
  'commonwealth', 'republic', 'kingdom', 'republica', 'reino',
]);

/** A web address used as a company's name ("Amazon.com", "Booking.com"): a dot and a top-level domain end it. */
const WEB_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|co|es|mx|ar)$/iu;

const keyWords = (text: string) => nameKey(text).split(' ');

/**
 * Spanish endings of nouns for an institution or office (folded): "-ía" of offices ("Defensoría", "Contraloría",
 * "Personería"), "-ción" of bodies ("Gobernación", "Congregación"), "-dad" ("Universidad", "Hermandad"), "-ado"/"-ato"
 * of seats and bodies ("Arzobispado", "Juzgado", "Sindicato"), "-dencia" and "gerencia" of an office's seat
 * ("Superintendencia", "Intendencia", "Presidencia", "Gerencia"). Given names share some ("Soledad", "Concepción"), so the
 * ending counts only on a name's first word before its complement ("Defensoría del Pueblo"), where a person's never is.
 */
const INSTITUTION_ENDING = /(?:ria|cion|dad|ado|ato|dencia|gerencia)$/;

/**
 * A company's legal form after its name, written as capital initials with dots ("Energía del Litoral S.A. E.S.P.",
 * "Transportes Norte S.A.S.", "Grupo Valle S.A. de C.V."): no word of a person's name is two initials joined by a dot
 * after another word (a person's initials come first: "J.R. Smith").
 */
const LEGAL_FORM = /\s\p{Lu}\.\p{Lu}(?:\.\p{Lu})*\.?(?=\s|$)/u;

/** Whether a proper name reads as an organisation's: an acronym, a company's legal form, or a name with an institution word. */
export function isOrganisation(name: string): boolean {
  // "Simon & Schuster": names joined by an ampersand are a firm's.
  if (/^\p{Lu}{2,}$/u.test(name.replace(/[.\s]/g, '')) || WEB_NAME.test(name) || name.includes(' & ') || LEGAL_FORM.test(name)) return true;
  const words = keyWords(name);
  // "Fuentes de la empresa", "Sources at the ministry", "Trabajadores de la planta": people of a body speak as a group,
  // never as the body their complement names (a role "la compañía" refers to the company, not to its sources).
  if (words.length > 2 && /s$/.test(words[0]!) && GROUP_NOUNS.has(words[0]!) && !BODY_NOUNS.has(words[0]!) && (NAME_PREPOSITIONS.has(words[1]!) || PHRASE_PREPOSITIONS.has(words[1]!))) return false;
  // "Defensoría del Pueblo", "Contraloría General de la República": the noun, at most one adjective, then its complement.
  if (words.length > 2 && INSTITUTION_ENDING.test(words[0]!) && words.slice(1, 3).some((word) => NAME_PREPOSITIONS.has(word))) return true;
  return words.some((word) => ORGANISATION_WORDS.has(word) || BODY_NOUNS.has(word) || MEDIUM_NOUNS.has(word));
}

/**
 * The words of a role before its first preposition, where its head noun is ("jefa" in "la jefa del ente acusador",
 * "sources" in "sources close to the ministry"): a complement names what the head belongs to, not what it is.
 */
function headWords(role: string): string[] {
  const words = keyWords(role);
  const preposition = words.findIndex((word, i) => i > 0 && (PHRASE_PREPOSITIONS.has(word) || NAME_PREPOSITIONS.has(word)));
  return preposition > 0 ? words.slice(0, preposition) : words;
}

/** A role for any organisation ("la entidad", "the company"), not for one kind of institution nor for a person. */
function isOrganisationRole(role: string): boolean {
  const words = headWords(role);
  // A person's title heads a person's role, whatever institution follows ("la jefa del ente acusador").
  if (words.some((word) => isTitleNoun(word) || isTitlePlural(word))) return false;
  // "the grid operator", "el banco emisor": a head noun that names institutions.
  const head = words.at(-1) ?? '';
  return words.some((word) => ORGANISATION_ROLES.has(word)) || ORGANISATION_WORDS.has(head);
}

/** The head noun of a role naming one kind of organisation ("ministry" in "the health ministry", "company"), if it is one. */
function institutionHead(role: string): string | undefined {
  const head = keyWords(role).at(-1) ?? '';
  return INSTITUTION_ROLES.has(head) || COMPANY_ROLES.has(head) ? head : institutionalNoun(role);
}

/**
 * Nouns for a local or public body that speaks through its office ("la municipalidad", "la intendencia", "the city",
 * "the county"): like "el ministerio", a role for an organisation whose name has the noun, never for a person. Folded.
 */
const PUBLIC_BODY_NOUNS = new Set([
  'municipalidad', 'municipio', 'ayuntamiento', 'alcaldia', 'intendencia', 'gobernacion', 'prefectura', 'comuna', 'cabildo', 'consistorio', 'diputacion',
  'fiscalia', 'procuraduria', 'contraloria', 'defensoria', 'superintendencia', 'gendarmeria',
  'city', 'municipality', 'county', 'borough', 'township', 'administration',
]);

/** The head of a role that names a public body (Spanish heads come first, English last), folded; undefined otherwise. */
function institutionalNoun(role: string): string | undefined {
  const words = headWords(role);
  return [words[0], words.at(-1)].find((word) => word !== undefined && PUBLIC_BODY_NOUNS.has(word));
}

/** Stems of a Spanish relational adjective, like the noun it derives from: "fiscal" from "fiscalía", "municipal" from "municipalidad". */
const RELATIONAL_ADJECTIVE = /^(\p{L}{4,}?)i?al$/u;

/**
 * The public body a role names by a relational adjective on a thing it holds or wrote ("la tesis fiscal", "la acusación
 * fiscal": the Fiscalía's; "la versión municipal"), as the article writes the body's noun: Spanish derives such
 * adjectives from the body's noun (fiscal ← fiscalía), so the press uses them for the body's position. Undefined when
 * the role is not one noun that names no person nor body with one such adjective, or the article never writes the noun.
 */
export function relationalBody(role: string, writtenBody: (noun: string) => string | undefined): string | undefined {
  const words = keyWords(role);
  if (words.length !== 2) return undefined;
  const [head, adjective] = words as [string, string];
  const stem = RELATIONAL_ADJECTIVE.exec(adjective)?.[1];
  const namesSomeone = isTitleNoun(head) || isTitlePlural(head) || [SINGULAR_PERSON_NOUNS, SPOKESPERSON_NOUNS, GROUP_NOUNS, BODY_NOUNS, ORGANISATION_WORDS, PUBLIC_BODY_NOUNS].some((nouns) => nouns.has(head));
  if (!stem || namesSomeone) return undefined;
  const body = [...PUBLIC_BODY_NOUNS].find((noun) => noun !== adjective && noun.startsWith(stem));
  return body ? writtenBody(body) : undefined;
}

/** The lengths of PUBLIC_BODY_NOUNS: a word of another length is none of them, whatever its accents. */
const BODY_NOUN_LENGTHS = new Set([...PUBLIC_BODY_NOUNS].map((noun) => noun.length));

/**
 * How an article writes each public body's noun (PUBLIC_BODY_NOUNS, folded): the first word of `text` that folds to it,
 * capitalised; undefined when it never does. The text is read once, on the first question, so that asking for every
 * role of a long article costs one pass over it, not one pass per role.
 */
export function bodyNounsWritten(text: string): (noun: string) => string | undefined {
  let written: Map<string, string> | undefined;
  return (noun) => {
    if (!written) {
      written = new Map();
      for (const [word] of text.matchAll(/\p{L}+/gu)) {
        if (!BODY_NOUN_LENGTHS.has(word.length)) continue;
        const folded = foldWord(word);
        if (folded.length === word.length && PUBLIC_BODY_NOUNS.has(folded) && !written.has(folded)) written.set(folded, capitalise(word));
      }
    }
    return written.get(noun);
  };
}

/** Whether an organisation's name is of the kind a role's head noun names: "Ministry of Health" for "ministry", "Acme Corp" for "company". */
function namesKind(name: string, head: string): boolean {
  const words = keyWords(name);
  return words.includes(head) || (COMPANY_ROLES.has(head) && (words.some((word) => COMPANY_WORDS.has(word)) || LEGAL_FORM.test(name)));
}

/**
 * Whether a singular group phrase without its article ("company", "ministry", "foreign ministry") is an
 * organisation's role: lower-case words headed by a noun for an organisation. "the company said" then refers
 * to the company the article named, as "la entidad" does.
 */
export function isOrganisationReference(phrase: string): boolean {
  return /^\p{Ll}/u.test(phrase) && !/['’]s\b/.test(phrase) && (isOrganisationRole(phrase) || institutionHead(phrase) !== undefined);
}

/** The Spanish role noun that, alone, may refer to a person in office or to a body ("la autoridad"), folded. */
const PERSON_OR_BODY_ROLE = 'autoridad';

/**
 * Whether a role can refer to this speaker: one kind of organisation's role to an organisation with that noun in its
 * name, any organisation's role to an organisation, any other to a person.
 */
function fits(role: string, speaker: string, context: ArticleContext): boolean {
  // "El informe indica que…. Añadió el funcionario…": a document is no person's role, and only a document's noun means it.
  if (isDocumentSpeaker(speaker)) return isDocumentSpeaker(capitalise(role));
  const head = institutionHead(role);
  if (head) return isOrganisation(speaker) && namesKind(speaker, head);
  // "La minera Cerro Alto amplió el tajo… «…», reclamó la comunera": a name the article reads as a body's is what the
  // article is about, not whom the next unnamed villager's noun means.
  const organisation = isOrganisation(speaker) || readAsBody(context, speaker);
  // "La autoridad detalló…" after the minister was quoted: alone, Spanish "autoridad" is said of an official as of a body.
  const words = keyWords(role);
  if (words.length === 1 && words[0] === PERSON_OR_BODY_ROLE) return !isGroupSpeaker(speaker);
  // "el jefe de redacción" is one known person, never an anonymous "un juez…" or a group in focus.
  if (!isOrganisationRole(role) && (isGroupSpeaker(speaker) || /^(?:un|una|a|an|one)\s/i.test(speaker))) return false;
  // "La Compañía de Jesús informó… la congregación señaló", "YPF… la petrolera detalló", "el gigante tecnológico": press
  // names a body by a noun for what it is, so such a role may be the organisation in focus as well as a person.
  if (holdsOfficeOf(role, speaker) || (organisation && namesOtherBody(role, speaker))) return false;
  if (organisation && !namesPerson(role) && mayNameBody(role, context.text)) return true;
  return isOrganisationRole(role) === organisation;
}

/**
 * Whether the article reads a name that no word of it marks as an organisation's as a body's all the same: introduced by
 * a firm's noun ("la minera Cerro Alto", "the carmaker Voss"), or a lone name a firm's often is (`Mentions.loneNames`:
 * one word, never written longer nor with a title, as "Glencore"; a person the press introduces in full).
 */
function readAsBody(context: ArticleContext, name: string): boolean {
  return context.mentions.loneNames().some((mention) => mention.name === name) || introducedAsBody(context.text, name, (noun) => isFirmNoun(foldWord(noun)));
}

/**
 * Whether a role for one kind of body ("el sindicato", "the union") names another body than `speaker`, one the article
 * calls only by a common noun of another kind ("Patronal", "Gobierno", "Employers' federation": capitalised where it
 * opened a sentence or became a speaker): the press calls each party of a dispute by its noun, so "La patronal acusó… El
 * sindicato aseguró…" is two bodies, never the union's words in the employers' mouth. Nouns any body goes by ("la
 * entidad", "the organisation") and a firm's synonyms ("la empresa", "la compañía") are no other kind.
 */
function namesOtherBody(role: string, speaker: string): boolean {
  const heads = headWords(role).filter(isFirmNoun);
  if (heads.length === 0 || heads.some((head) => ORGANISATION_ROLES.has(head)) || /\s\p{Lu}/u.test(speaker)) return false;
  const nouns = keyWords(speaker).map((word) => word.replace(/'s$/u, '')).filter(isFirmNoun);
  const sameKind = (noun: string, head: string) => noun === head || pluralOf(noun, head) || pluralOf(head, noun) || (COMPANY_ROLES.has(noun) && COMPANY_ROLES.has(head));
  return nouns.length > 0 && !nouns.some((noun) => heads.some((head) => sameKind(noun, head)));
}

/** Folded Spanish endings of nouns for a body ("congregación", "hermandad", "comunidad"); none names a person. */
const BODY_ENDING = /(?:cion|dad)$/;

/** BODY_NOUNS folded, each also in the singular ("gremio" of "gremios"), as a role's folded words are. */
const FOLDED_BODY_NOUNS: ReadonlySet<string> = new Set([...BODY_NOUNS].flatMap((noun) => [foldWord(noun), foldWord(noun).replace(/(?<=[^s])s$/u, '')]));

/**
 * Whether a role that holds no noun for a person may still call a body by what it is in `text`: a noun for a body or a
 * firm ("la petrolera", "la congregación", "el gremio"), a phrase of several words ("la casa de estudios", "el gigante
 * tecnológico"), or a lone noun the article never writes of individuals. One it writes with an indefinite article or in
 * the plural ("una comunera que pidió no ser identificada", "los comuneros") names people there, so "la comunera" is
 * never the organisation in focus.
 */
function mayNameBody(role: string, text: string): boolean {
  const words = headWords(role);
  if (words.length > 1 || words.some(isFirmNoun)) return true;
  const noun = role.trim().split(/\s+/u).at(-1) ?? '';
  // Either gender of a Spanish noun ("comunero", "comunera"), and its plural.
  const stem = /[oa]$/u.test(noun) ? `${escapeRegExp(noun.slice(0, -1))}[oa]` : escapeRegExp(noun);
  return !new RegExp(`(?<!\\p{L})(?:(?:un|una|otro|otra|a|an|another)\\s+${stem}|${stem}e?s)(?!\\p{L})`, 'iu').test(text);
}

/** Whether a folded noun names a body or a firm of some trade ("minera", "naviera", "sindicato", "fundación"). */
function isFirmNoun(word: string): boolean {
  return ORGANISATION_WORDS.has(word) || FOLDED_BODY_NOUNS.has(word) || PUBLIC_BODY_NOUNS.has(word) || MEDIUM_NOUNS.has(word) || BODY_ENDING.test(word);
}

/**
 * Whether a role is one common noun for no person the lexicon knows ("la constructora", "the carmaker", "la empresa"):
 * one that may refer back to the name the article wrote it before. A title or a person's noun is the cast's to match.
 */
function describes(role: string): boolean {
  const words = keyWords(role);
  return words.length === 1 && !isTitleNoun(words[0]!) && !isTitlePlural(words[0]!) && ![SINGULAR_PERSON_NOUNS, SPOKESPERSON_NOUNS, GROUP_NOUNS].some((nouns) => nouns.has(words[0]!));
}

/**
 * Whether a role's head words hold a noun for a person: a title, a person or group noun, or an agent noun's ending
 * ("el fundador", "la especialista", "the manager"); "la congregación", "la casa de estudios", "la minera" hold none.
 */
export function namesPerson(role: string): boolean {
  return headWords(role).some((word) => isTitleNoun(word) || isTitlePlural(word) || SINGULAR_PERSON_NOUNS.has(word) || SPOKESPERSON_NOUNS.has(word) || GROUP_NOUNS.has(word) || PERSON_ENDING.test(word));
}

/** Whether a lower-case word before a name may be a body's noun ("the charity X"): no noun for a person, no closed-class word ("in May"). */
export function isBodyNoun(word: string): boolean {
  const key = foldWord(word);
  return !namesPerson(word) && ![PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, DETERMINERS, COORDINATORS, COMPLEMENTISERS, QUANTIFIERS].some((words) => words.has(key));
}

/**
 * Endings of nouns for a person that no word list holds: agent nouns ("activista", "dirigente", "fundador", "manager").
 * Not the Spanish feminine "-dora", "-era": "la distribuidora", "la minera", "la petrolera" are firms as often as people.
 */
const PERSON_ENDING = /(?:ista|ante|ente|ist|er|or|ess|ian|olog[oa])$/;


/** Paragraphs back within which the one organisation named can be what "la entidad" is (chosen on the dev pages). */
const ORGANISATION_REACH = 3;

/** An organisation named outside a prepositional phrase: what "el organismo" may refer to. */
interface Mention {
  name: string;
  /** Ordinal of its paragraph among the body paragraphs (those with sentences; furniture and embeds left out). */
  paragraph: number;
  /** Where its sentence starts. */
  at: number;
  /** Where the name ends: a role later in the same sentence ("…, según el organismo") may refer to it. */
  end: number;
  /** Whether the name is its sentence's first word: capitalised there whatever it is ("Deliveries would resume…"). */
  opening: boolean;
}

/** The organisations an article names as possible subjects, in text order, and the body paragraph of each sentence. */
export interface Mentions {
  organisations: Mention[];
  /**
   * Every organisation the article names, in text order, prepositional phrases included ("la directora de la ONT"): what a
   * role whose noun the name holds ("la organización" for the "Organización Nacional de Trasplantes") may refer to however
   * the name was written. Read on the first call.
   */
  named(): Mention[];
  /**
   * One-word names the article never writes longer nor with a title, named as possible subjects, in text order: what a
   * company's name often is ("Nexora", "Iberdrola"), a person's never once the press has introduced them. Read on the
   * first call (few articles ask: resolving every name of every article cost a tenth of quote extraction).
   */
  loneNames(): Mention[];
  /**
   * Ordinal of the body paragraph holding character offset `at`: paragraphs with no sentences (an embedded
   * post, a caption) do not count, so distances are the reader's.
   */
  paragraphAt(at: number): number;
}

/** Every organisation each sentence names outside a prepositional phrase ("la Organización Meteorológica Mundial", not "de la ONU"). */
export function findMentions(sentences: Sentence[], text: string, cast: Cast): Mentions {
  const ordinals = new Map<number, number>();
  for (const sentence of sentences) if (!ordinals.has(sentence.paragraph)) ordinals.set(sentence.paragraph, ordinals.size);
  const ordinal = (sentence: Sentence) => ordinals.get(sentence.paragraph) ?? 0;
  /** Names each sentence writes as possible subjects and `fits`, resolved, in text order. */
  const subjects = (fits: (span: NameSpan, tokens: Token[]) => boolean, keep: (name: string, span: NameSpan) => boolean, anywhere = false): Mention[] => {
    const found: Mention[] = [];
    for (const sentence of sentences) {
      if (isLabel(sentence, text)) continue;
      for (const span of nameSpans(sentence, text)) {
        // "(PIB)" spells out the words before it, which need not name anyone.
        const bracketed = sentence.tokens[span.from - 1]?.text === '(';
        if (!fits(span, sentence.tokens) || cast.isMedium(span.text) || (!anywhere && (bracketed || insidePrepositionalPhrase(sentence.tokens, span.from)))) continue;
        const name = cast.resolveName(span.text, sentence.start);
        if (name && keep(name, span)) found.push({ name, paragraph: ordinal(sentence), at: sentence.start, end: sentence.tokens[span.to - 1]!.end, opening: span.from === 0 });
      }
    }
    return found;
  };
  const organisations = subjects((span) => isOrganisation(span.text), () => true);
  let loneNames: Mention[] | undefined;
  let named: Mention[] | undefined;
  return {
    organisations,
    named: () => (named ??= subjects(() => true, (name) => isOrganisation(name), true)),
    // One word, or one after the title it opens ("General Motors"), that the article never writes longer; not a code
    // with digits ("VA-210", "CB-417": a flight, a model), which names no body.
    loneNames: () => (loneNames ??= subjects((span, tokens) => span.to - span.from === (tokens[span.from]!.opensName ? 2 : 1) && !/\d/u.test(span.text) && !isOrganisation(span.text) && !premodifies(tokens, span.to) && !headsOpeningPhrase(tokens, span) && !OWNERS.has(tokens[span.from - 1]?.key ?? ''), (name, span) => name.split(/\s+/u).length === span.to - span.from && cast.titlesOf(name).length === 0 && !isPlaceName(nameKey(name)))),
    paragraphAt: (at) => {
      const sentence = sentences[partitionPoint(sentences, (candidate) => candidate.start <= at) - 1];
      return sentence ? ordinal(sentence) : 0;
    },
  };
}

/** Words a label has at most before its colon ("Sigue:", "Lee también:", "Read more:", "Te puede interesar:"). */
const MAX_LABEL_WORDS = 3;

/**
 * Whether a sentence is a label that leads a list or a link and ends its paragraph at a colon ("Sigue:", "Lee también:"):
 * its capitalised first word is a verb or a heading's, no name any later noun can mean.
 */
function isLabel(sentence: Sentence, text: string): boolean {
  const { tokens } = sentence;
  const last = tokens.at(-1);
  return last !== undefined && isPunct(last, ':') && tokens.length - 1 <= MAX_LABEL_WORDS && /^[ \t]*(?:\n|$)/u.test(text.slice(last.end));
}

/**
 * Whether a one-word name is an English plural noun capitalised where it opens the sentence and heads a phrase with a
 * preposition ("Shares in the firm fell", "Workers at the plant walked out", "Sales of the model slumped"): a firm's
 * name there is followed by its verb.
 */
function headsOpeningPhrase(tokens: Token[], span: NameSpan): boolean {
  const next = tokens[span.to];
  return span.from === 0 && /[^s']s$/u.test(tokens[span.from]!.text) && next !== undefined && startsLower(next.text) && (PHRASE_PREPOSITIONS.has(next.key) || next.key === 'of');
}

/** Possessive determiners (folded): a name after one modifies what is owned ("its Humber plant", "su planta Norte"), no subject. */
const OWNERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'su', 'sus', 'nuestra', 'nuestro']);

/** Lower-case words a modifier may stand before the name it modifies ("British engineering group Halcrow Dynamics"). */
const MAX_MODIFIED_WORDS = 3;

/**
 * Whether the name ending before token `to` modifies a noun phrase that a longer name heads ("British" in "British
 * engineering group Halcrow Dynamics"): a few lower-case words, then a capitalised one. Such a word is no subject.
 */
function premodifies(tokens: Token[], to: number): boolean {
  for (let i = to; i < tokens.length && i - to <= MAX_MODIFIED_WORDS; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return false;
    if (/^\p{Lu}/u.test(token.text)) return i > to;
    if (PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key) || DETERMINERS.has(token.key) || COORDINATORS.has(token.key)) return false;
  }
  return false;
}

/**
 * The mentions (in text order) in sentences before offset `at`, or in the sentence starting there and ending before
 * offset `before`, and at most ORGANISATION_REACH body paragraphs before `paragraph`: found by binary search, since an
 * article of thousands of paragraphs asks this of every role it writes.
 */
function mentionsWithinReach(mentions: readonly Mention[], at: number, before: number, paragraph: number): Mention[] {
  const end = partitionPoint(mentions, (mention) => mention.at < at || (mention.at === at && mention.end <= before));
  let start = end;
  while (start > 0 && paragraph - mentions[start - 1]!.paragraph <= ORGANISATION_REACH) start--;
  return mentions.slice(start, end);
}

/** Whether the article gave this person an office ("líder norcoreano") other than the role: someone a bare "el investigador" does not mean. */
function holdsOtherOffice(cast: Cast, name: string, role: string): boolean {
  const head = keyWords(role).find((word) => TITLE_NOUNS.has(word));
  return cast.titlesOf(name).some((title) => keyWords(title).some((word) => TITLE_NOUNS.has(word) && word !== head));
}

/**
 * Grammatical gender of a Spanish title noun that has a form for each ("ministra"/"ministro", "alcaldesa"/"alcalde",
 * "directora"/"director"); undefined for nouns with one form for both ("fiscal", "líder", "portavoz") and for English.
 */
function titleGender(word: string): 'f' | 'm' | undefined {
  if (!TITLE_NOUNS.has(word)) return undefined;
  const masculine = [word.replace(/esa$/, 'e'), word.replace(/a$/, 'o'), word.replace(/a$/, 'e'), word.replace(/a$/, '')];
  if (word.endsWith('a') && masculine.some((form) => form !== word && TITLE_NOUNS.has(form))) return 'f';
  const feminine = [word.replace(/e$/, 'esa'), word.replace(/[oe]$/, 'a'), `${word}a`];
  return feminine.some((form) => form !== word && TITLE_NOUNS.has(form)) ? 'm' : undefined;
}

/** The gender a role's or title's head noun marks, if it marks one. */
function genderOf(role: string): 'f' | 'm' | undefined {
  for (const word of headWords(role)) {
    const gender = titleGender(word);
    if (gender) return gender;
  }
  return undefined;
}

/**
 * The genders of the titles the article gave a person, those that mark one: each title's head noun's own ("ministra"),
 * else the determiner the article wrote before it, for nouns with one form for both ("El portavoz del Partido Verde,
 * Andrés Molina", "la edil": Cast.determinerGendersOf, recorded where the titles were read).
 */
function titleGenders(cast: Cast, name: string): Array<'f' | 'm'> {
  const own = cast.titlesOf(name).flatMap((title) => genderOf(title) ?? []);
  return [...own, ...cast.determinerGendersOf(name)];
}

/**
 * Whether a role disagrees in gender with every title the article gave a person ("la ministra" for someone only
 * ever called "el alcalde", "la regidora" for "el portavoz"): Spanish agreement rules that reference out, whatever the
 * focus. A noun no title list knows has the gender of the determiner written before it (`written`: "el técnico", "el
 * operario" for someone only ever called "la portavoz").
 */
function disagreesInGender(cast: Cast, name: string, role: string, written?: 'f' | 'm'): boolean {
  const gender = genderOf(role) ?? (headWords(role).some(isEpicene) ? undefined : written);
  return gender !== undefined && otherGender(cast, name, gender);
}

/**
 * Whether a noun for people has one grammatical gender whoever is meant, so that its determiner tells nothing of the
 * person ("enfatizó la autoridad" of a minister, "la víctima", "el personaje"): Spanish epicene nouns (RAE, Nueva
 * gramática de la lengua española, §2.9), those in -dad and -tad ("la personalidad") and a closed few others. Folded keys.
 */
function isEpicene(word: string): boolean {
  return /(?:dad|tad)$/u.test(word) || EPICENE_NOUNS.has(word);
}
const EPICENE_NOUNS = new Set(['persona', 'victima', 'figura', 'eminencia', 'estrella', 'criatura', 'personaje', 'individuo']);

/** Whether every title the article gave a person that marks a gender (`titleGenders`) marks the other one, and there is one. */
export function otherGender(cast: Cast, name: string, gender: 'f' | 'm'): boolean {
  const genders = titleGenders(cast, name);
  return genders.length > 0 && genders.every((found) => found !== gender);
}

/** The stem of a title noun shared by its forms ("ministr" for ministro/ministra, "alcald" for alcalde/alcaldesa). */
function titleStem(word: string): string {
  return word.replace(/(?:esa|a|o|e)$/, '');
}

/**
 * Whether the speaker in focus is itself a role nobody was named for ("Ministra") with another head noun than this
 * role ("el gobernador"): two unnamed office holders are two people.
 */
function otherRole(speaker: string, role: string): boolean {
  const [first, ...rest] = speaker.split(/\s+/);
  const roleHead = headWords(role).find((word) => TITLE_NOUNS.has(word));
  const speakerHead = keyWords(first ?? '')[0] ?? '';
  if (!isTitleNoun(speakerHead) || rest.some((word) => /^\p{Lu}/u.test(word))) return false;
  return roleHead === undefined || titleStem(roleHead) !== titleStem(speakerHead);
}

/**
 * Whether the role names an office (EXCLUSIVE_OFFICES, or a spokesperson's post) and the article gave this person
 * titles of other posts and never this one: "el ministro" after "el diputado Jaime Naranjo" is someone else, and so is
 * "el ministro" after "el portavoz de la policía, Juan Pérez" (a spokesperson speaks for the office holder, and is not
 * them), "the spokesman" after "Minister Ana Ruiz", or "the judge" after "Chancellor Angela Merkel": a title of any
 * post the article gave them (TITLE_NOUNS) tells who they are, and an office is held by whoever the article says holds it.
 */
function otherOffice(cast: Cast, name: string, role: string): boolean {
  const office = headWords(role).find(isOffice);
  if (!office) return false;
  // "Primer Secretario del Partido y Presidente de la República": each post a joined title names has its own head.
  const posts = cast.titlesOf(name).flatMap((title) => title.split(/\s+(?:y|e|and)\s+|\s*,\s*/u));
  const offices = posts.flatMap((title) => headWords(title).filter((word) => isOffice(word) || TITLE_NOUNS.has(word)));
  return offices.length > 0 && offices.every((held) => !sameOffice(held, office));
}

/** A post one person holds apart from every other post of that list: an exclusive office or a spokesperson's. */
function isOffice(word: string): boolean {
  return EXCLUSIVE_OFFICES.has(word) || SPOKESPERSON_NOUNS.has(word);
}

/** Whether two office nouns name one post: the same stem ("ministro", "ministra"), or two words for a spokesperson ("portavoz", "vocero"). */
function sameOffice(a: string, b: string): boolean {
  return titleStem(a) === titleStem(b) || (SPOKESPERSON_NOUNS.has(a) && SPOKESPERSON_NOUNS.has(b));
}

/** Letters a member's noun shares with the body it sits in, at least ("senad" of "senador" and "Senado"). */
const MIN_BODY_STEM = 5;

/**
 * Whether a role of one title noun and nothing else ("el senador", "o parlamentar") is one the article gave this person,
 * or names a member of the body one of their titles names ("presidente do Senado" is a "senador", "presidente de la
 * Cámara de Diputados" a "diputado", "Speaker of the Senate" a "senator"): the noun and the body's name share a stem.
 */
function membersOf(cast: Cast, name: string, role: string): boolean {
  const words = keyWords(role);
  const noun = words[0] ?? '';
  if (words.length !== 1 || !TITLE_NOUNS.has(noun)) return false;
  const stem = noun.slice(0, MIN_BODY_STEM);
  return cast.titlesOf(name).some((title) => {
    const titleWords = keyWords(title);
    if (titleWords.includes(noun)) return true;
    // The body is a capitalised word of the title's complement ("Senado" after "presidente do").
    const body = title.split(/\s+/).slice(1).filter((word) => /^\p{Lu}/u.test(word)).map((word) => keyWords(word)[0] ?? '');
    return noun.length >= MIN_BODY_STEM && body.some((word) => word.startsWith(stem));
  });
}

/** Whether every gendered title the article gave a person (as disagreesInGender reads them) agrees with the role's gender, and there is one. */
function agreesInGender(cast: Cast, name: string, role: string): boolean {
  const gender = genderOf(role);
  const genders = titleGenders(cast, name);
  return gender !== undefined && genders.length > 0 && genders.every((found) => found === gender);
}

/**
 * Whether a role is one office's noun alone ("el seremi", "el ministro"; isOffice) and the person in focus was never given
 * any title: the article named that office's holder (the caller's longer-title match), and nothing says the focus holds
 * it ("la dirigenta Ana Ruiz … el seremi explicó" is the seremi named before, not Ruiz). A noun many hold ("el
 * investigador") may still be the focus, whom the article need not have called one.
 */
function untitledBeside(cast: Cast, name: string, role: string): boolean {
  const words = keyWords(role);
  return words.length === 1 && isOffice(words[0]!) && cast.titlesOf(name).length === 0;
}

/** Words that put an office in the past ("the former mayor", "el ex alcalde"): an epithet for whom the story is about, folded. */
const PAST_OFFICE = new Set(['former', 'ex', 'onetime', 'late', 'retired', 'antiguo', 'antigua', 'otrora']);

/**
 * Whether a role is headed by an office's noun ("el seremi", "el seremi de Salud", "the mayor"; isOffice) that nobody in
 * the article holds, and the person in focus was never given any title: an office has one holder, whom the press names,
 * so it is a role as written, never the neighbour quoted last. A past office ("the former mayor") is no such: press
 * calls the person a story is about by what they were.
 */
function unheldOffice(cast: Cast, name: string, role: string): boolean {
  const words = headWords(role);
  return words.some(isOffice) && !words.some((word) => PAST_OFFICE.has(word)) && cast.titlesOf(name).length === 0;
}

/**
 * Whether a role says more than its head noun ("el presidente de la Asamblea") and the person in focus was never
 * given a title that long: the words past the head point to whoever the article gave the longer title.
 */
function namesMore(cast: Cast, name: string, role: string): boolean {
  const words = keyWords(role);
  if (words.length < 2) return false;
  const key = nameKey(role);
  return !cast.titlesOf(name).some((title) => nameKey(title) === key || nameKey(title).startsWith(`${key} `));
}

/**
 * Whether an actor's name is a role as the article wrote it, with nobody named for it ("Former mayor", "Ministra",
 * "Portavoz del ministerio"): a role word and, past the first letter, no capital. Such a speaker is no name to offer.
 */
export function isBareRole(name: string): boolean {
  const [first = '', ...rest] = name.split(/\s+/);
  return !rest.some((word) => /\p{Lu}/u.test(word)) && nameKey(name).split(' ').some((word) => isTitleNoun(word) || SINGULAR_PERSON_NOUNS.has(word)) && /^\p{Lu}/u.test(first);
}

/**
 * Who a role phrase used as a subject ("añadió el ministro", "la entidad apunta") is, in this order:
 * - the person the article gave exactly that title (nearest before character offset `at` when several were);
 * - `focus` (whom the previous sentences were about) when the role fits that speaker's kind, unless the role
 *   begins a longer title of someone else and the focus holds another office or was never given a title as long ("el presidente" after Kim, the
 *   "líder", is still the "presidente ruso");
 * - the holder of a longer title the role begins ("el investigador" → "el investigador brasileño"), unless the
 *   role names one kind of organisation ("the company", not the "company spokeswoman");
 * - for an organisation's role, the nearest organisation named as a subject within ORGANISATION_REACH paragraphs
 *   whose name has the role's head noun ("the ministry" → "Ministry of Health"), else, for a role any organisation
 *   may have ("la entidad"), the one organisation named there;
 * - for a `known` role noun, the role itself as written; an unknown noun phrase ("el corporado") credits nobody.
 */
export function resolveRole(context: ArticleContext, role: string, at: number, focus: Attribution | undefined, known: boolean): Attribution {
  const resolved = roleReferent(context, role, at, focus);
  // The role is then one of the names the article gives its speaker: "/quote el experto" finds them.
  if (resolved) {
    context.cast.referredAs(resolved.speaker, role);
    return resolved;
  }
  // "según informó la municipalidad": a public body named by its noun is the speaker as written, never the person in focus.
  return { speaker: known || institutionHead(role) !== undefined ? capitalise(role) : null, medium: null };
}

/**
 * Where a role phrase starts in the sentence starting at `at` (its first occurrence from there, in any case): names of the
 * same sentence before it are antecedents ("…contra la empresa X por un derrame que, según el organismo, …"). `at` when
 * the phrase is not found.
 */
/** Characters before a role read for its determiner ("del " and a space or two). */
const MAX_DETERMINER_CHARS = 8;

function roleOffset(text: string, role: string, at: number): number {
  const found = text.slice(at, at + MAX_SENTENCE_CHARS).toLowerCase().indexOf(role.toLowerCase());
  return found < 0 ? at : at + found;
}

/** Characters a role phrase is looked for after its sentence's start: longer than any sentence the press writes. */
const MAX_SENTENCE_CHARS = 2000;

/** Letters two nouns of one stem share at least ("institu" of "institución" and "Instituto"). */
const MIN_NOUN_STEM = 7;

/**
 * Whether a body's name is headed by a role's noun (folded): its first word (Spanish heads come first: "Organización
 * Nacional de…") or its last (English: "World Health Organization") is that noun, in either spelling ("organisation",
 * "organization"), or shares its stem as a sibling noun ("institución" and "Instituto"): a common prefix of MIN_NOUN_STEM
 * letters or more that is neither word whole, so "la comisión" is never a "Comisionado" nor "la empresa" "Empresarial",
 * and no noun of a holder is its office ("el subdelegado" no "Subdelegación").
 */
function headedBy(name: string, noun: string): boolean {
  const words = keyWords(name);
  const spelt = (word: string) => word.replace(/z/g, 's');
  const target = spelt(noun);
  return [words[0], words.at(-1)].some((word) => {
    if (word === undefined) return false;
    const other = spelt(word);
    if (other === target || pluralOf(other, target)) return true;
    // "el subdelegado" and the "Subdelegación", "el tesorero" and the "Tesorería": the holder's noun names no office.
    if (OFFICE_ENDING.test(other) && !OFFICE_ENDING.test(target)) return false;
    let shared = 0;
    while (shared < other.length && other[shared] === target[shared]) shared++;
    return shared >= MIN_NOUN_STEM && shared < other.length && shared < target.length;
  });
}

/** Letters a noun for an office's holder shares with the office's noun at least ("direc" of "director" and "Dirección"). */
const MIN_OFFICE_STEM = 5;

/**
 * Whether a role is a noun for the holder of the office a body's name opens with ("el subdelegado" of the "Subdelegación
 * del Gobierno", "el tesorero" of the "Tesorería General"): a person the article has not named, never the office itself.
 */
function holdsOfficeOf(role: string, speaker: string): boolean {
  const noun = headWords(role)[0];
  const office = keyWords(speaker)[0];
  if (noun === undefined || office === undefined || !OFFICE_ENDING.test(office) || OFFICE_ENDING.test(noun)) return false;
  let shared = 0;
  while (shared < noun.length && noun[shared] === office[shared]) shared++;
  return shared >= MIN_OFFICE_STEM;
}

/**
 * Folded Spanish endings of a noun for an office or a body ("Subdelegación", "Tesorería", "Comisaría", "Superintendencia",
 * "Gerencia"), which its holder's noun lacks.
 */
const OFFICE_ENDING = /(?:cion|ria|dencia|gerencia)$/;

/** Whether a folded word is a folded noun's Spanish or English plural ("aerolineas" of "aerolinea", "operators" of "operator"). */
function pluralOf(word: string, noun: string): boolean {
  return word === `${noun}s` || word === `${noun}es`;
}

/**
 * The body a role of one noun that names no person ("la cooperativa", "el consorcio", "the trust") refers to: the last
 * body the article named before offset `at` whose name that noun heads ("Cooperativa Eléctrica de Olmedo"). The press
 * goes on calling a body by its name's head, whatever noun that is, so the role is that body's, never the person quoted
 * last. Undefined for any other role, or when no such body was named.
 */
function bodyNamedBy(context: ArticleContext, role: string, at: number): string | undefined {
  const words = keyWords(role);
  const noun = words[0];
  if (words.length !== 1 || noun === undefined || namesPerson(role)) return undefined;
  // A body's name, by its words or by the article the text sets before it ("la Cooperativa Eléctrica de Olmedo"), which a
  // person's name never has: "la rosa" is no "Rosa Quintero".
  // A name headed by the noun's plural ("Aerolíneas Cóndor", "Transportes Ribera") is a body's: no person's name is.
  const bodyNamed = (name: string) => name.includes(' ') && headedBy(name, noun) && (isOrganisation(name) || writtenWithArticle(context.text, name) || pluralOf(keyWords(name)[0]!, noun));
  const name = context.cast.namedBefore(at).filter(bodyNamed).at(-1);
  return name === undefined ? undefined : context.cast.resolveName(name, at) ?? name;
}

/** Whether the text writes a name after a definite article ("la Cooperativa Eléctrica", "the Northgate Trust"). */
function writtenWithArticle(text: string, name: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}])(?:el|la|los|las|the)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);
}

/** Indefinite determiners that open an unnamed speaker's phrase ("one close associate", "un sacerdote"), folded. */
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'un', 'una']);

/**
 * The one unnamed speaker among `credited` (ArticleContext.credited) whose phrase a person's role of one noun heads ("the
 * associate" of "One close associate", "el sacerdote" of "Un sacerdote de la misma diócesis", "the publicist" of
 * "Publicist"): the head is the noun after an indefinite determiner (Spanish puts adjectives after it) or the phrase's last
 * word before a complement (English puts them before). Press calls an unnamed source by its noun again, so no later name
 * takes it; undefined when the role is longer, an organisation's, or two unnamed speakers share the noun (never a guess).
 */
export function unnamedSpeakerOf(credited: readonly string[], role: string): string | undefined {
  const words = keyWords(role).filter((word) => !DETERMINERS.has(word));
  if (words.length !== 1 || isOrganisationRole(role) || institutionHead(role) !== undefined) return undefined;
  const [noun] = words as [string];
  const heads = (speaker: string) => {
    const phrase = headWords(speaker);
    return INDEFINITES.has(phrase[0]!) ? [phrase[1], phrase.at(-1)] : [phrase.at(-1)];
  };
  const unnamed = credited.filter((speaker) => !/\s\p{Lu}/u.test(speaker) && !isGroupSpeaker(speaker) && heads(speaker).includes(noun));
  return unnamed.length === 1 ? unnamed[0] : undefined;
}

/** The named speaker `resolveRole` takes a role to refer to, by its rules; undefined when it names none. */
function roleReferent(context: ArticleContext, role: string, at: number, focus: Attribution | undefined): (Attribution & { speaker: string }) | undefined {
  const { cast } = context;
  const found = cast.matchTitle(role, at);
  // "the company" is not the holder of a longer title it begins ("company spokeswoman"): that is a person. Nor is "the
  // union" the "union leader": a noun for a body names the body.
  const match = found && (found.exact || (!institutionHead(role) && !isOrganisationRole(role))) ? found : null;
  // "o presidente do Senado, Rodrigo Pacheco … O senador reiterou": a role several people hold ("o senador Alexandre
  // Saraiva" named before) is the one in focus when the focus holds it too.
  if (focus?.speaker && membersOf(cast, focus.speaker, role)) return { speaker: focus.speaker, medium: null };
  if (match?.exact) return { speaker: match.holder, medium: null };
  // "One close associate said… the associate added", "Un sacerdote, que pidió el anonimato, explicó… —dijo el
  // sacerdote—": the noun of a speaker credited unnamed refers to them, before whoever the narration named since.
  const unnamed = found ? undefined : unnamedSpeakerOf(context.credited, role);
  if (unnamed) return { speaker: unnamed, medium: null };
  const institution = institutionHead(role);
  const before = roleOffset(context.text, role, at);
  const bodyNoun = institution ?? (isOrganisationRole(role) ? headWords(role).at(-1) : undefined);
  const ownBody = bodyNoun === undefined ? bodyNamedBy(context, role, at) : undefined;
  if (ownBody) return { speaker: ownBody, medium: null };
  // "La constructora Altamira ganó… «…», sostuvo la constructora": a noun for no person names whom it introduced.
  const described = describes(role) ? describedBefore(context.text, role.trim().split(/\s+/u).at(-1)!, before, (name) => cast.resolveName(name, at)) : undefined;
  if (described) return { speaker: described, medium: null };
  // The determiner written before the role here ("la portavoz"), kept with the title a referred-back person is given.
  const writtenGender = determinerGender(/(\p{L}+)\s+$/u.exec(context.text.slice(Math.max(0, before - MAX_DETERMINER_CHARS), before))?.[1]?.toLowerCase());
  // "detalló la organización" after the "Organización Nacional de Trasplantes (ONT)", "informó la institución" after the
  // "Instituto Nacional de Defensa…": a body's noun refers to the nearest body whose name it heads, however it was named
  // since, before a speaker in focus of another kind.
  if (bodyNoun && !(focus?.speaker && headedBy(focus.speaker, bodyNoun))) {
    const headed = context.mentions.named().filter((mention) => (mention.at < at || (mention.at === at && mention.end <= before)) && headedBy(mention.name, bodyNoun)).at(-1);
    if (headed) return { speaker: headed.name, medium: null };
  }
  // "The charity Sea Watchers said… the group said": a name the article introduced by a noun for a body is one.
  const focusFits = focus?.speaker ? fits(role, focus.speaker, context) || (isOrganisationRole(role) && !institutionHead(role) && introducedAsBody(context.text, focus.speaker, isBodyNoun)) : false;
  const disagrees = focus?.speaker ? disagreesInGender(cast, focus.speaker, role, writtenGender) : false;
  const unnamedOther = focus?.speaker ? otherRole(focus.speaker, role) || otherOffice(cast, focus.speaker, role) : false;
  if (focus?.speaker && focusFits && !disagrees && !unnamedOther && !(match ? holdsOtherOffice(cast, focus.speaker, role) || namesMore(cast, focus.speaker, role) || untitledBeside(cast, focus.speaker, role) : unheldOffice(cast, focus.speaker, role))) {
    return referredBack(cast, focus.speaker, role, at, writtenGender);
  }
  if (match) return { speaker: match.holder, medium: null };
  // "la investigadora" after a man was quoted: the one person titled earlier whose titles agree with it, if only one.
  // With nobody in focus ("Ruiz y la gobernadora Ríos se reunieron"), only if nobody else named could be meant either:
  // someone given no title has no gender we can read.
  const agreeing = disagrees || !focus?.speaker ? cast.titledBefore(at).filter((name) => name !== focus?.speaker && !isOrganisation(name) && agreesInGender(cast, name, role) && !otherOffice(cast, name, role)) : [];
  const untitled = focus?.speaker ? [] : cast.namedBefore(at).filter((name) => !isOrganisation(name) && !cast.isMedium(name) && cast.titlesOf(cast.resolveName(name, at) ?? name).length === 0);
  if (agreeing.length === 1 && untitled.length === 0 && !isOrganisationRole(role)) return referredBack(cast, agreeing[0]!, role, at, writtenGender);
  if (bodyNoun) {
    const paragraph = context.mentions.paragraphAt(at);
    const near = mentionsWithinReach(context.mentions.organisations, at, before, paragraph);
    // "the ministry" → the nearest "Ministry of …" named; "la entidad" → the one organisation named.
    const head = institution ?? keyWords(role).at(-1) ?? '';
    // "Los trabajadores de Industrias Valtierra…": with none named as a subject, one named in a complement will do.
    const headed = near.filter((mention) => namesKind(mention.name, head)).at(-1) ?? mentionsWithinReach(context.mentions.named(), at, before, paragraph).filter((mention) => namesKind(mention.name, head)).at(-1);
    if (headed) return { speaker: headed.name, medium: null };
    // "Nexora cut 2,000 jobs. The company said…": a company's name need not say it is one; a one-word name nobody
    // introduced as a person, the nearest named as a subject, is the company when no name marks one.
    const lone = COMPANY_ROLES.has(head) ? mentionsWithinReach(context.mentions.loneNames(), at, before, paragraph).filter((mention) => !plainOpeningNoun(context.text, mention, at)).at(-1) : undefined;
    if (lone) return { speaker: lone.name, medium: null };
    const names = new Set(near.map((mention) => mention.name));
    if (!institution && names.size === 1 && !namesOtherBody(role, [...names][0]!)) return { speaker: [...names][0]!, medium: null };
    // "La cooperativa Los Andes suspendió… La entidad explicó…": else the one name the article introduced by a body's
    // noun. With two so introduced the noun could mean either: a reference is resolved only when unambiguous (issue 16).
    const introduced = institution ? [] : [...new Set(cast.namedBefore(before).filter((name) => introducedAsBody(context.text, name, isBodyNoun)))];
    if (introduced.length === 1) return { speaker: introduced[0]!, medium: null };
  }
  return undefined;
}

/**
 * Whether a one-word name is, as far as the article shows, a plain noun capitalised because it opens the clause that a
 * closing role reports ("Deliveries would resume next week, the company said"): it opens the role's own sentence and
 * the article writes it nowhere else. What the company said has the company as its speaker, not its clause's subject;
 * a name written again ("Veltora will cut jobs, the company said. Veltora's shares fell") is the company's.
 */
function plainOpeningNoun(text: string, mention: Mention, at: number): boolean {
  if (!mention.opening || mention.at !== at) return false;
  const first = text.indexOf(mention.name);
  return first >= 0 && text.indexOf(mention.name, first + mention.name.length) < 0;
}

/**
 * `speaker`, whom a known role referred back to: a person keeps a generic role as a title given them (Cast.giveTitle),
 * so that the article's next "el funcionario" after "el funcionario policial" is still that official, even once another
 * official is in focus.
 */
function referredBack(cast: Cast, speaker: string, role: string, at: number, gender?: 'f' | 'm'): Attribution & { speaker: string } {
  // Only a generic noun for a person ("el funcionario policial", "the official"): an office is given in apposition, and
  // "O titular da Defesa" read as someone in focus is a guess that must not become a title they hold.
  if (headWords(role).some((word) => SINGULAR_PERSON_NOUNS.has(word)) && !isOrganisation(speaker)) cast.giveTitle(speaker, role, at, gender);
  return { speaker, medium: null };
}

/** A plural noun of people or groups: "experts", "funcionarios", "abogados", "gremios" (not "Carlos": lower case in the phrase). */
function isPluralNoun(word: string): boolean {
  return /[^s]s$/.test(word) && (GROUP_NOUNS.has(word) || isTitlePlural(word));
}

/**
 * Whether a speaker is a group named by a plural noun phrase ("The energy experts", "Funcionarios de…", "Gremios
 * del transporte"): its head (first or last word before a preposition) is a plural group or title noun, or the phrase
 * has common nouns and a plural first word, as Spanish heads go first.
 */
function isGroupSpeaker(speaker: string): boolean {
  const written = speaker.split(/\s+/);
  // "Rodrigo Almeida Fuentes", "Ana Flores": many surnames are plural nouns, but a name is capitalised throughout; not
  // a group's noun capitalised as the speaker opening a statement ("Aliados de Pacheco" for "aliados de Pacheco").
  if (written.length > 1 && !isPluralNoun(nameKey(written[0]!)) && written.every((word) => /^\p{Lu}/u.test(word) || NAME_PREPOSITIONS.has(word) || DETERMINERS.has(word))) return false;
  const words = headWords(speaker);
  const first = words[0] ?? '';
  // "Several calls", "Two publishing executives", "Muchos vecinos": a quantity of anything is plural, never "he" or "she".
  if (words.length > 1 && QUANTIFIERS.has(first) && first !== 'one') return true;
  const commonNouns = written.slice(1).some((word) => /^\p{Ll}/u.test(word));
  return isPluralNoun(first) || isPluralNoun(words.at(-1) ?? '') || (commonNouns && /[^s]s$/.test(first));
}

/** Words "they" may reach back over from a plural noun to its determiner ("the state’s energy experts"). */
const MAX_GROUP_MODIFIERS = 3;

/**
 * The last group of people a sentence names by a plural noun, as subject or object ("left some of the state’s
 * energy experts bewildered. They said…"): the noun phrase from its determiner (and a partitive "some of" before
 * it) to the noun; the noun alone when no determiner is near. Whom "they" most likely refers to.
 */
export function pluralMention(context: ArticleContext, sentence: Sentence): Attribution | undefined {
  const { tokens } = sentence;
  for (let head = tokens.length - 1; head >= 0; head--) {
    const token = tokens[head]!;
    if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text) || !isPluralNoun(token.key)) continue;
    let from = head;
    for (let i = head - 1; i >= 0 && head - i <= MAX_GROUP_MODIFIERS + 1; i--) {
      const word = tokens[i]!;
      if (word.kind !== 'word') break;
      if (DETERMINERS.has(word.key)) {
        from = i;
        // "some of the experts", "algunos de los expertos": the partitive is part of the group named.
        if (NAME_PREPOSITIONS.has(tokens[i - 1]?.key ?? '') && QUANTIFIERS.has(tokens[i - 2]?.key ?? '')) from = i - 2;
        break;
      }
      if (!/^\p{Ll}/u.test(word.text) && !/['’]s$/.test(word.text)) break;
    }
    const phrase = context.text.slice(tokens[from]!.start, token.end);
    return { speaker: capitalise(phrase.replace(/^(?:the|los|las)\s+/i, '')), medium: null };
  }
  return undefined;
}

/** Whom "ellos", "they" can refer to: a group named by a plural noun ("The energy experts", "Funcionarios de…"). */
export function asGroup(attribution: Attribution | undefined): Attribution | undefined {
  return attribution?.speaker && isGroupSpeaker(attribution.speaker) ? attribution : undefined;
}

/**
 * Whom "it" can refer to ("The fund, Wingtech Capital, said… It denied…"): a medium, or an organisation, read from its
 * name or from titles the article gave it that name no person ("the fund", "la cooperativa"); never a group or a person.
 */
export function asOrganisation(context: ArticleContext, attribution: Attribution | undefined): Attribution | undefined {
  if (attribution?.medium) return attribution;
  const speaker = attribution?.speaker;
  if (!speaker || isGroupSpeaker(speaker)) return undefined;
  const titles = context.cast.titlesOf(speaker);
  const personTitle = (title: string) => headWords(title).some((word) => isTitleNoun(word) || isTitlePlural(word));
  return isOrganisation(speaker) || (titles.length > 0 && !titles.some(personTitle)) || namedWithArticle(context.text, speaker) ? attribution : undefined;
}

/**
 * Whether the article writes a name of two words or more after English "the" ("the Federal Reserve", "The Supreme
 * Court"): English gives a person's name no article, so the name is an institution's.
 */
function namedWithArticle(text: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  const at = text.indexOf(` ${name}`);
  for (let i = at; i >= 0; i = text.indexOf(` ${name}`, i + 1)) if (/(?:^|[^\p{L}])[Tt]he$/u.test(text.slice(Math.max(0, i - 4), i))) return true;
  return false;
}

/** Whom "él", "ella", "he", "she" can refer to: a person, never an organisation, a medium, a group or a document. */
export function asPerson(attribution: Attribution | undefined): Attribution | undefined {
  return attribution?.speaker && !isOrganisation(attribution.speaker) && !isGroupSpeaker(attribution.speaker) && !isDocumentSpeaker(attribution.speaker) ? attribution : undefined;
}

/**
 * Whether a speaker is a document named by its noun, as a role is written ("Informe", "Study", "Company filings",
 * "Comunicado"): a source the article cites (quotes-real SOURCE.md keeps "government data" as one), never a person, so
 * never what "she", a person's role or a quotation with its subject left out refers to. A document's proper name
 * ("Informe Mundial de la Felicidad") has capitals past its first word and is not read as one.
 */
export function isDocumentSpeaker(speaker: string): boolean {
  if (speaker.split(/\s+/).slice(1).some((word) => /\p{Lu}/u.test(word))) return false;
  return headWords(speaker).some((word) => DOCUMENT_NOUNS.has(word) || CHANNEL_NOUNS.has(word));
}

/**
 * Who a sentence with no subject we could read is about: the first person it names in full outside a
 * prepositional phrase and before any subordinate clause ("Durante la entrevista, Rodolfo
 * Delgado hizo un llamado al Órgano Judicial para que…" → Rodolfo Delgado). A name inside "que …" is what
 * the sentence reports, not who it is about; a single word may be a place ("Kherson"); organisations and
 * media are left out, as a sentence about a person may name one in passing.
 */
export function sentenceTopic(context: ArticleContext, sentence: Sentence): Attribution | undefined {
  const { tokens } = sentence;
  const clause = tokens.findIndex((token) => COMPLEMENTISERS.has(token.key));
  for (const span of nameSpans(sentence, context.text)) {
    if (clause >= 0 && span.from > clause) break;
    if (insidePrepositionalPhrase(tokens, span.from)) continue;
    // "incluye a los acusados Mario Gil, Pedro Luna y Ana Paz": a name after a comma or "y" ending another is one of a
    // list, as the first was, and a sentence naming several people is about none of them.
    if (listedAfterName(tokens, span.from, span.to)) return undefined;
    // "El vuelo QF-311 de Aerolíneas Cóndor": a code with digits (a flight, a model) is what the sentence is about, no speaker.
    if (context.cast.isMedium(span.text) || isOrganisation(span.text) || /\p{N}/u.test(span.text)) continue;
    const speaker = context.cast.resolveName(span.text, sentence.start);
    return speaker?.includes(' ') ? { speaker, medium: null } : undefined;
  }
  return undefined;
}

/**
 * Whether the name [from, to) (after its determiner and title, if any) is a list's later member: after a coordinator
 * right after another name ("Gil y Luna"), or after a comma right after another name when a comma or coordinator goes
 * on after it ("Gil, Luna y Paz"; not "Antes de ver al presidente del STF, Rodrigo Pacheco se reunió…").
 */
function listedAfterName(tokens: Token[], from: number, to: number): boolean {
  let i = from - 1;
  for (let words = 0; words < MAX_TITLE_WORDS && i >= 0 && tokens[i]!.kind === 'word' && /^\p{Ll}/u.test(tokens[i]!.text) && !COORDINATORS.has(tokens[i]!.key); words++) i--;
  const joint = tokens[i];
  const before = tokens[i - 1];
  if (joint === undefined || before?.kind !== 'word' || !/^\p{Lu}/u.test(before.text)) return false;
  const after = tokens[to];
  return COORDINATORS.has(joint.key) || (isPunct(joint, ',') && after !== undefined && (isPunct(after, ',') || COORDINATORS.has(after.key)));
}

/** Words a name's determiner and title may take before it ("el antropólogo y periodista Juan Martínez"). */
const MAX_TITLE_WORDS = 3;

/** Whether a name, with its determiner and title if any, follows a preposition: "a Martínez", "de la Asamblea". */
function insidePrepositionalPhrase(tokens: Token[], from: number): boolean {
  let i = from - 1;
  for (let words = 0; words < MAX_TITLE_WORDS && i >= 0; words++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text) || PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key)) break;
    i--;
    if (DETERMINERS.has(token.key)) break;
  }
  const before = tokens[i];
  return before !== undefined && (PHRASE_PREPOSITIONS.has(before.key) || NAME_PREPOSITIONS.has(before.key));
}
