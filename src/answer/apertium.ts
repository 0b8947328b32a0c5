/**
 * Offline translation of a question with Apertium (https://apertium.org), a rule-based translator:
 * Debian's apertium-eng-spa gives the pairs eng-spa and spa-eng. Used for the lookup only, like an
 * LLM's translation, when no LLM is configured and the binary is on PATH, or when TRANSLATOR=apertium.
 *
 * One long-lived translator per pair, not a process per question (starting Apertium's dozen-stage
 * pipeline and loading its dictionaries takes about half a second, more on a loaded machine). It runs
 * the pair's mode pipeline in null-flush mode (`apertium-wblank-mode -z`, each stage given `-z`):
 * every question is written in Apertium's stream format ending with a line break and a NUL, and each
 * stage passes it on and flushes at the NUL, so the translation comes back at once, ending with a NUL.
 * The `apertium` script's own `-z` does not serve: a gawk stage of the script reads one record ahead,
 * so each translation would only come out when the next question goes in. Questions go through in
 * order and answers come back in order. A timeout or a failure stops the process and gives undefined
 * to every question waiting on it; the next question starts a fresh one. A second pipeline, cut at the
 * bilingual dictionary, gives the senses the dictionary lists for each word (`senses`).
 */
import { execFile, spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import type { Language } from '../corpus/types.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../corpus/dates.js';
import { foldAccents } from '../text/words.js';
import type { Translate } from './lookup.js';

const PAIRS: Record<Language, Record<Language, string | undefined>> = {
  en: { en: undefined, es: 'eng-spa' },
  es: { es: undefined, en: 'spa-eng' },
};

/** A question is one line; more than this is not a translation. */
const MAX_OUTPUT_CHARS = 2000;

// Where each cut pipeline ends: after the bilingual dictionary's lookup, or after the analyser.
const CUTS: Record<Exclude<Stages, 'all'>, string> = {
  dictionary: '\\(lt-proc -z -b [^|]*\\)|.*',
  analysis: '^\\(lt-proc -z [^|]*\\)|.*',
};

/**
 * The environment Apertium's programs run in: the user's, with a UTF-8 locale every glibc system has (C.UTF-8). Its
 * C++ stages abort ("locale::facet::_S_create_c_locale name not valid") under a LANG naming a locale the system lacks,
 * which left the bot without a translator, answering differently by the user's locale.
 */
const APERTIUM_ENV = { ...process.env, LC_ALL: 'C.UTF-8' };

/** Where Debian installs the pairs' mode files, unless APERTIUM_DATADIR says otherwise (as for the `apertium` script). */
const DEFAULT_DATA_DIR = '/usr/share/apertium';

/** Whether the `apertium` command runs here. */
export function apertiumAvailable(command = 'apertium'): boolean {
  const probe = spawnSync(command, LIST_PAIRS, { encoding: 'utf8', timeout: PROBE_TIMEOUT_MS, env: APERTIUM_ENV });
  return listsOurPairs(probe.status, probe.stdout);
}

/** `apertiumAvailable` without blocking: a restart asks while it reads its snapshot, not after. */
export function apertiumAvailableSoon(command = 'apertium'): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(command, LIST_PAIRS, { encoding: 'utf8', timeout: PROBE_TIMEOUT_MS, env: APERTIUM_ENV }, (error, stdout) => resolve(listsOurPairs(error ? null : 0, stdout)));
  });
}

const LIST_PAIRS = ['-l'];
const PROBE_TIMEOUT_MS = 5000;

/** Whether `apertium -l` ran and lists the pairs used here. */
function listsOurPairs(status: number | null, stdout: string): boolean {
  return status === 0 && stdout.includes('eng-spa');
}

/**
 * A translator that can be started before its first question and stopped: its processes end, and a later question
 * starts them again.
 */
export type ApertiumTranslator = Translate & Required<Pick<Translate, 'senses' | 'functionWords'>> & {
  /**
   * Starts every pipeline a question uses and passes a word through each, so that its dictionaries are loaded before the
   * first question comes (starting them took 2-6 s of wall time on a loaded machine, near the translation's timeout).
   * Starts them one at a time, the Spanish question's first; resolves once each has answered or failed; never rejects.
   */
  start(): Promise<void>;
  close(): void;
};

/**
 * The pipelines questions use: a question in either language is translated and its words' senses listed; an English
 * one is analysed first (namesKept); a question's function words come from the dictionary stage of its own pair.
 */
const USED: ReadonlyArray<{ from: Language; to: Language; stages: Stages }> = [
  { from: 'es', to: 'en', stages: 'all' },
  { from: 'es', to: 'en', stages: 'dictionary' },
  { from: 'en', to: 'es', stages: 'analysis' },
  { from: 'en', to: 'es', stages: 'all' },
  { from: 'en', to: 'es', stages: 'dictionary' },
];

