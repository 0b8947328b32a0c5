/**
 * Access to parts of eld (the language detector) that its package does not export: the detector
 * without a database, and its databases' data. eld's entry points (`eld/small`…) each load a whole
 * database at import; these let the question detector load a subset of one instead (see
 * question-language.ts). eld is pinned (package.json), and tests/corpus/question-language.test.ts
 * checks that this layout and the stored subset still match it.
 */

/** eld's n-gram database format (src/ngrams/*.js of the eld package): scores by n-gram, then by language number. */
export interface EldNgramsData {
  type: string;
  /** Language number → ISO 639-1 code. */
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

/** The part of an eld instance used here (the package's index.d.ts describes it). */
export interface EldDetector {
  /**
   * `isReliable()`: eld's test that the best score reaches ¾ of that language's average score on its training texts
   * (and that the text gave three n-grams or more); `getScores()`: each language that scored, by its code.
   */
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
  setLanguageSubset(languages: string[]): unknown;
}

/** A file of the eld package, by its path inside the package's src folder (a file URL). */
export function eldFile(path: string): string {
  // The package's exports allow only its entry points; a file URL beside one reaches the rest.
  return new URL(`../${path}`, import.meta.resolve('eld/small')).href;
}

/** A new eld detector loaded with `data` (eld's own `createEld` and its database hook). */
export async function eldDetector(data: EldNgramsData): Promise<EldDetector> {
  const { createEld } = (await import(eldFile('languageDetector.js'))) as { createEld(): { instance: EldDetector; loadData(data: EldNgramsData): string } };
  const { instance, loadData } = createEld();
  if (!loadData(data)) throw new Error('eld did not accept the n-gram data');
  return instance;
}

/** One of eld's databases as shipped ('small' is the one the corpus uses). */
export async function eldDatabase(name: 'extrasmall' | 'small' | 'medium' | 'large'): Promise<EldNgramsData> {
  return ((await import(eldFile(`ngrams/${name}.js`))) as { ngramsData: EldNgramsData }).ngramsData;
}

/**
 * `data` restricted to `languages` (ISO codes): only the n-grams scored for one of them, with only
 * those scores. Language numbers and the language table are kept, so that eld's scores for these
 * languages are exactly those the whole database gives.
 */
export function eldSubset(data: EldNgramsData, languages: string[]): EldNgramsData {
  const keep = new Set(Object.entries(data.languages).filter(([, code]) => languages.includes(code)).map(([number]) => Number(number)));
  const ngrams: EldNgramsData['ngrams'] = {};
  for (const [ngram, scores] of Object.entries(data.ngrams)) {
    const kept = Object.entries(scores).filter(([number]) => keep.has(Number(number)));
    if (kept.length) ngrams[ngram] = Object.fromEntries(kept);
  }
  return { type: data.type, languages: data.languages, ngrams };
}
