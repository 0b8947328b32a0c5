/**
 * The LLM's HTTP request is aborted at its timeout even when a garbage collection runs while it waits:
 * Node 20 holds `AbortSignal.any(…, AbortSignal.timeout(…))` only weakly, and a collection dropped the
 * timeout, so a silent model server kept the request open for good (one run of llm-abort.test.ts in four).
 */
import http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fetchAbortedAfter } from '../../src/answer/llm.js';
import { listenOnLoopback } from '../support/loopback-server.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const TIMEOUT_MS = 300;
/** Far above the timeout; a request never aborted stays open until the test gives up. */
const GIVE_UP_MS = 10_000;

describe('a request to a model server that never answers', () => {
  for (const callerSignal of [undefined, new AbortController().signal]) {
    it(`is aborted at the timeout despite garbage collection (${callerSignal ? 'with' : 'without'} the client's own signal)`, async () => {
      let closedAt: number | undefined;
      const server = http.createServer((_request, response) => response.on('close', () => (closedAt = performance.now())));
      const { baseUrl, close } = await listenOnLoopback(server);
      try {
        const started = performance.now();
        const reply = fetchAbortedAfter(TIMEOUT_MS)(baseUrl, { method: 'POST', body: '{}', signal: callerSignal }).then(
          () => 'answered',
          (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : 'failed'),
        );
        while (closedAt === undefined && performance.now() - started < GIVE_UP_MS) {
          collectGarbage();
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(closedAt).toBeDefined();
        expect((closedAt ?? Infinity) - started).toBeGreaterThanOrEqual(TIMEOUT_MS);
        expect(await reply).toBe('TimeoutError');
      } finally {
        await close();
      }
    }, 20_000);
  }

  it("is aborted at once when the client's own signal aborts first", async () => {
    const caller = new AbortController();
    const server = http.createServer(() => caller.abort(new Error('the user went away')));
    const { baseUrl, close } = await listenOnLoopback(server);
    try {
      const outcome = await fetchAbortedAfter(GIVE_UP_MS)(baseUrl, { method: 'POST', body: '{}', signal: caller.signal }).then(
        () => 'answered',
        (error: unknown) => (error instanceof Error ? error.message : 'failed'),
      );
      expect(outcome).toBe('the user went away');
    } finally {
      await close();
    }
  });
});
