/**
 * What a query finds in its other forms when as written it names nobody (`lookupQuery`, `lookupWhole`): its
 * initials, its office however written, its role or body name in the other language, its country's other forms, a
 * description by a role, and the query without an aside in brackets or a courtesy title.
 */
import type { QuoteResult } from '../types.js';
import { SAME_ACTOR_KEYS as sameActorKeys, isBodyName, officeBodyNames, otherLanguageHeads, otherRoleForms, sameBodyAcrossLanguages, translatedBodyNames, translatedInitials } from '../same-actor.js';
import { isPlaceName, otherCountryForms } from '../countries.js';
import { officeOf } from '../offices.js';
import { nameKey } from '../normalize.js';
import { isBareRole, isOrganisation } from '../reference.js';
import { COURTESY_TITLE, FILLER_WORDS, complementAt, isDescriptionHead, isRoleWord, officeFirst, significantWords, spokespersonOwner } from './words.js';
import { type OpenBook, foundSomething, namesSomeone, result } from './open-book.js';
import { byRecency, initialsOf, queryKey } from './keys.js';
import { lookupAsWritten } from './as-written.js';

/**
 * A query naming a country by any of its forms ("el presidente de Rusia", "the Russian president", "Corea del Norte"):
 * what the country's other forms find (countries.ts), with `asWritten`, what the query found as typed. A speaker
 * whose role the query names ("presidente ruso") is that speaker; the places speaking for its government ("Kremlin",
 * "Pyongyang y Moscú") are the country itself, their statements together under the most quoted one's name, with the
 * people its demonym describes offered beside; otherwise those people, offered and never taken for the country.
 * Undefined when the query names no country or nothing is found.
 */
function lookupByCountry(book: OpenBook, key: string, asWritten: QuoteResult): QuoteResult | undefined {
  const variants = [key, ...otherRoleForms(key)].flatMap(otherCountryForms);
  if (variants.length === 0) return undefined;
  const found = variants.map(({ key: variant, naming }) => ({ naming, result: lookupAsWritten(book, variant, true) }));
  const speakers = (results: QuoteResult[]) => [...new Set(results.flatMap((each) => (each.actor !== null ? [each.actor] : each.candidates)))];

  // A role of a country is held by a person the articles describe with its demonym ("presidente ruso"), never by the country's capital.
  if (significantWords(key).some(isRoleWord)) {
    const byRole = found.filter(({ naming, result: each }) => naming === 'description' && each.resolvedBy === 'role').map(({ result: each }) => each);
    const [holder, ...others] = speakers(byRole);
    if (holder === undefined) return undefined;
    return others.length === 0 ? { ...byRole[0]!, resolvedBy: 'role' } : result(key, { candidates: [holder, ...others] });
  }

  // A body named with the country's demonym ("el Banco Central nicaragüense" for the "Banco Central de Nicaragua").
  const byName = found.filter(({ naming, result: each }) => naming === 'name' && each.actor !== null && each.resolvedBy === undefined && !isPlaceName(nameKey(each.actor))).map(({ result: each }) => each);
  const [namedBody, ...otherBodies] = speakers(byName);
  if (namedBody !== undefined) return otherBodies.length === 0 ? { ...byName[0]!, resolvedBy: 'language' } : result(key, { candidates: [namedBody, ...otherBodies] });

  const described = new Map<string, string>();
  for (const each of [asWritten, ...found.map(({ result: variant }) => variant)]) {
    (each.related ?? []).forEach((name, i) => described.has(name) || described.set(name, each.matchedAs?.[i] ?? name));
  }
  // A speaker whose own name holds the demonym ("Un funcionario vietnamita" for "Vietnam"): related as well, never taken for the country.
  for (const { naming, result: each } of found) {
    if (naming !== 'description') continue;
    for (const name of each.actor !== null ? [each.actor] : each.candidates) if (!described.has(name)) described.set(name, name);
  }
  const offered = described.size > 0 ? { related: [...described.keys()], matchedAs: [...described.values()] } : {};
  const byPlace = found.filter(({ naming, result: each }) => naming !== 'description' && each.actor !== null && isPlaceName(nameKey(each.actor))).map(({ result: each }) => each);
  // Every place that spoke for the country ("Kremlin", "Pyongyang y Moscú"), most quoted first: their statements together.
  const places = [...new Map(byPlace.map((each) => [each.actor!, each])).values()].sort((a, b) => b.statements.length - a.statements.length);
  const [first] = places;
  if (first) {
    const statements = places.length === 1 ? first.statements : places.flatMap((each) => each.statements).sort(byRecency);
    return { ...first, statements, resolvedBy: 'country', ...offered };
  }
  return described.size > 0 ? result(key, { suggestions: [...described.keys()], ...offered }) : undefined;
}

/**
 * "la defensa de Martinelli" where the article writes "La defensa del exmandatario": the descriptions with the query's
 * head whose complement is a role the person the query's complement names holds ("exmandatario" for the "expresidente"
 * Martinelli, by `otherRoleForms`). Their names; none when the query is no description of a person.
 */
