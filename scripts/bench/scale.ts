/**
 * How Hemeroteca's costs grow with the archive (issue 8, item 2). For each size, a synthetic archive
 * (synthetic-corpus.ts) is written to a temporary seeds folder, then two fresh processes run the real
 * `openLibrary` (scale-probe.ts): one rebuilds the index from nothing and saves the snapshot, the
 * next restarts from that snapshot and answers timed /ask, /quote and autocomplete calls. Fresh
 * processes make each peak memory figure that size's own.
 *
 * Each cost's growth is fitted as cost ≈ c · articles^k (least squares on logarithms); k near 1 is
 * linear growth, above 1 worse than linear.
 */
import { fork } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeMode, ProbeRequest, ProbeResult } from './scale-probe.js';
import { poolSizes, writeSyntheticArchive, type CorpusKind, type SyntheticArchive } from './synthetic-corpus.js';

export interface ScaleOptions {
  sizes: number[];
  /** Which synthetic archives to measure at each size (synthetic-corpus.ts). */
  corpora: CorpusKind[];
  /** Where archives and snapshots are written; archives are reused across runs when unchanged. */
  workDir?: string;
  /** Writes a V8 CPU profile of every probe there (node --cpu-prof). */
  cpuProfileDir?: string;
  /** Progress lines. */
  progress?: (line: string) => void;
}

export interface SizeMeasurement {
  articles: number;
  corpus: CorpusKind;
  archive: Omit<SyntheticArchive, 'dir'>;
  /** Full rebuild on the main thread alone (BUILD_THREADS=1): the build as it was before worker threads. */
  singleThreadBuild: ProbeResult | ProbeFailure;
  /** Full rebuild with the default threads (one per core): openLibrary with no snapshot. */
  build: ProbeResult | ProbeFailure;
  /** Single-threaded rebuild time over the default one, measured one after the other. */
  buildSpeedup: number | null;
  /** Restart from the snapshot the build wrote, then the timed queries. */
  restart: ProbeResult | ProbeFailure;
  snapshotBytes: number;
  /** Rebuild time divided by restart time (how many times faster a restart is). */
  restartSpeedup: number | null;
}

export interface ProbeFailure {
  mode: ProbeMode;
  failed: string;
}

export interface ScaleReport {
  sizes: SizeMeasurement[];
  /** Per corpus, the fitted growth exponent k of each cost (cost ≈ c · articles^k), over the sizes that succeeded. */
  growth: Partial<Record<CorpusKind, Record<string, number | null>>>;
}

const GENERATOR_SEED = 1;
const PROBE = fileURLToPath(new URL('./scale-probe.ts', import.meta.url));
/** Marks a finished archive so that it is reused; hidden files are not read as articles. */
const ARCHIVE_MARK = '.synthetic-archive.json';
/** The generator's output version: bump when synthetic-corpus.ts changes what it writes. */
const GENERATOR_VERSION = 2;

export async function runScaleBenchmark(options: ScaleOptions): Promise<ScaleReport> {
  const workDir = options.workDir ?? path.join(tmpdir(), 'hemeroteca-bench');
  const progress = options.progress ?? (() => {});
  const sizes: SizeMeasurement[] = [];
  for (const articles of options.sizes) {
    for (const corpus of options.corpora) {
      const seedsDir = path.join(workDir, `archive-${corpus}-${articles}`);
      const indexDir = path.join(workDir, `index-${corpus}-${articles}`);
      const label = `${articles} articles, ${corpus}`;
      progress(`${label}: writing the archive`);
      const archive = await ensureArchive(seedsDir, articles, corpus);
      const request = { seedsDir, indexDir, people: poolSizes(articles).people };
      await rm(indexDir, { recursive: true, force: true });
      progress(`${label}: rebuild on one thread`);
      const singleThreadBuild = await runProbe({ ...request, mode: 'build', threads: 1 }, options.cpuProfileDir);
      await rm(indexDir, { recursive: true, force: true });
      progress(`${label}: rebuild with worker threads`);
      const build = await runProbe({ ...request, mode: 'build' }, options.cpuProfileDir);
      progress(`${label}: restart and queries`);
      const restart = 'failed' in build ? { mode: 'restart' as const, failed: 'no snapshot: the build failed' } : await runProbe({ ...request, mode: 'restart' }, options.cpuProfileDir);
      const snapshotBytes = await folderBytes(indexDir);
      const restartSpeedup = 'failed' in build || 'failed' in restart || restart.origin !== 'snapshot' ? null : build.openMs / restart.openMs;
      const buildSpeedup = 'failed' in build || 'failed' in singleThreadBuild ? null : singleThreadBuild.openMs / build.openMs;
      const { dir: _dir, ...archiveFigures } = archive;
      sizes.push({ articles, corpus, archive: archiveFigures, singleThreadBuild, build, buildSpeedup, restart, snapshotBytes, restartSpeedup });
    }
  }
  const kinds = [...new Set(sizes.map((size) => size.corpus))];
  return { sizes, growth: Object.fromEntries(kinds.map((kind) => [kind, fitGrowth(sizes.filter((size) => size.corpus === kind))])) };
}

