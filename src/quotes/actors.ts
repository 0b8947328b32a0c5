/**
 * Statements of a whole corpus and the actors who speak in it. One actor may go by several names across
 * articles ("Kim Jong Un" in one, only "Kim" in another, "Kim Jong-un" in a third, "Nancy Rodas" for "Nancy Paola
 * Rodas"): they are merged here when the shorter form can only be the longer one.
 *
 * A merge keeps what it worked out (each name key's forms and counts, the index of name beginnings and
 * endings, each key's canonical key), so that when articles come or go only the names they touch are
 * merged again (issue 17: merging every speaker again took 2.6 s of CPU at 100,000 articles, at the first
 * /quote after each update). Merging from nothing is the same steps with every name touched: the two
 * cannot disagree.
 */
import type { Article } from '../corpus/types.js';
import type { Actor, NamedPerson, SavedQuoteTables, Statement } from './types.js';
import { analyseArticle, type ArticleQuotes } from './extract.js';
import { innerFormsOf, nameKey, shortFormsOf } from './normalize.js';
import { BODY_NOUNS, GROUP_NOUNS, INSTITUTION_NOUNS, SINGULAR_PERSON_NOUNS, isTitleNoun, isTitlePlural } from './lexicon.js';
import { runToEnd, stepwise, type Stepwise } from '../stepwise.js';
import { appendAll, lowerBound } from '../arrays.js';

/** What the index snapshot keeps for /quote: plain JSON. */
export interface QuoteData {
  statements: Statement[];
  /** Most statements first (`byStatements`). */
  actors: Actor[];
  /** The people the articles name in full but credit with no statement, each name once (by `nameKey`), forms of all its articles. */
  unquoted: NamedPerson[];
  /**
   * A restored library's saved tables for these statements and actors (they were saved with them), or undefined when
   * they cannot be used (reported where they were read): the quote book is then made from the rows. Absent otherwise.
   */
  saved?: () => SavedQuoteTables | undefined;
}

/** Speakers merged across a list of articles' analyses, ready to follow that list as articles come and go. */
export interface SpeakerMerge {
  /** The analyses merged, in order. */
  readonly analyses: ArticleQuotes[];
  readonly data: QuoteData;
  /**
   * The merge of this one's analyses without `removed` (the same objects) and with `added` after the rest.
   * Only the speakers their names touch are merged again. Uses this merge up: its tables move to the new one
   * (its `data` stays as it is); throws if it was used already.
   */
  next(removed: Iterable<ArticleQuotes>, added: ArticleQuotes[]): SpeakerMerge;
}

/** The statements and actors of `articles`: each article analysed on its own, then speakers merged across them. */
export function buildQuoteData(articles: Article[]): QuoteData {
  return mergeQuoteAnalyses(articles.map(analyseArticle));
}

/** The corpus's statements and actors from each article's own analysis (`analyseArticle`), speakers merged across articles. */
export function mergeQuoteAnalyses(analyses: ArticleQuotes[]): QuoteData {
  return mergeSpeakers(analyses).data;
}

/** A merge of `analyses`' speakers, to give their quote data and to follow them as articles come and go. */
export function mergeSpeakers(analyses: ArticleQuotes[]): SpeakerMerge {
  return runToEnd(mergeStep(emptyTables(), [], new Set(), analyses));
}

/**
 * The same merge, made in slices (`Stepwise`): a restored library's first update continues a merge of
 * every speaker (seconds at 100,000 articles), which a running bot prepares ahead without holding answers.
 */
export function mergeSpeakersStepwise(analyses: () => ArticleQuotes[]): Stepwise<SpeakerMerge> {
  return stepwise(() => mergeStep(emptyTables(), [], new Set(), analyses()));
}

/** Work units (analyses, names) a merge does between pauses when made in slices: a few milliseconds. */
const MERGE_SLICE = 500;