function describedByRole(book: OpenBook, key: string): string[] {
  const words = key.split(' ');
  const at = words.findIndex((word, i) => i > 0 && (word === 'de' || word === 'del' || word === 'of'));
  const head = significantWords(words.slice(0, Math.max(at, 0)).join(' '))[0];
  if (at < 0 || head === undefined || !isDescriptionHead(head)) return [];
  const person = lookupAsWritten(book, words.slice(at + 1).join(' '), true).actor;
  const holder = person === null ? undefined : book.shelves.byName.get(person);
  if (!holder || isDescriptionHead(holder.nameWords[0]!)) return [];
  const roles = new Set(holder.actor.aliases.map(nameKey));
  const holds = (role: string) => roles.has(role) || otherRoleForms(role).some((form) => roles.has(form));
  return (book.shelves.byWord.get(head) ?? [])
    .filter((entry) => entry.nameWords[0] === head && entry !== holder)
    .filter((entry) => {
      const opens = complementAt(entry.nameWords);
      return opens > 0 && holds(entry.nameWords.slice(opens + 1).filter((word) => !FILLER_WORDS.has(word)).join(' '));
    })
    .map((entry) => entry.actor.name);
}

/** What a query finds: as written, by its initials, its role or country in other forms, or its name in the other language. */
function lookupQuery(book: OpenBook, query: string): QuoteResult {
  const asWritten = lookupAsWritten(book, query);
  const key = queryKey(query);
  // "Korean Central News Agency" where the articles only write "KCNA": a name spelt out whose initials are an acronym they quote.
  // "Fondo Monetario Internacional" where they write "IMF": the initials of its name in the other language, spelt as the tables spell them: exact.
  const unfound = !namesSomeone(asWritten);
  // A role's description ("el ministro de Educación") spells no acronym: its initials ("me") would find anyone close to them.
  // Initials are a guess already: only an acronym spelt exactly so, never one a letter away ("sma" for "SMN").
  const translated = unfound && !significantWords(key).some(isRoleWord) ? translatedInitials(key) : [];
  const initials = unfound && !significantWords(key).some(isRoleWord) ? [initialsOf(key), ...translated] : [];
  // "Ministerio de Energía y Minas" where the articles only describe someone as "titular del MEM": offered as the acronym offers them.
  let offeredByInitials: QuoteResult | undefined;
  let offeredInOtherLanguage: QuoteResult | undefined;
  for (const acronym of initials.filter(Boolean)) {
    const byInitials = lookupAsWritten(book, acronym, true);
    if (namesSomeone(byInitials)) return { ...byInitials, query, resolvedBy: 'acronym' };
    if (!offeredByInitials && (byInitials.related?.length ?? 0) > 0) offeredByInitials = byInitials;
  }
  // "World Meteorological Organization" where the articles write "Organización Meteorológica Mundial": the one body
  // whose name spells the initials of the query's name in the other language.
  const spelt = [...new Set(translated.flatMap((acronym) => (book.shelves.byInitials.get(acronym) ?? []).filter((entry) => isBodyName(nameKey(entry.actor.name)))))];
  if (spelt.length === 1) return { ...lookupAsWritten(book, spelt[0]!.actor.name, true), query, resolvedBy: 'language' };
  // "el ministro de Educación" where the articles say "el titular del Ministerio de Educación" or "Education Secretary":
  // the same minister's office however written; a bare role ("Ministra") names nobody.
  const office = unfound ? officeOf(key) : undefined;
  const holders = office === undefined ? [] : (book.shelves.byOffice.get(office) ?? []).filter((entry) => !isBareRole(entry.actor.name));
  if (holders.length === 1) return { ...lookupAsWritten(book, holders[0]!.actor.name, true), query, resolvedBy: 'role' };
  if (holders.length > 1) return result(query, { candidates: holders.map((entry) => entry.actor.name) });
  // "the mayor" where the articles only say "la alcaldesa": the same office in the other language, before a near spelling.
  if (unfound) {
    // A bare role of the other language ("Former mayor" for "la alcaldesa") is no holder the articles name. An office
    // after what it belongs to ("Codelco chief executive", "the Georgian president") is also read with that after it, in
    // the query's words before the other language's: whom the articles call "President" before every "presidente".
    // What the office belongs to must then be the holder's, or in what they said or the headline above it: the only
    // "President" of the articles is no Bulgarian president unless Bulgaria is in his story.
    const reordered = officeFirst(key);
    const owned = (found: QuoteResult, owner: string) => {
      const said = found.statements.flatMap((statement) => [statement.title, statement.text]).map(nameKey);
      return ` ${[...(found.actor === null ? [] : book.shelves.byName.get(found.actor)?.keys ?? []), ...said].join(' ')} `.includes(` ${owner} `);
    };
    const tiers = [otherRoleForms(key).map((form) => ({ form })), reordered, reordered.flatMap(({ form, owner }) => otherRoleForms(form).map((other) => ({ form: other, owner })))];
    for (const forms of tiers) {
      const byRole = forms
        .map(({ form, owner }: { form: string; owner?: string }) => ({ owner, found: lookupAsWritten(book, form) }))
        .map(({ owner, found }) => (found.actor !== null && (isBareRole(found.actor) || (owner !== undefined && !owned(found, owner))) ? result(query, {}) : { ...found, candidates: found.candidates.filter((name) => !isBareRole(name)) }))
        .filter(namesSomeone);
      const holders = [...new Set(byRole.flatMap((found) => (found.actor !== null ? [found.actor] : found.candidates)))];
      const [only] = byRole;
      if (holders.length === 1 && only) return { ...only, query, resolvedBy: 'role' };
      if (holders.length > 1) return result(query, { candidates: holders });
    }
    const describing = describedByRole(book, key);
    if (describing.length === 1) return { ...lookupAsWritten(book, describing[0]!, true), query, resolvedBy: 'role' };
    if (describing.length > 1) return result(query, { candidates: describing });
    // "Health Ministry" where the articles say "Ministerio de Salud", "Nicaraguan Central Bank" for the "Banco Central de
    // Nicaragua": the body's name in the other language, and that name's country in its other forms.
    for (const translated of translatedBodyNames(key)) {
      const byName = lookupAsWritten(book, translated, true);
      const found = namesSomeone(byName) ? byName : lookupByCountry(book, translated, byName);
      if (found && namesSomeone(found)) return { ...found, query, resolvedBy: 'language' };
      // "Chamber of Commerce" where the articles only describe someone as "portavoz de la Cámara de Comercio de X":
      // offered as the Spanish name offers them.
      if (!offeredInOtherLanguage && (byName.related?.length ?? 0) > 0) offeredInOtherLanguage = byName;
    }
    // "Prosecutor's Office", "Attorney General's Office" where the articles write "Fiscalía General de la Nación".
    for (const body of officeBodyNames(key)) {
      const byName = lookupAsWritten(book, body, true);
      if (namesSomeone(byName)) return { ...byName, query, resolvedBy: 'language' };
      if (!offeredInOtherLanguage && (byName.related?.length ?? 0) > 0) offeredInOtherLanguage = byName;
    }
    // "State Water Commission" where the articles write "Comisión Estatal del Agua": the same words in another order
    // than the translation's. One body only; several are offered (issue 16).
    const across = [...new Set(otherLanguageHeads(key).flatMap((head) => book.shelves.byWord.get(head) ?? []))].filter((entry) => entry.keys.some((other) => sameBodyAcrossLanguages(key, other)));
    if (across.length === 1) return { ...lookupAsWritten(book, across[0]!.actor.name, true), query, resolvedBy: 'language' };
    if (across.length > 1) return result(query, { candidates: across.map((entry) => entry.actor.name) });
    const byCountry = lookupByCountry(book, key, asWritten);
    if (byCountry) return { ...byCountry, query };
  }
  // Speakers described by the query's initials ("portavoz de Vivienda del PP" for "Partido Popular") before names spelt
  // close to a word of it ("Garrido" for "Partido").
  if (namesSomeone(asWritten) || (asWritten.related?.length ?? 0) > 0) return asWritten;
  if (offeredByInitials) return { ...offeredByInitials, query };
  if (offeredInOtherLanguage) return { ...offeredInOtherLanguage, query };
  if (foundSomething(asWritten)) return asWritten;
  // "Russia" where the articles only say "Rusia": what the same country's name in the other language finds.
  for (const other of sameActorKeys.get(key) ?? []) {
    const translated = other === key ? undefined : lookupAsWritten(book, other);
    if (translated && foundSomething(translated)) return { ...translated, query };
  }
  return asWritten;
}