/** What goes through a pipeline to start it: a word of both languages, whose output is not used. */
const STARTING_WORD = 'radio';
/** How long a pipeline may take to start and pass that word, when no one is waiting for it (ms). */
const STARTING_TIMEOUT_MS = 60_000;

/**
 * A translator that keeps one Apertium pipeline per pair running; resolves undefined (never rejects)
 * when the pair is missing, the pipeline cannot start or fails, or a translation takes longer than
 * `timeoutMs` (the pipeline is then restarted for the next question). `dataDir` holds the pairs'
 * `modes/<pair>.mode` files (APERTIUM_DATADIR, else /usr/share/apertium). Its processes do not keep
 * Node running.
 */
export function apertiumTranslator(options: { timeoutMs: number; dataDir?: string }): ApertiumTranslator {
  const dataDir = options.dataDir ?? process.env.APERTIUM_DATADIR ?? DEFAULT_DATA_DIR;
  const running = new Map<string, Pipeline>();
  const through = (stages: Stages) => (stream: string, from: Language, to: Language, timeoutMs = options.timeoutMs): Promise<string | undefined> => {
    const pair = PAIRS[from][to];
    if (pair === undefined) return Promise.resolve(undefined);
    const key = `${pair} ${stages}`;
    let pipeline = running.get(key);
    if (!pipeline || pipeline.stopped) {
      pipeline = new Pipeline(`${dataDir}/modes/${pair}.mode`, stages);
      running.set(key, pipeline);
    }
    return pipeline.translate(stream, timeoutMs);
  };
  const start = async () => {
    // One after another: on two cores, a dozen processes starting at once would take the first question's core too.
    for (const { from, to, stages } of USED) await through(stages)(STARTING_WORD, from, to, STARTING_TIMEOUT_MS);
  };
  const lookedUp = through('dictionary');
  const senses = async (question: string, from: Language, to: Language) => parseSenses((await lookedUp(asStream(prepared(question, from)), from, to)) ?? '');
  const functionWords = async (text: string, language: Language) => {
    const tagged = await lookedUp(asStream(text), language, language === 'es' ? 'en' : 'es');
    return tagged === undefined ? undefined : parseFunctionWords(tagged);
  };
  const analysed = through('analysis');
  const translated = through('all');
  const translate = async (question: string, from: Language, to: Language, keep?: (word: string) => boolean): Promise<string | undefined> => {
    const text = prepared(question, from);
    // Names are kept from an English question only (namesKept reads the English analyser's tags).
    const keeping = from === 'en' ? keep : undefined;
    const analysis = keeping === undefined ? undefined : await analysed(asStream(text), from, to);
    return plainText(await translated(keeping !== undefined && analysis !== undefined ? namesKept(analysis, keeping) : asStream(text), from, to));
  };
  return Object.assign(translate, {
    senses,
    functionWords,
    start,
    close: () => {
      for (const pipeline of running.values()) pipeline.stop();
      running.clear();
    },
  });
}

/** A question as Apertium's tagger reads it best in its language (`aboutAsPreposition`, `withoutOpeningMarks`). */
function prepared(question: string, from: Language): string {
  return from === 'en' ? aboutAsPreposition(question) : withoutOpeningMarks(question);
}

// Spanish opening question and exclamation marks.
const OPENING_MARKS = /[¿¡]/gu;

/**
 * A Spanish question without its opening marks. After "¿" Apertium's Spanish tagger reads the next words otherwise than
 * it does without it: "¿Cuántos soldados…?" came out "How many soldered…" (the participle of "soldar"), "¿Qué partido…?"
 * "What split…", "¿Qué instrumento…?" "What notarise…"; without the mark, "How many soldiers", "Which party", "Which
 * instrument". The closing mark tells the question as well, and the translation keeps it.
 */
function withoutOpeningMarks(question: string): string {
  return question.replace(OPENING_MARKS, '');
}

// "about" before a capitalised word: before a name, never a figure.
const ABOUT_A_NAME = /\babout(?=\s+\p{Lu})/giu;

/**
 * An English question with "about" before a name written "of" ("What did Kim say of Japan?"). Before a name "about" is
 * the preposition (as an adverb of approximation it comes before figures: "about 300 people"), but Apertium's tagger
 * reads it as the adverb there and gives "aproximadamente Japón", a word the passages do not hold; "of" comes out as
 * "de", which the lookup leaves out like "sobre".
 */
function aboutAsPreposition(question: string): string {
  return question.replace(ABOUT_A_NAME, 'of');
}

/**
 * The whole pipeline; its stages up to the bilingual dictionary (each word with every translation it lists); or its
 * first stage, the morphological analyser (each word as written with every reading the dictionary gives it).
 */
type Stages = 'all' | 'dictionary' | 'analysis';

