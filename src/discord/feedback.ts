/**
 * 👍/👎 votes on answers, appended to INDEX_DIR/feedback.jsonl, one JSON object per line: time, vote,
 * question, answer, mode, and the voter as a salted hash (the salt lives beside the file and never
 * leaves it, so hashes cannot be matched to Discord ids elsewhere). Each line goes out in a single
 * write to a file opened for appending, and writes are queued one after another, so concurrent
 * votes never tear or interleave a line. `close` waits for queued votes and syncs the file.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { AskResult } from '../answer/types.js';
import type { Vote } from './custom-ids.js';

export interface FeedbackVote {
  result: Pick<AskResult, 'question' | 'answer' | 'mode'>;
  vote: Vote;
  userId: string;
}

export interface FeedbackLog {
  /** The hash under which a user's votes are recorded. */
  voterHash(userId: string): string;
  record(vote: FeedbackVote): Promise<void>;
  /** Waits for every recorded vote to reach the file, then closes it. Later votes reopen it. */
  close(): Promise<void>;
}

export const FEEDBACK_FILE = 'feedback.jsonl';
const SALT_FILE = 'feedback.salt';

export async function openFeedbackLog(indexDir: string, now: () => Date = () => new Date()): Promise<FeedbackLog> {
  await mkdir(indexDir, { recursive: true });
  const salt = await readOrCreateSalt(path.join(indexDir, SALT_FILE));
  const file = path.join(indexDir, FEEDBACK_FILE);
  let handle: Promise<FileHandle> | undefined;
  let queue: Promise<void> = Promise.resolve();
  const voterHash = (userId: string) => createHmac('sha256', salt).update(userId).digest('hex').slice(0, 16);

  const append = async (line: string) => {
    // A file that cannot be opened is tried again on the next vote.
    handle ??= open(file, 'a', 0o600).catch((error: unknown) => {
      handle = undefined;
      throw error;
    });
    await (await handle).write(line);
  };

  return {
    voterHash,
    record({ result, vote, userId }) {
      const line = JSON.stringify({ time: now().toISOString(), vote, question: result.question, answer: result.answer, mode: result.mode, user: voterHash(userId) }) + '\n';
      const written = queue.then(() => append(line));
      // A failed write is reported to its caller and must not block the votes after it.
      queue = written.catch(() => undefined);
      return written;
    },
    async close() {
      await queue;
      const closing = handle;
      handle = undefined;
      if (!closing) return;
      const opened = await closing.catch(() => undefined);
      await opened?.sync();
      await opened?.close();
    },
  };
}

async function readOrCreateSalt(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const salt = randomBytes(32).toString('hex');
    // 'wx' fails if another process created it meanwhile; then theirs is read.
    await writeFile(file, salt + '\n', { flag: 'wx', mode: 0o600 }).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}
