import { describe, expect, it } from 'vitest';
import { refreshBuiltinCatalog } from '@electron/store/catalogRefresh';
import { upsertBuiltinCatalog } from '@electron/store/repos/catalog';
import { BUILTIN_CATALOG, CATALOG_VERSION } from '@shared/catalog/carriers';
import type { Carrier } from '@shared/catalog/schema';
import { useTempStore } from '../support/store';

const env = useTempStore();

const verizon = (): Carrier => structuredClone(BUILTIN_CATALOG.find((c) => c.id === 'verizon')!);
const entry = (id: string) => env.services.catalog.list().find((e) => e.carrier.id === id)!;

describe('the carrier catalog', () => {
  it('is seeded with every built-in carrier, unedited, in catalog order', () => {
    const list = env.services.catalog.list();
    expect(list.map((e) => e.carrier.id)).toEqual(BUILTIN_CATALOG.map((c) => c.id));
    for (const e of list) {
      expect(e.builtin).toEqual(e.carrier);
      expect(e.changedPaths).toEqual([]);
    }
  });

  it("shows the user's edit and which fields it changed", () => {
    const edited = { ...verizon(), name: 'Verizon Wireless' };
    const saved = env.services.catalog.update(edited);
    expect(saved.carrier.name).toBe('Verizon Wireless');
    expect(saved.builtin!.name).toBe(verizon().name);
    expect(saved.changedPaths).toEqual(['name']);
    expect(entry('verizon')).toEqual(saved);
  });

  it('resets an edited carrier to its built-in entry', () => {
    env.services.catalog.update({ ...verizon(), name: 'Verizon Wireless' });
    const reset = env.services.catalog.reset('verizon');
    expect(reset.carrier).toEqual(verizon());
    expect(reset.changedPaths).toEqual([]);
  });

  it('adds a carrier of the user’s own, which has no built-in entry to reset to', () => {
    const mine = { ...verizon(), id: 'localtelco', name: 'Local Telco' };
    const saved = env.services.catalog.update(mine);
    expect(saved).toEqual({ carrier: mine, builtin: null, changedPaths: [] });
    expect(env.services.catalog.list().at(-1)!.carrier.id).toBe('localtelco');
    expect(() => env.services.catalog.reset('localtelco')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('keeps the user’s edit when an app update refreshes the built-in catalog', () => {
    env.services.catalog.update({ ...verizon(), name: 'Big Red' });
    const updated = BUILTIN_CATALOG.map((c) => (c.id === 'verizon' ? { ...c, name: 'Verizon (2027)', notes: [] } : c));

    upsertBuiltinCatalog(env.db, updated, CATALOG_VERSION + 1);

    const e = entry('verizon');
    expect(e.carrier.name).toBe('Big Red');
    expect(e.carrier.notes).toEqual([]);
    expect(e.builtin!.name).toBe('Verizon (2027)');
    expect(e.changedPaths).toEqual(['name']);
  });

  it('opens a catalog an older version wrote: old patches and own carriers are upgraded, not lost', () => {
    // What version 1 stored: facts without quote/title/byUser, reliability "secondary", plans without market.
    const oldFact = (value: unknown) => ({
      value,
      source: 'https://example.org/called',
      verified: '2026-11-30',
      sourceDate: null,
      reliability: 'secondary',
      note: null,
    });
    const oldCarrier = {
      ...structuredClone(BUILTIN_CATALOG.find((c) => c.id === 'consumercellular')!),
      id: 'oldco',
      name: 'Old Co',
      esim: oldFact(true),
      plans: {
        basic: {
          name: 'Basic',
          status: oldFact('current'),
          sharing: oldFact('per-line'),
          payPerGB: { priceUSD: oldFact(null), includedGBPerLine: oldFact(null), billedGBCap: oldFact(null) },
          tiers: {},
        },
      },
    };
    env.db
      .prepare(
        `INSERT INTO catalog (id, builtin_json, builtin_version, patch_json, user_json, position, updated_at)
       VALUES ('oldco', NULL, NULL, NULL, ?, 99, '2026-11-30T00:00:00Z')`,
      )
      .run(JSON.stringify(oldCarrier));
    env.db.prepare(`UPDATE catalog SET patch_json = ? WHERE id = 'verizon'`).run(
      JSON.stringify({
        'gifting.otherAccount.value': true,
        'gifting.otherAccount.source': 'https://example.org/gift',
        'gifting.otherAccount.reliability': 'secondary',
      }),
    );

    const verizonEntry = entry('verizon');
    expect(verizonEntry.carrier.gifting.otherAccount).toMatchObject({
      value: true,
      byUser: true,
      quote: null,
      reliability: 'press',
    });
    const oldco = entry('oldco');
    expect(oldco.carrier.esim).toMatchObject({ value: true, byUser: true, reliability: 'press' });
    expect(oldco.carrier.plans.basic).toMatchObject({ market: null, enteredOn: null, notes: [] });
    expect(env.services.advice.get({ carrier: 'verizon', to: 'other' }).options.length).toBe(7);
  });

  it('refreshes the built-in entries only when the shipped catalog is newer', () => {
    const updated = BUILTIN_CATALOG.map((c) => (c.id === 'verizon' ? { ...c, notes: [] } : c));
    expect(refreshBuiltinCatalog(env.db, updated, CATALOG_VERSION)).toBe(false);
    expect(entry('verizon').carrier.notes).toEqual(verizon().notes);
    expect(refreshBuiltinCatalog(env.db, updated, CATALOG_VERSION + 1)).toBe(true);
    expect(entry('verizon').carrier.notes).toEqual([]);
  });

  it('turns a carrier the user added into an edit once the catalog ships it', () => {
    const mine = { ...verizon(), id: 'localtelco', name: 'Local Telco' };
    env.services.catalog.update(mine);
    const shipped = { ...verizon(), id: 'localtelco', name: 'LocalTelco Mobile' };
    upsertBuiltinCatalog(env.db, [...BUILTIN_CATALOG, shipped], CATALOG_VERSION + 1);
    const e = entry('localtelco');
    expect(e.carrier).toEqual(mine);
    expect(e.builtin).toEqual(shipped);
    expect(e.changedPaths).toEqual(['name']);
  });

  it('names an unknown carrier and lists the known ones', () => {
    expect(() => env.services.advice.get({ carrier: 'nosuch', to: 'other' })).toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: expect.stringMatching(/Unknown carrier "nosuch".*verizon, att, tmobile/),
      }),
    );
  });

  it('advises from the merged entry of a known carrier', () => {
    const advice = env.services.advice.get({ carrier: 'tmobile', to: 'household', gb: 5 });
    expect(advice.carrier).toBe('tmobile');
    expect(advice.options.length).toBeGreaterThan(0);
  });
});
