/**
 * The actors a query's key names (`resolve`), from the surest kind of match to the loosest: the whole key, a body's
 * common noun, an acronym, the other language's name, every word, a name inside the key, a role with its owner, a
 * close spelling; and the rows of one body under its acronym and spelt out (`sameBody`).
 */
import { SAME_ACTOR_KEYS as sameActorKeys, isBodyName, portfolioOf } from '../same-actor.js';
import { countriesNamedIn } from '../countries.js';
import { nameKey } from '../normalize.js';
import { isBareRole } from '../reference.js';
import { bodyKindOf, nameHeadedBy, sameKindNouns } from '../body-kinds.js';
import { BODY_NOUNS, DETERMINERS, GROUP_NOUNS, INSTITUTION_NOUNS, SKIPPABLE, TITLE_NOUNS, isTitleNoun, isTitlePlural } from '../lexicon.js';
import { minOf } from '../../arrays.js';
import { ARTICLES, FILLER_WORDS, HEAD_LINKS, PORTUGUESE_ARTICLES, PREPOSITIONS, PROFESSION, ROLES_FOR_ANOTHER, inComplement, isDescriptionHead, isMediumKind, isRoleWord, sameWord, significantWords, titlesLead } from './words.js';
import { type Entry, acronymInitials, compact, inBookOrder, tolerance, toleranceOf } from './keys.js';
import type { OpenBook } from './open-book.js';
import { fewestEdits } from './shelves.js';
import { lookupAsWritten } from './as-written.js';

/**
 * Each actor's fewest edits from `key` to one of its keys or words, when that is within `limit`. A
 * one-word key is compared only with words that begin with its letter: a misspelling rarely changes
 * the first letter, and without that condition "rusia" is as close to "Lucía" as to "ruso" (Lucene's
 * FuzzyQuery `prefixLength` 1, for the same reason); a longer key has letters enough to go by
 * ("Wladimir Putin"). Strings whose lengths differ by more than `limit` are more than `limit` edits
 * apart: not compared. A shorter string allows only the edits its own length does: two edits make any four-letter
 * name of many five-letter words ("Sosa" of "SOBSE", "Rosa" of "Rusia"), which are no typos of it.
 */
function closeTo(book: OpenBook, key: string, limit: number): Array<{ entry: Entry; edits: number }> {
  const oneWord = !key.includes(' ');
  const fewest = fewestEdits(book.shelves.candidatesByLength(), key, limit, oneWord ? key.charAt(0) : undefined, toleranceOf);
  return [...fewest].sort((a, b) => inBookOrder(a[0], b[0])).map(([entry, edits]) => ({ entry, edits }));
}

/** Actors with every one of `words` among their words (an initial, "v", stands for any word it begins), from the actors of the rarest word. */
export function withAllWords(book: OpenBook, words: string[]): Entry[] {
  if (words.length === 0) return [];
  const wholeWords = words.filter((word) => word.length > 1);
  const wordLists = (wholeWords.length ? wholeWords : words).map((word) => book.shelves.byWord.get(word) ?? []);
  const rarest = wordLists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest));
  return rarest.filter((entry) => words.every((word) => entry.words.some((known) => sameWord(word, known))));
}

/** Whether the actor's name (not only how they are described) has every one of `words`. */
function namedBy(words: string[]) {
  return (entry: Entry) => words.every((word) => entry.nameWords.some((known) => sameWord(word, known)));
}

/**
 * Actors named, by a whole name or alias of theirs, inside a key that also describes them: a description before the name ("el periodista César Fagoaga",
 * "New York City Mayor Bill de Blasio") or a complement after it ("Departamento de Estado de Estados Unidos"), the
 * longest name first; or both ("Sen. Elizabeth Warren of Massachusetts"). A name right after a preposition is itself
 * a complement ("el presidente de la Asamblea" is not the Asamblea), and a complement begins with one.
 */
