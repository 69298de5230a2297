/**
 * Scenario files: export a household as scenario v1, and import one as a NEW
 * household (an import never overwrites). Scenarios carry no members, device
 * kinds or owners, so imported devices are of kind "other" with no owner.
 */
import type { ApiOutput } from '@shared/api/contract';
import { issuesOf, validationErrorOf, type FieldIssue } from '@shared/api/errors';
import { PlanSchema, type Device, type Household, type Line, type Plan } from '@shared/domain/schemas';
import { type Scenario, type ScenarioPlan } from '@shared/scenario/schema';
import { parseScenario } from '@shared/scenario/parse';
import { tierNamed } from '@shared/engine/terms';
import { inTransaction } from '../store';
import { insertHousehold } from '../store/repos/households';
import { upsertPlan } from '../store/repos/plans';
import { insertLine } from '../store/repos/lines';
import { insertDevice } from '../store/repos/devices';
import { insertReading } from '../store/repos/readings';
import { insertHistoryEntry } from '../store/repos/history';
import type { ServiceContext } from './context';
import type { HouseholdService } from './households';
import { scenarioFileOf, scenarioOfHousehold } from '@shared/scenario/household';

type ImportResult = ApiOutput<'scenario.import'>;

const PROGRESS_EVERY = 500;
const DEFAULT_IMPORT_NAME = 'Imported household';

/**
 * The scenario's plan as a stored plan. Cycle fields the engine would ignore
 * are dropped (a fixed cycle needs both length and anchor; with neither rule
 * the engine renews on the 1st), so the stored plan evaluates the same.
 */
function planOfScenario(p: ScenarioPlan): { plan: Plan } | { issues: FieldIssue[] } {
  const fixed = p.cycleLengthDays !== null && p.cycleAnchor !== null;
  const parsed = PlanSchema.safeParse({
    name: p.name,
    carrier: p.carrier,
    kind: p.kind,
    poolGB: p.poolGB,
    cycleStartDay: fixed ? p.cycleStartDay : (p.cycleStartDay ?? 1),
    cycleLengthDays: fixed ? p.cycleLengthDays : null,
    cycleAnchor: fixed ? p.cycleAnchor : null,
    pricePerLine: p.pricePerLine,
    esim: p.esim,
    // Field by field: a scenario tier may also carry a "//" comment, which a stored plan has no place for.
    tiers: p.tiers.map((t) => ({
      name: t.name,
      dataGB: t.dataGB,
      premiumGB: t.premiumGB,
      hotspotGB: t.hotspotGB,
      pricePerLine: t.pricePerLine,
    })),
  });
  if (parsed.success) return { plan: parsed.data };
  return { issues: issuesOf(parsed.error).map((i) => ({ ...i, path: `plan.${i.path}` })) };
}

export function createScenarioService(ctx: ServiceContext, households: HouseholdService) {
  const { db } = ctx;

  function progress(done: number, total: number): void {
    ctx.progress({ task: 'import', done, total });
  }

  return {
    export(householdId: string, asOf: string): Record<string, unknown> {
      return scenarioFileOf(scenarioOfHousehold(households.complete(householdId), asOf).scenario);
    },

    import(json: unknown, name?: string): ImportResult {
      const parsed = parseScenario(json);
      if (!parsed.ok) throw validationErrorOf(parsed.issues, 'scenario');
      const scenario: Scenario = parsed.scenario;
      const planResult = scenario.plan ? planOfScenario(scenario.plan) : null;
      if (planResult && 'issues' in planResult) throw validationErrorOf(planResult.issues, 'scenario');

      const total =
        scenario.lines.length + scenario.devices.length + scenario.readings.length + scenario.history.length;
      let done = 0;
      const step = () => {
        done++;
        if (done % PROGRESS_EVERY === 0) progress(done, total);
      };
      progress(0, total);

      const household: Household = {
        id: ctx.newId(),
        name: name ?? (scenario.name?.trim() || DEFAULT_IMPORT_NAME),
        createdAt: ctx.now().toISOString(),
      };
      const result = inTransaction(db, () => {
        insertHousehold(db, household);
        if (planResult) upsertPlan(db, household.id, planResult.plan);

        const lineIds = new Map<string, string>();
        scenario.lines.forEach((l, position) => {
          // Plan-level terms apply to a line that sets none and is on no tier
          // (engine/terms.ts); the stored plan has no such fields, so the line keeps them.
          const plan = scenario.plan;
          const inherit = plan !== undefined && tierNamed(plan, l.tier) === null;
          const line: Line = {
            id: ctx.newId(),
            name: l.name.trim() || l.id,
            memberId: null,
            capGB: l.capGB,
            floorGB: l.floorGB,
            weight: l.weight,
            dataGB: l.dataGB ?? (inherit ? plan.dataGB : null),
            premiumGB: l.premiumGB ?? (inherit ? plan.premiumGB : null),
            hotspotGB: l.hotspotGB ?? (inherit ? plan.hotspotGB : null),
            tier: l.tier,
            needsPremium: l.needsPremium,
            number: l.number,
          };
          lineIds.set(l.id, line.id);
          insertLine(db, household.id, line, position);
          step();
        });
        const lineOf = (slug: string) => lineIds.get(slug)!;

        scenario.devices.forEach((d, position) => {
          const lineId = d.line === null ? null : lineOf(d.line);
          const device: Device = {
            id: ctx.newId(),
            name: d.name.trim() || d.id,
            kind: d.kind ?? 'other',
            ownerId: null,
            sim: d.sim,
            lineId,
            monthlyGB: d.monthlyGB,
            // Only a device without a line tethers (the engine ignores hosts otherwise).
            hotspotFrom: lineId === null ? [...new Set(d.hotspotFrom)].map(lineOf) : [],
          };
          insertDevice(db, household.id, device, position);
          step();
        });
        // One reading per line per date: of several in a file, the last listed counts (as the forecast reads them).
        const readings = new Map(scenario.readings.map((r) => [`${r.line}\u0000${r.date}`, r]));
        for (const r of readings.values()) {
          insertReading(db, { id: ctx.newId(), lineId: lineOf(r.line), date: r.date, usedGB: r.usedGB });
          step();
        }
        for (let skipped = scenario.readings.length - readings.size; skipped > 0; skipped--) step();
        for (const h of scenario.history) {
          insertHistoryEntry(db, {
            id: ctx.newId(),
            lineId: lineOf(h.line),
            cycleStart: h.cycleStart,
            usedGB: h.usedGB,
          });
          step();
        }
        return {
          household,
          counts: {
            lines: scenario.lines.length,
            devices: scenario.devices.length,
            readings: readings.size,
            history: scenario.history.length,
          },
        };
      });
      progress(total, total);
      return result;
    },
  };
}

export type ScenarioService = ReturnType<typeof createScenarioService>;
