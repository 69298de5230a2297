/**
 * Fields a scenario file has that version 1 does not define. Parsing ignores
 * them (a newer or hand-written file may carry notes), but a misspelt field
 * such as `capGb` would silently lose a cap, so callers tell the user: the CLI
 * warns, the app refuses the import. `"//"` is allowed anywhere as a comment.
 */
import type { FieldIssue } from '../api/errors';
import { formatPath } from '../api/errors';
import {
  ScenarioDeviceSchema,
  ScenarioHistorySchema,
  ScenarioLineSchema,
  ScenarioPlanSchema,
  ScenarioReadingSchema,
  ScenarioSchema,
  ScenarioTierSchema,
} from './schema';

const COMMENT = '//';
const keysOf = (schema: { shape: object }) => new Set([...Object.keys(schema.shape), COMMENT]);

const ROOT = keysOf(ScenarioSchema);
const PLAN = keysOf(ScenarioPlanSchema);
const TIER = keysOf(ScenarioTierSchema);
const LIST_ITEMS: Record<string, Set<string>> = {
  lines: keysOf(ScenarioLineSchema),
  devices: keysOf(ScenarioDeviceSchema),
  readings: keysOf(ScenarioReadingSchema),
  history: keysOf(ScenarioHistorySchema),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function check(value: unknown, allowed: Set<string>, path: (string | number)[], out: FieldIssue[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (!allowed.has(key))
      out.push({ path: formatPath([...path, key]), message: 'unknown field (not part of scenario v1)' });
  }
}

function checkPlan(plan: unknown, path: (string | number)[], out: FieldIssue[]): void {
  check(plan, PLAN, path, out);
  if (isRecord(plan) && Array.isArray(plan.tiers)) {
    plan.tiers.forEach((tier, i) => check(tier, TIER, [...path, 'tiers', i], out));
  }
}

export function unknownScenarioFields(json: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (!isRecord(json)) return out;
  check(json, ROOT, [], out);
  if (json.plan !== undefined) checkPlan(json.plan, ['plan'], out);
  if (Array.isArray(json.plans)) json.plans.forEach((p, i) => checkPlan(p, ['plans', i], out));
  for (const [list, allowed] of Object.entries(LIST_ITEMS)) {
    const items = json[list];
    if (Array.isArray(items)) items.forEach((item, i) => check(item, allowed, [list, i], out));
  }
  return out;
}