function namedInside(book: OpenBook, words: string[]): Entry[] {
  const afterPreposition = (at: number) => {
    let before = at - 1;
    while (before >= 0 && ARTICLES.has(words[before]!)) before--;
    return before >= 0 && PREPOSITIONS.has(words[before]!);
  };
  // A surname after another word that is no description (a role, a title, a profession: "el periodista César
  // Fagoaga", "Mayor de Blasio", "el antropólogo Martínez") is part of another name: the speaker's only if the query
  // has all of the speaker's name ("Joe Biden" for a "Biden" the articles name no further), never when it gives
  // another given name ("Tony Hernández" is not Juan Orlando Hernández).
  const afterDescription = (at: number) => {
    let before = at - 1;
    while (before >= 0 && (ARTICLES.has(words[before]!) || PORTUGUESE_ARTICLES.has(words[before]!))) before--;
    return before < 0 || isRoleWord(words[before]!) || isTitleNoun(words[before]!) || PROFESSION.test(words[before]!);
  };
  const anotherGivenName = (entry: Entry, part: string[]) => {
    const rest = entry.nameWords.length - part.length;
    return rest > 0 && part.every((word, at) => entry.nameWords[rest + at] === word) && !entry.nameWords.every((word) => words.includes(word));
  };
  const starts = [...words.keys()].filter((at) => at === 0 || (!afterPreposition(at) && !FILLER_WORDS.has(words[at]!)));
  const ends = [...words.keys(), words.length].filter((at) => at === words.length || (at > 0 && (PREPOSITIONS.has(words[at]!) || isMediumKind(words.slice(at)))));
  const parts = starts.flatMap((from) => ends.filter((to) => to > from && to - from < words.length).map((to) => ({ part: words.slice(from, to), from })));
  for (const { part, from } of parts.sort((a, b) => b.part.length - a.part.length)) {
    // A body's common noun alone ("sindicato", "the union") is how an article refers back to the one it named; in a
    // longer query the rest says which body ("Sindicato de Inquilinas" is not the union an article calls "el sindicato").
    if (part.every((word) => FILLER_WORDS.has(word) || BODY_NOUNS.has(word) || INSTITUTION_NOUNS.has(word))) continue;
    // A role alone names its holder only for the same portfolio and country: "education secretary" is not the
    // "secretary" of transport, "presidente de Honduras" not the "presidente ruso". Any other word the query adds
    // must describe the holder too: "the Austrian chancellor" is not the "German Chancellor", whatever list knows
    // (or does not know) the adjective.
    const roleOnly = part.every((word) => FILLER_WORDS.has(word) || isRoleWord(word));
    const rest = words.filter((word) => !part.includes(word));
    const countries = roleOnly ? countriesNamedIn(rest) : [];
    const countryWords = new Set(countries.flat().flatMap((naming) => naming.split(' ')));
    // The words that modify the role itself, up to a preposition either side ("Austrian" in "the Austrian chancellor",
    // "austriaco" in "el canciller austriaco"); a complement ("por Florida", "de la Escuela…") may say what the article
    // wrote elsewhere, and a determiner or adverb ("her", "también") describes nobody.
    const untilPreposition = (side: string[]) => side.slice(0, [...side, 'of'].findIndex((word) => PREPOSITIONS.has(word)));
    const modifiers = [...untilPreposition(words.slice(0, from).reverse()), ...untilPreposition(words.slice(from + part.length))];
    const otherPortfolio = (entry: Entry) =>
      roleOnly && (rest.some((word) => portfolioOf(word) !== undefined && !entry.words.some((known) => portfolioOf(known) === portfolioOf(word))) || countries.some((namings) => !namings.some((naming) => naming.split(' ').every((word) => entry.words.includes(word)))));
    const unexplained = (entry: Entry) =>
      roleOnly && modifiers.some((word) => !FILLER_WORDS.has(word) && !DETERMINERS.has(word) && !SKIPPABLE.has(word) && !countryWords.has(word) && portfolioOf(word) === undefined && !entry.words.some((known) => sameWord(word, known)));
    // What the office belongs to ("of Andesal", "de Codelco"), when the articles name it for other speakers only, says
    // the holder is another's: the "chief executive" of one company is not that of another the book knows.
    const after = words.slice(from + part.length);
    const belongsTo = PREPOSITIONS.has(after[0] ?? '') ? after.filter((word) => !FILLER_WORDS.has(word) && !PREPOSITIONS.has(word) && !BODY_NOUNS.has(word) && !INSTITUTION_NOUNS.has(word) && book.shelves.byWord.has(word)) : [];
    const elsewhere = (entry: Entry) => roleOnly && belongsTo.some((word) => !entry.words.includes(word));
    const found = (book.shelves.byCompactKey.get(compact(part.join(' '))) ?? []).filter((entry) => (from === 0 || afterDescription(from) || !anotherGivenName(entry, part)) && !otherPortfolio(entry) && !unexplained(entry) && !elsewhere(entry));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A role with what it belongs to ("secretario general del Simeva", "la portavoz de la Federación de Estibadores"), when
 * no speaker is described by all of it: the one speaker the articles give the role alone ("Su secretario general, Alberto
 * Carballal,", a possessive for the body named before) who speaks in an article where the owner speaks too. Empty when
 * the key is no role and complement, the owner is no speaker, or not exactly one holder speaks beside it.
 */
function holderOfOwnedRole(book: OpenBook, key: string): Entry[] {
  const words = key.split(' ').filter((word) => !ARTICLES.has(word));
  const link = words.findIndex((word) => HEAD_LINKS.has(word));
  const role = words.slice(0, link);
  if (link < 1 || link === words.length - 1 || !isRoleWord(role[0]!)) return [];
  const holders = (book.shelves.byCompactKey.get(compact(role.join(' '))) ?? []).filter((entry) => !isBareRole(entry.actor.name));
  if (holders.length === 0) return [];
  // The owner as a speaker, else as a name the articles write without quoting it ("La Federación de Estibadores
  // (Fedest) convocó una huelga").
  const ownerKey = words.slice(link + 1).join(' ');
  const owner = lookupAsWritten(book, ownerKey, true);
  const named = owner.actor === null ? book.unquotedWith(significantWords(ownerKey)[0]!).filter((entry) => entry.written.has(ownerKey)) : [];
  const ownerArticles = new Set([...owner.statements.map((statement) => statement.articleId), ...named.flatMap((entry) => entry.articles)]);
  if (ownerArticles.size === 0) return [];
  const beside = holders.filter((entry) => entry.actor.name !== owner.actor && lookupAsWritten(book, entry.actor.name, true).statements.some((statement) => ownerArticles.has(statement.articleId)));
  return beside.length === 1 ? beside : [];
}

/**
 * Actors the key names, from the surest kind of match to the loosest (the first kind that finds any wins),
 * and that kind: the whole key, an acronym, the other language's name, every word, a name inside the key, or (unless
 * `exact`) a close spelling.
 */
export function resolve(book: OpenBook, key: string, query: string, exact: boolean): { found: readonly Entry[]; by: 'key' | 'acronym' | 'language' | 'words' | 'name' | 'spelling'; edits?: number } {
  // "la firma", "the company", "el sindicato": a body's common noun, with its article or in lower case (a capitalised word
  // alone may be a surname: "Court"), is any body the articles call by a noun of its kind alone or whose name holds one
  // ("Cámara Nacional de Acuicultura"), never a person described with it ("el consejero delegado de la firma").
  const kindNouns = bodyKindOf(key) === undefined ? [] : [key.split(' ').at(-1)!, ...sameKindNouns(key)];
  // A person the articles call by the noun ("Company spokesperson" for "the firm") only when no body is.
  const kindFound = kindNouns.flatMap((noun) => [...(book.shelves.byCompactKey.get(noun) ?? []), ...(book.shelves.byWord.get(noun) ?? []).filter((entry) => nameHeadedBy(entry.nameWords, noun) && !entry.nameWords.some(isRoleWord))]);
  const bodies = kindFound.filter((entry) => !entry.nameWords.some(isRoleWord));
  const ofKind = bodies.length > 0 ? bodies : kindFound;
  if (ofKind.length && (key.includes(' ') || !/\p{Lu}/u.test(query))) return { found: [...new Set(ofKind)].sort(inBookOrder), by: 'key' };
  const sameKey = book.shelves.byCompactKey.get(compact(key));
  if (sameKey) {
    if (key.includes(' ')) return { found: sameKey, by: 'key' };
    // A word that is one speaker's surname and another's title or description ("King" for Gayle King and for "King
    // Charles"): the person it names, not the one it describes. A bare role ("Ministra") is no name, and a name in
    // the complement of a description is another person's ("Abogados del expresidente Hernández").
    const surnamed = (entry: Entry) => {
      const at = entry.nameWords.indexOf(key);
      return at > 0 && !isBareRole(entry.actor.name) && !(isDescriptionHead(entry.nameWords[0]!) && entry.nameWords.slice(1, at).some((word) => PREPOSITIONS.has(word)));
    };
    const named = sameKey.filter(surnamed);
    const own = named.length > 0 ? named : sameKey;
    // A surname one article used alone ("Pérez añadió") names its own person there, not every Pérez quoted elsewhere.
    // Another person of that surname, that is: not one whose description has the word ("el aliado de Bukele"), nor one
    // whose given name it is ("Scott Morrison" for the "Scott" an article calls Bernice Scott).
    // A noun for people ("officials") is nobody's surname: "Italian officials" is another group.
    // Nor one quoted only in articles that quote the surname's own person too, and so call that person alone by it
    // ("Martínez" for Juan Martínez where Óscar Martínez is always named in full).
    // Where an entry spoke is what its own look-up finds; a one-word name's look-up comes back here, so inside it no
    // sharing is sought (else "Greenpeace" beside a "Fundación Amigos de Greenpeace" looked itself up without end).
    const spokeIn = (entry: Entry) => {
      book.sharingLookups++;
      try {
        return lookupAsWritten(book, entry.actor.name, true).statements.map((statement) => statement.articleId);
      } finally {
        book.sharingLookups--;
      }
    };
    let ownArticles: Set<string> | undefined;
    const elsewhere = (entry: Entry) => spokeIn(entry).some((articleId) => !(ownArticles ??= new Set(own.flatMap(spokeIn))).has(articleId));
    const sharing = book.sharingLookups > 0 || GROUP_NOUNS.has(key) || isTitlePlural(key) ? [] : (book.shelves.byWord.get(key) ?? []).filter((entry) => !sameKey.includes(entry) && surnamed(entry) && elsewhere(entry));
    return sharing.length ? { found: [...own, ...sharing], by: 'words' } : { found: own, by: 'key' };
  }
  // A capitalised body noun alone that is nobody's surname ("Empresa" where the articles quote "Minera Andina" as "la firma").
  if (ofKind.length) return { found: [...new Set(ofKind)].sort(inBookOrder), by: 'key' };
  // An acronym for a name the articles spell out, then the same country or organisation in the other language.
  // Initials are a guess that the table of other names overrules: "EU" (the European Union in English) has
  // the initials of "Estados Unidos", whose row in that table does not hold it.
  const queryRow = sameActorKeys.get(key);
  const initialsFit = (entry: Entry, forms: string[]) =>
    entry.keys.every((entryKey) => {
      const row = sameActorKeys.get(entryKey);
      return row === undefined || row === queryRow || forms.some((form) => row.includes(form));
    });
  const byAcronym = (forms: string[]) => forms.flatMap((initials) => book.shelves.byInitials.get(initials) ?? []).filter((entry) => initialsFit(entry, forms));
  const expanded = byAcronym(acronymInitials(query.trim()));
  if (expanded.length) return { found: [...new Set(expanded)], by: 'acronym' };
  const translated = (queryRow ?? []).flatMap((other) => book.shelves.byCompactKey.get(compact(other)) ?? byAcronym([other]));
  if (translated.length) return { found: [...new Set(translated)], by: 'language' };
  // Every word of the key among the actor's words: the actors of its rarest word, filtered.
  // An initial ("V. Putin") stands for any word it begins; the actors come from the query's whole words.
  const keyWords = significantWords(key);
  // A title the articles do not put before this name ("President Putin" where they say "el presidente ruso") is left out.
  const untitled = keyWords.filter((word) => !TITLE_NOUNS.has(word));
  // Those the words name before those whose description has them: "Ibarra" is Raúl Ibarra, not "la exsecretaria de Ibarra".
  // A description that has the query's words only in its complement speaks for another ("Defensa del exmandatario" is
  // not "el exmandatario"): set aside when someone else has them.
  const anyWith = withAllWords(book, keyWords);
  const ownWith = anyWith.filter((entry) => !inComplement(entry, keyWords));
  const withWords = ownWith.length > 0 ? ownWith : anyWith;
  const namedWith = withWords.filter(namedBy(keyWords));
  const allWords = namedWith.length > 0 ? namedWith : withWords;
  // What is left must name the speaker: "el ministro ruso" is not the "presidente ruso" with its title left out.
  // A role held for someone else after a name ("Putin spokesman", "Trump lawyer") is another person's: not left out.
  const anotherRole = keyWords.some((word, at) => at > 0 && ROLES_FOR_ANOTHER.has(word));
  const byName = allWords.length === 0 && !anotherRole && untitled.length > 0 && untitled.length < keyWords.length && titlesLead(key) ? withAllWords(book, untitled).filter(namedBy(untitled)) : [];
  if (allWords.length || byName.length) return { found: allWords.length ? allWords : byName, by: 'words' };
  const inside = namedInside(book, key.split(' '));
  if (inside.length) return { found: inside, by: 'name' };
  const holder = holderOfOwnedRole(book, key);
  if (holder.length) return { found: holder, by: 'name' };
  if (exact) return { found: [], by: 'spelling' };
  // A role is a word of its own, never a misspelling of another: "alcaldesa" is not "alcalde".
  const titles = keyWords.filter(isRoleWord);
  const close = closeTo(book, key, tolerance(key)).filter(({ entry }) => titles.every((title) => entry.words.includes(title)));
  const best = minOf(close.map(({ edits }) => edits));
  const found = close
    .filter(({ edits }) => edits === best)
    .sort((a, b) => b.entry.actor.statements - a.entry.actor.statements)
    .map(({ entry }) => entry);
  return { found, by: 'spelling', edits: best };
}

/**
 * The rows of the same body under its acronym and spelt out, in either language ("IMF" and "Fondo Monetario
 * Internacional", "OEA" and "Organization of American States"): the body's statements are both rows'. Only an
 * acronym of three capitals or more and a body's name (`isBodyName`) spelling it, one only: two letters or a person's
 * initials ("Isabel Mora Flores") say too little.
 */
export function sameBody(book: OpenBook, entry: Entry): Entry[] {
  const acronymOf = (other: Entry) => (/^\p{Lu}{3,8}$/u.test(other.actor.name.replace(/[.\s]/g, '')) ? compact(nameKey(other.actor.name)) : undefined);
  const bodyName = (other: Entry) => isBodyName(nameKey(other.actor.name));
  const own = acronymOf(entry);
  const spelt = own === undefined ? [] : (book.shelves.byInitials.get(own) ?? []).filter(bodyName);
  const acronyms = bodyName(entry) ? entry.initials.flatMap((initials) => (book.shelves.byCompactKey.get(initials) ?? []).filter((other) => acronymOf(other) === initials)) : [];
  const others = [...new Set([...(spelt.length === 1 ? spelt : []), ...acronyms])].filter((other) => other !== entry);
  return others.length === 1 ? others : [];
}
