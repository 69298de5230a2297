import { describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import { handlers } from '@electron/api/handlers';
import { METHOD_NAMES } from '@shared/api/contract';
import { useTempStore } from '../support/store';

const env = useTempStore();

describe('the handler table', () => {
  it('has exactly one handler for every method of the API contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('runs a first start the way the UI does: no households, then the first one', async () => {
    expect(await dispatch(env.services, 'households.list', {})).toEqual({ ok: true, value: [] });
    const created = await dispatch(env.services, 'households.create', { name: '  My household ' });
    expect(created).toMatchObject({ ok: true, value: { name: 'My household' } });
    expect(await dispatch(env.services, 'app.info', {})).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });

  it('answers restoring a member twice with a CONFLICT that names the member', async () => {
    const home = env.services.households.create('Home');
    const deletion = env.services.members.delete(
      home.id,
      env.services.members.create(home.id, { name: 'Kid', role: 'child' }).id,
    );
    env.services.members.restore(deletion);
    const again = await dispatch(env.services, 'members.restore', deletion);
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'The member "Kid" already exists.' } });
  });
});
