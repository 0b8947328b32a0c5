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

const TIMEOUT_MS = 1000;
/** Far above the timeout; a request never aborted stays open until the test gives up. */
const GIVE_UP_MS = 15_000;

const sleep = (ms: number) => new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms));

describe('a request to a model server that never answers', () => {
  for (const callerSignal of [undefined, new AbortController().signal]) {
    it(`is aborted at the timeout despite garbage collection (${callerSignal ? 'with' : 'without'} the client's own signal)`, async () => {
      let arrived = false;
      let closed = false;
      const server = http.createServer((_request, response) => {
        arrived = true;
        response.on('close', () => (closed = true));
        // Collections while the request waits for its timeout: what once dropped the timeout's signal.
        collectGarbage();
        setImmediate(collectGarbage);
      });
      const { baseUrl, close } = await listenOnLoopback(server);
      try {
        const started = performance.now();
        const reply = fetchAbortedAfter(TIMEOUT_MS)(baseUrl, { method: 'POST', body: '{}', signal: callerSignal }).then(
          () => 'answered',
          (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : 'failed'),
        );
        expect(await Promise.race([reply, sleep(GIVE_UP_MS)])).toBe('TimeoutError');
        expect(performance.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS);
        // The server sees the connection closed a moment after the client gives up on it.
        for (let waited = 0; arrived && !closed && waited < GIVE_UP_MS; waited += 50) await sleep(50);
        expect(closed || !arrived).toBe(true);
      } finally {
        await close();
      }
    }, 40_000);
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
