/**
 * Statements of a whole corpus and the actors who speak in it. One actor may go by several names across
 * articles ("Kim Jong Un" in one, only "Kim" in another, "Kim Jong-un" in a third): they are merged here
 * when the shorter form can only be the longer one.
 */
import type { Article } from '../corpus/types.js';
import type { Actor, Statement } from './types.js';
import { analyseArticle, type ArticleQuotes } from './extract.js';
import { groupBy, groupByEach } from '../arrays.js';
import { nameKey } from './normalize.js';

/** What the index snapshot keeps for /quote: plain JSON. */
export interface QuoteData {
  statements: Statement[];
  actors: Actor[];
}

/**
 * The canonical key of every speaker key: a short form goes to the one longer name it can stand for.
 * A short form is the first or last words of a longer name (`isShortFormOf`); the longer names are
 * found through an index of every name's beginnings and endings, not by comparing every pair of
 * names, which grew with the square of the cast (minutes at 10,000 articles).
 */
function mergeKeys(keys: string[]): Map<string, string> {
  const longerNames = namesByAffix(keys);
  const longerThan = (key: string) => longerNames.get(nameKey(key)) ?? [];
  const canonical = new Map<string, string>();
  for (const key of keys) {
    const longer = longerThan(key);
    const candidates = new Set(longer);
    const fullest = longer.filter((name) => !longerThan(name).some((other) => other !== name && candidates.has(other)));
    canonical.set(key, fullest.length === 1 ? fullest[0]! : key);
  }
  // A short form's longer name may itself stand for a still longer one ("Ana Ruiz" begins "Ana Ruiz Gómez",
  // which ends "María Ana Ruiz Gómez"): follow to the end, so every canonical key is its own. Each step is
  // to a longer name, so the walk ends.
  const resolve = (key: string): string => {
    const next = canonical.get(key) ?? key;
    return next === key ? key : resolve(next);
  };
  return new Map(keys.map((key) => [key, resolve(key)]));
}

/** Every proper beginning and ending of each name, word for word, with the names it starts or ends, in `keys` order. */
function namesByAffix(keys: string[]): Map<string, string[]> {
  return groupByEach(keys, (key) => {
    const words = nameKey(key).split(' ');
    const affixes: string[] = [];
    for (let cut = 1; cut < words.length; cut++) affixes.push(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
    return affixes;
  });
}

/** The form to show: the one used most, the longest on a tie ("Kim Jong Un" over "Kim Jong-un" only if more used). */
function displayName(forms: string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
}

export function buildQuoteData(articles: Article[]): QuoteData {
  return mergeQuoteAnalyses(articles.map(analyseArticle));
}

/** The corpus's statements and actors from each article's own analysis (`analyseArticle`), speakers merged across articles. */
export function mergeQuoteAnalyses(analyses: ArticleQuotes[]): QuoteData {
  const statements = analyses.flatMap((analysis) => analysis.statements);
  const spoken = statements.map((statement) => statement.speaker).filter((speaker): speaker is string => speaker !== null);
  const canonicalKey = mergeKeys([...new Set(spoken.map(nameKey))]);

  const formsByKey = groupBy(spoken, (speaker) => canonicalKey.get(nameKey(speaker))!);
  // The canonical key is itself a spoken name, so it always has forms of its own to choose from.
  const names = new Map([...formsByKey].map(([key, forms]) => [key, displayName(forms.filter((form) => nameKey(form) === key))]));
  const canonicalName = (speaker: string) => names.get(canonicalKey.get(nameKey(speaker))!)!;

  const merged = statements.map((statement) => (statement.speaker === null ? statement : { ...statement, speaker: canonicalName(statement.speaker) }));

  const aliases = new Map<string, Map<string, string>>();
  const addAlias = (name: string, alias: string) => {
    const key = nameKey(alias);
    // A bare title ("alcaldesa") stays: a query for it finds its one holder, or asks which of its holders.
    if (!key || key === nameKey(name)) return;
    const known = aliases.get(name) ?? new Map<string, string>();
    if (!known.has(key)) known.set(key, alias.replace(/^(?:el|la|los|las|the)\s+/i, ''));
    aliases.set(name, known);
  };
  for (const speaker of spoken) addAlias(canonicalName(speaker), speaker);
  for (const analysis of analyses) {
    for (const [speaker, forms] of Object.entries(analysis.aliases)) for (const form of forms) addAlias(canonicalName(speaker), form);
  }

  const counts = new Map<string, number>();
  for (const statement of merged) if (statement.speaker) counts.set(statement.speaker, (counts.get(statement.speaker) ?? 0) + 1);
  const actors: Actor[] = [...counts]
    .map(([name, count]) => ({ name, aliases: [...(aliases.get(name)?.values() ?? [])], statements: count }))
    .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
  return { statements: merged, actors };
}
