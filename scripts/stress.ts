/**
 * `npm run stress`: the hardening run of issue 9 at full size, written to docs/RELIABILITY.md and
 * docs/reliability.json with the machine, versions, commit and date. `npm test` runs a short version of
 * each part (tests/hardening).
 *
 *   npm run stress                                   everything (about 7 minutes on 2 cores)
 *   npm run stress -- --only fuzz,corpus,discord,llm,load,feedback,grounding    some parts (report printed, docs/ left alone)
 *   npm run stress -- --write                        write docs/ even for a partial run
 *
 * The notes under NOTES_MARK in docs/RELIABILITY.md are written by hand and kept from run to run.
 */
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { openLibrary } from '../src/library.js';
import { silentLogger } from '../src/log.js';
import { auditMessages, type MessageAudit } from '../tests/support/stress/audit.js';
import { botRunsSoFar, PROJECT_SEEDS, startBotRun, type BotRun } from '../tests/support/stress/bot-harness.js';
import { damagedSnapshots, oddSeedFiles, seedFileChanges } from '../tests/support/stress/corpus-faults.js';
import { gatewayFaults, groupOutcomes, restFaults, shutdownFaults, type FaultOutcome } from '../tests/support/stress/discord-faults.js';
import { feedbackAndLogs } from '../tests/support/stress/feedback-logs.js';
import { hostileSeeds } from '../tests/support/stress/hostile-html.js';
import { shutdownUnderLoad } from '../tests/support/stress/shutdown-load.js';
import { groundingCases, judgeGrounding } from '../tests/support/stress/grounding.js';
import { fuzzConsole, fuzzDiscord } from '../tests/support/stress/fuzz.js';
import { llmFaults } from '../tests/support/stress/llm-faults.js';
import { heapProbe } from './stress/heap.js';
import { askBurst, soak } from '../tests/support/stress/load.js';
import { SEED_ACTORS, SEED_ANCHORS, SEED_QUESTIONS } from '../tests/support/stress/seed-questions.js';
import { formatReliabilityReport, type StressReport } from './stress/report.js';
import { personName, writeSyntheticArchive } from './bench/synthetic-corpus.js';
import { loadXquad, loadXquadParagraphs } from './eval/xquad.js';
import { progressSince, writeKeepingNotes } from './run-report.js';

const DOCS = new URL('../docs/', import.meta.url);
const REPORT = new URL('RELIABILITY.md', DOCS);
const RESULTS = new URL('reliability.json', DOCS);
const NOTES_MARK = '<!-- Notes below are written by hand; npm run stress keeps them. -->';
const PARTS = ['fuzz', 'corpus', 'discord', 'llm', 'load', 'feedback', 'grounding'] as const;
type Part = (typeof PARTS)[number];

/** The sizes issue 9 asks for. */
const SIZES = {
  fuzzRuns: 500,
  snapshotTrials: 100,
  gatewayRounds: 5,
  restRounds: 3,
  shutdownRounds: 3,
  /** Issue 18: SIGTERMs, each to a bot process busy with a burst of /ask, more arriving during shutdown. */
  sigtermRounds: 20,
  sigtermBurst: 30,
  sigtermLate: 10,
  /** Issue 18: generated hostile HTML and binary seed files, each read beside a good article. */
  hostileSeedFiles: 200,
  llmTrials: 10,
  llmTimeoutMs: 1500,
  burst: 200,
  archiveArticles: 10_000,
  soak: 5000,
  votesPerAnswer: 25,
  voteAnswers: 20,
  votesInFlight: 100,
  /** Every n-th XQuAD paragraph (each language) gives the grounding replies: over 200 unsupported ones. */
  groundingParagraphStep: 4,
};
const SEED = 20240618;

const { values } = parseArgs({ options: { only: { type: 'string' }, write: { type: 'boolean', default: false } } });
const only = values.only ? values.only.split(',').map((part) => part.trim()) : [...PARTS];
const unknown = only.filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length) throw new Error(`--only takes some of ${PARTS.join(', ')}, not ${unknown.join(', ')}`);
const wanted = (part: Part) => only.includes(part);

const started = new Date();
const progress = progressSince(started);
const workDir = path.join(tmpdir(), 'hemeroteca-stress');
const report: StressReport = { sizes: SIZES, parts: {}, totals: undefined, environment: undefined };
/** The machine's 1-, 5- and 15-minute load averages (as `uptime` shows them): the machine is shared, and figures depend on it. */
const loadAverage = () => loadavg().map((value) => Math.round(value * 100) / 100);
const timed = async <T>(label: string, work: () => Promise<T>): Promise<T & { seconds: number; loadAverage: number[] }> => {
  progress(label);
  const begun = performance.now();
  const atStart = loadAverage();
  const result = await work();
  return { ...result, seconds: Math.round((performance.now() - begun) / 100) / 10, loadAverage: atStart };
};
const loadAtStart = loadAverage();

