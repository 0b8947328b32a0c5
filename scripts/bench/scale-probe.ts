/**
 * One measurement of the scale benchmark, run in a process of its own so that its peak memory is
 * its own (scale.ts forks it once per size and mode):
 *
 * - `build`: `openLibrary` over a seeds folder with no snapshot, i.e. a full rebuild (read, clean,
 *   split, index, quotes, snapshot write), phase by phase as openLibrary logs them;
 * - `restart`: `openLibrary` again (watching the seeds folder, as the bot does), restoring that
 *   snapshot, then timed /ask, /quote and actor autocomplete calls on the restored library, as a user
 *   of the bot would make them, and the time from writing one new article into the seeds folder to
 *   /ask citing it (the file is removed again afterwards, so the archive stays as generated).
 *
 * The request is the process's one argument (JSON); the result goes back over the IPC channel.
 */
import { once } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library, type LibraryStatus } from '../../src/library.js';
import { loggerCalling } from '../../tests/support/recording-logger.js';
import { loadXquad } from '../eval/xquad.js';
import { medianAnd95th } from '../../tests/support/stats.js';
import { createRandom } from '../../tests/support/random.js';
import { personName } from './synthetic-corpus.js';

export type ProbeMode = 'build' | 'restart';

export interface ProbeRequest {
  mode: ProbeMode;
  seedsDir: string;
  indexDir: string;
  /** Invented people in the archive, to draw /quote queries from (see synthetic-corpus.ts). */
  people: number;
  /** BUILD_THREADS for the build; unset: the default (one per core). */
  threads?: number;
  /** Restart mode: stop after the first answer (no query latencies, no added article; the seeds folder is left alone). */
  firstAnswerOnly?: boolean;
}

export interface Latency {
  samples: number;
  /** Wall time, ms. */
  p50: number;
  p95: number;
  /** CPU time of the process (process.cpuUsage) during each call, ms: on a shared machine, firmer than the wall time. */
  cpuP50: number;
  cpuP95: number;
}

/** One call's wall and CPU time, ms. */
interface Timing {
  wall: number;
  cpu: number;
}

/** The opened library's status (origin and counts), and what the probe measured. */
export interface ProbeResult extends LibraryStatus {
  mode: ProbeMode;
  /** Wall time of openLibrary. */
  openMs: number;
  /** openLibrary's own phase times, from its closing log line. */
  phases: Record<string, number>;
  /** Threads a build used (its log line); absent on a restart. */
  threads?: number;
  /** How long a build's workers sat idle waiting for their next file, ms summed over them (its log line); absent on a restart. */
  workersWaitedMs?: number;
  /** Peak resident set size of the process (getrusage), bytes. */
  peakRss: number;
  /** CPU time of the whole process (all threads, user and system) during openLibrary, ms. */
  openCpuMs: number;
  /** The machine's 1-minute load average when openLibrary returned (the machine is shared). */
  loadAverage: number;
  /** Largest V8 heap in use seen (sampled at each log line and every 20 ms the event loop is free), bytes. */
  peakHeapUsed: number;
  /** The warnings openLibrary logged. */
  warnings: number;
  /** Largest RSS (MB) seen during each of openLibrary's phases, and after it ("queries"): which phase sets the peak. */
  peakRssByPhase: Record<string, number>;
  /** A restart's RSS while it answers: the median of the samples after openLibrary returned (queries, an added article), bytes. */
  steadyRss?: number;
  ask?: { all: Latency; spanish: Latency; english: Latency; refused: number };
  quote?: Latency;
  suggest?: Latency;
  /** From writing a new article into the watched seeds folder to /ask citing it, ms. */
  addedArticleMs?: number;
  /** From the process's start (module loading included, under tsx) to the first /ask answer after openLibrary, ms. */
  firstAnswerMs?: number;
  /** CPU time of the process (all threads) from its start to that first answer, ms: on a shared machine, firmer than the wall time. */
  firstAnswerCpuMs?: number;
  /** Wall and CPU time (ms) from the process's start to the probe's first line, i.e. loading its modules (the library's among them). */
  modulesMs: number;
  modulesCpuMs: number;
}

const SAMPLE_EVERY_MS = 20;
const ADD_TIMEOUT_MS = 60_000;
/** Every n-th XQuAD question is asked: about 185 Spanish and 93 English questions. */
const SPANISH_EVERY = 5;
const ENGLISH_EVERY = 10;
const WARM_UP = 20;
const QUOTE_QUERIES = 120;
/**
 * Asked as soon as the library is open, as a user would after a restart. Not a question about what
 * someone said: that one also makes the quote book, which a restart leaves until first wanted.
 */
const FIRST_QUESTION = '¿Cuántos estudiantes tiene la universidad?';

