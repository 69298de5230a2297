/** Validates untrusted JSON as a scenario v1, naming every bad field by its path. */
import { issuesOf, type FieldIssue } from '../api/errors';
import { ScenarioSchema, type Scenario } from './schema';

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: FieldIssue[] };

export function parseScenario(json: unknown): ScenarioParseResult {
  const parsed = ScenarioSchema.safeParse(json);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: issuesOf(parsed.error) };
}