/** Rows moved one by one into the sorted actors when they are at most this share of them (each move shifts the rows after it). */
const MOVED_ROWS_SHARE = 1 / 16;

/** The name keys of one analysis's speakers, worked out once. */
interface AnalysisKeys {
  /** Each statement's speaker key, in order (null: no speaker). */
  statements: (string | null)[];
  /** The key of each speaker its aliases are listed for, in the order of `Object.entries(aliases)`. */
  aliases: string[];
}

/** What a merge keeps between steps. Keys are name keys (`nameKey`) of spoken names. */
interface Tables {
  keysOf: Map<ArticleQuotes, AnalysisKeys>;
  /** Place of each analysis in the list (only their order counts: later analyses get larger numbers). */
  place: Map<ArticleQuotes, number>;
  nextPlace: number;
  /** Each spoken key's forms as written, with how many statements use each. */
  forms: Map<string, Map<string, number>>;
  /** Statements per spoken key. */
  spoken: Map<string, number>;
  /** Analyses that speak under a key or list aliases for it. */
  analysesOf: Map<string, Set<ArticleQuotes>>;
  /**
   * Every short form of a spoken key (`shortFormsOf`: its beginnings and endings, word for word, and the key without
   * middle words) → the keys it is a short form of; and each
   * key's own key (`nameKey` again: "la la land" is "la land" as a speaker's key, and "land" as a name's).
   */
  longer: Map<string, Set<string>>;
  folded: Map<string, Set<string>>;
  /** Each key's one longer name it stands for (itself if none or several), and that followed to the end. */
  step: Map<string, string>;
  canonical: Map<string, string>;
  /** Canonical key → the keys whose canonical key it is (itself included). */
  members: Map<string, Set<string>>;
  /** Canonical key → the name shown; and each key's statements' speaker (its canonical key's name). */
  names: Map<string, string>;
  speakerOf: Map<string, string>;
  /** Each analysis's statements with the merged speakers. */
  merged: Map<ArticleQuotes, Statement[]>;
  /**
   * Each canonical key's other forms, keyed by their own key, as its statements' speakers name it and as the
   * analyses list aliases for it, each in the corpus's order: an article added after the rest only adds to them.
   */
  aliasForms: Map<string, { spoken: Map<string, string>; listed: Map<string, string> }>;
  /** Actor rows, most statements first (`byStatements`), and by name. */
  actors: Actor[];
  actorNamed: Map<string, Actor>;
}

function emptyTables(): Tables {
  return {
    keysOf: new Map(), place: new Map(), nextPlace: 0, forms: new Map(), spoken: new Map(), analysesOf: new Map(), longer: new Map(), folded: new Map(),
    step: new Map(), canonical: new Map(), members: new Map(), names: new Map(), speakerOf: new Map(), merged: new Map(), aliasForms: new Map(), actors: [], actorNamed: new Map(),
  };
}

/**
 * One merge step: `removed` analyses go, `added` ones come after `kept` (the analyses that stay, in order).
 * Keys that come or go change the canonical key only of the names inside them (a short form is a
 * beginning, an ending or a choice of words of its longer name, and a chain of them stays inside the longest:
 * `innerFormsOf`): those are worked out again, and the actors of every canonical key a touched name had or has.
 */
