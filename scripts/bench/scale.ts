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
import { poolSizes, writeSyntheticArchive, type SyntheticArchive } from './synthetic-corpus.js';

export interface ScaleOptions {
  sizes: number[];
  /** Where archives and snapshots are written; archives are reused across runs when unchanged. */
  workDir?: string;
  /** Writes a V8 CPU profile of every probe there (node --cpu-prof). */
  cpuProfileDir?: string;
  /** Progress lines. */
  progress?: (line: string) => void;
}

export interface SizeMeasurement {
  articles: number;
  archive: Omit<SyntheticArchive, 'dir'>;
  /** Full rebuild: openLibrary with no snapshot. */
  build: ProbeResult | ProbeFailure;
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
  /** Fitted growth exponent k of each cost (cost ≈ c · articles^k), over the sizes that succeeded. */
  growth: Record<string, number | null>;
}

const GENERATOR_SEED = 1;
const PROBE = fileURLToPath(new URL('./scale-probe.ts', import.meta.url));
/** Marks a finished archive so that it is reused; hidden files are not read as articles. */
const ARCHIVE_MARK = '.synthetic-archive.json';
/** The generator's output version: bump when synthetic-corpus.ts changes what it writes. */
const GENERATOR_VERSION = 1;

export async function runScaleBenchmark(options: ScaleOptions): Promise<ScaleReport> {
  const workDir = options.workDir ?? path.join(tmpdir(), 'hemeroteca-bench');
  const progress = options.progress ?? (() => {});
  const sizes: SizeMeasurement[] = [];
  for (const articles of options.sizes) {
    const seedsDir = path.join(workDir, `archive-${articles}`);
    const indexDir = path.join(workDir, `index-${articles}`);
    progress(`${articles} articles: writing the archive`);
    const archive = await ensureArchive(seedsDir, articles);
    await rm(indexDir, { recursive: true, force: true });
    const request = { seedsDir, indexDir, people: poolSizes(articles).people };
    progress(`${articles} articles: rebuild`);
    const build = await runProbe({ ...request, mode: 'build' }, options.cpuProfileDir);
    progress(`${articles} articles: restart and queries`);
    const restart = 'failed' in build ? { mode: 'restart' as const, failed: 'no snapshot: the build failed' } : await runProbe({ ...request, mode: 'restart' }, options.cpuProfileDir);
    const snapshotBytes = await folderBytes(indexDir);
    const restartSpeedup = 'failed' in build || 'failed' in restart || restart.origin !== 'snapshot' ? null : build.openMs / restart.openMs;
    const { dir: _dir, ...archiveFigures } = archive;
    sizes.push({ articles, archive: archiveFigures, build, restart, snapshotBytes, restartSpeedup });
  }
  return { sizes, growth: fitGrowth(sizes) };
}

async function ensureArchive(dir: string, articles: number): Promise<SyntheticArchive> {
  const mark = path.join(dir, ARCHIVE_MARK);
  const wanted = { version: GENERATOR_VERSION, seed: GENERATOR_SEED, articles };
  try {
    const existing = JSON.parse(await readFile(mark, 'utf8')) as { wanted: typeof wanted; archive: SyntheticArchive };
    if (JSON.stringify(existing.wanted) === JSON.stringify(wanted)) return existing.archive;
  } catch {
    // No archive yet, or an unfinished one: write it.
  }
  const archive = await writeSyntheticArchive(dir, articles, GENERATOR_SEED);
  await writeFile(mark, JSON.stringify({ wanted, archive }));
  return archive;
}

function runProbe(request: ProbeRequest, cpuProfileDir: string | undefined): Promise<ProbeResult | ProbeFailure> {
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuProfileDir, `${request.mode}-${path.basename(request.seedsDir)}`)}`] : [];
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
  'read ms': (size) => succeeded(size.build)?.phases.read,
  'clean and split ms': (size) => succeeded(size.build)?.phases.corpus,
  'index ms': (size) => succeeded(size.build)?.phases.index,
  'quotes ms': (size) => succeeded(size.build)?.phases.quotes,
  'snapshot write ms': (size) => succeeded(size.build)?.phases.save,
  'snapshot bytes': (size) => size.snapshotBytes || undefined,
  'restart ms': (size) => succeeded(size.restart)?.openMs,
  'rebuild peak RSS': (size) => succeeded(size.build)?.peakRss,
  'restart peak RSS': (size) => succeeded(size.restart)?.peakRss,
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
  const row = (size: SizeMeasurement) => {
    const build = succeeded(size.build);
    const restart = succeeded(size.restart);
    return [
      size.articles.toLocaleString('en'),
      build ? build.passages.toLocaleString('en') : '—',
      mb(size.archive.bytes),
      s(build?.phases.scan),
      s(build?.phases.read),
      s(build?.phases.corpus),
      s(build?.phases.index),
      s(build?.phases.quotes),
      s(build?.phases.save),
      s(build?.openMs),
      mb(size.snapshotBytes || undefined),
      restart ? (restart.openMs / 1000).toFixed(2) : '—',
      size.restartSpeedup === null ? '—' : `${size.restartSpeedup.toFixed(1)}×`,
      mb(build?.peakRss),
      mb(build?.peakHeapUsed),
      mb(restart?.peakRss),
      `${ms(restart?.ask?.all.p50)} / ${ms(restart?.ask?.all.p95)}`,
      ms(restart?.quote?.p95),
      ms(restart?.suggest?.p95),
      s(restart?.addedArticleMs),
    ];
  };
  const failures = report.sizes.flatMap((size) =>
    [size.build, size.restart].flatMap((result) => ('failed' in result ? [`- ${size.articles.toLocaleString('en')} articles, ${result.mode}: ${result.failed}`] : [])),
  );
  const header = [
    'articles', 'passages', 'archive MB', 'scan s', 'read s', 'clean+split s', 'index s', 'quotes s', 'snapshot write s', 'rebuild s',
    'snapshot MB', 'restart s', 'restart speed-up', 'rebuild peak RSS MB', 'rebuild peak heap MB', 'restart peak RSS MB',
    '/ask p50 / p95 ms', '/quote p95 ms', 'autocomplete p95 ms', 'article added → cited s',
  ];
  const phases = ['scan', 'read', 'corpus', 'index', 'quotes', 'save'];
  const memoryRows = report.sizes.flatMap((size) => {
    const build = succeeded(size.build);
    return build ? [`| ${size.articles.toLocaleString('en')} | ${phases.map((phase) => build.peakRssByPhase[phase] ?? '—').join(' | ')} |`] : [];
  });
  const growth = Object.entries(report.growth).map(([name, k]) => `| ${name} | ${k === null ? '—' : k.toFixed(2)} |`);
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...report.sizes.map((size) => `| ${row(size).join(' | ')} |`),
    ...(failures.length ? ['', 'Failed runs:', '', ...failures] : []),
    '',
    'Largest RSS (MB) during each phase of a rebuild, sampled every 20 ms from a worker thread:',
    '',
    `| articles | ${phases.join(' | ')} |`,
    `| --- | ${phases.map(() => '---').join(' | ')} |`,
    ...memoryRows,
    '',
    'Growth of each cost, fitted as cost ≈ c · articles^k over the sizes measured:',
    '',
    '| cost | k |',
    '| --- | --- |',
    ...growth,
  ].join('\n');
}
