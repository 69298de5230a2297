/**
 * The household's plan, and what the engine says about it: `evaluate` (the
 * current plan applied to the household) and `compare` (the catalog's plans
 * and the household's own, ranked for its lines). The engine reads the
 * household under its database ids, so its results join the stored rows as
 * they are.
 */
import type { Plan } from '@shared/domain/schemas';
import { compare, type Comparison, type Evaluation } from '@shared/engine';
import { catalogPlans, householdOf } from '@shared/catalog/plans';
import { evaluateHousehold } from '@shared/planner/evaluate';
import { scenarioOfHousehold, scenarioPlanOf } from '@shared/scenario/household';
import { inTransaction } from '../store';
import { findPlan, upsertPlan } from '../store/repos/plans';
import type { CatalogService } from './catalog';
import { conflict, type ServiceContext } from './context';
import type { HouseholdService } from './households';
import { requireHousehold } from './references';
import { comparisonInWords } from '@shared/i18n/render';

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

    /** The same computation the what-if page runs in the renderer, on the stored household. */
    evaluate(householdId: string, asOf: string): Evaluation {
      const evaluation = evaluateHousehold(households.forEngine(householdId, asOf), asOf);
      if (!evaluation) throw conflict("Set up the household's plan first.");
      return evaluation;
    },

    compare(householdId: string, asOf: string): Comparison {
      const snapshot = households.forEngine(householdId, asOf);
      const { scenario } = scenarioOfHousehold(snapshot, asOf, { ids: 'database' });
      const candidates = [
        ...catalogPlans(catalog.carriers(), householdOf(scenario)),
        ...(snapshot.plan ? [scenarioPlanOf(snapshot.plan)] : []),
      ];
      return comparisonInWords(compare(scenario, candidates), 'en');
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
