/** What `npm run stress` measured, and docs/RELIABILITY.md written from it. */
import type { OddFilesReport, SeedChangeReport, SnapshotDamageReport } from '../../tests/support/stress/corpus-faults.js';
import type { GroupedOutcome } from '../../tests/support/stress/discord-faults.js';
import type { GroundingReport } from '../../tests/support/stress/grounding.js';
import type { FeedbackReport } from '../../tests/support/stress/feedback-logs.js';
import type { FuzzReport } from '../../tests/support/stress/fuzz.js';
import type { LlmFaultReport } from '../../tests/support/stress/llm-faults.js';
import type { BurstReport, SoakReport } from '../../tests/support/stress/load.js';
import type { TimeSummary } from '../../tests/support/stats.js';

interface Timed {
  seconds: number;
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
    corpus?: Timed & { oddFiles: OddFilesReport; seedChanges: SeedChangeReport; snapshots: SnapshotDamageReport };
    discord?: Timed & { outcomes: GroupedOutcome[] };
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
  environment?: { date: string; durationSeconds: number; command: string; commit: string; node: string; cpu: string; memoryGb: number };
}

const table = (header: string[], rows: Array<Array<string | number>>) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map((cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`)].join('\n');
const ms = (summary: TimeSummary | undefined) => (summary && summary.count > 0 ? `${summary.p50} / ${summary.p95} / ${summary.max}` : '—');
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const percent = (share: number) => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)} %`;
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

export function formatReliabilityReport(report: StressReport): string {
  const { parts, totals, environment } = report;
  const sections = [
    '# Reliability',
    '',
    'How Hemeroteca holds up to hostile input, broken corpora, Discord and LLM faults, load and shutdowns (issue 9), measured by `npm run stress` ' +
      '(scripts/stress.ts, on the harnesses in tests/support/stress/). The bot always runs as its own process, started as `npm start` starts it (src/main.ts), against the local fake ' +
      'Discord (tests/support/fake-discord.ts) and, where an LLM is involved, the local fake OpenAI-compatible server; memory is the bot process’s resident set ' +
      'read from /proc. `npm run test:all` runs a short version of every part (tests/hardening/*.test.ts), asserting the same properties on fewer inputs.',
    '',
    environment
      ? `Measured on ${environment.date.slice(0, 10)} at commit ${environment.commit} with \`${environment.command}\` (${Math.round(environment.durationSeconds / 60)} min): Node ${environment.node}, ${environment.cpu}, ${environment.memoryGb} GB RAM.`
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
        ...(bursts ? [['100 % of load interactions acknowledged within 3 s', bursts, yes(acksOk === true)]] : []),
        ...(growth
          ? [[`RSS growth under 10 % over ${parts.load?.corpora[0]?.soak.interactions} sequential interactions`, growth, growthOk ? 'yes' : cappedGrowthOk ? '**no** with V8’s default heap limit; yes with the heap capped' : '**no**']]
          : []),
      ],
    ),
    '',
  ];
}

function fuzzSection({ targets, seconds }: NonNullable<StressReport['parts']['fuzz']>): string[] {
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
    `(${seconds} s)`,
    '',
  ];
}

function corpusSection({ oddFiles, seedChanges, snapshots, seconds }: NonNullable<StressReport['parts']['corpus']>): string[] {
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
    '### A seed file changed, then deleted, while the bot runs',
    '',
    'By design the index is refreshed at the next start (the snapshot key is a fingerprint of every seed file’s bytes); a running bot keeps answering from the index it started with.',
    '',
    table(['Step', 'Index', 'Answered from', 'Expected'], seedChanges.steps.map((step) => [step.step, step.origin, step.answeredFrom, step.expected])),
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
    `(${seconds} s)`,
    '',
  ];
}

function discordSection({ outcomes, seconds }: NonNullable<StressReport['parts']['discord']>): string[] {
  return [
    '## 3. Discord faults',
    '',
    'Injected by the fake Discord into the bot process’s traffic; every /ask is followed to what the user sees.',
    '',
    table(['Fault', 'Trials', 'As required', 'What the user saw', 'Slowest, ms'], outcomes.map((outcome) => [outcome.fault, outcome.trials, outcome.ok, outcome.seen.join('; '), outcome.maxMs])),
    '',
    `(${seconds} s)`,
    '',
  ];
}

function llmSection({ timeoutMs, faults, seconds }: NonNullable<StressReport['parts']['llm']>): string[] {
  return [
    '## 4. LLM faults',
    '',
    `The bot process with LLM_PROVIDER=openai and LLM_TIMEOUT_MS=${timeoutMs}, against the fake OpenAI-compatible server; questions alternate between Spanish and English (an English question is first translated, with half the timeout). Required: the extractive answer with its citations (or, for the recovering model, its checked summary), within 1.5 × the timeout plus 2 s.`,
    '',
    table(['Fault', 'Trials', 'As required', 'Shown', 'Final answer, ms (p50 / p95 / max)'], faults.map((fault) => [fault.fault, fault.trials, fault.ok, fault.expected === 'llm' ? 'LLM summary' : 'extractive answer', ms(fault.finalMs)])),
    '',
    ...faults.flatMap((fault) => fault.problems.map((problem) => `- ${fault.fault}: ${problem}`)),
    `(${seconds} s)`,
    '',
  ];
}

function loadSection({ corpora, seconds }: NonNullable<StressReport['parts']['load']>): string[] {
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
    `(${seconds} s)`,
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
    `(${feedback.seconds} s)`,
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
    `(${grounding.seconds} s)`,
    '',
  ];
}