async function ensureArchive(dir: string, articles: number, kind: CorpusKind): Promise<SyntheticArchive> {
  const mark = path.join(dir, ARCHIVE_MARK);
  const wanted = { version: GENERATOR_VERSION, seed: GENERATOR_SEED, kind, articles };
  try {
    const existing = JSON.parse(await readFile(mark, 'utf8')) as { wanted: typeof wanted; archive: SyntheticArchive };
    if (JSON.stringify(existing.wanted) === JSON.stringify(wanted)) return existing.archive;
  } catch {
    // No archive yet, or an unfinished one: write it.
  }
  const archive = await writeSyntheticArchive(dir, articles, GENERATOR_SEED, kind);
  await writeFile(mark, JSON.stringify({ wanted, archive }));
  return archive;
}

function runProbe(request: ProbeRequest, cpuProfileDir: string | undefined): Promise<ProbeResult | ProbeFailure> {
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuProfileDir, `${request.mode}${request.threads ?? ''}-${path.basename(request.seedsDir)}`)}`] : [];
  const child = fork(PROBE, [JSON.stringify(request)], { execArgv: ['--import', 'tsx', ...profile], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-8000);
  });
  return new Promise((resolve) => {
    let result: ProbeResult | undefined;
    child.on('message', (message) => {
      result = message as ProbeResult;
    });
    child.on('exit', (code, signal) => {
      if (result) resolve(result);
      else resolve({ mode: request.mode, failed: `exit ${signal ?? code}: ${whyItFailed(stderrTail)}` });
    });
  });
}

/** The line that says why a process died (V8's fatal error, an uncaught error), else its last lines. */
function whyItFailed(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return lines.find((line) => /FATAL ERROR|probe failed|Error:/.test(line))?.trim() ?? lines.slice(-3).join(' / ');
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const entryPath = path.join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(entryPath) : (await stat(entryPath)).size;
  }
  return total;
}

/** The costs whose growth is fitted, each read from one size's measurement. */
const COSTS: Record<string, (size: SizeMeasurement) => number | undefined> = {
  'rebuild ms': (size) => succeeded(size.build)?.openMs,
  'scan ms': (size) => succeeded(size.build)?.phases.scan,
  'single-thread rebuild ms': (size) => succeeded(size.singleThreadBuild)?.openMs,
  'files ms (read, clean, split, quotes)': (size) => succeeded(size.build)?.phases.files,
  'index ms': (size) => succeeded(size.build)?.phases.index,
  'snapshot write ms': (size) => succeeded(size.build)?.phases.save,
  'snapshot bytes': (size) => size.snapshotBytes || undefined,
  'restart ms': (size) => succeeded(size.restart)?.openMs,
  'rebuild peak RSS': (size) => succeeded(size.build)?.peakRss,
  'restart peak RSS': (size) => succeeded(size.restart)?.peakRss,
  'steady RSS': (size) => succeeded(size.restart)?.steadyRss,
  '/ask p50 ms': (size) => succeeded(size.restart)?.ask?.all.p50,
  '/ask p95 ms': (size) => succeeded(size.restart)?.ask?.all.p95,
  '/quote p95 ms': (size) => succeeded(size.restart)?.quote?.p95,
};

function succeeded(result: ProbeResult | ProbeFailure): ProbeResult | undefined {
  return 'failed' in result ? undefined : result;
}

function fitGrowth(sizes: SizeMeasurement[]): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(COSTS).map(([name, cost]) => {
      const points = sizes.flatMap((size) => {
        const value = cost(size);
        return value !== undefined && value > 0 ? [[Math.log(size.articles), Math.log(value)] as const] : [];
      });
      return [name, points.length >= 2 ? slope(points) : null];
    }),
  );
}

/** Least-squares slope of y on x. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

export function formatScaleReport(report: ScaleReport): string {
  const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / 2 ** 20).toFixed(0));
  const s = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(1));
  const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));
  const times = (ratio: number | null) => (ratio === null ? '—' : `${ratio.toFixed(2)}×`);
  const count = (value: number) => value.toLocaleString('en');
  const table = (header: string[], rows: string[][]) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
  const name = (size: SizeMeasurement) => [size.corpus, count(size.articles)];

  const archives = table(
    ['corpus', 'articles', 'archive MB', 'tokens', 'word forms', 'sentences', 'distinct sentences', 'passages'],
    report.sizes.map((size) => {
      const { text } = size.archive;
      return [...name(size), mb(size.archive.bytes), count(text.tokens), count(text.wordForms), count(text.sentences), `${((100 * text.distinctSentences) / text.sentences).toFixed(1)}%`, succeeded(size.build)?.passages.toLocaleString('en') ?? '—'];
    }),
  );
  const builds = table(
    ['corpus', 'articles', 'build', 'threads', 'scan s', 'files s', 'merge s', 'index s', 'snapshot write s', 'rebuild s', 'CPU s', 'workers idle s', 'load avg', 'peak RSS MB', 'peak heap MB'],
    report.sizes.flatMap((size) =>
      ([['one thread', size.singleThreadBuild], ['worker threads', size.build]] as const).map(([label, result]) => {
        const build = succeeded(result);
        return [...name(size), label, String(build?.threads ?? '—'), s(build?.phases.scan), s(build?.phases.files), s(build?.phases.merge), s(build?.phases.index), s(build?.phases.save), s(build?.openMs), s(build?.openCpuMs), s(build?.workersWaitedMs), build ? build.loadAverage.toFixed(1) : '—', mb(build?.peakRss), mb(build?.peakHeapUsed)];
      }),
    ),
  );
  const speedups = table(
    ['corpus', 'articles', 'rebuild: one thread / worker threads', 'files phase: one thread / worker threads', 'restart speed-up (rebuild / restart)'],
    report.sizes.map((size) => {
      const one = succeeded(size.singleThreadBuild)?.phases.files;
      const many = succeeded(size.build)?.phases.files;
      return [...name(size), times(size.buildSpeedup), times(one && many ? one / many : null), times(size.restartSpeedup)];
    }),
  );
  const restarts = table(
    ['corpus', 'articles', 'snapshot MB', 'restart s', 'restart CPU s', 'process start → first answer s', '… CPU s', 'restart peak RSS MB', 'steady RSS MB', '/ask p50 / p95 ms', '/ask CPU p50 / p95 ms', 'Spanish /ask p95 ms', '/ask refused', '/quote p95 ms (CPU)', 'autocomplete p95 ms', 'article added → cited s'],
    report.sizes.map((size) => {
      const restart = succeeded(size.restart);
      return [
        ...name(size),
        mb(size.snapshotBytes || undefined),
        restart ? (restart.openMs / 1000).toFixed(2) : '—',
        restart ? (restart.openCpuMs / 1000).toFixed(2) : '—',
        restart?.firstAnswerMs === undefined ? '—' : (restart.firstAnswerMs / 1000).toFixed(2),
        restart?.firstAnswerCpuMs === undefined ? '—' : (restart.firstAnswerCpuMs / 1000).toFixed(2),
        mb(restart?.peakRss),
        mb(restart?.steadyRss),
        `${ms(restart?.ask?.all.p50)} / ${ms(restart?.ask?.all.p95)}`,
        `${ms(restart?.ask?.all.cpuP50)} / ${ms(restart?.ask?.all.cpuP95)}`,
        ms(restart?.ask?.spanish.p95),
        restart?.ask ? `${restart.ask.refused} of ${restart.ask.all.samples}` : '—',
        `${ms(restart?.quote?.p95)} (${ms(restart?.quote?.cpuP95)})`,
        ms(restart?.suggest?.p95),
        s(restart?.addedArticleMs),
      ];
    }),
  );
  const failures = report.sizes.flatMap((size) =>
    [size.singleThreadBuild, size.build, size.restart].flatMap((result) => ('failed' in result ? [`- ${size.corpus}, ${count(size.articles)} articles, ${result.mode}: ${result.failed}`] : [])),
  );
  const phases = ['scan', 'files', 'merge', 'index', 'save'];
  const memoryRows = report.sizes.flatMap((size) => {
    const build = succeeded(size.build);
    return build ? [[...name(size), ...phases.map((phase) => String(build.peakRssByPhase[phase] ?? '—'))]] : [];
  });
  const kinds = Object.keys(report.growth) as CorpusKind[];
  const costs = Object.keys(COSTS);
  const growth = table(
    ['cost', ...kinds],
    costs.map((cost) => [cost, ...kinds.map((kind) => {
      const k = report.growth[kind]?.[cost];
      return k === undefined || k === null ? '—' : k.toFixed(2);
    })]),
  );
  return [
    ...archives,
    '',
    'Builds (each a fresh process with no snapshot; the one-thread build is BUILD_THREADS=1, the build as it was before worker threads; "files" is reading, cleaning, splitting and quote extraction; CPU is the whole process\'s, all threads; load avg is the machine\'s 1-minute load when the build ended):',
    '',
    ...builds,
    '',
    'Ratios within this run:',
    '',
    ...speedups,
    '',
    'Restart from the snapshot of the worker-thread build, then the timed queries:',
    '',
    ...restarts,
    ...(failures.length ? ['', 'Failed runs:', '', ...failures] : []),
    '',
    'Largest RSS (MB) during each phase of the worker-thread build, sampled every 20 ms from a worker thread:',
    '',
    ...table(['corpus', 'articles', ...phases], memoryRows),
    '',
    'Growth of each cost, fitted as cost ≈ c · articles^k over the sizes measured:',
    '',
    ...growth,
  ].join('\n');
}
