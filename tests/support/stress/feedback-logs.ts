/**
 * Feedback and logs (issue 9, item 6), through the real bot process:
 * - many users vote at once on many answers: every vote the bot thanked is one whole line in
 *   feedback.jsonl, none torn, none lost;
 * - votes still arriving when SIGTERM comes: the ones the bot thanked are on disk after it exits;
 * - nothing the bot wrote (standard output and error, every file in INDEX_DIR) holds the Discord token,
 *   the LLM API key, an interaction token or a full user id, although the run makes the bot log
 *   errors of every kind (Discord 5xx, LLM failures) at debug level.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { stringsFor } from '../../../src/present/strings.js';
import { failWith, startFakeOpenAI } from '../fakeOpenAI.js';
import { buttonIds, type InteractionHandle } from '../fake-discord.js';
import { startBotRun, type BotRunOptions } from './bot-harness.js';
import { endsAsk, follow } from './interactions.js';
import { llmBotOptions } from './llm-faults.js';

export interface FeedbackReport {
  answers: number;
  votes: number;
  thanked: number;
  /** Votes sent just before SIGTERM, and how many of them the bot thanked. */
  inFlight: number;
  inFlightThanked: number;
  linesOnDisk: number;
  tornLines: number;
  /** Thanked votes missing from the file. */
  lostVotes: number;
  exitCode: number | null;
  /** Bytes of log and files searched for secrets. */
  searchedBytes: number;
  /** Each secret found, and where. */
  leaks: string[];
  problems: string[];
}

const THANKS = new Set([stringsFor('es').thanksForVote, stringsFor('en').thanksForVote]);

export async function feedbackAndLogs({ answers, votersPerAnswer, inFlight, options = {} }: { answers: number; votersPerAnswer: number; inFlight: number; options?: BotRunOptions }): Promise<FeedbackReport> {
  const model = await startFakeOpenAI();
  model.script(failWith(500));
  const apiKey = `sk-hemeroteca-stress-${randomBytes(12).toString('hex')}`;
  const run = await startBotRun(llmBotOptions(model, 2000, { ...options, env: { LLM_API_KEY: apiKey, LOG_LEVEL: 'debug', ...options.env } }));
  const handles: InteractionHandle[] = [];
  const problems: string[] = [];
  try {
    const { discord } = run;
    const send = (handle: InteractionHandle) => (handles.push(handle), handle);

    // Answers to vote on, with Discord failing some of the traffic so that errors are logged too.
    discord.failNext({ method: 'PATCH', pathPattern: '/messages/@original', status: 500, times: 4 });
    discord.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 429, retryAfter: 0.2 });
    const asked = [];
    for (let i = 0; i < answers; i++) {
      const ask = send(discord.sendCommand('ask', { question: i % 2 ? '¿Qué prometió Putin?' : 'What did Kim Jong Un say about Russia?' }, { userId: run.newUser() }));
      asked.push(await follow(discord, ask, endsAsk, 30_000));
    }
    const votable = asked.flatMap((outcome) => (outcome.final?.message && buttonIds(outcome.final.message).some((id) => id.startsWith('ask:vote:')) ? [outcome.final.message] : []));
    if (votable.length === 0) problems.push('no answer carried vote buttons');

    const click = (i: number) => {
      const message = votable[i % votable.length]!;
      const vote = buttonIds(message).filter((id) => id.startsWith('ask:vote:'))[i % 2]!;
      return send(discord.clickButton(vote, message, { userId: run.newUser(), locale: i % 3 ? 'es-ES' : 'en-US' }));
    };
    const thankedIn = async (clicks: InteractionHandle[], timeoutMs: number) =>
      (await Promise.all(clicks.map((handle) => discord.waitForCallback(handle, timeoutMs).then((event) => THANKS.has(event.body.content ?? ''), () => false)))).filter(Boolean).length;

    // Everyone at once.
    const votes = Array.from({ length: votable.length * votersPerAnswer }, (_, i) => click(i));
    const thanked = await thankedIn(votes, 30_000);

    // Votes still coming in when the service manager stops the bot.
    const late = Array.from({ length: inFlight }, (_, i) => click(votes.length + i));
    const finished = run.stop();
    const inFlightThanked = await thankedIn(late, 15_000);
    const { code, stdout, stderr } = await finished;

    const lines = (await readFile(path.join(run.indexDir, 'feedback.jsonl'), 'utf8').catch(() => '')).split('\n').filter((line) => line !== '');
    const tornLines = lines.filter((line) => !isVote(line)).length;
    const lostVotes = Math.max(0, thanked + inFlightThanked - (lines.length - tornLines));
    if (code !== 0) problems.push(`the bot exited with ${code}`);
    if (tornLines > 0) problems.push(`${tornLines} torn lines in feedback.jsonl`);
    if (lostVotes > 0) problems.push(`${lostVotes} thanked votes are not on disk`);
    if (lines.length - tornLines > thanked + inFlightThanked) problems.push('more votes on disk than the bot acknowledged');

    const secrets = [
      { name: 'the Discord token', value: discord.token },
      { name: 'the LLM API key', value: apiKey },
      ...run.users.map((id) => ({ name: `user id ${id}`, value: id })),
      ...handles.map((handle) => ({ name: `the token of ${handle.label}`, value: handle.token })),
    ];
    const places = [
      { place: 'standard error', text: stderr },
      { place: 'standard output', text: stdout },
      ...(await filesUnder(run.indexDir)).map(({ file, text }) => ({ place: path.relative(run.indexDir, file), text })),
    ];
    const leaks = places.flatMap(({ place, text }) => secrets.filter(({ value }) => text.includes(value)).map(({ name }) => `${name} in ${place}`));
    problems.push(...leaks.map((leak) => `leaked ${leak}`));
    return {
      answers: votable.length,
      votes: votes.length,
      thanked,
      inFlight,
      inFlightThanked,
      linesOnDisk: lines.length,
      tornLines,
      lostVotes,
      exitCode: code,
      searchedBytes: places.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0),
      leaks,
      problems,
    };
  } finally {
    await run.close();
    await model.close();
  }
}

function isVote(line: string): boolean {
  try {
    const vote = JSON.parse(line) as Record<string, unknown>;
    return (vote.vote === 'up' || vote.vote === 'down') && typeof vote.question === 'string' && typeof vote.user === 'string';
  } catch {
    return false;
  }
}

/** Every file under `dir`, as text (binary files are searched as Latin-1, which keeps every byte). */
async function filesUnder(dir: string): Promise<Array<{ file: string; text: string }>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, text: (await readFile(file)).toString('latin1') })));
}
