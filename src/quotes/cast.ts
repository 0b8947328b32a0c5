/**
 * Who an article talks about: the proper names it uses, the titles it gives them ("El líder norcoreano,
 * Kim Jong Un,"), the acronyms it defines and which names are news media. Short forms are resolved
 * against it: "Kim" is the article's "Kim Jong Un" when nobody else is a Kim.
 */
import type { Sentence, Token } from './tokens.js';
import { nameSpans, startsLower } from './tokens.js';
import { AGENT_NOUN, holdsTitleHead, isRoleNoun, phraseStartFloor, readPhrase, spokespersonTitle, type PhraseReading } from './phrases.js';
import { nameKey, shortFormsOf } from './normalize.js';
import { portfolioOf } from './same-actor.js';
import { isOrganisation } from './reference.js';
import { bodyKindOf } from './body-kinds.js';
import {
  CLAUSE_WORDS, COORDINATORS, COURTESY_TITLES, DETERMINERS, determinerGender, INDEFINITE_DETERMINERS, KIN_NOUNS, NAME_ARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, TITLE_ABBREVIATIONS, WIRE_AGENCIES, BROADCASTERS,
} from './lexicon.js';
import { maxOf } from '../arrays.js';
import { misspeltSurnames, respelt } from './misspelt-surnames.js';
import { nicknamesOf } from './nicknames.js';
import { titleSurnames, withTitleSurname } from './title-surnames.js';
import { predicateOffices } from './predicate-offices.js';
import { appositiveDescription, opensDescription } from './appositions.js';

export interface Cast {
  /**
   * The fullest name the article uses for this mention. When it could be several people ("Martínez" for
   * Juan and Óscar Martínez), the one the article named last before character offset `at` (the nearest
   * antecedent, as a reader takes it); null when none of them was named before `at`, or `at` is not given.
   */
  resolveName(mention: string, at?: number): string | null;
  /**
   * Whom the article gave this title ("el líder norcoreano"); null when nobody. When several people hold it,
   * the one last given it before character offset `at` (the nearest antecedent), else null.
   */
  resolveTitle(title: string, at?: number): string | null;
  /**
   * As `resolveTitle`, and whether the holder was given exactly this title ("investigador") or only a longer
   * one it begins ("investigador brasileño"): a looser match, which the speaker in focus may outweigh.
   */
  matchTitle(title: string, at?: number): { holder: string; exact: boolean } | null;
  /** The titles the article gave this person, as written. */
  titlesOf(name: string): string[];
  /**
   * The genders the Spanish determiners written right before the titles the article gave this person mark ("la edil",
   * "El portavoz del Partido Verde, Andrés Molina": `determinerGender`), one per title that has one: what tells the gender
   * of a title of one form for both ("portavoz", "fiscal", "líder").
   */
  determinerGendersOf(name: string): Array<'f' | 'm'>;
  /**
   * Records a role the article gave this person by referring back with it, at the sentence starting at `at` ("En ese
   * marco, el funcionario policial garantizó…" read as the inspector in focus): later uses of the role name them as a
   * longer title does (a looser match than one written beside the name: someone in focus who holds no other office
   * still outweighs it). Calls come in text order, as sentences are read.
   */
  giveTitle(name: string, title: string, at: number, gender?: 'f' | 'm'): void;
  /** Everyone the article gave a title before character offset `at`, each once, the last given one first. */
  titledBefore(at: number): string[];
  /** The names the article wrote in sentences starting at or before character offset `at`, as written, each once. */
  namedBefore(at: number): string[];
  /** Whether the article presents this name as a news medium. */
  isMedium(name: string): boolean;
  /** Forms the article used for a resolved name: short forms and titles, as written. */
  aliasesOf(name: string): string[];
  /**
   * The names of two words or more the article writes in full, as written, in the order first written: no short form
   * of a longer one it writes ("Jim Clyburn", not "Clyburn" or "Jim"), and no medium. People, bodies and places alike.
   */
  fullNames(): string[];
  /** Records that the article refers to `name` by `form` as well (a role noun resolved to them: "el experto"). */
  referredAs(name: string, form: string): void;
}

/**
 * A title's key without "general" right after its head ("director general del metro" → "director del metro"): the top
 * holder of the office, whom the article may go on to call by the office alone ("El director del Metro adelantó…").
 */
function withoutGeneral(key: string): string {
  return key.replace(/^(\S+) general(?= |$)/, '$1');
}

/**
 * Words that mark an office as just won or about to be taken ("alcaldesa electa", "el nuevo presidente", "the incoming
 * mayor", "mayor-elect"), folded: the office is the same one.
 */
const TAKING_OFFICE = new Set(['electo', 'electa', 'elect', 'nuevo', 'nueva', 'new', 'incoming', 'entrante', 'futuro', 'futura', 'proximo', 'proxima', 'flamante', 'designado', 'designada', 'designate']);

/** A title's key without TAKING_OFFICE words, alone or after a hyphen ("mayor-elect" → "mayor"). */
function withoutTakingOffice(key: string): string {
  return key
    .split(' ')
    .map((word) => word.replace(/-(?:elect|designate)$/, ''))
    .filter((word) => !TAKING_OFFICE.has(word))
    .join(' ');
}

/** Words that make a name a news outlet ("Agencia Central de Noticias", "Europa Press"). */
const MEDIUM_NAME = /\b(?:noticias|news|press|prensa|diario|times|post|herald|televisi[oó]n|radio)\b/i;


function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/**
 * Of the names a one-word mention (key) is a short form of, the one person's it is the surname of when every other name
 * opens with it ("Moray" of "Declan Moray" and "Moray Partners"; "Vidal" of "Jorge Vidal" and "Vidal Abogados"): the
 * press refers back to a person by the surname, while a firm that carries it, or a namesake's given name, opens with the
 * word. A name whose first word the article also writes in lower case ("New York", "Nueva Constitución") is no person's.
 * `names` unchanged otherwise.
 */