if (wanted('fuzz')) {
  report.parts.fuzz = await timed(`fuzzing: ${SIZES.fuzzRuns} inputs per command`, async () => {
    const run = await startBotRun();
    try {
      const discord = await fuzzDiscord(run, { runs: SIZES.fuzzRuns, seed: SEED, anchors: SEED_ANCHORS });
      const library = await openLibrary(readConfig({ SEEDS_DIR: PROJECT_SEEDS, INDEX_DIR: run.indexDir }), silentLogger);
      const console = await fuzzConsole(library, { runs: SIZES.fuzzRuns, seed: SEED, anchors: SEED_ANCHORS });
      return { targets: [...discord, ...console] };
    } finally {
      await run.close();
    }
  });
}

if (wanted('corpus')) {
  report.parts.corpus = await timed(`corpus faults: odd files, changed seeds, ${SIZES.snapshotTrials} damaged snapshots`, async () => ({
    oddFiles: await oddSeedFiles({ seedsDir: PROJECT_SEEDS, workDir: path.join(workDir, 'odd'), questions: SEED_QUESTIONS }),
    hostileSeeds: hostileSeeds({ runs: SIZES.hostileSeedFiles, seed: SEED }),
    seedChanges: await seedFileChanges({ seedsDir: PROJECT_SEEDS, workDir: path.join(workDir, 'change') }),
    snapshots: await damagedSnapshots({ seedsDir: PROJECT_SEEDS, workDir: path.join(workDir, 'snapshot'), trials: SIZES.snapshotTrials, seed: SEED, questions: SEED_QUESTIONS, actor: 'Putin' }),
  }));
}

if (wanted('discord')) {
  report.parts.discord = await timed('Discord faults', async () => {
    const run = await startBotRun();
    const outcomes: FaultOutcome[] = [];
    try {
      outcomes.push(...(await gatewayFaults(run, SIZES.gatewayRounds)));
      for (let round = 0; round < SIZES.restRounds; round++) outcomes.push(...(await restFaults(run)));
    } finally {
      await run.close();
    }
    for (let round = 0; round < SIZES.shutdownRounds; round++) outcomes.push(...(await shutdownFaults({})));
    progress(`${SIZES.sigtermRounds} SIGTERMs under load`);
    const shutdownLoad = await shutdownUnderLoad({ rounds: SIZES.sigtermRounds, burst: SIZES.sigtermBurst, late: SIZES.sigtermLate, indexDir: path.join(workDir, 'sigterm-index') });
    return { outcomes: groupOutcomes(outcomes), shutdownLoad };
  });
}

if (wanted('llm')) {
  report.parts.llm = await timed(`LLM faults: ${SIZES.llmTrials} trials each, LLM_TIMEOUT_MS=${SIZES.llmTimeoutMs}`, async () => ({
    timeoutMs: SIZES.llmTimeoutMs,
    faults: await llmFaults({ trials: SIZES.llmTrials, timeoutMs: SIZES.llmTimeoutMs }),
  }));
}

if (wanted('load')) {
  report.parts.load = await timed('load', async () => {
    const seeds = await loadOn('seed corpus', { questions: SEED_QUESTIONS, actors: SEED_ACTORS, heapCapMb: 200, measureLiveHeap: true });
    progress(`writing a synthetic archive of ${SIZES.archiveArticles} articles`);
    const archive = await writeSyntheticArchive(path.join(workDir, 'archive'), SIZES.archiveArticles);
    const indexDir = path.join(workDir, 'archive-index');
    await rm(indexDir, { recursive: true, force: true });
    progress('first start on the archive (builds its index)');
    const build = await startBotRun({ seedsDir: archive.dir, indexDir, startTimeoutMs: 600_000 });
    const buildMs = build.startMs;
    await build.stop();
    await build.close();
    const { questions: xquad } = await loadXquad();
    const archiveQuestions = [...xquad.filter((question) => question.language === 'es').map((question) => question.text).slice(0, 300), ...Array.from({ length: 20 }, (_, i) => `¿Qué dijo ${personName(i + 1)}?`)];
    const archiveActors = Array.from({ length: 50 }, (_, i) => personName(i + 1));
    const large = await loadOn(`${SIZES.archiveArticles}-article archive`, { seedsDir: archive.dir, indexDir, questions: archiveQuestions, actors: archiveActors, heapCapMb: 400 });
    return { corpora: [seeds, { ...large, firstStartMs: Math.round(buildMs), archiveBytes: archive.bytes }] };
  });
}

