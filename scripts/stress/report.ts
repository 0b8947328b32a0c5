/** What `npm run stress` measured, and docs/RELIABILITY.md written from it. */
import type { OddFilesReport, SeedChangeReport, SnapshotDamageReport } from '../../tests/support/stress/corpus-faults.js';
import type { GroupedOutcome } from '../../tests/support/stress/discord-faults.js';
import type { GroundingReport } from '../../tests/support/stress/grounding.js';
import type { HostileSeedReport } from '../../tests/support/stress/hostile-html.js';
import type { ShutdownLoadReport } from '../../tests/support/stress/shutdown-load.js';
import type { FeedbackReport } from '../../tests/support/stress/feedback-logs.js';
import type { FuzzReport } from '../../tests/support/stress/fuzz.js';
import type { LlmFaultReport } from '../../tests/support/stress/llm-faults.js';
import type { BurstReport, SoakReport } from '../../tests/support/stress/load.js';
import type { TimeSummary } from '../../tests/support/stats.js';

interface Timed {
  seconds: number;
  /** 1-, 5- and 15-minute load averages when the part began. */
  loadAverage: number[];
}

export interface CorpusLoad {
  corpus: string;
  startMs: number;
  /** For the archive: its first start, which builds the index. */
  firstStartMs?: number;
  archiveBytes?: number;
  burst: BurstReport;
  soak: SoakReport;
  /** The same soak in a process whose V8 heap is capped near its live size. */
  cappedSoak: { heapCapMb: number; soak: SoakReport };
  /** Live JavaScript heap after full collections, after the warm-up and at the end of a third soak. */
  liveHeapMb?: { start: number; end: number };
}

export interface StressReport {
  sizes: Record<string, number>;
  parts: {
    fuzz?: Timed & { targets: FuzzReport[] };
    corpus?: Timed & { oddFiles: OddFilesReport; hostileSeeds: HostileSeedReport; seedChanges: SeedChangeReport; snapshots: SnapshotDamageReport };
    discord?: Timed & { outcomes: GroupedOutcome[]; shutdownLoad: ShutdownLoadReport };
    llm?: Timed & { timeoutMs: number; faults: LlmFaultReport[] };
    load?: Timed & { corpora: CorpusLoad[] };
    feedback?: Timed & FeedbackReport;
    grounding?: Timed & GroundingReport;
  };
  totals?: {
    botProcesses: number;
    crashes: number;
    escapedErrors: string[];
    messages: number;
    interactions: number;
    mentionLeaks: number;
    refusedByDiscord: string[];
  };
  environment?: {
    date: string;
    durationSeconds: number;
    command: string;
    commit: string;
    node: string;
    cpu: string;
    memoryGb: number;
    loadAverage: { start: number[]; end: number[] };
  };
}