function* mergeStep(tables: Tables, kept: ArticleQuotes[], removed: Set<ArticleQuotes>, added: ArticleQuotes[]): Generator<void, SpeakerMerge> {
  let work = 0;
  /** Whether a slice of work is done (a pause is due when made in slices). */
  const sliceDone = () => ++work % MERGE_SLICE === 0;
  const came = new Set<string>();
  const went = new Set<string>();
  const touched = new Set<string>();
  /** Canonical keys whose forms are gathered again from all their analyses (some went, or their names changed hands), not only added to. */
  const regathered = new Set<string>();
  for (const analysis of removed) {
    const keys = tables.keysOf.get(analysis);
    for (const key of keys ? [...keys.statements, ...keys.aliases] : []) {
      const canonical = key === null ? undefined : tables.canonical.get(key);
      if (canonical !== undefined) regathered.add(canonical);
    }
    forget(tables, analysis, touched, went);
  }
  for (const analysis of added) {
    learn(tables, analysis, touched, came);
    if (sliceDone()) yield;
  }
  // A key that went and came back in one step changes nothing here: its affixes are where they were.
  const changed = new Set([...came, ...went]);
  for (const key of changed) {
    const present = tables.spoken.has(key);
    addOrDelete(tables.folded, nameKey(key), key, present);
    for (const affix of shortFormsOf(key)) addOrDelete(tables.longer, affix, key, present);
    if (sliceDone()) yield;
  }
  // Names whose canonical key may change: every spoken name inside a name that came or went.
  const rethought = new Set<string>();
  // And inside every name an analysis that came or went names: whether a short form stands for a longer one may rest on an article naming both (`standsFor`).
  for (const key of new Set([...changed, ...touched])) for (const inner of innerFormsOf(key)) for (const spoken of tables.folded.get(inner) ?? []) rethought.add(spoken);
  /** Canonical keys whose actor is made again, each with the name its row had. */
  const dirty = new Map<string, string | undefined>();
  const markDirty = (canonical: string | undefined) => {
    if (canonical !== undefined && !dirty.has(canonical)) dirty.set(canonical, tables.names.get(canonical));
  };
  for (const key of [...touched, ...went, ...rethought]) markDirty(tables.canonical.get(key));
  for (const key of went) {
    if (tables.spoken.has(key)) continue;
    tables.members.get(tables.canonical.get(key)!)?.delete(key);
    tables.step.delete(key);
    tables.canonical.delete(key);
    tables.speakerOf.delete(key);
  }
  for (const key of rethought) {
    tables.step.set(key, longerNameOf(tables, key));
    if (sliceDone()) yield;
  }
  for (const key of rethought) {
    if (sliceDone()) yield;
    const before = tables.canonical.get(key);
    const after = followSteps(tables.step, key);
    if (before === after) continue;
    if (before !== undefined) tables.members.get(before)?.delete(key);
    if (before !== undefined) regathered.add(before);
    regathered.add(after);
    addOrDelete(tables.members, after, key, true);
    tables.canonical.set(key, after);
    markDirty(after);
  }
  for (const key of touched) if (tables.spoken.has(key)) markDirty(tables.canonical.get(key));

  // Each dirty canonical key's name, and the keys whose statements' speaker it changes.
  const renamed = new Set<string>();
  for (const canonical of dirty.keys()) {
    if (sliceDone()) yield;
    const members = tables.members.get(canonical);
    if (!members || members.size === 0 || !tables.spoken.has(canonical)) {
      tables.members.delete(canonical);
      tables.names.delete(canonical);
      tables.aliasForms.delete(canonical);
      continue;
    }
    tables.names.set(canonical, displayName(tables.forms.get(canonical)!));
    for (const key of members) {
      const speaker = tables.names.get(canonical)!;
      if (tables.speakerOf.get(key) !== speaker) renamed.add(key);
      tables.speakerOf.set(key, speaker);
    }
  }
  const remap = new Set(added);
  for (const key of renamed) for (const analysis of tables.analysesOf.get(key) ?? []) remap.add(analysis);
  for (const analysis of remap) {
    tables.merged.set(analysis, mergedStatements(tables, analysis));
    if (sliceDone()) yield;
  }

  const outdated = new Set<Actor>();
  for (const name of dirty.values()) {
    const actor = name === undefined ? undefined : tables.actorNamed.get(name);
    if (actor) outdated.add(actor);
    if (actor) tables.actorNamed.delete(name!);
  }
  const rows = yield* actorRows(tables, [...dirty.keys()], new Set(added), regathered, sliceDone);
  for (const actor of rows) tables.actorNamed.set(actor.name, actor);
  // A few rows move within the sorted list; many (a merge from nothing) are sorted with the rest, not inserted one by one.
  if (outdated.size + rows.length <= MOVED_ROWS_SHARE * tables.actors.length) {
    for (const actor of outdated) tables.actors.splice(placeOfActor(tables.actors, actor), 1);
    for (const actor of rows) tables.actors.splice(placeOfActor(tables.actors, actor), 0, actor);
  } else {
    tables.actors = [...tables.actors.filter((actor) => !outdated.has(actor)), ...rows].sort(byStatements);
  }

  const analyses = [...kept, ...added];
  // Appended in a loop: `flatMap` over 10,000 analyses took about 10 ms of CPU (this, about 3), a third of the first /quote after an update.
  const statements: Statement[] = [];
  for (const analysis of analyses) appendAll(statements, tables.merged.get(analysis)!);
  const data: QuoteData = { statements, actors: [...tables.actors], unquoted: unquotedOf(analyses) };
  let usedUp = false;
  return {
    analyses,
    data,
    next(gone, more) {
      if (usedUp) throw new Error('this speaker merge was already followed by another');
      usedUp = true;
      const goneSet = new Set(gone);
      return runToEnd(mergeStep(tables, analyses.filter((analysis) => !goneSet.has(analysis)), goneSet, more));
    },
  };
}

