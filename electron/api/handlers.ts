/**
 * The handler table: one plain function of (services, validated input) per
 * API method. No rules live here: method `x.y` hands the call to `s.x.y`,
 * which electron/services/x.ts defines.
 */
import type { ApiOutput, ApiParsedInput, MethodName } from '@shared/api/contract';
import type { Services } from '../services';

export type Handlers = {
  readonly [M in MethodName]: (services: Services, input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export const handlers: Handlers = {
  'app.info': (s) => s.app.info(),
  'app.backup': (s) => s.app.backup(),
  'app.listBackups': (s) => s.app.listBackups(),
  'app.restoreBackup': (s, { id }) => s.app.restoreBackup(id),
  'app.checkDataFile': (s) => s.app.checkDataFile(),

  'settings.get': (s) => s.settings.get(),
  'settings.update': (s, input) => s.settings.update(input),

  'households.list': (s) => s.households.list(),
  'households.create': (s, { name }) => s.households.create(name),
  'households.rename': (s, { householdId, name }) => s.households.rename(householdId, name),
  'households.delete': (s, { householdId }) => s.households.delete(householdId),
  'households.restore': (s, { householdId }) => s.households.restore(householdId),
  'households.get': (s, { householdId }) => s.households.get(householdId),
  'households.apply': (s, { householdId, draft }) => s.households.apply(householdId, draft),

  'whatifs.list': (s, { householdId }) => s.whatifs.list(householdId),
  'whatifs.save': (s, { householdId, name, draft }) => s.whatifs.save(householdId, name, draft),
  'whatifs.delete': (s, { householdId, id }) => s.whatifs.delete(householdId, id),

  'members.create': (s, { householdId, member }) => s.members.create(householdId, member),
  'members.update': (s, { householdId, member }) => s.members.update(householdId, member),
  'members.delete': (s, { householdId, id }) => s.members.delete(householdId, id),
  'members.restore': (s, deletion) => s.members.restore(deletion),

  'devices.create': (s, { householdId, device }) => s.devices.create(householdId, device),
  'devices.update': (s, { householdId, id, device }) => s.devices.update(householdId, id, device),
  'devices.delete': (s, { householdId, id }) => s.devices.delete(householdId, id),
  'devices.restore': (s, deletion) => s.devices.restore(deletion),

  'plan.set': (s, { householdId, plan }) => s.plan.set(householdId, plan),

  'lines.create': (s, { householdId, line }) => s.lines.create(householdId, line),
  'lines.update': (s, { householdId, line }) => s.lines.update(householdId, line),
  'lines.delete': (s, { householdId, id }) => s.lines.delete(householdId, id),
  'lines.restore': (s, deletion) => s.lines.restore(deletion),

  'readings.add': (s, { householdId, reading }) => s.readings.add(householdId, reading),
  'readings.update': (s, { householdId, id, reading }) => s.readings.update(householdId, id, reading),
  'readings.delete': (s, { householdId, id }) => s.readings.delete(householdId, id),
  'readings.restore': (s, { householdId, ...restore }) => s.readings.restore(householdId, restore),
  'readings.list': (s, { householdId, lineId, before, limit }) => s.readings.list(householdId, lineId, before, limit),
  'usage.importPreview': (s, input) => s.usage.importPreview(input),
  'usage.importCommit': (s, { householdId, importId, mapping }) => s.usage.importCommit(householdId, importId, mapping),
  'usage.importUndo': (s, { householdId, importId }) => s.usage.importUndo(householdId, importId),
  'history.add': (s, { householdId, entry }) => s.history.add(householdId, entry),
  'history.delete': (s, { householdId, id }) => s.history.delete(householdId, id),
  'history.missingTotals': (s, { householdId }) => s.history.missingTotals(householdId),

  'plan.evaluate': (s, { householdId, asOf }) => s.plan.evaluate(householdId, asOf),
  'plan.compare': (s, { householdId, asOf }) => s.plan.compare(householdId, asOf),

  'scenario.export': (s, { householdId, asOf }) => s.scenario.export(householdId, asOf),
  'scenario.import': (s, { scenario, name }) => s.scenario.import(scenario, name),

  'catalog.list': (s) => s.catalog.list(),
  'catalog.update': (s, { carrier }) => s.catalog.update(carrier),
  'catalog.reset': (s, { id }) => s.catalog.reset(id),
  'advice.get': (s, request) => s.advice.get(request),

  'alerts.list': (s, { householdId }) => s.alerts.list(householdId),
  'alerts.markRead': (s, { householdId, keys }) => s.alerts.markRead(householdId, keys),
  'alerts.markNotified': (s, { householdId, keys }) => s.alerts.markNotified(householdId, keys),
  'alerts.getSettings': (s, { householdId }) => s.alerts.getSettings(householdId),
  'alerts.setSettings': (s, { householdId, settings }) => s.alerts.setSettings(householdId, settings),
};
