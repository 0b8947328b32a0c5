/**
 * 👍/👎 votes on answers, appended to INDEX_DIR/feedback.jsonl, one JSON object per line: time, vote,
 * question, answer, mode, and the voter as a salted hash (the salt lives beside the file and never
 * leaves it, so hashes cannot be matched to Discord ids elsewhere). Each line goes out in a single
 * write to a file opened for appending, and writes are queued one after another, so concurrent
 * votes never tear or interleave a line. `close` waits for queued votes and syncs the file.
 * A salt that is missing, empty or too short to be secret is replaced by a fresh one (said once in the
 * log): an empty HMAC key would make the hashes unsalted, and so reversible by hashing every id.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { AskResult } from '../answer/types.js';
import { silentLogger, type Logger } from '../log.js';
import { makeFolder } from '../persist/folder.js';
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

/** The least salt length accepted, in characters: 128 bits as hex. A fresh salt has 64 (32 random bytes). */
export const MIN_SALT_CHARS = 32;

/**
 * The 👍/👎 log in `indexDir`/FEEDBACK_FILE (one JSON line a vote, the voter as a salted hash), creating the folder
 * and the salt file when missing. Rejects when the folder or the salt cannot be made or read.
 */
export async function openFeedbackLog(indexDir: string, now: () => Date = () => new Date(), log: Logger = silentLogger): Promise<FeedbackLog> {
  await makeFolder(indexDir);
  const salt = await readOrCreateSalt(path.join(indexDir, SALT_FILE), log);
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

async function readOrCreateSalt(file: string, log: Logger): Promise<string> {
  const existing = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    },
  );
  if (existing !== undefined && existing.length >= MIN_SALT_CHARS) return existing;
  const salt = randomBytes(32).toString('hex') + '\n';
  if (existing === undefined) {
    // 'wx' fails if another process created it meanwhile; then theirs is read.
    await writeFile(file, salt, { flag: 'wx', mode: 0o600 }).catch(() => undefined);
  } else {
    // Written beside and renamed over, so no reader ever sees a half-written salt.
    const fresh = `${file}.${process.pid}.tmp`;
    await writeFile(fresh, salt, { mode: 0o600 });
    await rename(fresh, file);
    log.warn(`${SALT_FILE} was ${existing === '' ? 'empty' : 'too short'}; made a new one (votes recorded before no longer match their voters)`, { file, minChars: MIN_SALT_CHARS });
  }
  return (await readFile(file, 'utf8')).trim();
}
