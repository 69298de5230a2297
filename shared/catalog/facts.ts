/**
 * Builders for catalog facts, so the built-in entries read like the research
 * notes: `known(value, SOURCES.FI_SPEED, 'Flexible plans allow up to 15 GB…')`
 * or `unknown(note)`. A fact built here carries the date it was checked
 * against its source (the source's `checked`, else the catalog's date).
 */
import type { BilingualText, Carrier, CarrierNote, CatalogPlan, CatalogTier, Fact } from './schema';
import { CATALOG_VERIFIED, type SourceRef } from './sources';

export function text(en: string, zh: string): BilingualText {
  return { en, zh };
}

/** A value a source states, with the source's own words for it. */
export function known<T>(value: T, source: SourceRef, quote: string, note: BilingualText | null = null): Fact<T> {
  return {
    value,
    quote,
    source: source.url,
    sourceTitle: source.title,
    verified: source.checked ?? CATALOG_VERIFIED,
    sourceDate: source.date,
    reliability: source.reliability,
    byUser: false,
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
    quote: null,
    source: lookedAt?.url ?? null,
    sourceTitle: lookedAt?.title ?? null,
    verified: lookedAt?.checked ?? CATALOG_VERIFIED,
    sourceDate: lookedAt?.date ?? null,
    reliability: lookedAt?.reliability ?? null,
    byUser: false,
    note,
  };
}

/** A value the user entered (checked with the carrier, or an offer they saw), dated the day they entered it. */
export function byUser<T>(value: T | null, on: string): Fact<T> {
  return {
    value,
    quote: null,
    source: null,
    sourceTitle: null,
    verified: on,
    sourceDate: null,
    reliability: null,
    byUser: true,
    note: null,
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
  market?: CatalogPlan['market'];
  poolGB?: CatalogPlan['poolGB'];
  payPerGB?: Partial<CatalogPlan['payPerGB']>;
  tiers?: CatalogPlan['tiers'];
  notes?: CatalogPlan['notes'];
};

export function plan(init: PlanInit): CatalogPlan {
  return {
    name: init.name,
    status: init.status,
    market: init.market ?? null,
    enteredOn: null,
    sharing: init.sharing,
    poolGB: init.poolGB ?? unknown(),
    payPerGB: {
      priceUSD: unknown(),
      includedGBPerLine: unknown(),
      billedGBCap: unknown(),
      ...init.payPerGB,
    },
    tiers: init.tiers ?? {},
    notes: init.notes ?? [],
  };
}

export function carrierNote(source: SourceRef, quote: string, en: string, zh: string): CarrierNote {
  return {
    text: { en, zh },
    quote,
    source: source.url,
    sourceTitle: source.title,
    verified: source.checked ?? CATALOG_VERIFIED,
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