/** What a query finds, read again without an aside in brackets or a courtesy title when that names someone the whole does not. */
export function lookupWhole(book: OpenBook, query: string): QuoteResult {
  const whole = lookupQuery(book, query);
  if (whole.actor !== null) return whole;
  // "A Tidewell spokesperson", "Harbour Board officials", "el portavoz de la Diputación", where the articles credit the
  // body itself: what its spokesperson said is the body's, said so. A person's spokesperson is another person.
  const spoken = spokespersonOwner(query);
  const owner = spoken === undefined ? undefined : lookupQuery(book, spoken.owner);
  const person = (name: string) => nameKey(name).includes(' ') && !isOrganisation(name) && !isBodyName(nameKey(name));
  if (spoken !== undefined && owner?.actor != null && (spoken.group || !person(owner.actor))) return { ...owner, query, resolvedBy: 'role' };
  // "el titular del Ministerio de Educación (Minedu)", "Hubertus Heil (SPD)": an aside in brackets (an acronym, a
  // party) is no part of the name; nor is a courtesy title before it ("M. Caldwell", "Mr. Bloomberg", "Frau Baerbock"),
  // which articles write or leave out at will. The query is read without them when the whole names nobody, or
  // several where the bare name names one. So is a spoiler, the text a chat hides between "||" marks ("||ojo|| Quiroga").
  const bareName = query.replace(/\([^()]*\)|\|\|[^|]*\|\|/g, ' ').replace(COURTESY_TITLE, '');
  if (bareName === query) return whole;
  const bare = lookupQuery(book, bareName);
  return (namesSomeone(whole) ? bare.actor !== null : namesSomeone(bare)) ? { ...bare, query } : whole;
}
