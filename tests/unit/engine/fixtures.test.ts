/**
 * Every hand-worked scenario in tests/fixtures/scenarios: NAME.json is the
 * scenario, NAME.expected.json its `evaluate` output as printed (rounded to 2
 * decimals), NAME.compare.expected.json its `compare` output when it has
 * candidate plans (the CLI's shape, so without the app's `details`), NAME.md the arithmetic. Warning messages are English prose
 * for people, so they are checked for presence only; code, line, device and
 * the numbers behind them are compared exactly.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { evaluate, roundForOutput, type Comparison, type Evaluation } from '@shared/engine';
import { compare } from '../../support/compareInWords';
import { parseScenario } from '@shared/scenario/parse';

const dir = fileURLToPath(new URL('../../fixtures/scenarios/', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

/** The compare output as the CLI prints it: without the app's `details`. */
function withoutDetails(comparison: Comparison): unknown {
  return { ranking: comparison.ranking.map(({ details: _details, ...rest }) => rest) };
}

function withoutMessages(evaluation: Evaluation): unknown {
  return {
    ...evaluation,
    warnings: evaluation.warnings.map(({ message, ...rest }) => {
      expect(message.length).toBeGreaterThan(0);
      return rest;
    }),
  };
}

test('the fixture folder holds the hand-worked scenarios', () => {
  expect(names.length).toBeGreaterThanOrEqual(13);
});

describe.each(names)('scenario %s', (name) => {
  const parsed = parseScenario(readJson(`${name}.json`));
  if (!parsed.ok) throw new Error(`${name}.json is not a valid scenario: ${JSON.stringify(parsed.issues)}`);
  const scenario = parsed.scenario;

  test('has its arithmetic written down', () => {
    expect(existsSync(join(dir, `${name}.md`))).toBe(true);
  });

  if (existsSync(join(dir, `${name}.expected.json`))) {
    test('evaluates to the hand-worked result', () => {
      const printed = roundForOutput(evaluate(scenario));
      expect(withoutMessages(printed)).toEqual(readJson(`${name}.expected.json`));
    });
  }

  if (existsSync(join(dir, `${name}.compare.expected.json`))) {
    test('compares plans to the hand-worked ranking', () => {
      expect(withoutDetails(roundForOutput(compare(scenario)))).toEqual(readJson(`${name}.compare.expected.json`));
    });
  }
});
