import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/literal-pattern.js';

describe('escapeRegExp', () => {
  it('makes names with pattern characters match only themselves, with and without the u flag', () => {
    for (const name of ['Dr. (h.c.) Ruiz', 'C++ [beta]', 'A|B', 'x*y+z?', '$100 ^up', 'path\\to', '{AT&T}']) {
      for (const flags of ['', 'u']) {
        const pattern = new RegExp(`^${escapeRegExp(name)}$`, flags);
        expect(pattern.test(name)).toBe(true);
      }
    }
    expect(new RegExp(escapeRegExp('Dr. Ruiz')).test('Drx Ruiz')).toBe(false);
    expect(new RegExp(escapeRegExp('A|B')).test('A')).toBe(false);
  });
});