/** The people `analyses` name but credit with nothing, each once by name key (the first article's form), their forms and articles together. */
function unquotedOf(analyses: readonly ArticleQuotes[]): NamedPerson[] {
  const people = new Map<string, { name: string; aliases: Set<string>; articles: Set<string> }>();
  for (const analysis of analyses) {
    for (const { name, aliases, articles } of analysis.unquoted) {
      const key = nameKey(name);
      const person = people.get(key) ?? { name, aliases: new Set<string>(), articles: new Set<string>() };
      people.set(key, person);
      for (const form of aliases) person.aliases.add(form);
      for (const id of articles) person.articles.add(id);
    }
  }
  return [...people.values()].map(({ name, aliases, articles }) => ({ name, aliases: [...aliases], articles: [...articles] }));
}

/** Takes an analysis's speakers into the tables; `touched` gets its keys, `came` the keys no statement spoke under before. */
function learn(tables: Tables, analysis: ArticleQuotes, touched: Set<string>, came: Set<string>): void {
  const keys: AnalysisKeys = {
    statements: analysis.statements.map(({ speaker }) => (speaker === null ? null : nameKey(speaker))),
    aliases: Object.keys(analysis.aliases).map(nameKey),
  };
  tables.keysOf.set(analysis, keys);
  tables.place.set(analysis, tables.nextPlace++);
  keys.statements.forEach((key, at) => {
    if (key === null) return;
    const spoken = tables.spoken.get(key) ?? 0;
    if (spoken === 0) came.add(key);
    tables.spoken.set(key, spoken + 1);
    const forms = tables.forms.get(key) ?? new Map<string, number>();
    const form = analysis.statements[at]!.speaker!;
    tables.forms.set(key, forms.set(form, (forms.get(form) ?? 0) + 1));
  });
  for (const key of [...keys.statements, ...keys.aliases]) {
    if (key === null) continue;
    touched.add(key);
    addOrDelete(tables.analysesOf, key, analysis, true);
  }
}

