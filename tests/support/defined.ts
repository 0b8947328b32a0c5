/**
 * `value` itself when present; otherwise the test fails right here, naming what was missing. For
 * tests that look into a list or map at a place their own assertions say is filled.
 */
export function defined<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`expected ${what} to be present`);
  return value;
}
