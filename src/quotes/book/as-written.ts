/**
 * What a query finds as typed (`lookupAsWritten`): the one actor it names and their statements, several to choose
 * from, a channel's carried statements, speakers it only describes, or suggestions for a near miss.
 */
import { editsApart } from '../edits.js';
import type { QuoteResult } from '../types.js';
import { SAME_ACTOR_KEYS as sameActorKeys } from '../same-actor.js';
import { coordinatedMembers, nameKey } from '../normalize.js';
import { isNoName } from '../no-names.js';
import { BODY_NOUNS, INDEFINITE_DETERMINERS, INSTITUTION_NOUNS } from '../lexicon.js';
import { ACRONYM, FILLER_WORDS, consonantsOf, inComplement, isRoleWord, sameWord, significantWords } from './words.js';
import { type Entry, MAX_SHORT_WORD, MIN_FUZZY_CHARS, compact, inBookOrder, queryKey, tolerance, wordTolerance } from './keys.js';
import { type OpenBook, result } from './open-book.js';
import { candidatesOf, fewestEdits } from './shelves.js';
import { resolve, sameBody } from './resolve.js';

const UNKNOWN_SUGGESTIONS = 5;

/** Letters of a one-word name, at least, for it to be offered as the short form of a longer word ("Glaxo" of "GlaxoSmithKline"). */
const MIN_SHORT_FORM_CHARS = 4;

/**
 * What a query finds as typed; `lookup` also tries its name in the other language when this finds nobody.
 * `exact`: no close spellings (for the variants `lookup` makes of a query, which are spelt as the tables spell them).
 */