const table = (header: string[], rows: Array<Array<string | number>>) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map((cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`)].join('\n');
const ms = (summary: TimeSummary | undefined) => (summary && summary.count > 0 ? `${summary.p50} / ${summary.p95} / ${summary.max}` : '—');
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const percent = (share: number) => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)} %`;
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
const took = ({ seconds, loadAverage }: Timed) => `(${seconds} s; load average ${loads(loadAverage)} when it began)`;

export function formatReliabilityReport(report: StressReport): string {
  const { parts, totals, environment } = report;
  const sections = [
    '# Reliability',
    '',
    'How Hemeroteca holds up to hostile input, broken corpora, Discord and LLM faults, load and shutdowns (issues 9 and 18), measured by `npm run stress` ' +
      '(scripts/stress.ts, on the harnesses in tests/support/stress/). The bot always runs as its own process, started as `npm start` starts it (src/main.ts), against the local fake ' +
      'Discord (tests/support/fake-discord.ts) and, where an LLM is involved, the local fake OpenAI-compatible server; memory is the bot process’s resident set ' +
      'read from /proc. `npm test` runs a short version of every part (tests/hardening/*.test.ts), asserting the same properties on fewer inputs.',
    '',
    environment
      ? `Measured on ${environment.date.slice(0, 10)} at commit ${environment.commit} with \`${environment.command}\` (${Math.round(environment.durationSeconds / 60)} min): Node ${environment.node}, ${environment.cpu}, ${environment.memoryGb} GB RAM, ` +
        `shared with other work: load average (1, 5, 15 min, as \`uptime\` shows it) ${loads(environment.loadAverage.start)} at the start, ${loads(environment.loadAverage.end)} at the end. Every figure below comes from this one run.`
      : '',
    '',
    ...summary(report),
    ...(parts.fuzz ? fuzzSection(parts.fuzz) : []),
    ...(parts.corpus ? corpusSection(parts.corpus) : []),
    ...(parts.discord ? discordSection(parts.discord) : []),
    ...(parts.llm ? llmSection(parts.llm) : []),
    ...(parts.load ? loadSection(parts.load) : []),
    ...(parts.feedback ? feedbackSection(parts.feedback) : []),
    ...(parts.grounding ? groundingSection(parts.grounding) : []),
    ...(totals && totals.refusedByDiscord.length > 0
      ? ['## Requests Discord refused', '', 'Every one is listed; those after the 3.5 s acknowledgement delay are the fault itself (Discord refuses a late first answer).', '', ...totals.refusedByDiscord.map((line) => `- ${line}`), '']
      : []),
  ];
  return sections.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function summary({ parts, totals }: StressReport): string[] {
  const bursts = parts.load?.corpora.map(({ corpus, burst }) => `${burst.acknowledgedInTime}/${burst.interactions} (${corpus})`).join(', ');
  const growth = parts.load?.corpora
    .map(({ corpus, soak, cappedSoak, liveHeapMb: live }) => {
      const liveGrowth = live ? `, live JavaScript heap ${percent((live.end - live.start) / live.start)}` : '';
      return `${corpus}: ${percent(soak.rssGrowth)} with V8’s default heap limit, ${percent(cappedSoak.soak.rssGrowth)} with the heap capped at ${cappedSoak.heapCapMb} MB${liveGrowth}`;
    })
    .join('; ');
  const growthOk = parts.load?.corpora.every(({ soak }) => soak.rssGrowth < 0.1);
  const cappedGrowthOk = parts.load?.corpora.every(({ cappedSoak }) => cappedSoak.soak.rssGrowth < 0.1);
  const acksOk = parts.load?.corpora.every(({ burst }) => burst.acknowledgedInTime === burst.interactions);
  return [
    '## Targets',
    '',
    table(
      ['Target', 'Result', 'Met'],
      [
        ...(totals
          ? [
              ['Zero crashes', `${totals.crashes} of ${totals.botProcesses} bot processes ended unasked or failed to exit cleanly; ${totals.escapedErrors.length} errors escaped every handler`, yes(totals.crashes === 0 && totals.escapedErrors.length === 0)],
              ['Zero mention leaks', `${totals.mentionLeaks} among ${totals.messages} messages (${totals.interactions} interactions, each from its own user): none let Discord parse mentions, would ping anyone, or showed user text as a link or mention`, yes(totals.mentionLeaks === 0)],
            ]
          : []),
        ...issue18Targets(parts),
        ...(bursts ? [['100 % of load interactions acknowledged within 3 s', bursts, yes(acksOk === true)]] : []),
        ...(growth
          ? [[`RSS growth under 10 % over ${parts.load?.corpora[0]?.soak.interactions} sequential interactions`, growth, growthOk ? 'yes' : cappedGrowthOk ? '**no** with V8’s default heap limit; yes with the heap capped' : '**no**']]
          : []),
      ],
    ),
    '',
  ];
}

/** The figures issue 18's "done when" asks for, each from this run. */
function issue18Targets({ fuzz, corpus, discord, feedback, grounding }: StressReport['parts']): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  if (fuzz && corpus) {
    const typed = fuzz.targets.reduce((sum, target) => sum + target.inputs, 0);
    const hostile = typed + corpus.hostileSeeds.inputs + corpus.oddFiles.files.length + corpus.snapshots.trials;
    const broke = fuzz.targets.filter((target) => target.counterexample !== undefined).length + corpus.hostileSeeds.crashes.length + corpus.hostileSeeds.goodArticleLost + corpus.snapshots.crashes;
    rows.push([
      'Hostile inputs tried: none crashes or stops the index',
      `${hostile.toLocaleString('en')} (${typed.toLocaleString('en')} typed by users, ${corpus.hostileSeeds.inputs} hostile HTML or binary seed files, ${corpus.oddFiles.files.length} odd seed files, ${corpus.snapshots.trials} damaged snapshots): ${broke} failed`,
      yes(broke === 0),
    ]);
  }
  if (discord) {
    const { rounds, acknowledged, lost, exitsWithZero, leftRunning } = discord.shutdownLoad;
    rows.push([`Zero acknowledged interactions lost across ${rounds} SIGTERMs under load`, `${lost} of ${acknowledged}; exit status 0 in ${exitsWithZero} of ${rounds}; ${leftRunning} left running`, yes(lost === 0 && exitsWithZero === rounds && leftRunning === 0)]);
  }
  if (feedback) rows.push(['Zero secrets in logs', `${feedback.leaks.length} found in ${feedback.searchedBytes.toLocaleString('en')} bytes of output and files`, yes(feedback.leaks.length === 0)]);
  if (grounding) {
    rows.push(['Zero accepted ungrounded summaries (at least 200 generated)', `${grounding.unsupportedAccepted} of ${grounding.unsupported}`, yes(grounding.unsupportedAccepted === 0 && grounding.unsupported >= 200)]);
    const share = grounding.supported ? grounding.supportedRejected / grounding.supported : 0;
    rows.push(['At most 5 % of supported summaries rejected', `${grounding.supportedRejected} of ${grounding.supported} (${(share * 100).toFixed(1)} %)`, yes(share <= 0.05)]);
  }
  return rows;
}

function fuzzSection(part: NonNullable<StressReport['parts']['fuzz']>): string[] {
  const { targets } = part;
  return [
    '## 1. Fuzzing',
    '',
    'fast-check generates what a hostile or careless user types (tests/support/stress/fuzz.ts, on top of tests/support/hostile-text.ts): random Unicode (lone surrogates included), zero-width and right-to-left controls, emoji sequences, 10,000-character strings, markdown and code fences, `@everyone`, `<@id>`, `<@&role>`, masked links, JSON, prompt injection, SQL- and path-like text, some of it wrapped around questions the seeds answer so that real answers echo it. Each input goes through the bot process and the fake Discord (with clicks on "more sources" and paging when offered), and through the console mode’s handlers. A failure would be: no answer, an answer past Discord’s limits or deadline, an internal-error apology, a message that parses mentions or forms a link or mention, an error escaping a handler, or the process ending. (For the console, "interactions" are input lines: an input with line breaks makes several.)',
    '',
    table(
      ['Target', 'Inputs', 'Interactions', 'Failures', 'Acknowledged, ms (p50 / p95 / max)', 'Final answer, ms'],
      targets.map((target) => [target.target, target.inputs, target.interactions, target.failed ? `**1**: ${target.counterexample ?? ''}` : 0, ms(target.ackMs), ms(target.finalMs)]),
    ),
    '',
    took(part),
    '',
  ];
}

function corpusSection(part: NonNullable<StressReport['parts']['corpus']>): string[] {
  const { oddFiles, hostileSeeds, seedChanges, snapshots } = part;
  return [
    '## 2. Corpus faults',
    '',
    `### Odd seed files beside the seeds`,
    '',
    table(['File', 'What it is', 'What the library did'], oddFiles.files.map((file) => [file.file, file.what, file.outcome])),
    '',
    `Build with the odd files: ${oddFiles.buildMs} ms; restart from the snapshot: ${oddFiles.restartMs} ms (${oddFiles.restartOrigin}). ` +
      `The seeds’ answers unchanged: ${yes(oddFiles.goodAnswersUnchanged)}. The HTML article answers from its text: ${yes(oddFiles.htmlAnswered)}; script or style content in any answer: ${oddFiles.scriptLeaks.length}. ` +
      `Questions about the 10,000-paragraph and quotation-mark files, and /quote on the latter: ${ms(oddFiles.askMs)} ms (p50 / p95 / max).`,
    '',
    `### Hostile seed files (${hostileSeeds.inputs} generated)`,
    '',
    'fast-check generates HTML a broken or malicious page could be (tests/support/stress/hostile-html.ts): 2,500 to 120,000 nested elements, closed or left open; attributes of up to 3 MB; floods of up to a million entities; hundreds of thousands of elements; tag soup with NULs; and binary bytes. Each is read beside a good article through every step a seed file goes through (decode, HTML reduction, cleaning, description, splitting, quotations).',
    '',
    `Read into an article: ${hostileSeeds.read}; skipped with one warning: ${hostileSeeds.skipped}; exceptions (each would have stopped the index): ${hostileSeeds.crashes.length}${hostileSeeds.crashes.length ? ` (${hostileSeeds.crashes.slice(0, 3).join('; ')})` : ''}; ` +
      `the good article missing or warned about: ${hostileSeeds.goodArticleLost}. Time to read and build each pair: ${ms(hostileSeeds.ms)} ms (p50 / p95 / max).`,
    '',
    '### A seed file changed, then deleted, while the bot runs',
    '',
    'The library is opened as the bot opens it, following the seeds folder (src/live/); the article is changed, deleted and restored while it runs, and after each change a fresh start opens the same index folder. "Applied in" is the time from the file written to the running library answering from it.',
    '',
    table(
      ['Step', 'Index', 'Answered from', 'Expected', 'Applied in, ms'],
      seedChanges.steps.map((step) => [step.step, step.origin, step.answeredFrom, step.expected, step.appliedMs ?? '—']),
    ),
    '',
    `Answers from a stale index: ${seedChanges.staleAnswers}.`,
    '',
    `### The index snapshot damaged (${snapshots.trials} trials)`,
    '',
    'Each trial restores a good snapshot, then truncates one of its files at a random offset or changes one random byte (files in turn: the manifest, each part’s records and the index’s raw arrays), and starts again.',
    '',
    table(['Snapshot file', 'Trials', 'Rebuilt'], Object.entries(snapshots.byFile).map(([file, counts]) => [file, counts.trials, counts.rebuilt])),
    '',
    `Rebuilt: ${snapshots.rebuilt}; damage that changed nothing, restored identical: ${snapshots.restoredIdentical}; wrong answers: ${snapshots.wrongAnswers}; failures to start: ${snapshots.crashes}. ` +
      `After a rebuild the next start restores the new snapshot: ${yes(snapshots.resavedAndRestored)}. A save interrupted half-way beside a complete snapshot: ${snapshots.interruptedSave}.`,
    '',
    took(part),
    '',
  ];
}

function discordSection(part: NonNullable<StressReport['parts']['discord']>): string[] {
  const { outcomes, shutdownLoad } = part;
  return [
    '## 3. Discord faults',
    '',
    'Injected by the fake Discord into the bot process’s traffic; every /ask is followed to what the user sees.',
    '',
    table(['Fault', 'Trials', 'As required', 'What the user saw', 'Slowest, ms'], outcomes.map((outcome) => [outcome.fault, outcome.trials, outcome.ok, outcome.seen.join('; '), outcome.maxMs])),
    '',
    `### ${shutdownLoad.rounds} SIGTERMs under load`,
    '',
    'Each round starts a bot process, sends a burst of concurrent /ask from as many users with half of their answers’ edits held up 1.5 s (so they are under way), sends SIGTERM once half are acknowledged, and sends more /ask while it shuts down (tests/support/stress/shutdown-load.ts). Lost: acknowledged, then never answered.',
    '',
    table(
      ['Sent', 'Acknowledged', 'Answered', 'Told the bot is restarting', 'Error apologies', 'Lost', 'Never delivered (bot gone)', 'Exit status 0', 'Left running', 'SIGTERM to exit, ms (p50 / p95 / max)'],
      [[shutdownLoad.sent, shutdownLoad.acknowledged, shutdownLoad.answered, shutdownLoad.restartNotices, shutdownLoad.errors, shutdownLoad.lost, shutdownLoad.notDelivered, `${shutdownLoad.exitsWithZero}/${shutdownLoad.rounds}`, shutdownLoad.leftRunning, ms(shutdownLoad.exitMs)]],
    ),
    '',
    ...(shutdownLoad.failures.length ? [...shutdownLoad.failures.slice(0, 10).map((failure) => `- ${failure}`), ''] : []),
    took(part),
    '',
  ];
}

function llmSection(part: NonNullable<StressReport['parts']['llm']>): string[] {
  const { timeoutMs, faults } = part;
  return [
    '## 4. LLM faults',
    '',
    `The bot process with LLM_PROVIDER=openai and LLM_TIMEOUT_MS=${timeoutMs}, against the fake OpenAI-compatible server; questions alternate between Spanish and English (an English question is first translated, with half the timeout). Required: the extractive answer with its citations (or, for the recovering model, its checked summary), within 1.5 × the timeout plus 2 s.`,
    '',
    table(['Fault', 'Trials', 'As required', 'Shown', 'Final answer, ms (p50 / p95 / max)'], faults.map((fault) => [fault.fault, fault.trials, fault.ok, fault.expected === 'llm' ? 'LLM summary' : 'extractive answer', ms(fault.finalMs)])),
    '',
    ...faults.flatMap((fault) => fault.problems.map((problem) => `- ${fault.fault}: ${problem}`)),
    took(part),
    '',
  ];
}

function loadSection(part: NonNullable<StressReport['parts']['load']>): string[] {
  const { corpora } = part;
  const rows = corpora.map(({ corpus, startMs, firstStartMs, burst }) => [
    corpus,
    `${firstStartMs !== undefined ? `${(firstStartMs / 1000).toFixed(1)} s first, ` : ''}${(startMs / 1000).toFixed(1)} s`,
    `${burst.acknowledgedInTime}/${burst.interactions}`,
    `${burst.answered}/${burst.interactions}`,
    ms(burst.ackMs),
    ms(burst.answerMs),
    (burst.totalMs / 1000).toFixed(1),
  ]);
  const soakRow = (corpus: string, heap: string, soak: SoakReport) => [
    corpus,
    heap,
    `${soak.answered}/${soak.interactions}`,
    ms(soak.answerMs),
    mb(soak.rssConnectedKb),
    mb(soak.rssStartKb),
    mb(soak.rssEndKb),
    mb(soak.rssPeakKb),
    percent(soak.rssGrowth),
  ];
  const soaks = corpora.flatMap(({ corpus, soak, cappedSoak }) => [soakRow(corpus, 'default', soak), soakRow(corpus, `capped at ${cappedSoak.heapCapMb} MB`, cappedSoak.soak)]);
  return [
    '## 5. Load',
    '',
    'Each /ask comes from its own user, as in a busy server (the per-user rate limit allows 5 in a row, then one every 6 s). The archive is written by the scale benchmark’s generator (scripts/bench/synthetic-corpus.ts), and its questions are XQuAD’s Spanish questions, whose paragraphs the archive’s articles are made of.',
    '',
    '### Concurrent /ask burst',
    '',
    table(['Corpus', 'Start (index)', 'Acknowledged within 3 s', 'Answered', 'Acknowledged, ms (p50 / p95 / max)', 'Final answer, ms (p50 / p95 / max)', 'Whole burst, s'], rows),
    '',
    '### Sequential interactions (soak)',
    '',
    `The soak mixes /ask, /quote, /sources, autocomplete and clicks on the buttons under answers (votes and "more sources"): ${Object.entries(corpora[0]?.soak.byKind ?? {}).map(([kind, count]) => `${kind} ${count}`).join(', ')}. RSS is sampled every 250 interactions; the growth is measured from the first interactions (200, while modules load and the JIT warms up) to the end. Each soak runs twice: in a bot process with V8’s default heap limit, which lets garbage pile up between major collections (RSS rises in a sawtooth), and in one whose heap is capped near its live size (NODE_OPTIONS=--max-old-space-size), where V8 collects as it goes, so that what still grows is memory the bot holds.`,
    '',
    table(['Corpus', 'V8 heap limit', 'Answered', 'Final answer, ms (p50 / p95 / max)', 'RSS connected', 'RSS after warm-up', 'RSS at the end', 'Peak', 'Growth'], soaks),
    '',
    ...corpora.flatMap(({ corpus, soak, cappedSoak }) => [
      `RSS samples, ${corpus}, default heap (MB): ${soak.samples.map((sample) => Math.round(sample.rssKb / 1024)).join(', ')}`,
      '',
      `RSS samples, ${corpus}, heap capped at ${cappedSoak.heapCapMb} MB (MB): ${cappedSoak.soak.samples.map((sample) => Math.round(sample.rssKb / 1024)).join(', ')}`,
      '',
    ]),
    ...corpora.flatMap(({ corpus, liveHeapMb: live }) =>
      live
        ? [
            `Live JavaScript heap of the bot, ${corpus}, over a third soak of ${corpora[0]?.soak.interactions} interactions, from heap snapshots (each taken after a full collection): ${live.start.toFixed(1)} MB after the warm-up, ${live.end.toFixed(1)} MB at the end (${percent((live.end - live.start) / live.start)}).`,
            '',
          ]
        : [],
    ),
    '',
    took(part),
    '',
  ];
}

function feedbackSection(feedback: NonNullable<StressReport['parts']['feedback']>): string[] {
  return [
    '## 6. Feedback and logs',
    '',
    `${feedback.votes} votes from as many users on ${feedback.answers} answers, all sent at once: ${feedback.thanked} acknowledged. Then ${feedback.inFlight} more votes and SIGTERM straight after: ${feedback.inFlightThanked} acknowledged before the bot stopped taking work. ` +
      `feedback.jsonl after exit (code ${feedback.exitCode}): ${feedback.linesOnDisk} lines, ${feedback.tornLines} torn, ${feedback.lostVotes} acknowledged votes missing.`,
    '',
    `The run set LLM_API_KEY to a recognisable value, logged at debug level, and made Discord (5xx through every retry, 429) and the LLM (500 on every request) fail, so that every error path wrote to the log. ${feedback.searchedBytes.toLocaleString('en')} bytes of standard output, standard error and every file in INDEX_DIR were searched for the Discord token, the API key, every interaction token and every user id: ${feedback.leaks.length === 0 ? 'none found' : feedback.leaks.join('; ')}.`,
    '',
    took(feedback),
    '',
  ];
}

function groundingSection(grounding: NonNullable<StressReport['parts']['grounding']>): string[] {
  return [
    '## 7. LLM replies checked against the passages they cite',
    '',
    `Replies generated from XQuAD paragraphs (Spanish and English; tests/support/stress/grounding.ts), each citing its paragraph as [1], through checkAnswer: ` +
      `${grounding.unsupportedAccepted} of ${grounding.unsupported} unsupported replies accepted, ${grounding.supportedRejected} of ${grounding.supported} supported replies rejected.`,
    '',
    '| kind | replies | judged wrongly |',
    '| --- | ---: | ---: |',
    ...Object.entries(grounding.byKind).map(([kind, { cases, wrong }]) => `| ${kind} | ${cases} | ${wrong} |`),
    '',
    ...grounding.examples.map((example) => `- ${example}`),
    '',
    took(grounding),
    '',
  ];
}
