/**
 * The household's plan, and what the engine says about it: `evaluate` (the
 * current plan applied to the household) and `compare` (the catalog's plans
 * and the household's own, ranked for its lines). The engine works on a
 * scenario with readable ids; results are mapped back to database ids so the
 * UI can join them to names.
 */
import type { Plan } from '@shared/domain/schemas';
import { compare, evaluate, type Comparison, type Evaluation } from '@shared/engine';
import { catalogPlans, householdOf } from '@shared/catalog/plans';
import { inTransaction } from '../store';
import { findPlan, upsertPlan } from '../store/repos/plans';
import { conflict, requireHousehold, type ServiceContext } from './context';
import type { HouseholdService } from './households';
import type { CatalogService } from './catalog';
import { comparisonInWords } from '@shared/i18n/render';
import {
  comparisonWithDbIds,
  evaluationWithDbIds,
  scenarioOfHousehold,
  scenarioPlanOf,
} from '@shared/scenario/household';

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
      const snapshot = households.forEngine(householdId, asOf);
      if (!snapshot.plan) throw conflict("Set up the household's plan first.");
      const mapping = scenarioOfHousehold(snapshot, asOf);
      return evaluationWithDbIds(evaluate(mapping.scenario), mapping);
    },

    compare(householdId: string, asOf: string): Comparison {
      const snapshot = households.forEngine(householdId, asOf);
      const mapping = scenarioOfHousehold(snapshot, asOf);
      const candidates = [
        ...catalogPlans(catalog.carriers(), householdOf(mapping.scenario)),
        ...(snapshot.plan ? [scenarioPlanOf(snapshot.plan)] : []),
      ];
      return comparisonWithDbIds(comparisonInWords(compare(mapping.scenario, candidates), 'en'), mapping);
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