/**
 * An English question in Apertium's stream format with the names Apertium would translate as common words written as
 * superblanks, which every stage passes through untouched: "What did [Trump] say?" comes out "Qué dijo [Trump]", where
 * "Trump" alone gave "Qué Superó decir". `analysis` is the analyser's output for the question
 * (`^Trump/Trump<n><sg>/Trump<vblex><inf>$`). A word is kept as written when it is capitalised though it opens no
 * sentence, the dictionary reads it only as a common noun, verb or adjective (no proper-noun reading: "Warsaw" goes on
 * to "Varsovia"; no lower-case lemma: adjectives of nationality or creed the dictionary writes lower case, "American",
 * "Catholic"; no unknown word, which Apertium passes through already; no month or weekday), and `keep` says so of it
 * (the lookup keeps a word the passages in the target language hold as written: "Trump", but not "Bible", which they
 * write "Biblia"). A run of capitalised words after an article ("the Catholic Church", "the Senate") is a description,
 * whose words Spanish translates, and is left to Apertium.
 */
export function namesKept(analysis: string, keep: (word: string) => boolean): string {
  const units = Array.from(analysis.matchAll(STREAM_UNIT), (match) => {
    const [surface = '', ...readings] = (match[1] ?? '').split(UNESCAPED_SLASH);
    return { surface, readings, start: match.index, end: match.index + match[0].length };
  });
  const capitalised = (at: number) => /^\p{Lu}/u.test(units[at]?.surface ?? '');
  const opensSentence = (at: number) => at === 0 || (units[at - 1]?.readings.some((reading) => reading.includes('<sent>')) ?? false);
  const afterArticle = (at: number) => {
    let before = at - 1;
    while (before >= 0 && capitalised(before)) before--;
    return units[before]?.readings.some((reading) => ARTICLE_READING.test(reading)) ?? false;
  };
  let stream = '';
  let from = 0;
  units.forEach(({ surface, readings, start, end }, at) => {
    const kept = capitalised(at) && !opensSentence(at) && readsAsCommonWord(surface, readings) && !afterArticle(at) && keep(unescapeStream(surface));
    stream += `${analysis.slice(from, start)}${kept ? `[${surface}]` : surface}`;
    from = end;
  });
  return stream + analysis.slice(from);
}

// One unit of the stream, "^surface/reading/reading$", with its escapes.
const STREAM_UNIT = /\^((?:\\.|[^$\\])*)\$/gu;
const UNESCAPED_SLASH = /(?<!\\)\//u;
const ARTICLE_READING = /<det><(?:def|ind)>/u;
const COMMON_READING = /^[^<]*<(?:n|vblex|adj)>/u;
const DATE_NAMES = new Set([...MONTH_NAMES.en, ...WEEKDAY_NAMES.en]);

/** Whether the analyser reads a capitalised word only as a common word that Apertium would translate (`namesKept`). */
function readsAsCommonWord(surface: string, readings: string[]): boolean {
  return readings.length > 0 && readings.some((reading) => COMMON_READING.test(reading))
    && readings.every((reading) => !reading.startsWith('*') && !reading.includes('<np>') && /^\p{Lu}/u.test(reading))
    && !DATE_NAMES.has(surface.toLowerCase());
}

// Parts of speech whose senses are worth another reading: nouns, lexical verbs, adjectives.
const CONTENT_TAG = /^<(?:n|vblex|adj)>/u;

/**
 * The lemmas the bilingual dictionary lists for each content word with more than one: "letter" is
 * "letra" or "carta", and Apertium's lexical selection picks "letra" in "his letter to Kim". `lookedUp`
 * is the dictionary stage's output (`^letter<n><sg>/letra<n><f><sg>/carta<n><f><sg>$`). Lower case, in
 * the dictionary's order.
 */
export function parseSenses(lookedUp: string): string[][] {
  const senses: string[][] = [];
  for (const { tags, targets } of lexicalUnits(lookedUp)) {
    if (targets.length < 2 || !CONTENT_TAG.test(tags)) continue;
    const lemmas = [...new Set(targets.map((target) => unescapeStream(target.split('<')[0] ?? '').toLowerCase()).filter((lemma) => lemma !== ''))];
    if (lemmas.length > 1) senses.push(lemmas);
  }
  return senses;
}

// Closed classes, as Apertium tags them: prepositions, adverbs, conjunctions, determiners, pronouns, relatives.
const FUNCTION_TAG = /^<(?:pr|adv|preadv|cnjcoo|cnjsub|cnjadv|det|prn|rel)>/u;

/**
 * The words of the units the tagger reads as function words in context, folded (foldAccents): the
 * dictionary stage gives each unit's lemma and tags ("^junto a<pr>/beside<pr>$", "^además<adv>/…$"),
 * so these are lemmas, which for the invariable closed classes are the words as written.
 */
