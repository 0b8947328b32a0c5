/**
 * The answers behind recent /ask replies, so their buttons ("more sources", 👍/👎) can act on them.
 * A custom_id cannot hold an answer, so it holds a short random key. The cache is bounded: the least
 * recently used answers are forgotten and their buttons then say the answer expired.
 */
import { randomBytes } from 'node:crypto';
import type { AskResult } from '../answer/types.js';

export interface CachedAnswer {
  result: AskResult;
  /** Hashed ids of the users who voted on it, so each votes once. */
  voters: Set<string>;
}

export interface AnswerCache {
  /** Stores a result and returns its key (8 characters, URL-safe). */
  remember(result: AskResult): string;
  recall(key: string): CachedAnswer | undefined;
  readonly size: number;
}

/** A cache of the `capacity` most recently stored or recalled answers (least recently used forgotten first). */
export function createAnswerCache(capacity = 1000): AnswerCache {
  // A Map iterates in insertion order; re-inserting on use keeps the least recently used first.
  const entries = new Map<string, CachedAnswer>();
  return {
    remember(result) {
      const key = randomBytes(6).toString('base64url');
      entries.set(key, { result, voters: new Set() });
      while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return key;
    },
    recall(key) {
      const entry = entries.get(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    get size() {
      return entries.size;
    },
  };
}
