/** Public API of the planning engine (pure functions of plain data). */
export type {
  Comparison,
  Cycle,
  DailyBudgetBasis,
  Evaluation,
  LimitBasis,
  LineResult,
  PlanWarning,
  ReasonCode,
  ReasonDetail,
  Severity,
  WarningCode,
} from './types';
export {
  ComparisonSchema,
  CycleSchema,
  DailyBudgetBasisSchema,
  EvaluationSchema,
  LimitBasisSchema,
  LineResultSchema,
  PlanWarningSchema,
  ReasonCodeSchema,
  ReasonDetailSchema,
  SeveritySchema,
  UNKNOWN_CODES,
  WarningCodeSchema,
} from './types';
export { evaluate, hardLimitOf } from './evaluate';
export { SEVERITY_OF, everythingFits, orderWarnings, warningDate } from './warnings';
export {
  compare,
  tierMeetsNeeds,
  type CompareCandidate,
  type CompareTier,
  type RankedPlan,
  type UnknownTerm,
} from './compare';
export { roundForOutput } from './print';
export {
  type EpochDay,
  addDays,
  civilFromDays,
  daysBetween,
  daysFromCivil,
  daysInMonth,
  formatDate,
  isLeapYear,
  parseDate,
} from './dates';
export { type CycleDays, type CycleRule, cycleContaining, cycleContainingDay } from './cycle';
export { type LineDemand, firstHostLoads, lineDemands, tetheringDevices } from './demand';
export {
  EXACT_HOTSPOT_LIMIT,
  HOTSPOT_SEARCH_BUDGET_MS,
  type HotspotAllowances,
  type HotspotSearchOptions,
  type HotspotAssignment,
  type TetheringDevice,
  assignHotspot,
  assignHotspotGreedy,
} from './hotspot';
export { type PoolAllocation, type PoolLine, allocatePool } from './pool';
export { hotspotOverGB, perLineBudgetGB, premiumOverGB } from './perLine';
export {
  HISTORY_CYCLES,
  type LatestReading,
  type LineBounds,
  type LineForecast,
  type PoolForecast,
  firstDayReaching,
  forecastLine,
  forecastPool,
  historyRateGBPerDay,
  latestReadings,
  tightestBound,
} from './forecast';
export { type PlanCost, planCost, pricePerLineAt, tierPriceAt } from './cost';
export { type LineTerms, termsOfLine, tierNamed } from './terms';
export { ONE_BYTE_GB, excessGB, formatGB } from './amounts';
