import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, findBuiltinCarrier } from '@shared/catalog/carriers';
import { known, plan, text, unknown } from '@shared/catalog/facts';
import {
  applyCarrierPatch,
  builtinCatalogEntry,
  CarrierPatchSchema,
  changedPaths,
  diffCarrier,
  jsonEqual,
  REMOVED,
  userCatalogEntry,
} from '@shared/catalog/patch';
import { CarrierSchema, type Carrier } from '@shared/catalog/schema';
import { SOURCES } from '@shared/catalog/sources';
import { fcParams } from '../engine/fcParams';

const tmobile = findBuiltinCarrier('tmobile')!;
const googlefi = findBuiltinCarrier('googlefi')!;

/** What a user's "I called T-Mobile" edit looks like: a value with its source and date. */
function withGiftingToOtherAccounts(carrier: Carrier): Carrier {
  return {
    ...carrier,
    gifting: {
      ...carrier.gifting,
      otherAccount: {
        value: true,
        quote: null,
        source: 'https://www.t-mobile.com/support/example',
        sourceTitle: null,
        verified: '2026-12-01',
        sourceDate: null,
        reliability: 'official',
        byUser: true,
        note: null,
      },
    },
  };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every leaf path of a JSON value (arrays are leaves), to pick random edits from. */
function leafPaths(node: unknown, path = ''): string[] {
  if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length > 0) {
    return Object.entries(node).flatMap(([k, v]) => leafPaths(v, path === '' ? k : `${path}.${k}`));
  }
  return [path];
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

const jsonLeaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.string(),
  fc.array(fc.oneof(fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.record({ en: fc.string(), zh: fc.string() }),
);

/** A built-in carrier with random leaves changed, plans removed and a plan added. */
const editedCarrier = fc
  .record({
    carrier: fc.constantFrom(...BUILTIN_CATALOG),
    edits: fc.array(fc.tuple(fc.nat(), jsonLeaf), { maxLength: 8 }),
    removePlan: fc.boolean(),
    addPlan: fc.boolean(),
  })
  .map(({ carrier, edits, removePlan, addPlan }) => {
    const edited = clone(carrier) as unknown as Record<string, unknown>;
    const paths = leafPaths(edited);
    for (const [index, value] of edits) setAt(edited, paths[index % paths.length]!, value);
    // A random edit may have replaced the whole (empty) plans record.
    const plans = edited.plans;
    if (typeof plans === 'object' && plans !== null && !Array.isArray(plans)) {
      const record = plans as Record<string, unknown>;
      const first = Object.keys(record)[0];
      if (removePlan && first !== undefined) delete record[first];
      if (addPlan) record['my-plan'] = plan({ name: 'My plan', status: unknown(), sharing: unknown() });
    }
    return { builtin: carrier, edited: edited as unknown as Carrier };
  });

describe('catalog edits as patches', () => {
  test('applying the diff of any edit gives back the edited carrier', () => {
    fc.assert(
      fc.property(editedCarrier, ({ builtin, edited }) => {
        const patch = diffCarrier(builtin, edited);
        expect(jsonEqual(applyCarrierPatch(builtin, patch), edited)).toBe(true);
      }),
      fcParams(300),
    );
  });

  test('a patch survives being stored as JSON text', () => {
    fc.assert(
      fc.property(editedCarrier, ({ builtin, edited }) => {
        const stored = JSON.parse(JSON.stringify(diffCarrier(builtin, edited))) as unknown;
        const patch = CarrierPatchSchema.parse(stored);
        expect(jsonEqual(applyCarrierPatch(builtin, patch), edited)).toBe(true);
      }),
      fcParams(100),
    );
  });

  test('an unedited carrier has an empty patch and no changed paths', () => {
    for (const carrier of BUILTIN_CATALOG) {
      expect(diffCarrier(carrier, clone(carrier))).toEqual({});
      expect(builtinCatalogEntry(carrier, {}).changedPaths).toEqual([]);
    }
  });

  test('names exactly the leaves the user changed', () => {
    const edited = withGiftingToOtherAccounts(tmobile);
    expect(changedPaths(tmobile, edited).sort()).toEqual([
      'gifting.otherAccount.byUser',
      'gifting.otherAccount.reliability',
      'gifting.otherAccount.source',
      'gifting.otherAccount.value',
      'gifting.otherAccount.verified',
    ]);
  });

  test('treats an array as one leaf', () => {
    const edited = clone(googlefi);
    edited.plans.flexible!.tiers.flexible!.pricePerLine.value = [25, 20];
    expect(Object.keys(diffCarrier(googlefi, edited))).toEqual(['plans.flexible.tiers.flexible.pricePerLine.value']);
  });

  test('records a removed plan and keeps it removed', () => {
    const edited = clone(tmobile);
    delete (edited.plans as Record<string, unknown>).essentials;
    const patch = diffCarrier(tmobile, edited);
    expect(patch).toEqual({ 'plans.essentials': REMOVED });
    expect(applyCarrierPatch(tmobile, patch).plans.essentials).toBeUndefined();
  });

  test('shows a later built-in change to a field the user did not edit', () => {
    const patch = diffCarrier(tmobile, withGiftingToOtherAccounts(tmobile));
    const nextBuiltin: Carrier = {
      ...tmobile,
      addLine: {
        ...tmobile.addLine,
        phonePriceUSD: known(50, SOURCES.TMO_PREPAID_MULTILINE, '$50 a line.'),
      },
    };
    const merged = applyCarrierPatch(nextBuiltin, patch);
    expect(merged.addLine.phonePriceUSD.value).toBe(50);
    expect(merged.gifting.otherAccount.value).toBe(true);
  });

  test("keeps the user's value when a later built-in version changes the same field", () => {
    const patch = diffCarrier(tmobile, withGiftingToOtherAccounts(tmobile));
    const nextBuiltin: Carrier = {
      ...tmobile,
      gifting: {
        ...tmobile.gifting,
        otherAccount: known(false, SOURCES.TMO_PREPAID_MULTILINE, 'No gifting.', text('No gifting.', '没有转赠。')),
      },
    };
    const entry = builtinCatalogEntry(nextBuiltin, patch);
    expect(entry.carrier.gifting.otherAccount.value).toBe(true);
    expect(entry.carrier.gifting.otherAccount.source).toBe('https://www.t-mobile.com/support/example');
    expect(entry.builtin).toBe(nextBuiltin);
    expect(entry.changedPaths).toContain('gifting.otherAccount.value');
  });

  test('keeps a plan the user added through a built-in update', () => {
    const edited = clone(tmobile);
    edited.plans['my-plan'] = plan({
      name: 'My plan',
      status: unknown(),
      sharing: known('per-line', SOURCES.TMO_COVERAGECRITIC, 'Per line.'),
    });
    const patch = diffCarrier(tmobile, edited);
    const nextBuiltin: Carrier = { ...tmobile, name: 'T-Mobile US' };
    const merged = builtinCatalogEntry(nextBuiltin, patch).carrier;
    expect(merged.name).toBe('T-Mobile US');
    expect(merged.plans['my-plan']?.name).toBe('My plan');
  });

  test('drops only the edits a newer built-in entry can no longer take', () => {
    const edited = withGiftingToOtherAccounts(clone(tmobile));
    edited.plans.magenta!.tiers.magenta!.hotspotGB.value = 5;
    const patch = diffCarrier(tmobile, edited);
    // The next version retires the Magenta plan entirely: the user's hotspot
    // edit would leave a half-built plan behind, so it goes; the gifting edit stays.
    const { magenta: _retired, ...plans } = tmobile.plans;
    const nextBuiltin: Carrier = { ...tmobile, plans };
    expect(CarrierSchema.safeParse(applyCarrierPatch(nextBuiltin, patch)).success).toBe(false);
    const entry = builtinCatalogEntry(nextBuiltin, patch);
    expect(CarrierSchema.safeParse(entry.carrier).success).toBe(true);
    expect(entry.carrier.plans.magenta).toBeUndefined();
    expect(entry.carrier.gifting.otherAccount.value).toBe(true);
  });

  test('keeps an edit whose value and source only validate together', () => {
    const edited = clone(tmobile);
    edited.esim = known(
      false,
      { url: 'https://example.org/called-the-carrier', title: 'x', reliability: 'official', date: null },
      'No eSIM.',
    );
    const patch = diffCarrier(tmobile, edited);
    // A stale extra edit forces the slow path that applies edits fact by fact.
    patch['plans.gone.tiers.x.dataGB.value'] = 3;
    const entry = builtinCatalogEntry(tmobile, patch);
    expect(entry.carrier.esim.value).toBe(false);
    expect(entry.carrier.esim.source).toBe('https://example.org/called-the-carrier');
  });

  test("shows a user's own carrier with nothing marked as changed", () => {
    const mine: Carrier = { ...tmobile, id: 'mycarrier', name: 'My carrier' };
    expect(userCatalogEntry(mine)).toEqual({ carrier: mine, builtin: null, changedPaths: [] });
  });
});
