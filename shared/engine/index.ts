/** Public API of the planning engine (pure functions of plain data). */
export type {
  Comparison,
  Cycle,
  Evaluation,
  LineResult,
  PlanWarning,
  ReasonCode,
  ReasonDetail,
  WarningCode,
} from './types';
export {
  ComparisonSchema,
  CycleSchema,
  EvaluationSchema,
  LineResultSchema,
  PlanWarningSchema,
  ReasonCodeSchema,
  ReasonDetailSchema,
  WarningCodeSchema,
} from './types';
export { evaluate, forecastLimitGB } from './evaluate';
export { compare, tierMeetsNeeds, type RankedPlan } from './compare';
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
  type HotspotAllowances,
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
  type LineForecast,
  type PoolForecast,
  firstDayReaching,
  forecastLine,
  forecastPool,
  historyRateGBPerDay,
  latestReadings,
} from './forecast';
export { type PlanCost, planCost, pricePerLineAt, tierPriceAt } from './cost';
export { type LineTerms, termsOfLine, tierNamed } from './terms';
export { ONE_BYTE_GB, excessGB, formatGB } from './amounts';
