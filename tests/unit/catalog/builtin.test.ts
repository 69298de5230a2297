import { describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, CATALOG_VERSION, findBuiltinCarrier } from '@shared/catalog/carriers';
import { known, unknown } from '@shared/catalog/facts';
import { CarrierSchema, CatalogEntrySchema } from '@shared/catalog/schema';
import { SOURCES } from '@shared/catalog/sources';
import { factsOf, HAN, textsOf } from './walk';

/** The carrier ids the app promises (the scenario format and the CLI accept these). */
const DESIGN_CARRIER_IDS = [
  'verizon',
  'att',
  'tmobile',
  'visible',
  'cricket',
  'metro',
  'boost',
  'mint',
  'usmobile',
  'googlefi',
  'straighttalk',
  'total',
  'spectrum',
  'xfinity',
  'consumercellular',
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('the built-in carrier catalog', () => {
  test('has every promised carrier, once each', () => {
    const ids = BUILTIN_CATALOG.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(DESIGN_CARRIER_IDS));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('is version 2 (quotes, plan status and market)', () => {
    expect(CATALOG_VERSION).toBe(2);
  });

  test.each(BUILTIN_CATALOG.map((c) => [c.id, c] as const))('%s passes the carrier schema', (_id, carrier) => {
    const parsed = CarrierSchema.safeParse(carrier);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test('says "no" only where a source says so: every known value, false included, has its quote', () => {
    for (const carrier of BUILTIN_CATALOG) {
      for (const [path, fact] of factsOf(carrier)) {
        if (fact.value === null) continue;
        expect(fact.quote, `${carrier.id}.${path}`).toMatch(/\S/);
        expect(fact.quote!.length).toBeLessThanOrEqual(300);
        expect(fact.source, `${carrier.id}.${path}`).toMatch(/^https:\/\//);
        expect(fact.sourceTitle, `${carrier.id}.${path}`).toMatch(/\S/);
        expect(['official', 'press', 'low']).toContain(fact.reliability);
        expect(fact.byUser).toBe(false);
      }
    }
  });

  test('applies the audit: gifting unknown at Google Fi, Spectrum and Xfinity; Fi on T-Mobile only; Party Pay ended', () => {
    for (const id of ['googlefi', 'spectrum', 'xfinity']) {
      const gifting = findBuiltinCarrier(id)!.gifting;
      expect([gifting.sameAccount.value, gifting.otherAccount.value, gifting.giftLine.value]).toEqual([
        null,
        null,
        null,
      ]);
    }
    const fi = findBuiltinCarrier('googlefi')!;
    expect(fi.networks.value).toEqual(['tmobile']);
    expect(fi.plans.unlimited?.tiers.unlimited?.dataGB.value).toBe(22);
    expect(fi.plans.flexible?.tiers.flexible?.hotspotGB.value).toBeNull();
    expect(fi.plans['simply-unlimited']?.tiers['simply-unlimited']?.dataGB.value).toBe(35);
    expect(fi.plans['simply-unlimited']?.tiers['unlimited-plus']?.dataGB.value).toBe(50);
    expect(findBuiltinCarrier('visible')!.plans['party-pay']?.status.value).toBe('ended');
    expect(findBuiltinCarrier('visible')!.plans['visible-plus-pro']?.tiers.pro?.hotspotGB.value).toBeNull();
    const ultimate = findBuiltinCarrier('verizon')!.plans.myplan?.tiers.ultimate;
    expect([ultimate?.hotspotGB.value, ultimate?.hotspotSpeedAfterKbps.value]).toEqual([200, 6000]);
    const experience = findBuiltinCarrier('tmobile')!.plans.experience!;
    expect(experience.tiers.more?.pricePerLine.value).toEqual([85, null]);
    expect(experience.tiers.beyond?.pricePerLine.value).toEqual([100, null]);
    const cricket = findBuiltinCarrier('cricket')!.plans.unlimited?.tiers.unlimited;
    expect([cricket?.hotspotGB.value, cricket?.hotspotSpeedAfterKbps.value]).toEqual([10, 128]);
    const tablet = findBuiltinCarrier('xfinity')!.plans.tablet?.tiers.tablet;
    expect([tablet?.premiumGB.value, tablet?.speedAfterDataKbps.value]).toEqual([15, 5000]);
    // Prepaid facts stay on prepaid plans: T-Mobile's postpaid "add a line" is not answered by a prepaid page.
    expect(findBuiltinCarrier('tmobile')!.addLine.phone.value).toBeNull();
    expect(findBuiltinCarrier('tmobile')!.plans.prepaid?.market).toBe('prepaid');
  });

  test('gives every known value an https source and the date it was verified', () => {
    for (const carrier of BUILTIN_CATALOG) {
      for (const [path, fact] of factsOf(carrier)) {
        if (fact.value === null) continue;
        expect(fact.source, `${carrier.id}.${path}`).toMatch(/^https:\/\//);
        expect(fact.verified, `${carrier.id}.${path}`).toMatch(ISO_DATE);
      }
      for (const note of carrier.notes) {
        expect(note.source).toMatch(/^https:\/\//);
        expect(note.verified).toMatch(ISO_DATE);
      }
    }
  });

  test('dates unknown values too, as the day they were looked for', () => {
    for (const carrier of BUILTIN_CATALOG) {
      for (const [path, fact] of factsOf(carrier)) {
        expect(fact.verified, `${carrier.id}.${path}`).toMatch(ISO_DATE);
      }
    }
  });

  test('cites only pages from the source list', () => {
    const listed = new Set<string>(Object.values(SOURCES).map((s) => s.url));
    for (const carrier of BUILTIN_CATALOG) {
      for (const [path, fact] of factsOf(carrier)) {
        if (fact.source !== null) expect(listed.has(fact.source), `${carrier.id}.${path}`).toBe(true);
      }
    }
  });

  test('writes every carrier note in English and in Chinese', () => {
    for (const carrier of BUILTIN_CATALOG) {
      for (const note of textsOf(carrier)) {
        expect(note.en).not.toMatch(HAN);
        expect(note.zh, note.en).toMatch(HAN);
      }
    }
  });

  test('names a parent network only for MVNOs, and lists it among their networks', () => {
    for (const id of ['verizon', 'att', 'tmobile']) expect(findBuiltinCarrier(id)?.parentNetwork).toBeNull();
    expect(findBuiltinCarrier('visible')?.parentNetwork).toBe('verizon');
    expect(findBuiltinCarrier('cricket')?.parentNetwork).toBe('att');
    expect(findBuiltinCarrier('metro')?.parentNetwork).toBe('tmobile');
    // No source sentence naming Mint's network was read, so it has no parent network yet.
    expect(findBuiltinCarrier('mint')?.parentNetwork).toBeNull();
    // Multi-network MVNOs have no single parent.
    expect(findBuiltinCarrier('usmobile')?.parentNetwork).toBeNull();
    expect(findBuiltinCarrier('boost')?.parentNetwork).toBeNull();
  });

  test('keeps Consumer Cellular entirely unknown, since no source covers it', () => {
    const carrier = findBuiltinCarrier('consumercellular');
    expect(carrier).toBeDefined();
    expect(factsOf(carrier!).filter(([, f]) => f.value !== null)).toEqual([]);
  });

  test('records the sharing models the research gives', () => {
    expect(findBuiltinCarrier('verizon')?.account.sharing.value).toBe('mixed');
    expect(findBuiltinCarrier('verizon')?.plans.myplan?.sharing.value).toBe('per-line');
    expect(findBuiltinCarrier('cricket')?.account.sharing.value).toBe('billing-only');
    expect(findBuiltinCarrier('mint')?.account.sharing.value).toBe('billing-only');
    // Party Pay ended in 2022; what replaced it is not sourced.
    expect(findBuiltinCarrier('visible')?.account.sharing.value).toBeNull();
    expect(findBuiltinCarrier('googlefi')?.plans.flexible?.sharing.value).toBe('pooled');
    expect(findBuiltinCarrier('spectrum')?.plans['by-the-gig']?.sharing.value).toBe('pooled');
  });
});

describe('the carrier schema', () => {
  const tmobile = findBuiltinCarrier('tmobile')!;

  test('refuses a known value without a source', () => {
    const edited = { ...tmobile, esim: { ...tmobile.esim, source: null } };
    const parsed = CarrierSchema.safeParse(edited);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('esim.source');
  });

  test('refuses a known catalog value without the quote that states it', () => {
    const edited = { ...tmobile, esim: { ...tmobile.esim, quote: null } };
    const parsed = CarrierSchema.safeParse(edited);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('esim.quote');
  });

  test("accepts the user's own check with its date but no quote or source", () => {
    const edited = {
      ...tmobile,
      esim: { ...tmobile.esim, quote: null, source: null, sourceTitle: null, reliability: null, byUser: true },
    };
    expect(CarrierSchema.safeParse(edited).success).toBe(true);
  });

  test('refuses a quote longer than 300 characters', () => {
    const edited = { ...tmobile, esim: { ...tmobile.esim, quote: 'x'.repeat(301) } };
    expect(CarrierSchema.safeParse(edited).success).toBe(false);
  });

  test('refuses a known value without a verified date', () => {
    const edited = { ...tmobile, esim: { ...tmobile.esim, verified: null } };
    expect(CarrierSchema.safeParse(edited).success).toBe(false);
  });

  test('refuses a source that is not https', () => {
    const edited = {
      ...tmobile,
      esim: known(true, { url: 'http://example.com/esim', title: 'x', reliability: 'official', date: null }, 'eSIM.'),
    };
    expect(CarrierSchema.safeParse(edited).success).toBe(false);
  });

  test('accepts an unknown value without a source', () => {
    expect(CarrierSchema.safeParse({ ...tmobile, esim: unknown() }).success).toBe(true);
  });

  test('refuses a parent network that is not among the sourced networks', () => {
    expect(CarrierSchema.safeParse({ ...tmobile, parentNetwork: 'att' }).success).toBe(false);
  });

  test('refuses ids with capitals, spaces or dots', () => {
    for (const id of ['T-Mobile', 't mobile', 't.mobile', 'x']) {
      expect(CarrierSchema.safeParse({ ...tmobile, id }).success, id).toBe(false);
    }
  });

  test('refuses plan ids that would break dotted edit paths', () => {
    const plans = { 'bad.id': Object.values(tmobile.plans)[0] };
    expect(CarrierSchema.safeParse({ ...tmobile, plans }).success).toBe(false);
  });

  test('describes a catalog entry as merged carrier, built-in carrier and changed paths', () => {
    expect(CatalogEntrySchema.safeParse({ carrier: tmobile, builtin: tmobile, changedPaths: [] }).success).toBe(true);
    expect(CatalogEntrySchema.safeParse({ carrier: tmobile, builtin: null, changedPaths: [] }).success).toBe(true);
  });
});
