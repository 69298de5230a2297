import { describe, expect, test } from 'vitest';
import { roundForOutput } from '@shared/engine';

describe('printing results', () => {
  test('rounds every number to 2 decimals without touching the original', () => {
    const original = { a: 1 / 3, nested: [{ b: 15.749999 }, 2.005], s: 'x', n: null, neg: -0.001 };
    const printed = roundForOutput(original);
    expect(printed).toEqual({ a: 0.33, nested: [{ b: 15.75 }, 2.01], s: 'x', n: null, neg: 0 });
    expect(Object.is(printed.neg, 0)).toBe(true);
    expect(original.a).toBe(1 / 3);
  });
});
