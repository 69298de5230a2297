import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import { handlers } from '@electron/api/handlers';
import type { Services } from '@electron/services';
import { METHOD_NAMES } from '@shared/api/contract';
import { tempStore, type TempStore } from './fixtures';

let store: TempStore;
let services: Services;
beforeEach(() => {
  store = tempStore();
  services = store.services(store.open());
});
afterEach(() => store.cleanup());

describe('the handler table', () => {
  it('has exactly one handler for every method of the API contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('runs a first start the way the UI does: no households, then the first one', async () => {
    expect(await dispatch(services, 'households.list', {})).toEqual({ ok: true, value: [] });
    const created = await dispatch(services, 'households.create', { name: '  My household ' });
    expect(created).toMatchObject({ ok: true, value: { name: 'My household' } });
    expect(await dispatch(services, 'app.info', {})).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });

  it('answers restoring a member twice with a CONFLICT that names the member', async () => {
    const home = services.households.create('Home');
    const deletion = services.members.delete(
      home.id,
      services.members.create(home.id, { name: 'Kid', role: 'child' }).id,
    );
    services.members.restore(deletion);
    const again = await dispatch(services, 'members.restore', deletion);
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'The member "Kid" already exists.' } });
  });
});