export function parseFunctionWords(lookedUp: string): Set<string> {
  const words = new Set<string>();
  for (const { lemma, tags } of lexicalUnits(lookedUp)) {
    if (!FUNCTION_TAG.test(tags)) continue;
    for (const word of unescapeStream(lemma).split(/\s+/u)) if (word !== '') words.add(foldAccents(word));
  }
  return words;
}

/**
 * The units of the dictionary stage's output ("^letter<n><sg>/letra<n><f><sg>/carta<n><f><sg>$"): the source's
 * lemma ("letter", still escaped) and tags ("<n><sg>"; '' when it has none), and its translations as written.
 */
function lexicalUnits(lookedUp: string): Array<{ lemma: string; tags: string; targets: string[] }> {
  return Array.from(lookedUp.matchAll(/\^((?:\\.|[^$\\])*)\$/gu), ([, unit = '']) => {
    const [source = '', ...targets] = unit.split('/');
    const tagsAt = source.indexOf('<');
    return tagsAt < 0 ? { lemma: source, tags: '', targets } : { lemma: source.slice(0, tagsAt), tags: source.slice(tagsAt), targets };
  });
}

interface Waiting {
  resolve(translation: string | undefined): void;
  timer: NodeJS.Timeout;
}

/** One running mode pipeline: questions in, translations out, in order. */
class Pipeline {
  stopped = false;
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly waiting: Waiting[] = [];
  private output = '';

  constructor(modeFile: string, stages: Stages) {
    // Node's stdin pipe is a socket, which Apertium's first stage cannot read as a file: `cat` hands it a real pipe.
    // The mode's $1 is the generator's option (-n: no marks on unknown words, as `apertium -u`), $2 the tagger's (none).
    // apertium-wblank-mode prints something and succeeds even for a missing mode file: check it first.
    // The dictionary stages end at the bilingual dictionary's lookup (`lt-proc -z -b …`), the analysis at the first stage.
    const cut = stages === 'all' ? '' : `pipeline=$(printf %s "$pipeline" | sed "s/${CUTS[stages]}/\\1/"); `;
    const script = `test -r "$0" || exit 1; pipeline=$(apertium-wblank-mode -z "$0") || exit 1; ${cut}cat | bash -c "$pipeline" apertium -n`;
    this.child = spawn('sh', ['-c', script, modeFile], { stdio: ['pipe', 'pipe', 'ignore'], env: APERTIUM_ENV });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.read(chunk));
    this.child.on('error', () => this.stop());
    this.child.on('close', () => this.stop());
    this.child.stdin.on('error', () => this.stop());
    // A translator waiting for questions is no reason for the bot or a script to keep running.
    this.child.unref();
    (this.child.stdout as Socket).unref();
    (this.child.stdin as Socket).unref();
  }

  /**
   * The pipeline's output for one text in Apertium's stream format (`asStream`), as it comes: still in that format;
   * undefined after `timeoutMs`, when the pipeline is stopped.
   */
  translate(stream: string, timeoutMs: number): Promise<string | undefined> {
    if (this.stopped) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.stop(), timeoutMs);
      this.waiting.push({ resolve, timer });
      this.child.stdin.write(`${stream}\n\0`);
    });
  }

  /** Ends the process; every question still waiting gets undefined. */
  stop(): void {
    if (!this.stopped) {
      this.stopped = true;
      this.child.kill();
    }
    for (const waiting of this.waiting.splice(0)) {
      clearTimeout(waiting.timer);
      waiting.resolve(undefined);
    }
  }

  private read(chunk: string): void {
    this.output += chunk;
    for (let end = this.output.indexOf('\0'); end >= 0; end = this.output.indexOf('\0')) {
      const text = this.output.slice(0, end);
      this.output = this.output.slice(end + 1);
      // The last stage sends a few empty flushes of its own at times: only text answers a question.
      if (text.trim() === '') continue;
      const waiting = this.waiting.shift();
      if (!waiting) return this.stop();
      clearTimeout(waiting.timer);
      waiting.resolve(text);
    }
    if (this.output.length > MAX_OUTPUT_CHARS) this.stop();
  }
}

// Characters that Apertium's stream format reserves (as its text deformatter escapes them).
const RESERVED = /[\\^$/<>@[\]{}]/gu;

/** A text on one line in Apertium's stream format: its reserved characters escaped, so that they go through as text. */
function asStream(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(RESERVED, (char) => `\\${char}`);
}

/** A translation out of the stream format: superblanks' brackets dropped (their text kept), escapes undone; undefined when empty. */
function plainText(stream: string | undefined): string | undefined {
  const text = stream?.replace(/\\(.)|[[\]]/gu, (_, escaped: string | undefined) => escaped ?? '').replace(/\s+/gu, ' ').trim();
  return text === '' ? undefined : text;
}

function unescapeStream(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}