function surnameFirst(key: string, names: string[], writtenLower: (word: string) => boolean): string[] {
  if (names.length < 2 || key.includes(' ')) return names;
  const words = (name: string) => nameKey(name).split(' ');
  const bySurname = names.filter((name) => words(name).length > 1 && (words(name).at(-1) === key || words(name).at(-2) === key) && words(name)[0] !== key);
  const [person] = bySurname;
  if (bySurname.length !== 1 || person === undefined || !names.every((name) => name === person || words(name)[0] === key)) return names;
  return isOrganisation(person) || writtenLower(person.split(/\s+/)[0]!) ? names : bySurname;
}

/**
 * The first of two surnames in a Hispanic name of three or more words ("Almeida" in "Rodrigo Almeida Fuentes",
 * "Martínez" in "Juan Martínez d'Aubuisson"): the one the press goes on calling the person by (the Spanish naming
 * convention: given names, then the father's and the mother's surnames). Undefined when that word is not capitalised
 * ("de" in "Ana de la Torre").
 */
function paternalSurname(name: string): string | undefined {
  const words = name.split(/\s+/);
  const word = words.at(-2);
  return words.length >= 3 && word !== undefined && /^\p{Lu}/u.test(word) ? nameKey(word) : undefined;
}

/**
 * Letters of Spanish spelling ("Joaquín Guzmán Loera", "Peña"), and those of Portuguese alone ("João", "Gonçalves"): a name
 * spelt the Spanish way keeps the Spanish naming convention in an article in another language ("Guzmán" in an English one).
 */
const SPANISH_SPELLING = /[áéíóúñ]/iu;
const PORTUGUESE_SPELLING = /[ãõçâêô]/iu;

/**
 * For each short form, the names it is a short form of (normalize.ts's shortFormsOf: their first or last words, or the
 * name without a middle name or second surname; for a name in Spanish, `hispanic`, also the paternal surname, and for another
 * person's name of three words that surname when no form of another name is the word), in the order of `names`. Looking a form up by key keeps resolving every
 * mention of an article linear in its names: comparing each mention with every name took minutes on a page naming
 * thousands of people.
 */
function indexLongerForms(names: string[], hispanic: (name: string) => boolean): (short: string) => string[] {
  const longer = new Map<string, string[]>();
  // The first of two surnames of a person's three-word name not spelt the Spanish way ("Rodrigo Andrade Viteri" in an
  // English wire, whose accents may be gone): that name's only when no other form of a name is the word.
  const paternalOnly = new Map<string, string[]>();
  const add = (forms: Map<string, string[]>, form: string, name: string) => {
    const list = forms.get(form);
    if (!list) forms.set(form, [name]);
    else if (list.at(-1) !== name) list.push(name);
  };
  for (const name of names) {
    for (const affix of shortFormsOf(name)) add(longer, affix, name);
    const paternal = paternalSurname(name);
    if (paternal && hispanic(name)) add(longer, paternal, name);
    else if (paternal && name.split(/\s+/).length === 3 && !isOrganisation(name)) add(paternalOnly, paternal, name);
  }
  return (short) => longer.get(nameKey(short)) ?? paternalOnly.get(nameKey(short)) ?? [];
}

interface TitleEntry {
  key: string;
  name: string;
  text: string;
  /** Where the sentence giving the title starts. */
  at: number;
  /** Given by referring back (Cast.giveTitle), not written beside the name: never an exact match, so the focus may outweigh it. */
  referred?: true;
  /** The gender of the Spanish determiner written right before the title (`determinerGender`), if one marks it. */
  gender?: 'f' | 'm';
}

/**
 * "titular de X" (key, folded): the holder of the office X, whatever title names it ("el titular de Hacienda" is the "ministro
 * de Hacienda", "o titular da Defesa" the "ministro da Defesa"); group 1 is X without its article.
 */
const HOLDER_OF = /^titular (?:de|del|da|do|das|dos) (?:(?:el|la|los|las|o|a|os|as) )?(.+)$/;

/** Prepositions and articles between a title's head and the office it names ("ministro de la Defensa"). */
const OFFICE_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'das', 'dos', 'el', 'la', 'los', 'las', 'o', 'a', 'os', 'as']);

/** Whether a title (key) names the office `office` after its head and a preposition: "ministro de la defensa" for "defensa". */
function holdsOffice(titleKey: string, office: string): boolean {
  if (!titleKey.endsWith(` ${office}`)) return false;
  const before = titleKey.slice(0, -office.length - 1).split(' ');
  return before.length >= 2 && OFFICE_LINKS.has(before.at(-1)!) && !before[0]!.startsWith('titular');
}

/**
 * `{ gender }` of the determiner right before `title`, whose first token lies in [from, to) of the sentence's tokens ("la"
 * of "la edil Marta Gil"); empty when no determiner there marks one.
 */
function genderBefore(tokens: readonly Token[], text: string, from: number, to: number, title: string): { gender?: 'f' | 'm' } {
  const at = tokens.findIndex((token, i) => i >= from && i < to && text.startsWith(title, token.start));
  const gender = at > 0 ? determinerGender(tokens[at - 1]!.key) : undefined;
  return gender ? { gender } : {};
}

/**
 * The cast of one article from its sentences (read by reading.ts) and its cleaned text; `language` is the article's
 * ISO 639-1 code, which says how its people's names are shortened (a Spanish article calls "Rodrigo Almeida Fuentes"
 * "Almeida").
 */
