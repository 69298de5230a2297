/**
 * Where the facts of a catalog carrier live and what kind of value each one
 * holds, so the catalog page can list, format and edit every fact with the
 * right control. Paths are the dotted paths of CarrierSchema (the same ones
 * `changedPaths` and an advice option's `basis` use).
 */
import type { Carrier, Fact } from '@shared/catalog/schema';
import type { MessageResources } from '@shared/i18n';

/** The fact-name keys of `advice:facts`, minus the carrier-independent one. */
export type FactLabelKey = Exclude<keyof MessageResources['advice']['facts'], 'general.prepaidEsim'>;

export type Unit = 'usd' | 'gb' | 'kbps' | 'lines';

export type ValueKind =
  | { type: 'boolean' }
  | { type: 'choice'; options: readonly string[]; labels: 'sharing' | 'status' }
  | { type: 'number'; unit: Unit }
  /** GB, or a keyword: 'unlimited' (data, hotspot) or 'none' (no priority threshold). */
  | { type: 'allowance'; keyword: 'unlimited' | 'none' }
  | { type: 'networks' }
  /** One value per line count (price per line, GB billed). */
  | { type: 'list'; unit: 'usd' | 'gb' };

const BOOLEAN: ValueKind = { type: 'boolean' };
const SHARING_MODELS = ['pooled', 'per-line', 'billing-only', 'separate-accounts', 'mixed'] as const;

export const VALUE_KINDS: Record<FactLabelKey, ValueKind> = {
  networks: { type: 'networks' },
  'account.sharing': { type: 'choice', options: SHARING_MODELS, labels: 'sharing' },
  'account.maxLines': { type: 'number', unit: 'lines' },
  'lineControls.dataCap': BOOLEAN,
  'lineControls.pauseData': BOOLEAN,
  'hotspot.allowed': BOOLEAN,
  'gifting.sameAccount': BOOLEAN,
  'gifting.otherAccount': BOOLEAN,
  'gifting.giftLine': BOOLEAN,
  'gifting.buyDataForMember': BOOLEAN,
  'addLine.phone': BOOLEAN,
  'addLine.phonePriceUSD': { type: 'number', unit: 'usd' },
  'addLine.dataOnly': BOOLEAN,
  'addLine.dataOnlyPriceUSD': { type: 'number', unit: 'usd' },
  esim: BOOLEAN,
  'plan.status': { type: 'choice', options: ['current', 'legacy', 'ended'], labels: 'status' },
  // A plan is pooled or not; only a carrier can be "mixed".
  'plan.sharing': { type: 'choice', options: SHARING_MODELS.filter((m) => m !== 'mixed'), labels: 'sharing' },
  'plan.payPerGB.priceUSD': { type: 'number', unit: 'usd' },
  'plan.payPerGB.includedGBPerLine': { type: 'number', unit: 'gb' },
  'plan.payPerGB.billedGBCap': { type: 'list', unit: 'gb' },
  'tier.pricePerLine': { type: 'list', unit: 'usd' },
  'tier.dataGB': { type: 'allowance', keyword: 'unlimited' },
  'tier.speedAfterDataKbps': { type: 'number', unit: 'kbps' },
  'tier.premiumGB': { type: 'allowance', keyword: 'none' },
  'tier.hotspotGB': { type: 'allowance', keyword: 'unlimited' },
  'tier.hotspotSpeedAfterKbps': { type: 'number', unit: 'kbps' },
};

export type SectionId = 'network' | 'account' | 'lineControls' | 'hotspot' | 'gifting' | 'addLine' | 'esim';

/** The carrier-level facts, grouped as the page shows them. */
export const CARRIER_SECTIONS: readonly { id: SectionId; paths: readonly FactLabelKey[] }[] = [
  { id: 'network', paths: ['networks'] },
  { id: 'account', paths: ['account.sharing', 'account.maxLines'] },
  { id: 'lineControls', paths: ['lineControls.dataCap', 'lineControls.pauseData'] },
  { id: 'hotspot', paths: ['hotspot.allowed'] },
  {
    id: 'gifting',
    paths: ['gifting.sameAccount', 'gifting.otherAccount', 'gifting.giftLine', 'gifting.buyDataForMember'],
  },
  { id: 'addLine', paths: ['addLine.phone', 'addLine.phonePriceUSD', 'addLine.dataOnly', 'addLine.dataOnlyPriceUSD'] },
  { id: 'esim', paths: ['esim'] },
];

/** Facts of a plan, relative to `plans.<id>`. */
export const PLAN_FACTS = [
  'status',
  'sharing',
  'payPerGB.priceUSD',
  'payPerGB.includedGBPerLine',
  'payPerGB.billedGBCap',
] as const;

/** Facts of a tier, relative to `plans.<id>.tiers.<id>`. */
export const TIER_FACTS = [
  'pricePerLine',
  'dataGB',
  'speedAfterDataKbps',
  'premiumGB',
  'hotspotGB',
  'hotspotSpeedAfterKbps',
] as const;

/** `plans.x.tiers.y.dataGB` → `tier.dataGB`: the key naming the fact and its kind. */
export function labelKeyOf(path: string): FactLabelKey {
  return path.replace(/^plans\.[^.]+\.tiers\.[^.]+\./, 'tier.').replace(/^plans\.[^.]+\./, 'plan.') as FactLabelKey;
}

export function valueKindOf(path: string): ValueKind {
  return VALUE_KINDS[labelKeyOf(path)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fact at a dotted path, or undefined when the carrier has none there. */
export function factAt(carrier: Carrier, path: string): Fact<unknown> | undefined {
  let node: unknown = carrier;
  for (const key of path.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return isRecord(node) && 'value' in node && 'source' in node ? (node as Fact<unknown>) : undefined;
}

/** A copy of the carrier with one fact replaced. */
export function withFact(carrier: Carrier, path: string, fact: Fact<unknown>): Carrier {
  const copy = structuredClone(carrier);
  const keys = path.split('.');
  const last = keys.pop();
  let node: unknown = copy;
  for (const key of keys) {
    if (!isRecord(node)) throw new Error(`no fact at ${path}`);
    node = node[key];
  }
  if (!isRecord(node) || last === undefined) throw new Error(`no fact at ${path}`);
  node[last] = fact;
  return copy;
}

/** Did the user change this fact (any of its leaves)? */
export function isChanged(changedPaths: readonly string[], path: string): boolean {
  return changedPaths.some((p) => p === path || p.startsWith(`${path}.`));
}
