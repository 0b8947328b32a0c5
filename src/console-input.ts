/**
 * Console mode's piped input as text lines. A pipe carries bytes: a file saved as Latin-1 (Windows-1252), or a
 * terminal or tool set to it, sends "Cuánto" as the byte E1, which read as UTF-8 becomes U+FFFD and the question
 * another one. Each line is decoded on its own as a seed file is (corpus/decode.ts): UTF-8, else Windows-1252, so a
 * Latin-1 line beside UTF-8 ones still reads as written.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { decodeUtf8OrLatin1 } from './corpus/decode.js';

const LINE_FEED = 0x0a;

/** A stream of the text of `input`'s bytes, each line ending in a line feed decoded alone (see the header). */
export function decodedLines(input: NodeJS.ReadableStream): NodeJS.ReadableStream {
  let pending = Buffer.alloc(0);
  const decoder = new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
      pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk]);
      // A line feed is one byte in both encodings, never part of a longer UTF-8 sequence: lines split safely on it.
      const end = pending.lastIndexOf(LINE_FEED);
      if (end >= 0) {
        const lines = pending.subarray(0, end + 1);
        pending = pending.subarray(end + 1);
        for (const line of splitAfterLineFeeds(lines)) this.push(decodeUtf8OrLatin1(line));
      }
      done();
    },
    flush(done: TransformCallback) {
      if (pending.length > 0) this.push(decodeUtf8OrLatin1(pending));
      done();
    },
  });
  decoder.setEncoding('utf8');
  return input.pipe(decoder);
}

/** `bytes` cut after each line feed (the last byte is one). */
function splitAfterLineFeeds(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let at = bytes.indexOf(LINE_FEED); at >= 0; at = bytes.indexOf(LINE_FEED, start)) {
    lines.push(bytes.subarray(start, at + 1));
    start = at + 1;
  }
  return lines;
}
