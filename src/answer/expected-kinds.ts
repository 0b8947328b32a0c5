/**
 * The kinds of answer a question asks beyond its answer type, one row per kind: the flags of select.ts `Expectation`
 * that say only "this question asks an age / a stretch of time / an hour / …", each with the reading of the question
 * that sets it. assessQuestion (ask.ts) reads the table once per question; the flags' meaning is documented on
 * `Expectation`.
 */
import { type AnswerType, type AskedKind, asksElapsed, asksHour, asksUntil } from './answer-type.js';
import { asksWhy } from './cause.js';
import { asksMoney } from './money.js';
import { asksSuccessor } from './succession.js';
import type { Expectation } from './select.js';

/** What the rows read of a question: its answer type, its asked kind (answer-type.ts `askedKind`), its words. */
export interface AskedReading {
  expects: AnswerType | undefined;
  kind: AskedKind | undefined;
  /** The question's asked part, as written. */
  asked: string;
  /** The language its words are read in (ISO 639-1): the one it is written in. */
  language: string;
  /** The counted noun's term, when it counts one (`Expectation.counted`). */
  counted: string | undefined;
}

/** The flags of `Expectation` that only say which kind of answer is asked. */
export type KindFlag = 'share' | 'age' | 'duration' | 'elapsed' | 'hour' | 'until' | 'money' | 'outlet' | 'why' | 'successor';

/** One row per kind: the flag, and whether the question read asks that kind (the flag's documentation is on `Expectation`). */
const KIND_ROWS: ReadonlyArray<readonly [KindFlag, (reading: AskedReading) => boolean]> = [
  ['share', ({ counted, kind }) => counted !== undefined && kind?.share === true],
  ['age', ({ expects, kind }) => expects === 'number' && kind?.age === true],
  ['duration', ({ expects, kind }) => expects === 'number' && kind?.duration === true],
  ['elapsed', ({ expects, asked }) => expects === 'number' && asksElapsed(asked)],
  ['hour', ({ expects, kind }) => expects === 'date' && asksHour(kind)],
  ['until', ({ expects, asked }) => expects === 'date' && asksUntil(asked)],
  ['money', ({ expects, asked }) => expects === 'number' && asksMoney(asked)],
  ['outlet', ({ expects, kind }) => expects === 'person' && kind?.outlet === true],
  ['why', ({ asked, language }) => asksWhy(asked, language)],
  ['successor', ({ expects, asked, language }) => expects === 'person' && asksSuccessor(asked, language)],
];

/** The kind flags `reading` sets, each `true`; a flag it does not set is absent (never `false`). */
export function kindFlags(reading: AskedReading): Partial<Pick<Expectation, KindFlag>> {
  return Object.fromEntries(KIND_ROWS.filter(([, asks]) => asks(reading)).map(([flag]) => [flag, true]));
}