/** Takes an analysis's speakers out of the tables; `touched` gets its keys, `went` the keys no statement speaks under any more. */
function forget(tables: Tables, analysis: ArticleQuotes, touched: Set<string>, went: Set<string>): void {
  const keys = tables.keysOf.get(analysis);
  if (!keys) throw new Error('an analysis to remove was never merged');
  keys.statements.forEach((key, at) => {
    if (key === null) return;
    const spoken = tables.spoken.get(key)! - 1;
    const forms = tables.forms.get(key)!;
    const form = analysis.statements[at]!.speaker!;
    const uses = forms.get(form)! - 1;
    if (uses === 0) forms.delete(form);
    else forms.set(form, uses);
    if (spoken > 0) tables.spoken.set(key, spoken);
    else {
      tables.spoken.delete(key);
      tables.forms.delete(key);
      went.add(key);
    }
  });
  for (const key of [...keys.statements, ...keys.aliases]) {
    if (key === null) continue;
    touched.add(key);
    addOrDelete(tables.analysesOf, key, analysis, false);
  }
  tables.keysOf.delete(analysis);
  tables.place.delete(analysis);
  tables.merged.delete(analysis);
}

/** `value` added to, or deleted from, the set under `key` (a set left empty goes). */
function addOrDelete<K, V>(sets: Map<K, Set<V>>, key: K, value: V, add: boolean): void {
  const set = sets.get(key);
  if (add) sets.set(key, (set ?? new Set()).add(value));
  else if (set?.delete(value) && set.size === 0) sets.delete(key);
}

/**
 * The one longer name a short form can stand for: among the names it is a short form of, the fullest (those
 * of no other of them); the key itself when there is none, or several (it could be any), or when it names nobody in
 * particular (`isUnnamed`: "presidente", "senator", "officials"): a role its article left unresolved is whoever holds it there, never the one another
 * article names with a longer title ("Presidente de la Generalitat"). Only longer names it may stand for count (`standsFor`).
 * Decided by the key and the analyses naming it and its longer names, so that a merge made step by step (which thinks
 * again about every name inside one an analysis that came or went names) and one made from nothing agree.
 */
function longerNameOf(tables: Tables, key: string): string {
  const written = tables.longer.get(nameKey(key));
  if (!written) return key;
  if (!key.includes(' ') && isUnnamed(key)) return key;
  const candidates = new Set([...written].filter((name) => standsFor(tables, key, name)));
  let fullest: string | undefined;
  for (const name of candidates) {
    // A candidate that itself stands for another candidate is that one: only the fullest count.
    if ([...candidates].some((other) => other !== name && tables.longer.get(nameKey(name))?.has(other) && standsFor(tables, name, other))) continue;
    if (fullest !== undefined) return key;
    fullest = name;
  }
  return fullest ?? key;
}

/** Words before a name's complement ("Ministerio de Vivienda", "sources at the ministry"): what follows them names another. */
const COMPLEMENT_WORDS = new Set(['de', 'del', 'of', 'at', 'for', 'from']);
/** Articles between those words and the complement ("de la Generalitat"). */
const COMPLEMENT_ARTICLES = new Set(['la', 'las', 'los', 'el', 'the']);

/**
 * Whether the spoken key `short`, written inside the longer spoken key `long` (one of `shortFormsOf(long)`), may stand
 * for it. A beginning may ("Rodrigo Lagos" for "Rodrigo Lagos Pérez": the press drops the second surname). An ending may,
 * unless it is the complement of a role's, a group's or a body's noun: "Fuentes del Ministerio de Vivienda" are sources
 * within the ministry, not the ministry, and "Presidente de la Generalitat" is not the Generalitat. A name with middle
 * words left out is a given name and a surname that thousands share ("Rodrigo Pérez" inside "Rodrigo Lagos Pérez": in
 * Spanish the word left out may be the first surname, which the press never drops): it stands for the longer name only
 * when the words left out are initials ("Michael R. Bloomberg"), or on evidence: an article that names both, or a role
 * both are given (a listed alias of both beyond their own words: "presidente ejecutivo de Codelco").
 */
