/** Small scenario builders for the engine tests (parsed, so the documented defaults apply). */
import { type Scenario, type ScenarioFile, ScenarioSchema } from '@shared/scenario/schema';

export function scenario(overrides: Partial<ScenarioFile> = {}): Scenario {
  return ScenarioSchema.parse({
    format: 'datapool-scenario',
    version: 1,
    asOf: '2026-11-24',
    plan: { name: 'Pool 30', carrier: 'verizon', kind: 'pool', poolGB: 30, cycleStartDay: 5 },
    ...overrides,
  });
}
