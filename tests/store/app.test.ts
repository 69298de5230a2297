import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '@electron/store';
import { useTempStore } from '../support/store';
import { smithFamily } from '../support/families';

const env = useTempStore();

describe('app info', () => {
  it('tells the version, mode, data file and schema version', () => {
    expect(env.services.app.info()).toEqual({
      version: 'test',
      mode: 'browser',
      dbPath: env.store.dbPath,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
  });
});

describe('backing up the data file', () => {
  it('writes a verified copy that opens on its own and holds every household', async () => {
    smithFamily(env.services);
    env.services.households.create('Grandma');

    const result = await env.services.app.backup();

    expect(result.path).toMatch(/[/\\]backups[/\\]datapool-\d{8}-\d{6}\.db$/);
    expect(result.path.startsWith(join(env.store.dir, 'backups'))).toBe(true);
    expect(result.bytes).toBe(statSync(result.path).size);
    expect(existsSync(`${result.path}-wal`)).toBe(false);
    const copy = new Database(result.path, { readonly: true, fileMustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM households ORDER BY name').pluck().all()).toEqual(['Grandma', 'The Smiths']);
    expect(copy.prepare('SELECT count(*) FROM devices').pluck().get()).toBe(3);
    copy.close();
  });

  it('reports progress until every page is copied', async () => {
    smithFamily(env.services);
    await env.services.app.backup();
    const events = env.store.progress.filter((e) => e.task === 'backup');
    expect(events.length).toBeGreaterThan(0);
    const last = events.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(0);
  });

  it('never overwrites an earlier backup', async () => {
    const pinned = env.store.services(env.store.open(), { now: () => new Date('2026-11-24T10:00:00') });
    const [a, b] = await Promise.all([pinned.app.backup(), pinned.app.backup()]);
    expect(a.path).not.toBe(b.path);
    expect(readdirSync(join(env.store.dir, 'backups')).sort()).toEqual([
      'datapool-20261124-100000-2.db',
      'datapool-20261124-100000.db',
    ]);
  });
});

describe('settings', () => {
  it('remembers the language, theme and active household', () => {
    const home = env.services.households.create('Home');
    env.services.settings.update({ locale: 'zh-CN' });
    env.services.settings.update({ theme: 'dark', activeHouseholdId: home.id });
    expect(env.store.services(env.store.open()).settings.get()).toEqual({
      locale: 'zh-CN',
      theme: 'dark',
      activeHouseholdId: home.id,
    });
    expect(env.services.settings.update({ locale: null }).locale).toBeNull();
  });

  it('refuses an active household that does not exist', () => {
    expect(() => env.services.settings.update({ activeHouseholdId: 'nope' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('falls back to defaults for values it cannot read', () => {
    env.store.open().prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"neon\"'), ('locale', '42')").run();
    expect(env.services.settings.get()).toEqual({ locale: null, theme: 'system', activeHouseholdId: null });
  });
});