function standsFor(tables: Tables, short: string, long: string): boolean {
  const shortWords = nameKey(short).split(' ');
  const longWords = nameKey(long).split(' ');
  const beginsIt = shortWords.every((word, at) => longWords[at] === word);
  if (beginsIt) return true;
  const before = longWords.slice(0, longWords.length - shortWords.length);
  if (shortWords.every((word, at) => longWords[before.length + at] === word)) {
    while (before.length > 0 && COMPLEMENT_ARTICLES.has(before.at(-1)!)) before.pop();
    return !(before.length >= 2 && COMPLEMENT_WORDS.has(before.at(-1)!) && namesRoleGroupOrBody(before[0]!));
  }
  const left = [...longWords];
  for (const word of shortWords) left.splice(left.indexOf(word), 1);
  const lastKept = longWords.lastIndexOf(shortWords.at(-1)!);
  if (left.every((word) => word.length === 1 || longWords.indexOf(word) > lastKept)) return true;
  return shareAnArticle(tables, short, long) || shareARole(tables, short, long);
}

/** Whether a name's first word is a role's, a group's or a body's noun ("presidente", "fuentes", "ministerio", "office"). */
function namesRoleGroupOrBody(word: string): boolean {
  return isUnnamed(word) || GROUP_NOUNS.has(word) || INSTITUTION_NOUNS.has(word);
}

/** Whether one article speaks under both keys or lists aliases for both. */
function shareAnArticle(tables: Tables, one: string, other: string): boolean {
  const others = tables.analysesOf.get(other);
  return [...(tables.analysesOf.get(one) ?? [])].some((analysis) => others?.has(analysis));
}

/** Whether the articles list a common alias for both keys beyond their names' own words (a role, an office, a body). */
function shareARole(tables: Tables, one: string, other: string): boolean {
  const roles = rolesOf(tables, other);
  return [...rolesOf(tables, one)].some((role) => roles.has(role));
}

/** The keys of the aliases the articles list for `key` that hold a word its name does not: roles, offices, bodies, never a bare role noun. */
function rolesOf(tables: Tables, key: string): Set<string> {
  const own = new Set(key.split(' '));
  const roles = new Set<string>();
  for (const analysis of tables.analysesOf.get(key) ?? []) {
    const listed = Object.values(analysis.aliases);
    tables.keysOf.get(analysis)!.aliases.forEach((aliased, at) => {
      if (aliased !== key) return;
      for (const form of listed[at] ?? []) {
        const role = nameKey(form);
        if (role.split(' ').some((word) => !own.has(word)) && (role.includes(' ') || !isUnnamed(role))) roles.add(role);
      }
    });
  }
  return roles;
}

/**
 * Whether a one-word key names nobody in particular: a role noun ("presidente", "senator") or a noun for people or a
 * group of them ("officials", "analistas", "a source"). "Officials say" in one article is not the "Italian officials"
 * of another; a body's noun ("Gobierno") is left to merge, as an article's body is mostly the country's own.
 */
function isUnnamed(key: string): boolean {
  return isTitleNoun(key) || SINGULAR_PERSON_NOUNS.has(key) || isTitlePlural(key) || (GROUP_NOUNS.has(key) && !BODY_NOUNS.has(key));
}

/**
 * A short form's longer name may itself stand for a still longer one ("Ana Ruiz" begins "Ana Ruiz Gómez",
 * which ends "María Ana Ruiz Gómez"): followed to the end, so every canonical key is its own. Each step is
 * to a longer name, so the walk ends.
 */
function followSteps(step: Map<string, string>, key: string): string {
  let at = key;
  for (let next = step.get(at) ?? at; next !== at; next = step.get(at) ?? at) at = next;
  return at;
}

/** The form to show: the one used most, the longest on a tie ("Kim Jong Un" over "Kim Jong-un" only if more used). */
function displayName(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
}

/** An analysis's statements, each spoken one under its merged speaker. */
function mergedStatements(tables: Tables, analysis: ArticleQuotes): Statement[] {
  const keys = tables.keysOf.get(analysis)!.statements;
  return analysis.statements.map((statement, at) => {
    return statement.speaker === null ? statement : { ...statement, speaker: tables.speakerOf.get(keys[at]!)! };
  });
}

