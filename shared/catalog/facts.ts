/**
 * Builders for catalog facts, so the built-in entries read like the research
 * notes: `known(value, SOURCES.S2, note)` or `unknown(note)`. A fact built
 * here always carries the catalog's verification date.
 */
import type { BilingualText, Carrier, CarrierNote, CatalogPlan, CatalogTier, Fact } from './schema';
import { CATALOG_VERIFIED, type SourceRef } from './sources';

export function text(en: string, zh: string): BilingualText {
  return { en, zh };
}

export function known<T>(value: T, source: SourceRef, note: BilingualText | null = null): Fact<T> {
  return {
    value,
    source: source.url,
    verified: CATALOG_VERIFIED,
    sourceDate: source.date,
    reliability: source.reliability,
    note,
  };
}

/**
 * Nothing read gives this value. `lookedAt` names a page that was read and
 * relates to the question (e.g. it describes a retired feature) without
 * answering it.
 */
export function unknown<T = never>(note: BilingualText | null = null, lookedAt: SourceRef | null = null): Fact<T> {
  return {
    value: null,
    source: lookedAt?.url ?? null,
    verified: CATALOG_VERIFIED,
    sourceDate: lookedAt?.date ?? null,
    reliability: lookedAt?.reliability ?? null,
    note,
  };
}

export function tier(name: string, facts: Partial<Omit<CatalogTier, 'name'>> = {}): CatalogTier {
  return {
    name,
    pricePerLine: unknown(),
    dataGB: unknown(),
    speedAfterDataKbps: unknown(),
    premiumGB: unknown(),
    hotspotGB: unknown(),
    hotspotSpeedAfterKbps: unknown(),
    ...facts,
  };
}

type PlanInit = Pick<CatalogPlan, 'name' | 'status' | 'sharing'> & {
  payPerGB?: Partial<CatalogPlan['payPerGB']>;
  tiers?: CatalogPlan['tiers'];
};

export function plan(init: PlanInit): CatalogPlan {
  return {
    name: init.name,
    status: init.status,
    sharing: init.sharing,
    payPerGB: {
      priceUSD: unknown(),
      includedGBPerLine: unknown(),
      billedGBCap: unknown(),
      ...init.payPerGB,
    },
    tiers: init.tiers ?? {},
  };
}

export function carrierNote(source: SourceRef, en: string, zh: string): CarrierNote {
  return {
    text: { en, zh },
    source: source.url,
    verified: CATALOG_VERIFIED,
    sourceDate: source.date,
    reliability: source.reliability,
  };
}

type CarrierInit = Pick<Carrier, 'id' | 'name' | 'parentNetwork' | 'networks'> & {
  account?: Partial<Carrier['account']>;
  lineControls?: Partial<Carrier['lineControls']>;
  hotspot?: Partial<Carrier['hotspot']>;
  gifting?: Partial<Carrier['gifting']>;
  addLine?: Partial<Carrier['addLine']>;
  esim?: Carrier['esim'];
  plans?: Carrier['plans'];
  notes?: Carrier['notes'];
};

/** A carrier entry; every fact not given is unknown. */
export function carrierEntry(init: CarrierInit): Carrier {
  return {
    id: init.id,
    name: init.name,
    parentNetwork: init.parentNetwork,
    networks: init.networks,
    account: { sharing: unknown(), maxLines: unknown(), ...init.account },
    lineControls: { dataCap: unknown(), pauseData: unknown(), ...init.lineControls },
    hotspot: { allowed: unknown(), ...init.hotspot },
    gifting: {
      sameAccount: unknown(),
      otherAccount: unknown(),
      giftLine: unknown(),
      buyDataForMember: unknown(),
      ...init.gifting,
    },
    addLine: {
      phone: unknown(),
      phonePriceUSD: unknown(),
      dataOnly: unknown(),
      dataOnlyPriceUSD: unknown(),
      ...init.addLine,
    },
    esim: init.esim ?? unknown(),
    plans: init.plans ?? {},
    notes: init.notes ?? [],
  };
}