/**
 * Samples the process's RSS from a worker thread, which keeps sampling while the main thread is busy
 * in a long synchronous phase (timers on the main thread would not fire).
 */
const RSS_SAMPLER = `
const { parentPort } = require('node:worker_threads');
const samples = [];
const timer = setInterval(() => samples.push([Date.now(), process.memoryUsage.rss()]), ${SAMPLE_EVERY_MS});
parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage(samples); });
`;

function rssTimeline() {
  const worker = new Worker(RSS_SAMPLER, { eval: true });
  return {
    /** The samples, as [time (ms since the epoch), RSS bytes]. */
    stop: async (): Promise<Array<[number, number]>> => {
      const samples = once(worker, 'message');
      worker.postMessage('stop');
      const [result] = (await samples) as [Array<[number, number]>];
      await worker.terminate();
      return result;
    },
  };
}

/** The largest sample within each phase; phases follow each other from `start` in the order given. */
function peaksByPhase(samples: Array<[number, number]>, start: number, phases: Record<string, number>): Record<string, number> {
  const peaks: Record<string, number> = {};
  let from = start;
  for (const [phase, ms] of [...Object.entries(phases), ['queries', Infinity] as const]) {
    // A loop, not Math.max(...samples): an hour-long build's 180,000 samples overflow the call stack.
    let peak = -1;
    for (const [time, rss] of samples) if (time >= from && time < from + ms) peak = Math.max(peak, rss);
    if (peak >= 0) peaks[phase] = Math.round(peak / 2 ** 20);
    from += ms;
  }
  return peaks;
}

function memoryWatch() {
  let peakHeapUsed = 0;
  const sample = () => {
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakHeapUsed, peakRss: process.resourceUsage().maxRSS * 1024 };
    },
  };
}

async function probe(request: ProbeRequest): Promise<ProbeResult> {
  const modulesMs = performance.now();
  const modulesCpuMs = cpuSinceStart();
  const memory = memoryWatch();
  let phases: Record<string, number> = {};
  let threads: number | undefined;
  let workersWaitedMs: number | undefined;
  let warnings = 0;
  const timeline = rssTimeline();
  const log = loggerCalling(({ level, message, fields }) => {
    memory.sample();
    if (level === 'warn') warnings++;
    if (message === 'built index' || message === 'restored index from snapshot') phases = (fields.ms as Record<string, number> | undefined) ?? {};
    if (message === 'built index' && typeof fields.threads === 'number') threads = fields.threads;
    if (message === 'built index' && typeof fields.workersWaitedMs === 'number') workersWaitedMs = fields.workersWaitedMs;
    if (level === 'error' || (level === 'warn' && !('file' in fields))) process.stderr.write(`${level}: ${message} ${JSON.stringify(fields)}\n`);
  });
  const config = readConfig({ SEEDS_DIR: request.seedsDir, INDEX_DIR: request.indexDir, BUILD_THREADS: request.threads?.toString() });

  const startedAt = Date.now();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const library = await openLibrary(config, log, { watch: request.mode === 'restart' });
  const openMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  memory.sample();
  // performance.now() counts from the process's start.
  const firstAnswer = request.mode === 'restart' ? await library.ask(FIRST_QUESTION).then(() => ({ firstAnswerMs: performance.now(), firstAnswerCpuMs: cpuSinceStart() })) : {};
  const result: Omit<ProbeResult, 'peakRss' | 'peakHeapUsed'> = {
    // Read after the first answer: the status's statement count parses a restored library's statements (about 2 s of
    // CPU at 100,000 articles), which the bot leaves until /quote; read before, it was counted in the first answer.
    ...library.status,
    ...firstAnswer,
    mode: request.mode,
    openMs,
    openCpuMs: (user + system) / 1000,
    ...(threads !== undefined && { threads }),
    ...(workersWaitedMs !== undefined && { workersWaitedMs }),
    loadAverage: loadavg()[0]!,
    phases,
    warnings,
    peakRssByPhase: {},
    modulesMs,
    modulesCpuMs,
  };
  if (request.mode === 'restart' && !request.firstAnswerOnly) {
    Object.assign(result, await measureQueries(library, request.people));
    // A timeout here loses that one figure, not the run's others.
    result.addedArticleMs = await timeAddedArticle(library, request.seedsDir).catch((error: unknown) => {
      process.stderr.write(`added article: ${error instanceof Error ? error.message : String(error)}\n`);
      return undefined;
    });
  }
  const samples = await timeline.stop();
  result.peakRssByPhase = peaksByPhase(samples, startedAt, phases);
  if (request.mode === 'restart' && !request.firstAnswerOnly) {
    const answering = samples.filter(([time]) => time >= startedAt + openMs).map(([, rss]) => rss);
    if (answering.length) result.steadyRss = medianAnd95th(answering).p50;
  }
  return { ...result, ...memory.stop() };
}