if (wanted('grounding')) {
  report.parts.grounding = await timed('grounding: generated replies from XQuAD paragraphs, Spanish and English', async () => {
    const paragraphs = (await loadXquadParagraphs()).filter((_, i) => i % SIZES.groundingParagraphStep === 0);
    return judgeGrounding(groundingCases(paragraphs));
  });
}

if (wanted('feedback')) {
  report.parts.feedback = await timed('feedback and logs', () =>
    feedbackAndLogs({ answers: SIZES.voteAnswers, votersPerAnswer: SIZES.votesPerAnswer, inFlight: SIZES.votesInFlight }),
  );
}

/**
 * A burst and a soak through one bot process on a corpus; then the soak again in a process whose heap
 * is capped near its live size, which makes V8 collect as it goes: what memory still grows there is held,
 * not merely not yet collected. For a small corpus, a third soak reads the live heap from heap snapshots
 * (writing one costs the process memory of its own, so that soak's RSS is not reported).
 */
async function loadOn(
  corpus: string,
  { seedsDir, indexDir, questions, actors, heapCapMb, measureLiveHeap = false }: { seedsDir?: string; indexDir?: string; questions: readonly string[]; actors: readonly string[]; heapCapMb: number; measureLiveHeap?: boolean },
) {
  const soakOptions = { interactions: SIZES.soak, warmUp: 200, sampleEvery: 250, questions, actors };
  const withBot = async <T>(env: Record<string, string>, work: (run: BotRun) => Promise<T>): Promise<T> => {
    const run = await startBotRun({ seedsDir, indexDir, env, startTimeoutMs: 600_000 });
    try {
      return await work(run);
    } finally {
      await run.close();
    }
  };
  const measured = await withBot({}, async (run) => {
    progress(`${corpus}: ${SIZES.burst} concurrent /ask`);
    const burst = await askBurst(run, { count: SIZES.burst, questions });
    progress(`${corpus}: ${SIZES.soak} sequential interactions`);
    return { corpus, startMs: Math.round(run.startMs), burst, soak: await soak(run, soakOptions) };
  });
  progress(`${corpus}: ${SIZES.soak} sequential interactions, heap capped at ${heapCapMb} MB`);
  const cappedSoak = { heapCapMb, soak: await withBot({ NODE_OPTIONS: `--max-old-space-size=${heapCapMb}` }, (run) => soak(run, soakOptions)) };
  if (!measureLiveHeap) return { ...measured, cappedSoak };
  progress(`${corpus}: ${SIZES.soak} sequential interactions, live heap from heap snapshots`);
  const probe = await heapProbe();
  try {
    const { liveHeapMb } = await withBot(probe.env, (run) => soak(run, { ...soakOptions, liveHeapMb: () => probe.liveHeapMb(run) }));
    return { ...measured, cappedSoak, liveHeapMb };
  } finally {
    await probe.dispose();
  }
}

const runs = botRunsSoFar();
const audits: MessageAudit[] = runs.map((run) => auditMessages(run.discord));
report.totals = {
  botProcesses: runs.length,
  crashes: runs.filter((run) => run.crashed()).length,
  escapedErrors: runs.flatMap((run) => run.escapedErrors()),
  messages: audits.reduce((sum, audit) => sum + audit.messages, 0),
  interactions: runs.reduce((sum, run) => sum + run.users.length, 0),
  mentionLeaks: audits.reduce((sum, audit) => sum + audit.parsingMentions + audit.pings + audit.linksOrMentions.length, 0),
  refusedByDiscord: audits.flatMap((audit) => audit.refused),
};
report.environment = {
  date: started.toISOString(),
  durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
  command: `npm run stress${values.only ? ` -- --only ${values.only}` : ''}`,
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  loadAverage: { start: loadAtStart, end: loadAverage() },
};

const markdown = formatReliabilityReport(report);
process.stdout.write(markdown + '\n');
if (only.length === PARTS.length || values.write) {
  await writeKeepingNotes(REPORT, markdown, NOTES_MARK);
  await writeFile(RESULTS, JSON.stringify(report, null, 2) + '\n');
  progress(`wrote ${path.relative(process.cwd(), REPORT.pathname)} and ${path.relative(process.cwd(), RESULTS.pathname)}`);
}
await rm(workDir, { recursive: true, force: true });