/**
 * The actor rows of canonical keys: each one's statements, and its other forms in the order the corpus
 * gives them (the statements' speakers in the analyses' order, then the aliases each analysis lists), each
 * form once. A canonical key whose forms were gathered before and not `regathered` only takes those of the
 * `added` analyses (they come after the rest); the others gather them from every analysis naming them. One
 * pass over those analyses.
 */
function* actorRows(tables: Tables, canonicals: string[], added: Set<ArticleQuotes>, regathered: Set<string>, sliceDone: () => boolean): Generator<void, Actor[]> {
  const rows = new Map<string, { name: string; ownKey: string; forms: { spoken: Map<string, string>; listed: Map<string, string> }; statements: number }>();
  const analyses = new Set<ArticleQuotes>();
  for (const canonical of canonicals) {
    const name = tables.names.get(canonical);
    // A speaker of punctuation only has a name that is no actor's ('' is not counted).
    if (!name) continue;
    const gathered = regathered.has(canonical) ? undefined : tables.aliasForms.get(canonical);
    const forms = gathered ?? { spoken: new Map<string, string>(), listed: new Map<string, string>() };
    tables.aliasForms.set(canonical, forms);
    let statements = 0;
    for (const key of tables.members.get(canonical)!) {
      statements += tables.spoken.get(key)!;
      for (const analysis of tables.analysesOf.get(key) ?? []) if (!gathered || added.has(analysis)) analyses.add(analysis);
    }
    rows.set(canonical, { name, ownKey: nameKey(name), forms, statements });
  }
  const inOrder = [...analyses].sort((a, b) => tables.place.get(a)! - tables.place.get(b)!);
  // A form already there stays as it was first written: an analysis read again for another row adds nothing to this one.
  const addForm = (key: string, alias: string, kind: 'spoken' | 'listed') => {
    const row = rows.get(tables.canonical.get(key)!);
    if (!row) return;
    const aliasKey = nameKey(alias);
    const known = row.forms[kind];
    // A bare title ("alcaldesa") stays: a query for it finds its one holder, or asks which of its holders.
    if (aliasKey && aliasKey !== row.ownKey && !known.has(aliasKey)) known.set(aliasKey, alias.replace(/^(?:el|la|los|las|the)\s+/i, ''));
  };
  for (const analysis of inOrder) {
    const keys = tables.keysOf.get(analysis)!.statements;
    analysis.statements.forEach(({ speaker }, at) => {
      if (speaker !== null) addForm(keys[at]!, speaker, 'spoken');
    });
    if (sliceDone()) yield;
  }
  for (const analysis of inOrder) {
    if (sliceDone()) yield;
    const keys = tables.keysOf.get(analysis)!.aliases;
    Object.values(analysis.aliases).forEach((forms, at) => {
      // A speaker no statement speaks under has no actor.
      if (tables.spoken.has(keys[at]!)) for (const form of forms) addForm(keys[at]!, form, 'listed');
    });
  }
  // The forms its statements name it by first, then those only listed.
  return [...rows.values()].map(({ name, forms: { spoken, listed }, statements }) => ({
    name,
    aliases: [...spoken.values(), ...[...listed].filter(([key]) => !spoken.has(key)).map(([, form]) => form)],
    statements,
  }));
}

/** The order of `QuoteData.actors`: most statements first, then by name (the collator's order). */
export function byStatements(a: Actor, b: Actor): number {
  return b.statements - a.statements || a.name.localeCompare(b.name);
}

/** Where `actor` is (the same object), or goes, in rows sorted by `byStatements` (binary search). */
function placeOfActor(actors: Actor[], actor: Actor): number {
  const low = lowerBound(actors, actor, byStatements);
  // Rows that compare equal (names equal to the collator) are told apart by identity.
  for (let at = low; at < actors.length && byStatements(actors[at]!, actor) === 0; at++) if (actors[at] === actor) return at;
  return low;
}
