/**
 * After a call that changed a household, its alerts are checked, so a new
 * reading that pushes the pool past 90 % alerts right away, whichever
 * transport the call came through.
 */
import type { MethodName } from '@shared/api/contract';
import type { Services } from '../services';

/**
 * Calls that change no household's data. Every other call that names a
 * household (in its input or its answer) triggers a check; a method added
 * later is checked by default, which costs one evaluation at worst.
 */
const CHANGES_NOTHING: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'app.backup',
  'settings.get',
  'settings.update',
  'households.list',
  'households.delete',
  'households.get',
  'readings.list',
  'history.missingTotals',
  'plan.evaluate',
  'plan.compare',
  'scenario.export',
  'catalog.list',
  'catalog.update',
  'catalog.reset',
  'advice.get',
  'alerts.list',
  'alerts.markRead',
  'alerts.markNotified',
  'alerts.getSettings',
]);

function householdIdIn(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { householdId?: unknown; household?: { id?: unknown } };
  if (typeof record.householdId === 'string') return record.householdId;
  if (typeof record.household?.id === 'string') return record.household.id;
  return null;
}

export function checkAlertsAfter(services: Services, method: MethodName, input: unknown, output: unknown): void {
  if (CHANGES_NOTHING.has(method)) return;
  // households.create and scenario.import name the new household only in their answer.
  const householdId =
    householdIdIn(input) ?? householdIdIn(output) ?? (method === 'households.create' ? idOf(output) : null);
  if (householdId !== null) services.alerts.checkQuietly(householdId);
}

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}
