/**
 * The household's plan, and what the engine says about it: `evaluate` (the
 * current plan applied to the household) and `compare` (the catalog's plans
 * and the household's own, ranked for its lines). The engine works on a
 * scenario with readable ids; results are mapped back to database ids so the
 * UI can join them to names.
 */
import type { Plan } from '../../shared/domain/schemas';
import { compare, evaluate, type Comparison, type Evaluation } from '../../shared/engine';
import { catalogPlans, householdOf } from '../../shared/catalog/plans';
import { inTransaction } from '../store';
import { findPlan, upsertPlan } from '../store/repos/plans';
import { conflict, requireHousehold, type ServiceContext } from './context';
import type { HouseholdService } from './households';
import type { CatalogService } from './catalog';
import { scenarioOfHousehold, scenarioPlanOf, type HouseholdScenario } from './scenarioMapping';

/** Maps an engine id back to its database id (an id the engine made up stays as it is). */
const back = (ids: Map<string, string>) => (id: string) => ids.get(id) ?? id;
const backOrNull = (ids: Map<string, string>) => (id: string | null) => (id === null ? null : (ids.get(id) ?? id));

export function evaluationWithDbIds(evaluation: Evaluation, mapping: HouseholdScenario): Evaluation {
  const line = back(mapping.lineId);
  const device = back(mapping.deviceId);
  return {
    ...evaluation,
    lines: evaluation.lines.map((l) => ({ ...l, id: line(l.id) })),
    hotspot: evaluation.hotspot.map((h) => ({ device: device(h.device), host: backOrNull(mapping.lineId)(h.host) })),
    warnings: evaluation.warnings.map((w) => ({
      ...w,
      line: backOrNull(mapping.lineId)(w.line),
      device: backOrNull(mapping.deviceId)(w.device),
    })),
  };
}

export function comparisonWithDbIds(comparison: Comparison, mapping: HouseholdScenario): Comparison {
  const line = back(mapping.lineId);
  const lineOrNull = backOrNull(mapping.lineId);
  return {
    ranking: comparison.ranking.map((r) => ({
      ...r,
      tiers:
        r.tiers === null ? null : Object.fromEntries(Object.entries(r.tiers).map(([id, tier]) => [line(id), tier])),
      // `reasons` stay as the engine wrote them (with scenario ids): they are English for logs; `details` are for the UI.
      ...(r.details === undefined
        ? {}
        : {
            details: r.details.map((d) => ({
              ...d,
              line: lineOrNull(d.line),
              ...(d.lines === undefined ? {} : { lines: d.lines.map(line) }),
            })),
          }),
    })),
  };
}

export function createPlanService(ctx: ServiceContext, households: HouseholdService, catalog: CatalogService) {
  const { db } = ctx;
  return {
    set(householdId: string, plan: Plan): Plan {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        upsertPlan(db, householdId, plan);
        return findPlan(db, householdId)!;
      });
    },

    evaluate(householdId: string, asOf: string): Evaluation {
      const snapshot = households.get(householdId);
      if (!snapshot.plan) throw conflict("Set up the household's plan first.");
      const mapping = scenarioOfHousehold(snapshot, asOf);
      return evaluationWithDbIds(evaluate(mapping.scenario), mapping);
    },

    compare(householdId: string, asOf: string): Comparison {
      const snapshot = households.get(householdId);
      const mapping = scenarioOfHousehold(snapshot, asOf);
      const candidates = [
        ...catalogPlans(catalog.carriers(), householdOf(mapping.scenario)),
        ...(snapshot.plan ? [scenarioPlanOf(snapshot.plan)] : []),
      ];
      return comparisonWithDbIds(compare(mapping.scenario, candidates), mapping);
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
