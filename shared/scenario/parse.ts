/**
 * Reading a scenario file's JSON: either the parsed scenario (defaults applied)
 * or every problem, each with a path users can read (`lines[2].capGB`).
 */
import { type FieldIssue, issuesOf } from '../api/errors';
import { type Scenario, ScenarioSchema } from './schema';

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: FieldIssue[] };

export function parseScenario(json: unknown): ScenarioParseResult {
  const result = ScenarioSchema.safeParse(json);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, issues: issuesOf(result.error) };
}