/** How long a new article written into the watched folder takes to be cited by /ask; the file is removed afterwards. */
async function timeAddedArticle(library: Library, seedsDir: string): Promise<number> {
  const id = 'zz-bench-added-article';
  const file = path.join(seedsDir, `${id}.txt`);
  const text = [
    'El observatorio Qarnavel registró 4817 destellos sobre la meseta de Ultrabrin',
    'El observatorio Qarnavel registró 4817 destellos sobre la meseta de Ultrabrin durante la noche del martes, informó su directora, Selvia Ombrastán.',
    'Los destellos de Ultrabrin duraron menos de un segundo cada uno, según el equipo del observatorio Qarnavel.',
  ].join('\n\n');
  const started = performance.now();
  await writeFile(file, text);
  try {
    for (;;) {
      const answer = await library.ask('¿Cuántos destellos registró el observatorio Qarnavel sobre Ultrabrin?');
      if (answer.citations.some((citation) => citation.articleId === id)) return performance.now() - started;
      if (performance.now() - started > ADD_TIMEOUT_MS) throw new Error(`the added article was not cited within ${ADD_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await rm(file, { force: true });
  }
}

async function measureQueries(library: Library, people: number): Promise<Pick<ProbeResult, 'ask' | 'quote' | 'suggest'>> {
  const { questions } = await loadXquad();
  const spanish = questions.filter((question) => question.language === 'es').filter((_, i) => i % SPANISH_EVERY === 0);
  const english = questions.filter((question) => question.language === 'en').filter((_, i) => i % ENGLISH_EVERY === 0);
  for (const question of spanish.slice(0, WARM_UP)) await library.ask(question.text);

  let refused = 0;
  const timeAsk = async (text: string): Promise<Timing> => {
    const started = startTiming();
    const answer = await library.ask(text);
    if (answer.refused) refused++;
    return started.stop();
  };
  const spanishMs: Timing[] = [];
  for (const question of spanish) spanishMs.push(await timeAsk(question.text));
  const englishMs: Timing[] = [];
  for (const question of english) englishMs.push(await timeAsk(question.text));

  const queries = quoteQueries(people);
  const quoteMs = queries.map((query) => timed(() => library.quote(query)));
  const suggestMs = queries.map((query) => timed(() => library.suggestActors(query.slice(0, 3 + (query.length % 4)), 25)));
  return {
    ask: { all: latency([...spanishMs, ...englishMs]), spanish: latency(spanishMs), english: latency(englishMs), refused },
    quote: latency(quoteMs),
    suggest: latency(suggestMs),
  };
}

/**
 * What people type into /quote: the most quoted names, names from the long tail, the same with a
 * typo, and names nobody in the archive has (these take the slowest path, fuzzy suggestions).
 */
function quoteQueries(people: number): string[] {
  const random = createRandom(7);
  const known = Array.from({ length: QUOTE_QUERIES / 2 }, (_, i) => personName(i < 20 ? i + 1 : random.longTail(people)));
  const typos = known.slice(0, QUOTE_QUERIES / 4).map((name) => {
    const at = 1 + random.int(name.length - 2);
    return name.slice(0, at) + name.slice(at + 1);
  });
  const unknown = Array.from({ length: QUOTE_QUERIES / 4 }, (_, i) => `Zyx Quorbl${i}`);
  return [...known, ...typos, ...unknown];
}

/** CPU time of the process (all threads, user and system) since it started, ms. */
function cpuSinceStart(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function startTiming(): { stop: () => Timing } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return {
    stop: () => {
      const { user, system } = process.cpuUsage(cpu);
      return { wall: performance.now() - wall, cpu: (user + system) / 1000 };
    },
  };
}

function timed(action: () => unknown): Timing {
  const started = startTiming();
  action();
  return started.stop();
}

function latency(samples: Timing[]): Latency {
  const cpu = medianAnd95th(samples.map((sample) => sample.cpu));
  return { samples: samples.length, ...medianAnd95th(samples.map((sample) => sample.wall)), cpuP50: cpu.p50, cpuP95: cpu.p95 };
}

// The request comes as the one argument; the result goes back over the IPC channel, or to stdout as
// JSON when the probe runs on its own (e.g. compiled, as `npm start` runs the bot).
probe(JSON.parse(process.argv[2] ?? '{}') as ProbeRequest).then(
  (result) => (process.send ? process.send(result, () => process.exit(0)) : process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))),
  (error: unknown) => {
    process.stderr.write(`probe failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
