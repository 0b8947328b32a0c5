/** Waiting in tests for something a running library does within seconds. */

/** Resolves once `check` holds (polled every 50 ms); throws, naming `what`, after `withinMs` (generous: a loaded 2-core machine). */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