export function buildCast(sentences: Sentence[], text: string, language: string): Cast {
  const names = new Map<string, string>();
  /** Where each name (by key) is written: the starts of the sentences that write it, in text order. */
  const writtenAt = new Map<string, number[]>();
  const titles: TitleEntry[] = [];
  /** Descriptions set after a name (`describesPerson`), each with the name and where its sentence starts: aliases, not titles. */
  const descriptions: Array<{ name: string; text: string; at: number }> = [];
  const acronyms = new Map<string, string>();
  /** Each acronym's key as the article writes it ("CNF"). */
  const acronymForms = new Map<string, string>();
  const media = new Set<string>();

  const surnames = titleSurnames(sentences);
  for (const sentence of sentences) {
    const spans = nameSpans(sentence, text);
    for (const span of spans) {
      const key = nameKey(span.text);
      names.set(key, span.text);
      // "Gayle King" where the article writes "King asked": the name the surname "King" is short for.
      const withSurname = withTitleSurname(sentence, text, span, surnames);
      if (withSurname !== undefined) names.set(nameKey(withSurname), withSurname);
      // 'El "Chapo" Guzmán', 'Guzmán, alias "El Chapo"': a nickname is a name to look the person up by.
      for (const nickname of nicknamesOf(sentence, text, span)) descriptions.push({ name: span.text, text: nickname, at: sentence.start });
      // "el periodista Hugo Valdés", "al antropólogo y periodista Juan Martínez": the nouns describing the person.
      for (const noun of describingNouns(sentence.tokens, text, span.from)) descriptions.push({ name: span.text, text: noun, at: sentence.start });
      const starts = writtenAt.get(key);
      if (starts) starts.push(sentence.start);
      else writtenAt.set(key, [sentence.start]);
      const { tokens } = sentence;
      // "Agencia Central de Noticias (KCNA)": the acronym in brackets stands for the name.
      if (tokens[span.to]?.text === '(' && tokens[span.to + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[span.to + 1]!.text)) {
        acronyms.set(nameKey(tokens[span.to + 1]!.text), span.text);
        acronymForms.set(nameKey(tokens[span.to + 1]!.text), tokens[span.to + 1]!.text);
      }
      // A title right before the name, with only adjectives between: "el presidente ruso Vladimir Putin".
      const lowest = Math.max(0, span.from - 6);
      for (let from = holdsTitleHead(tokens, lowest, span.to) ? phraseStartFloor(tokens, lowest, span.to) : span.from; from < span.from; from++) {
        const reading = readPhrase(sentence, text, from, span.to);
        if (reading?.kind === 'name' && reading.title) {
          if (reading.mediumTitle) media.add(nameKey(reading.name));
          // "Mr Hancock", "la Sra. Gil": a courtesy title holds no office to refer back by or find the person by.
          else if (!COURTESY_TITLES.has(nameKey(reading.title))) {
            // "Senator Amy Klobuchar of Minnesota": the person is the name before the place.
            if (span.text.startsWith(`${reading.name} of `)) {
              names.delete(nameKey(span.text));
              names.set(nameKey(reading.name), reading.name);
            }
            titles.push({ key: nameKey(reading.title), name: reading.name, text: reading.title, at: sentence.start, ...genderBefore(tokens, text, lowest, span.to, reading.title) });
            // "Health Secretary Matt Hancock": the portfolio before the title names the office too ("the health secretary").
            const withPortfolio = portfolioBefore(tokens, text, from, span.from, reading.title);
            if (withPortfolio) titles.push({ key: nameKey(withPortfolio), name: reading.name, text: withPortfolio, at: sentence.start });
            // "Gov. Gavin Newsom": "the governor" names him too.
            for (const role of TITLE_ABBREVIATIONS.get(nameKey(reading.title)) ?? []) titles.push({ key: role, name: reading.name, text: role, at: sentence.start });
            // "Norsk Hydro spokeswoman Ingrid Vale": whose spokeswoman she is tells her from another's.
            const owned = ownedTitle(sentence, text, { from: lowest, to: span.from }, reading.title);
            if (owned !== undefined && nameKey(owned) !== nameKey(withPortfolio ?? '')) descriptions.push({ name: reading.name, text: owned, at: sentence.start });
          }
          break;
        }
      }
    }
    // "Lorena Vidal será la próxima gobernadora", "X, who became mayor in 2019": an office given only as a predicate.
    // One held now or about to be is a title too ("la gobernadora electa dijo"), matched loosely: a title written beside a
    // name, or the person in focus, outweighs it.
    for (const { name, office, current } of predicateOffices(sentence, text, spans, language)) {
      descriptions.push({ name, text: office, at: sentence.start });
      if (current) titles.push({ key: nameKey(office), name, text: office, at: sentence.start, referred: true });
    }
    // "el Ministerio de Educación (Minedu)", "del Instituto de Vivienda (Invivi)": a word in brackets that abbreviates the words before it.
    // A name read short before the bracket ("la Competencia" of "Comisión Nacional de los Mercados y la Competencia (CNMC)",
    // cut at the coordinator) gives way to the whole name the letters abbreviate.
    for (const { short, long } of abbreviationsDefined(sentence, text)) {
      const known = acronyms.get(nameKey(short));
      if (known === undefined || (!abbreviates(short, known) && nameKey(long).endsWith(` ${nameKey(known)}`))) acronyms.set(nameKey(short), long);
      acronymForms.set(nameKey(short), short);
    }
    // Appositions between commas: "El líder norcoreano, Kim Jong Un," / "Elena Márquez, directora del Instituto…,"; an
    // aside in brackets before the comma is no segment of its own ("el titular del Ministerio de Educación (Minedu), Rosendo Serna,").
    const segments = commaSegments(sentence).filter((segment) => !bracketed(sentence.tokens, segment));
    segments.forEach((segment, i) => {
      const next = segments[i + 1];
      if (!next || !endsAtComma(sentence.tokens, segment)) return;
      const second = readPhrase(sentence, text, next.from, next.to);
      // Only a name (with a title of its own or none: "el ministro de Defensa, general Paulo Nogueira,") or a title alone
      // can stand in apposition, or a description of a person: otherwise the first segment need not be read.
      const description = describesPerson(sentence, next, language);
      // "said Rhys Ward, Tidewell Trust's head of policy": a description whose head no list knows, after a full name.
      const apposed = description ?? appositiveDescription(sentence, next, language, false);
      if (second?.kind !== 'name' && second?.kind !== 'title' && apposed === undefined) return;
      // "contra la periodista X y el jefe de redacción de El Faro, Oscar Martínez,": the segment's last noun phrase (after
      // a coordinator that opens another: "y el") that is a title or a name stands in apposition, not a longer phrase
      // a verb's complement makes of the segment.
      const read = readTail(sentence, text, lastConjunct(sentence, segment), (reading) => reading.kind === 'title' || reading.kind === 'name');
      // "El portavoz del Gobierno, Pilar Alegría,": the spokesperson's title, not the body spoken for.
      const first = second?.kind === 'name' ? spokespersonTitle(sentence, text, segment.from, segment.to) ?? read : read;
      // "el hermano del expresidente hondureño, Juan Antonio Hernández": the name is whom the segment's head names (a
      // relative, a lawyer), not the holder of the title in its complement.
      const another = second?.kind === 'name' && first?.kind === 'title' ? anotherPersonsTitle(sentence.tokens, text, lastConjunct(sentence, segment), first.title) : undefined;
      if (another !== undefined && second?.kind === 'name') {
        descriptions.push({ name: second.name, text: another, at: sentence.start });
        return;
      }
      const pair = first?.kind === 'title' && second?.kind === 'name'
        ? { title: first, name: second.name }
        : first?.kind === 'name' && second?.kind === 'title'
          ? { title: second, name: first.name }
          : undefined;
      // "said Anne Gonzales, a spokeswoman for California ISO.": no title the article refers back by, but a name the reader may look her up by.
      if (!pair && first?.kind === 'name' && apposed !== undefined && (description !== undefined || first.name.includes(' '))) descriptions.push({ name: first.name, text: slice(text, sentence, apposed), at: sentence.start });
      // "A Codelco spokeswoman, Paula Riquelme,": a role after its owner's name, which reads as no title, still finds her.
      const ownedRole = !pair && second?.kind === 'name' ? ownedRoleAtEnd(sentence, text, lastConjunct(sentence, segment)) : undefined;
      if (ownedRole !== undefined && second?.kind === 'name') descriptions.push({ name: second.name, text: ownedRole, at: sentence.start });
      // "The group's founder, Bernice Scott,": a description of the person that is no title, the whole segment.
      if (!pair && second?.kind === 'name') for (const noun of describingNouns(sentence.tokens, text, segment.to, segment.from)) descriptions.push({ name: second.name, text: noun, at: sentence.start });
      // "El coordinador de la bancada oficialista, Ramón Vela,": a description before the name whose head no list knows.
      const leading = !pair && first?.kind !== 'title' && second?.kind === 'name' ? appositiveDescription(sentence, lastConjunct(sentence, segment), language, true) : undefined;
      if (leading !== undefined && second?.kind === 'name') descriptions.push({ name: second.name, text: slice(text, sentence, leading), at: sentence.start });
      if (!pair) return;
      if (pair.title.medium) media.add(nameKey(pair.name));
      else titles.push({ key: nameKey(pair.title.title), name: pair.name, text: pair.title.title, at: sentence.start, ...genderBefore(sentence.tokens, text, segment.from, next.to, pair.title.title) });
      // "Ofwat's chief executive, Martin Oyelaran,": whose office it is tells this chief executive from another's.
      const owned = pair.title.medium ? undefined : ownedTitle(sentence, text, pair.title === first ? segment : next, pair.title.title);
      if (owned !== undefined) descriptions.push({ name: pair.name, text: owned, at: sentence.start });
    });
  }

  const fullNames = [...names.values()];
  const longerForms = indexLongerForms(fullNames, (name) => language === 'es' || (language !== 'pt' && SPANISH_SPELLING.test(name) && !PORTUGUESE_SPELLING.test(name)));
  // "Bloomberg has attempted to apologize" after "Michael R. Bloomberg": an agency's name that ends a person's name the
  // article writes is that person's surname.
  const surnameOfPerson = (name: string) => longerForms(name).some((longer) => nameKey(longer).endsWith(` ${nameKey(name)}`) && !MEDIUM_NAME.test(longer) && !WIRE_AGENCIES.has(nameKey(longer)));
  for (const [key, name] of names) {
    // "BBC Sport", "CNN Chile", "Reuters TV": a known broadcaster's or agency's desk or edition is a medium too.
    const outlet = (form: string) => WIRE_AGENCIES.has(form) || BROADCASTERS.has(form);
    if (MEDIUM_NAME.test(name) || ((outlet(key) || outlet(key.split(' ')[0]!)) && !surnameOfPerson(name))) media.add(key);
  }
  for (const [acronym, name] of acronyms) if (media.has(nameKey(name))) media.add(acronym);

  const byInitials = new Map<string, string>();
  for (const name of fullNames) {
    const letters = initials(name);
    if (letters.length >= 2 && nameKey(name).includes(' ') && !byInitials.has(letters)) byInitials.set(letters, name);
  }
  // "Hauser said" where the article named "Trevor Houser": a surname written one edit off is that person's.
  const misspelt = misspeltSurnames(fullNames, (name) => longerForms(name).some((longer) => nameKey(longer) !== nameKey(name)));
  const aliases = new Map<string, Set<string>>();
  const remember = (name: string, form: string) => {
    if (nameKey(form) === nameKey(name)) return;
    aliases.set(name, (aliases.get(name) ?? new Set()).add(form));
  };

  /** The last place before `at` where this name, or a longer name it is a short form of, is written; -1 if none. */
  const lastWrittenBefore = (name: string, at: number): number => {
    const forms = [name, ...longerForms(name)];
    return maxOf(forms.flatMap((form) => (writtenAt.get(nameKey(form)) ?? []).filter((start) => start <= at)), -1);
  };

  /** Whether the text writes this word in lower case (asked only of a surname two names share, so rarely). */
  // A pattern made for the word is only tried where the text writes it: making and running one costs far more than a search.
  const writtenLower = (word: string) => text.includes(word.toLowerCase()) && new RegExp(`(?<!\\p{L})${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text);
  const resolveName = (mention: string, at?: number): string | null => {
    const key = nameKey(mention);
    const corrected = misspelt.get(key);
    if (corrected) {
      // "/quote Lance Paczkowski" finds "Lance Packowski" as the article's other spelling does.
      remember(corrected, mention);
      remember(corrected, respelt(corrected, mention));
      return corrected;
    }
    const expanded = acronyms.get(key) ?? byInitials.get(mention);
    if (expanded) {
      remember(expanded, mention);
      return expanded;
    }
    // "Shares of Norvex Labs", "Bank of England": what an English name's "of" complement names is not the name it heads.
    const longer = longerForms(mention).filter((form) => !nameKey(form).endsWith(` of ${key}`));
    // Keep only the longest forms: "Kim Jong" and "Kim Jong Un" are one person.
    const candidates = new Set(longer);
    const fullest = surnameFirst(key, longer.filter((name) => !longerForms(name).some((other) => candidates.has(other))), writtenLower);
    if (fullest.length > 1) {
      if (at === undefined) return null;
      const [nearest, other] = fullest.map((name) => ({ name, last: lastWrittenBefore(name, at) })).sort((a, b) => b.last - a.last);
      if (!nearest || nearest.last < 0 || nearest.last === other?.last) return null;
      // "Juan Martínez" may itself be the short form of "Juan Martínez d'Aubuisson".
      const resolved = resolveName(nearest.name, at) ?? nearest.name;
      remember(resolved, mention);
      return resolved;
    }
    const resolved = fullest[0] ?? names.get(key) ?? mention;
    remember(resolved, mention);
    return resolved;
  };

  // "el titular del Ministerio de Educación (Minedu)" is "el titular del Minedu" as well, as the article may go on to write
  // it; each such form right after the title it comes from (matchTitle reads them in text order).
  const withAcronyms = titles.flatMap((title) => [
    title,
    ...[...acronyms].filter(([, name]) => title.text.includes(name)).map(([acronym, name]) => {
      const text = title.text.replace(name, names.get(acronym) ?? acronym);
      return { ...title, key: nameKey(text), text };
    }),
  ]);
  const resolvedTitles = withAcronyms.map((title) => ({ ...title, name: resolveName(title.name, title.at) }));
  for (const title of resolvedTitles) if (title.name) remember(title.name, title.text);
  for (const { name, text: description, at } of descriptions) remember(resolveName(name, at) ?? name, description);
  // "The National Fisheries Chamber (CNF) said…": an acronym the article defines is a name to look the body up by, though
  // never written again, when only it says what the name abbreviates (`spellsInitials`).
  for (const [acronym, name] of acronyms) if (spellsInitials(acronymForms.get(acronym) ?? acronym, name)) remember(resolveName(name) ?? name, acronymForms.get(acronym) ?? acronym);

  const titleEntries = (key: string) => {
    const office = HOLDER_OF.exec(key)?.[1];
    return resolvedTitles.filter((entry) => entry.key === key || entry.key.startsWith(`${key} `) || withoutGeneral(entry.key) === key || (office !== undefined && holdsOffice(entry.key, office)));
  };
  const matchTitle = (title: string, at?: number): { holder: string; exact: boolean } | null => {
    const written = nameKey(title);
    // "la alcaldesa electa", "the new chief executive": the office of whoever the article said takes it, when no title is
    // written with those words.
    const found = titleEntries(written);
    const key = found.length > 0 ? written : withoutTakingOffice(written);
    const entries = found.length > 0 || key === written ? found : titleEntries(key);
    const holders = new Set(entries.map((entry) => entry.name));
    const nearest = at === undefined ? undefined : entries.filter((entry) => entry.at <= at).at(-1)?.name;
    const holder = holders.size === 1 ? [...holders][0] : nearest;
    if (!holder) return null;
    remember(holder, title);
    return { holder, exact: entries.some((entry) => entry.name === holder && entry.key === key && !entry.referred) };
  };

  const giveTitle = (name: string, title: string, at: number, gender?: 'f' | 'm') => {
    const key = nameKey(title);
    if (resolvedTitles.some((entry) => entry.name === name && entry.key === key)) return;
    // Entries stay in text order: matchTitle takes the last one before a place as the nearest.
    const after = resolvedTitles.findIndex((entry) => entry.at > at);
    resolvedTitles.splice(after < 0 ? resolvedTitles.length : after, 0, { key, name, text: title, at, referred: true, ...(gender ? { gender } : {}) });
    remember(name, title);
  };

  return {
    resolveName,
    giveTitle,
    resolveTitle: (title, at) => matchTitle(title, at)?.holder ?? null,
    matchTitle,
    titlesOf: (name) => resolvedTitles.filter((entry) => entry.name === name).map((entry) => entry.text),
    determinerGendersOf: (name) => resolvedTitles.flatMap((entry) => (entry.name === name && entry.gender ? [entry.gender] : [])),
    namedBefore: (at) => [...names].filter(([key]) => (writtenAt.get(key)?.[0] ?? Infinity) <= at).map(([, name]) => name),
    titledBefore: (at) => [...new Set(resolvedTitles.filter((entry) => entry.at <= at && entry.name).map((entry) => entry.name!).reverse())],
    isMedium: (name) => media.has(nameKey(name)),
    aliasesOf: (name) => [...(aliases.get(name) ?? [])],
    fullNames: () => fullNames.filter((name) => nameKey(name).includes(' ') && !media.has(nameKey(name)) && longerForms(name).every((longer) => nameKey(longer) === nameKey(name))),
    referredAs: remember,
  };
}

/**
 * The segment's noun phrase from its head, when its head is a noun for a person (a relative, a role, an agent noun:
 * "hermano", "abogado", "founder") whose complement the title `title` lies in ("el hermano del expresidente hondureño",
 * "the lawyer of the former president"): the person in apposition is the head's, and the title another person's.
 * Undefined when the title is the head's own ("el ministro de Defensa") or follows no such head.
 */
function anotherPersonsTitle(tokens: readonly Token[], text: string, segment: Segment, title: string): string | undefined {
  let at = segment.to - 1;
  while (at > segment.from && !text.startsWith(title, tokens[at]!.start)) at--;
  if (!text.startsWith(title, tokens[at]!.start)) return undefined;
  const link = NAME_PREPOSITIONS.has(tokens[at - 1]?.key ?? '') ? at - 1 : NAME_PREPOSITIONS.has(tokens[at - 2]?.key ?? '') && DETERMINERS.has(tokens[at - 1]!.key) ? at - 2 : -1;
  const head = tokens[link - 1];
  if (link < 0 || head === undefined || head.kind !== 'word' || !startsLower(head.text) || !(KIN_NOUNS.has(head.key) || isRoleNoun(head) || AGENT_NOUN.test(head.key))) return undefined;
  return text.slice(head.start, tokens[segment.to - 1]!.end);
}

/** Lower-case words a description before a name may have ("antropólogo y periodista", "veteran union organiser"). */
const MAX_DESCRIBING_WORDS = 4;

/** Contractions of a preposition and the article that open a description as an article does ("al antropólogo", "del expresidente"). */
const CONTRACTED_ARTICLES: ReadonlySet<string> = new Set(['al', 'del']);

/**
 * The common nouns for a person between an article and the token at `to`, each conjunct as written and its head noun
 * ("periodista" in "el periodista Hugo Valdés", "antropólogo" and "periodista" in "al antropólogo y periodista Juan
 * Martínez", "group's founder" and "founder" in "The group's founder, Bernice Scott"): how the article describes whom it
 * names, to look them up by. Only lower-case words with no preposition, clause word or verb among them, each conjunct
 * headed by a noun for a person (a role, or an agent noun: "founder", "antropólogo"), and, when `from` is given, opening
 * right after it.
 * Never a title the article refers back by: a description is no office, and reading it as one would move attributions.
 */
function describingNouns(tokens: readonly Token[], text: string, name: number, from?: number): string[] {
  // "el politólogo de la Universidad del Sur Ignacio Pizarro": the description's complement, a proper name, ends it.
  const to = capitalisedComplementAt(tokens, name);
  const end = tokens[name - 1]?.end ?? 0;
  let at = to;
  while (at > 0 && to - at < MAX_DESCRIBING_WORDS) {
    const token = tokens[at - 1]!;
    if (token.kind !== 'word' || !startsLower(token.text) || token.verb !== undefined || DETERMINERS.has(token.key) || CONTRACTED_ARTICLES.has(token.key)) break;
    if (CLAUSE_WORDS.has(token.key) || NAME_PREPOSITIONS.has(token.key) || (PHRASE_PREPOSITIONS.has(token.key) && !COORDINATORS.has(token.key))) return [];
    at--;
  }
  const article = tokens[at - 1];
  if (at === to || article === undefined || !(DETERMINERS.has(article.key) || CONTRACTED_ARTICLES.has(article.key)) || (from !== undefined && at - 1 !== from)) return [];
  const conjuncts: Token[][] = [[]];
  for (const token of tokens.slice(at, to)) {
    if (COORDINATORS.has(token.key)) conjuncts.push([]);
    else conjuncts.at(-1)!.push(token);
  }
  // The head: last in English ("retired schoolteacher"), first in Spanish ("periodista salvadoreño").
  // So does a body's by its kind ("la naviera Logística Austral", "la aerolínea Vuelos del Sur"): "la compañía" then finds it.
  const personal = (token: Token | undefined) => token !== undefined && (isRoleNoun(token) || AGENT_NOUN.test(token.key) || bodyKindOf(nameKey(token.text)) !== undefined);
  // One word no list knows is its own head when nothing else stands between the article and the name ("el candidato
  // Ruiz", "la oceanógrafa Ana Mir"): the article describes the person by it.
  const headOf = (words: Token[]) => (personal(words.at(-1)) ? words.at(-1) : personal(words[0]) ? words[0] : words.length === 1 && opensDescription(words[0]!) ? words[0] : undefined);
  if (!conjuncts.every((words) => headOf(words) !== undefined)) return [];
  // The whole conjunct and its head alone: "la sindicalista" finds "la veterana sindicalista"; the last with the complement.
  return [...new Set(conjuncts.flatMap((words, i) => [text.slice(words[0]!.start, i === conjuncts.length - 1 ? end : words.at(-1)!.end), headOf(words)!.text]))];
}

/**
 * Where a complement of proper names ends the words before the token at `name` ("de la Universidad Austral del Pacífico"
 * before "Ignacio Pizarro", "del Conicet" before "Ana Gil"): its preposition's position, when a lower-case word stands
 * before that preposition; else `name`.
 */
function capitalisedComplementAt(tokens: readonly Token[], name: number): number {
  const capitalised = (at: number) => tokens[at]?.kind === 'word' && /^\p{Lu}/u.test(tokens[at]!.text);
  let at = name;
  while (at > 0 && (capitalised(at - 1) || (NAME_ARTICLES.has(tokens[at - 1]!.key) && capitalised(at)) || (NAME_PREPOSITIONS.has(tokens[at - 1]!.key) && at < name))) at--;
  // The run opens with its preposition: "de" (or "de la"), then a capitalised word; before it, the description's lower-case word.
  const opens = tokens.findIndex((token, k) => k >= at && k < name && NAME_PREPOSITIONS.has(token.key));
  const first = NAME_ARTICLES.has(tokens[opens + 1]?.key ?? '') ? opens + 2 : opens + 1;
  // A complement of its own before the name: "el presidente de la Asamblea Legislativa" has none before "Asamblea".
  if (opens <= 0 || opens !== at || first >= name || !capitalised(first)) return name;
  const before = tokens[opens - 1]!;
  return before.kind === 'word' && startsLower(before.text) ? opens : name;
}

/**
 * Whether `short` abbreviates the name `long` ("Minedu" for "Ministerio de Educación", "Invivi" for "Instituto de
 * Vivienda"): its letters appear in the name in order, the first one opening a word of it. Schwartz and Hearst's
 * abbreviation test ("A simple algorithm for identifying abbreviation definitions in biomedical text", PSB 2003), on
 * folded letters; a party or place in brackets after a name ("Ana Ruiz (Verdes)") spells none of it.
 */
export function abbreviates(short: string, long: string): boolean {
  const letters = nameKey(short).replace(/ /g, '');
  const name = nameKey(long);
  if (letters.length < 2 || !name.includes(' ') || letters.length >= name.replace(/ /g, '').length) return false;
  let at = name.length - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    const opensWord = i === 0;
    while (at >= 0 && (name[at] !== letters[i] || (opensWord && at > 0 && name[at - 1] !== ' '))) at--;
    if (at < 0) return false;
    at--;
  }
  return true;
}

/**
 * Abbreviations a sentence defines in brackets after the words they abbreviate ("del Instituto de Vivienda (Invivi)" →
 * "Invivi" for "Instituto de Vivienda"): one capitalised word in brackets, and the fewest words before the bracket, from a
 * capitalised one, that it abbreviates (`abbreviates`); Schwartz and Hearst look as far back as twice the short form's
 * letters in words, at most its letters plus five.
 */
function abbreviationsDefined(sentence: Sentence, text: string): Array<{ short: string; long: string }> {
  const { tokens } = sentence;
  return tokens.flatMap((open, at) => {
    const short = tokens[at + 1];
    if (open.text !== '(' || tokens[at + 2]?.text !== ')' || short?.kind !== 'word' || !/^\p{Lu}\p{L}+$/u.test(short.text)) return [];
    const reach = Math.min(short.text.length + 5, 2 * short.text.length);
    for (let from = at - 2; from >= 0 && at - from <= reach && tokens[from]!.kind === 'word'; from--) {
      if (!/^\p{Lu}/u.test(tokens[from]!.text)) continue;
      const long = text.slice(tokens[from]!.start, tokens[at - 1]!.end);
      if (abbreviates(short.text, long)) return [{ short: short.text, long }];
    }
    return [];
  });
}

/**
 * Whether `short` abbreviates `long` in a way no look-up by initials finds: letters of its words in their order
 * ("Profeco" for "Procuraduría Federal del Consumidor": `abbreviates`), or its capitalised words' initials in another
 * order ("CNF" for "National Fisheries Chamber", the acronym of its Spanish name "Cámara Nacional de Pesquerías"). The
 * initials of its last words in order ("CIDH" closing "…de la Comisión Interamericana de Derechos Humanos") are found
 * so already, and a party or place in brackets after a person's name ("Ana Ruiz (PSOE)") spells none of it.
 */
function spellsInitials(short: string, long: string): boolean {
  const letters = (text: string) => nameKey(text).replace(/ /g, '');
  if (letters(initials(long)).endsWith(letters(short))) return false;
  const sorted = (text: string) => [...letters(text)].sort().join('');
  return abbreviates(short, long) || sorted(short) === sorted(initials(long));
}

/**
 * English words before a portfolio that make its office another one ("Deputy Health Secretary", "Shadow Foreign
 * Secretary", "Former Health Minister"): the one so titled is not the office's holder. Folded.
 */
export const OTHER_HOLDERS: ReadonlySet<string> = new Set(['deputy', 'assistant', 'under', 'vice', 'shadow', 'junior', 'former']);

/**
 * `title`, read in [from, to), with the words naming a portfolio right before it ("Health" in "Health Secretary Matt
 * Hancock", "Foreign" in "said Foreign Minister Sergei Lavrov"), which English sets before the role and a reading of the
 * name takes for a name of its own, and a word that makes it another office before those (OTHER_HOLDERS: "Deputy Health
 * Secretary", never "the health secretary"); undefined when there are none.
 */
function portfolioBefore(tokens: readonly Token[], text: string, from: number, to: number, title: string): string | undefined {
  const head = tokens.findIndex((token, at) => at >= from && at < to && text.startsWith(title, token.start));
  let first = head;
  while (first > 0 && tokens[first - 1]!.kind === 'word' && portfolioOf(tokens[first - 1]!.key) !== undefined) first--;
  if (first < head && first > 0 && OTHER_HOLDERS.has(tokens[first - 1]!.key)) first--;
  return head > 0 && first < head ? text.slice(tokens[first]!.start, tokens[head]!.start + title.length) : undefined;
}

/**
 * `title` with the proper name that stands right before it in `segment`, possessive or not ("Ofwat's chief executive",
 * "Severn Vale Water's chief executive", "Norsk Hydro spokeswoman"): the office's owner, which English puts before the
 * title as Spanish puts "de Ofwat" after it. Undefined when no capitalised word other than an article precedes the title.
 */
function ownedTitle(sentence: Sentence, text: string, segment: Segment, title: string): string | undefined {
  const { tokens } = sentence;
  let at = segment.to - 1;
  while (at >= segment.from && !text.startsWith(title, tokens[at]!.start)) at--;
  let from = at;
  while (from - 1 >= segment.from && tokens[from - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[from - 1]!.text)) from--;
  // "The Regulator's chief executive", "El presidente de…" at a sentence's start: the article is no part of the owner's name.
  while (from < at && DETERMINERS.has(tokens[from]!.key)) from++;
  return from < at ? text.slice(tokens[from]!.start, tokens[at]!.start + title.length) : undefined;
}

/**
 * The title a segment ends with after its owner's name, when the segment reads as no title ("A Codelco spokeswoman", "the
 * Norsk Hydro chief executive"): the lower-case role nouns at its end with the capitalised words before them
 * (`ownedTitle`); undefined when the segment does not end so.
 */
function ownedRoleAtEnd(sentence: Sentence, text: string, segment: Segment): string | undefined {
  const { tokens } = sentence;
  let first = segment.to;
  while (first - 1 >= segment.from && tokens[first - 1]!.kind === 'word' && startsLower(tokens[first - 1]!.text) && isRoleNoun(tokens[first - 1]!)) first--;
  if (first === segment.to) return undefined;
  const title = text.slice(tokens[first]!.start, tokens[segment.to - 1]!.end);
  return ownedTitle(sentence, text, { from: segment.from, to: segment.to }, title);
}

/** Whether a segment is an aside in brackets: a bracket opens right before it and closes right after. */
function bracketed(tokens: readonly Token[], segment: Segment): boolean {
  return tokens[segment.from - 1]?.text === '(' && tokens[segment.to]?.text === ')';
}

/** Most tokens of a bracketed aside between a segment and its comma ("(Minedu)", "(PSOE)"). */
const MAX_ASIDE_TOKENS = 4;

/** Whether a comma ends the segment, right after it or after an aside in brackets ("…de Educación (Minedu),"). */
function endsAtComma(tokens: readonly Token[], segment: Segment): boolean {
  if (tokens[segment.to]?.text === ',') return true;
  if (tokens[segment.to]?.text !== '(') return false;
  const close = tokens.findIndex((token, at) => at > segment.to && token.text === ')');
  return close > segment.to + 1 && close - segment.to <= MAX_ASIDE_TOKENS + 1 && tokens[close + 1]?.text === ',';
}

/** Words of a description read before its head noun ("a former FCC commissioner"). */
const MAX_DESCRIPTION_HEAD = 4;

/**
 * The tokens of a segment set after a name that describe a person, from its head's first modifier to the segment's end
 * ("a spokeswoman for California ISO", "an energy consultant", "the spokeswoman for the city", "una investigadora de la
 * universidad", "spokeswoman for the city"): an article (English "a" only in English: Spanish "a" is a preposition), then
 * within a few words a role or person noun, or, after an indefinite article, a noun ending as agent nouns do; or a
 * role noun with no article. Undefined for anything else, or a segment holding a clause ("a day after she said…").
 */
function describesPerson(sentence: Sentence, segment: Segment, language: string): Segment | undefined {
  const { tokens } = sentence;
  const first = tokens[segment.from];
  if (!first) return undefined;
  const article = DETERMINERS.has(first.key) && !(['a', 'an'].includes(first.key) && language !== 'en');
  const indefinite = article && INDEFINITE_DETERMINERS.has(first.key);
  const from = article ? segment.from + 1 : segment.from;
  if (!article && !(startsLower(first.text) && isRoleNoun(first))) return undefined;
  const words = tokens.slice(from, segment.to);
  if (words.some((token) => token.kind !== 'word' || CLAUSE_WORDS.has(token.key) || token.verb !== undefined)) return undefined;
  const isHead = (token: Token) => isRoleNoun(token) || (indefinite && startsLower(token.text) && AGENT_NOUN.test(token.key));
  for (const token of words.slice(0, MAX_DESCRIPTION_HEAD)) {
    if (PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key) || COORDINATORS.has(token.key)) return undefined;
    if (isHead(token)) return { from, to: segment.to };
  }
  return undefined;
}

/** The text of a segment's tokens. */
function slice(text: string, sentence: Sentence, segment: Segment): string {
  return text.slice(sentence.tokens[segment.from]!.start, sentence.tokens[segment.to - 1]!.end);
}

/**
 * The longest readable phrase that ends a segment and `fits`: "dijo la alcaldesa" → "la alcaldesa". A determiner that
 * follows no preposition or coordinator opens the phrase: "Este lunes el director del…" → "el director del…".
 */
function readTail(sentence: Sentence, text: string, segment: Segment, fits: (reading: PhraseReading) => boolean): PhraseReading | undefined {
  const { tokens } = sentence;
  for (let from = phraseStartFloor(tokens, segment.from, segment.to); from < segment.to; from++) {
    if (tokens.slice(from + 1, segment.to).some((token, k) => DETERMINERS.has(token.key) && !linksPhrases(tokens[from + k]!))) continue;
    const reading = readPhrase(sentence, text, from, segment.to);
    if (reading && fits(reading)) return reading;
  }
  return undefined;
}

/** Whether a word may stand before a determiner inside one noun phrase: a preposition or a coordinator ("de la", "for the", "y el"). */
function linksPhrases(token: Token): boolean {
  return NAME_PREPOSITIONS.has(token.key) || PHRASE_PREPOSITIONS.has(token.key) || COORDINATORS.has(token.key);
}

/** The segment from its last coordinated noun phrase ("y el jefe…", "and the editor…"), else the whole segment. */
function lastConjunct(sentence: Sentence, segment: Segment): Segment {
  const { tokens } = sentence;
  for (let i = segment.to - 2; i > segment.from; i--) {
    if (COORDINATORS.has(tokens[i]!.key) && DETERMINERS.has(tokens[i + 1]!.key)) return { from: i + 1, to: segment.to };
  }
  return segment;
}

export interface Segment {
  /** Token range [from, to) between commas (or the sentence's ends). */
  from: number;
  to: number;
}

/** Punctuation that ends a segment besides commas and quotations. */
const SEGMENT_MARKS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '(', ')']);

/** The sentence cut at its commas; quotations are single tokens, so their commas do not count. */
export function commaSegments(sentence: Sentence): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  sentence.tokens.forEach((token, i) => {
    if (token.text === ',' || token.kind === 'quote' || (token.kind === 'punct' && SEGMENT_MARKS.has(token.text))) {
      if (i > from) segments.push({ from, to: i });
      from = i + 1;
    }
  });
  if (from < sentence.tokens.length) segments.push({ from, to: sentence.tokens.length });
  return segments;
}