export function lookupAsWritten(book: OpenBook, query: string, exact = false): QuoteResult {
  const key = queryKey(query);
  // Nothing to compare with (a query of mentions or punctuation): nobody is close, so say who is quoted.
  if (!key) return result(query, { mostQuoted: book.mostQuotedNames(UNKNOWN_SUGGESTIONS) });
  const keyWords = significantWords(key);
  // "la alcaldesa", "el presidente ruso": a role the articles gave one speaker names that speaker.
  const role = keyWords.some(isRoleWord);
  const resolved = resolve(book, key, query, exact);
  const { by } = resolved;
  // "Un funcionario vietnamita" is an anonymous source the article never names again: no role refers to it
  // ("el funcionario"), but a query of its whole description does, with or without the article ("funcionario vietnamita").
  const indefinite = (name: string) => INDEFINITE_DETERMINERS.has(name.trim().split(/\s+/)[0]!.toLowerCase());
  const describedWhole = (entry: Entry) => entry.nameWords.every((word) => FILLER_WORDS.has(word) || keyWords.includes(word));
  const described = role && !indefinite(query) ? resolved.found.filter((entry) => !indefinite(entry.actor.name) || describedWhole(entry)) : resolved.found;
  // "la empresa" where one article quotes "Empresa" (a reference left unresolved) and another "Minera Andina", which it
  // calls so: the named body, never the common noun as a speaker to choose beside it.
  const withNames = described.filter((entry) => !isNoName(entry.actor.name));
  // Only speakers with no name ("Empresa", and a furniture word given the article's "la empresa"): one reference left
  // unresolved, their statements together under the one the query names as written. Only within an article: the
  // company another story leaves unnamed is another body ("la empresa" of a quarry, "la compañía" of a bus line).
  const namedAsWritten = (entry: Entry) => Number(entry.nameWords.every((word) => keyWords.includes(word)));
  const [chosen, ...others] = withNames.length === 0 && described.length > 1 ? [...described].sort((a, b) => namedAsWritten(b) - namedAsWritten(a)) : [];
  const articlesOf = (entry: Entry) => new Set(book.spokenBy(new Set([entry.actor.name])).map((statement) => statement.articleId));
  const chosenArticles = chosen === undefined ? new Set<string>() : articlesOf(chosen);
  const nameless = chosen === undefined ? [] : [chosen, ...others.filter((other) => [...articlesOf(other)].some((articleId) => chosenArticles.has(articleId)))];
  const fitting = withNames.length > 0 ? withNames : nameless.length > 0 ? nameless.slice(0, 1) : described;
  // "Peter Vance and Maria Lund said…" is found by either name; beside "Peter Vance" found too, it is among his
  // statements (jointNames), not another candidate.
  const found = fitting.length > 1 ? fitting.filter((entry) => !coordinatedMembers(entry.actor.name)?.some((member) => fitting.some((other) => other !== entry && other.keys.includes(member)))) : fitting;
  const close = (word: string, known: string) => sameWord(word, known) || (by === 'spelling' && editsApart(word, known, tolerance(word)) <= tolerance(word));
  // "el antropólogo Martínez": a word the article describes the person by alone ("antropólogo") beside a word of the name;
  // or a whole description of theirs the query holds ("el usuario de Twitter Kevin Sánchez").
  const named = (entry: Entry) => {
    const ofName = (word: string) => entry.nameWords.some((known) => close(word, known));
    const described = (word: string) => entry.keys.some((known) => known.split(' ').includes(word) && significantWords(known).every((each) => keyWords.includes(each)));
    // "la delegada de Urbanismo" for "la delegada del Área de Urbanismo del Ayuntamiento": a description of theirs cut
    // short, its head first and the rest of the query among its words (a query's word only in a description's complement,
    // "Rusia" in "presidente de Rusia", has another head and names nobody).
    const shortened = entry.keys.some((known) => {
      const words = significantWords(known);
      return keyWords.length > 1 && words.length > keyWords.length && words[0] === keyWords[0] && keyWords.every((word) => words.includes(word));
    });
    return shortened || keyWords.every((word) => ofName(word) || (described(word) && keyWords.some(ofName)));
  };
  // A query that only appears in how speakers are described ("Rusia" in "presidente de Rusia", or spelt
  // close to "ruso" in "presidente ruso") names none of them: offered, never silently taken for them.
  // Nor does a query only in the complement of descriptions ("el exmandatario" in "Defensa del exmandatario"): offered,
  // and the other forms of a role tried.
  const unnamed = (by === 'words' || by === 'spelling') && found.length > 0 && (found.every((entry) => inComplement(entry, keyWords)) || (!role && !found.some(named)));
  const carried = book.carriedBy(compact(key));
  // "KCNA" carries statements but says none itself: the statements it carried, under its name; also when it only
  // appears in how speakers are described ("analistas consultados por EFE").
  if (carried && (found.length === 0 || by === 'spelling' || unnamed)) {
    const channel = carried[0]!.via!;
    return result(query, { actor: channel, channel, statements: [...book.inOrder(`via:${compact(key)}`, () => carried)] });
  }
  const describedAs = (entry: Entry) => entry.actor.aliases.find((form) => keyWords.every((word) => nameKey(form).split(' ').some((known) => close(word, known))));
  // A spelling match whose words are in no description is a near miss of a name ("Kim Jong Il" for "Kim Jong Un"):
  // offered as such, never said to appear in how the speaker is described.
  if (unnamed && by === 'spelling' && !found.some(describedAs)) return result(query, { suggestions: found.map((entry) => entry.actor.name) });
  if (unnamed) {
    // Also as suggestions, so that every front end already offers them.
    return result(query, {
      suggestions: found.map((entry) => entry.actor.name),
      related: found.map((entry) => entry.actor.name),
      matchedAs: found.map((entry) => describedAs(entry) ?? entry.actor.name),
    });
  }
  if (found.length > 1) return result(query, { candidates: found.map((entry) => entry.actor.name) });
  // An acronym as typed ("SOBSE") is no misspelling of a name ("Sosa"), nor is one word two edits from a name a typo of
  // it, unless they differ only in vowels as spellings of one name across languages do ("Poutine", "Putin"): another
  // body's name is as likely ("Indeci" and "Invecq", "Merck" and "Maersk"). Nor is a word of three letters or fewer one
  // edit from another: it is an acronym typed in lower case as often ("ibi" is not the "III" of a body's name). Offered, never taken.
  const looseWord = !key.includes(' ') && ((resolved.edits ?? 0) > 1 || [...key].length <= MAX_SHORT_WORD) && !found.some((entry) => candidatesOf(entry).some((known) => consonantsOf(known) === consonantsOf(key)));
  if (by === 'spelling' && found.length === 1 && (ACRONYM.test(query.trim()) || looseWord)) return result(query, { suggestions: found.map((entry) => entry.actor.name) });
  const [entry] = found;
  if (!entry && exact) return result(query, {});
  if (!entry) {
    // Any word of the query close to any word of a name will do for a suggestion ("Putim Vladimirovich");
    // of the name itself, not of how the speaker is described ("Biden" is two edits from "líder"). A name the
    // table of other names knows is no misspelling: "Naciones Unidas" is not a near miss of "Estados Unidos".
    // A common noun for a body or a role ("partido", "ministry") is no misspelt name: "Partido" is not "Garrido".
    const fuzzyWords = sameActorKeys.has(key) ? [] : key.split(' ').filter((word) => word.length >= MIN_FUZZY_CHARS && !BODY_NOUNS.has(word) && !INSTITUTION_NOUNS.has(word) && !isRoleWord(word));
    // A given name is shared by many people: a query of several words close to a name only in its first word ("Marta
    // Ruiz", "María Núñez") names someone else. Another of its words must be close too, or the query's close word be
    // a later word of the name ("Putim Vladimirovich", "Vladimir Putin").
    const closeAt = (entry: Entry) => fuzzyWords.map((word) => entry.nameWords.findIndex((known) => known.length >= MIN_FUZZY_CHARS && editsApart(word, known, wordTolerance(word)) <= wordTolerance(word)));
    const beyondGivenName = (entry: Entry) => {
      const at = closeAt(entry).filter((place) => place >= 0);
      return fuzzyWords.length < 2 || entry.nameWords.length < 2 || at.length >= 2 || at.some((place) => place > 0);
    };
    // "Pim" for "Alberto Pimentel": a query whose every word begins a word of a name is that name cut short, which beats
    // a name one edit away ("Kim"); a full word is no beginning ("Ana" does not begin "Ana Hart" here).
    const begins = (entry: Entry) => fuzzyWords.length > 0 && fuzzyWords.every((word) => entry.nameWords.some((known) => known.length > word.length && known.startsWith(word)));
    const started = fuzzyWords.length > 0 ? [...book.beginningWith(fuzzyWords[0]!)].filter(begins).sort(inBookOrder) : [];
    // Only without such a name are close spellings looked for.
    const nearby = () => new Set(fuzzyWords.flatMap((word) => [...fewestEdits(book.shelves.nameWordsByLength(), word, wordTolerance(word)).keys()]));
    // "GlaxoSmithKline" where the articles quote "Glaxo": a one-word name that begins a one-word query, its short form.
    // Ends counted in letters (code points), as the prefixes are cut: a letter outside the BMP is two code units.
    const letters = [...key];
    const shortened = key.includes(' ') ? [] : letters.flatMap((_, end) => (end >= MIN_SHORT_FORM_CHARS ? (book.shelves.byCompactKey.get(letters.slice(0, end).join('')) ?? []) : [])).filter((entry) => entry.nameWords.length === 1);
    const begun = [...new Set([...shortened, ...started])];
    const near = (begun.length > 0 ? begun : [...nearby()].filter(beyondGivenName).sort(inBookOrder)).slice(0, UNKNOWN_SUGGESTIONS);
    if (near.length === 0) return result(query, { mostQuoted: book.mostQuotedNames(UNKNOWN_SUGGESTIONS) });
    // "Tom Calder" beside the "Ruth Calder" who spoke: the surname is close, the given names are two (neither close to a
    // word of the other name): someone else of that surname, said so, not a near spelling of the person asked for.
    const givenNameDiffers = (entry: Entry) => {
      const [otherGiven] = entry.nameWords;
      const at = closeAt(entry);
      return fuzzyWords.length >= 2 && entry.nameWords.length >= 2 && otherGiven !== undefined && at[0] === -1 && at.some((place) => place > 0)
        && !fuzzyWords.some((word) => editsApart(word, otherGiven, wordTolerance(word)) <= wordTolerance(word));
    };
    const otherGivenName = near.filter(givenNameDiffers).map((other) => other.actor.name);
    return result(query, { suggestions: near.map((close) => close.actor.name), ...(otherGivenName.length > 0 ? { otherGivenName } : {}) });
  }
  // A medium that speaks and also carries others' words ("KCNA"): both, each carried one with its `via`.
  const resolvedBy = by === 'acronym' || by === 'language' || by === 'spelling' ? by : role && !named(entry) ? 'role' : undefined;
  const statements = book.inOrder(`actor:${[entry, ...nameless.slice(1)].map((each) => each.actor.name).join('\n')}`, () => {
    const names = new Set([entry.actor.name, ...sameBody(book, entry).map((other) => other.actor.name), ...entry.keys.flatMap((key) => book.shelves.joining(key)), ...nameless.map((other) => other.actor.name)]);
    const own = book.spokenBy(names);
    const relayed = (book.carriedBy(compact(nameKey(entry.actor.name))) ?? []).filter((statement) => !own.includes(statement));
    return [...own, ...relayed];
  });
  return result(query, { actor: entry.actor.name, statements: [...statements], ...(resolvedBy ? { resolvedBy } : {}) });
}
