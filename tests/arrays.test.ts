import { describe, expect, it } from 'vitest';
import { appendAll, groupBy, groupByEach, maxOf, minOf, partitionPoint } from '../src/arrays.js';

// Past this many arguments, spreading into a call throws in V8 (one article held 150,000 passages).
const MANY = 500_000;
const many = Array.from({ length: MANY }, (_, i) => i);

describe('array helpers at lengths a spread cannot take', () => {
  it('appends half a million items, where push(...items) throws', () => {
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, many)).toBe(target);
    expect(target).toHaveLength(MANY + 1);
    expect(target.at(-1)).toBe(MANY - 1);
  });

  it('finds the largest and smallest of half a million numbers, with the floor or ceiling when there are none', () => {
    expect(maxOf(many)).toBe(MANY - 1);
    expect(minOf(many)).toBe(0);
    expect(maxOf([], -1)).toBe(-1);
    expect(minOf([])).toBe(Infinity);
  });
});

describe('grouping', () => {
  it('keeps the items of each key in their order, keys in order of first appearance', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'a2', 'c1'], (word) => word[0]);
    expect([...groups]).toEqual([['b', ['b1', 'b2']], ['a', ['a1', 'a2']], ['c', ['c1']]]);
  });

  it('puts an item under each of its keys once, even when a key repeats, and under none when it has none', () => {
    const groups = groupByEach(['ab', 'aab', ''], (word) => word.split(''));
    expect([...groups]).toEqual([['a', ['ab', 'aab']], ['b', ['ab', 'aab']]]);
  });
});

describe('partitionPoint', () => {
  it('finds where a sorted list stops holding a property, at either end and in between', () => {
    const starts = [0, 10, 10, 25, 40];
    expect(partitionPoint(starts, (start) => start <= 10)).toBe(3);
    expect(partitionPoint(starts, (start) => start < 0)).toBe(0);
    expect(partitionPoint(starts, (start) => start <= 99)).toBe(5);
    expect(partitionPoint([], () => true)).toBe(0);
  });
});
