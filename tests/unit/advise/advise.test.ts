import { describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, findBuiltinCarrier } from '@shared/catalog/carriers';
import { known } from '@shared/catalog/facts';
import { applyCarrierPatch } from '@shared/catalog/patch';
import type { Carrier } from '@shared/catalog/schema';
import { SOURCES } from '@shared/catalog/sources';
import {
  ADVICE_OPTION_KINDS,
  AdviceRequestSchema,
  AdviceSchema,
  advise,
  basisFact,
  RelationshipSchema,
  UnknownPlanError,
  type AdviceRequest,
  type Relationship,
} from '@shared/engine/advise';
import type { Locale } from '@shared/domain/schemas';
import { renderAdvice, type AdviceInWords, type AdviceOptionInWords } from '@shared/i18n/render';

/** A question and the language its answer is read in (the advisor itself has no language). */
type Asked = AdviceRequest & { locale?: Locale };

/** The advice as a reader sees it: the engine's codes said in the asked language. */
function adviseIn(carrier: Carrier, { locale, ...request }: Asked): AdviceInWords {
  return renderAdvice(advise(carrier, request), locale ?? 'en');
}

const RELATIONSHIPS = RelationshipSchema.options;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every carrier × relationship × (no plan, each plan) × (no amount, 5 GB) × locale. */
function everyRequest(): { carrier: Carrier; request: Asked }[] {
  const out: { carrier: Carrier; request: Asked }[] = [];
  for (const carrier of BUILTIN_CATALOG) {
    for (const to of RELATIONSHIPS) {
      for (const plan of [undefined, ...Object.keys(carrier.plans)]) {
        for (const gb of [undefined, 5]) {
          for (const locale of ['en', 'zh-CN'] as const) {
            out.push({
              carrier,
              request: {
                carrier: carrier.id,
                to,
                locale,
                ...(plan === undefined ? {} : { plan }),
                ...(gb === undefined ? {} : { gb }),
              },
            });
          }
        }
      }
    }
  }
  return out;
}

const ALL = everyRequest().map(({ carrier, request }) => {
  const { locale, ...question } = request;
  const data = advise(carrier, question);
  return { carrier, request, data, advice: renderAdvice(data, locale ?? 'en') };
});

function option(advice: AdviceInWords, kind: AdviceOptionInWords['kind']): AdviceOptionInWords {
  const found = advice.options.find((o) => o.kind === kind);
  if (!found) throw new Error(`no ${kind} option`);
  return found;
}

function adviceFor(id: string, to: Relationship, extra: Partial<Asked> = {}): AdviceInWords {
  const carrier = findBuiltinCarrier(id);
  if (!carrier) throw new Error(`no carrier ${id}`);
  return adviseIn(carrier, { carrier: id, to, ...extra });
}

describe('advice for every carrier and relationship', () => {
  test('lists each of the seven options once, in a valid advice shape', () => {
    for (const { advice, data, request } of ALL) {
      expect(advice.options.map((o) => o.kind).sort()).toEqual([...ADVICE_OPTION_KINDS].sort());
      expect(advice.carrier).toBe(request.carrier);
      expect(advice.to).toBe(request.to);
      expect(AdviceSchema.safeParse(data).success).toBe(true);
    }
  });

  test('never marks an option possible when a fact it rests on is false or unknown', () => {
    for (const { carrier, advice } of ALL) {
      for (const o of advice.options.filter((x) => x.possible)) {
        expect(o.basis.length, `${carrier.id} ${o.kind}`).toBeGreaterThan(0);
        for (const path of o.basis) {
          const fact = basisFact(carrier, path);
          expect(fact, `${carrier.id} ${o.kind} ${path}`).toBeDefined();
          expect(fact?.value, `${carrier.id} ${o.kind} ${path}`).not.toBeNull();
          expect(fact?.value, `${carrier.id} ${o.kind} ${path}`).not.toBe(false);
          expect(fact?.source, `${carrier.id} ${o.kind} ${path}`).toMatch(/^https:\/\//);
        }
      }
    }
  });

  test('gives every possible option an https source and a verified date', () => {
    for (const { carrier, advice } of ALL) {
      for (const o of advice.options.filter((x) => x.possible)) {
        expect(o.source, `${carrier.id} ${o.kind}`).toMatch(/^https:\/\//);
        expect(o.verified, `${carrier.id} ${o.kind}`).toMatch(ISO_DATE);
        expect(o.reason).toBeNull();
        expect(o.steps.length).toBeGreaterThan(0);
      }
    }
  });

  test('marks an option resting on an unknown fact as unknown, not possible, and says to check with the carrier', () => {
    for (const { carrier, request, advice } of ALL) {
      for (const o of advice.options) {
        expect(o.possible).toBe(o.status === 'yes');
        const unknownBasis = o.basis.some((p) => basisFact(carrier, p)?.value === null);
        if (o.status === 'yes') expect(unknownBasis, `${carrier.id} ${o.kind}`).toBe(false);
        if (o.status === 'unknown') {
          expect(o.reason).toContain(
            request.locale === 'zh-CN' ? '不确定——请向运营商确认' : 'Unknown — check with the carrier',
          );
          expect(o.monthlyCost).toBeNull();
          expect(o.steps).toEqual([]);
        }
        if (o.status !== 'yes') expect(o.reason, `${carrier.id} ${o.kind}`).toBeTruthy();
      }
    }
  });

  test('never offers gifting where the carrier has no gifting feature', () => {
    for (const { carrier, request, advice } of ALL) {
      const gift = option(advice, 'gift');
      const { sameAccount, otherAccount, giftLine } = carrier.gifting;
      if (request.to === 'same-account') {
        expect(gift.possible).toBe(sameAccount.value === true);
        if (sameAccount.value === false) expect(gift.status).toBe('no');
      } else {
        expect(gift.possible).toBe(otherAccount.value === true || giftLine.value === true);
        if (otherAccount.value === false && giftLine.value !== true) expect(gift.status).toBe('no');
      }
    }
  });

  test('never lets a pool or a per-line limit reach beyond the account', () => {
    for (const { advice, request } of ALL) {
      if (request.to === 'same-account') continue;
      expect(option(advice, 'shared-pool').possible).toBe(false);
      expect(option(advice, 'per-line-limit').possible).toBe(false);
    }
  });

  test('offers a shared pool only where lines really pool data', () => {
    for (const { carrier, request, advice } of ALL) {
      if (!option(advice, 'shared-pool').possible) continue;
      const sharing = request.plan ? carrier.plans[request.plan]?.sharing.value : carrier.account.sharing.value;
      expect(['pooled', 'mixed']).toContain(sharing);
    }
  });

  test('offers hotspot and add-line exactly as the catalog allows', () => {
    for (const { carrier, request, advice } of ALL) {
      expect(option(advice, 'hotspot').possible).toBe(carrier.hotspot.allowed.value === true);
      expect(option(advice, 'add-line').possible).toBe(
        request.to !== 'same-account' && carrier.addLine.phone.value === true,
      );
      expect(option(advice, 'data-only-line').possible).toBe(carrier.addLine.dataOnly.value === true);
    }
  });

  test('lists possible options first, cheapest first, unknown costs last', () => {
    const rank = { yes: 0, unknown: 1, no: 2 };
    for (const { advice } of ALL) {
      const statuses = advice.options.map((o) => rank[o.status]);
      expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
      const costs = advice.options.filter((o) => o.possible).map((o) => o.monthlyCost ?? Infinity);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
    }
  });

  test('writes the texts in the requested language', () => {
    const han = /\p{Script=Han}/u;
    for (const { advice, request } of ALL) {
      const texts = advice.options.flatMap((o) => [o.title, ...o.steps, ...(o.reason ? [o.reason] : [])]);
      for (const t of texts) {
        if (request.locale === 'zh-CN') expect(t).toMatch(han);
        else expect(t).not.toMatch(han);
      }
    }
  });
});

describe('advice that fits the question', () => {
  test('Google Fi: adding a member costs the line plus the GB asked for at $10/GB', () => {
    const addLine = option(adviceFor('googlefi', 'household', { gb: 5 }), 'add-line');
    expect(addLine).toMatchObject({ status: 'yes', monthlyCost: 65 });
    expect(addLine.caveats.join(' ')).toMatch(/\$15.*\$50.*5 GB/);
    expect(option(adviceFor('googlefi', 'household'), 'add-line').monthlyCost).toBe(15);
  });

  test('Spectrum By the Gig: the first GB of a line is included, each further GB is $5', () => {
    expect(option(adviceFor('spectrum', 'household', { gb: 5 }), 'add-line').monthlyCost).toBe(40);
  });

  test('options the relationship rules out do not apply, and come after those that do', () => {
    for (const carrier of BUILTIN_CATALOG) {
      const friend = adviseIn(carrier, { carrier: carrier.id, to: 'other' });
      expect(option(friend, 'per-line-limit').applies).toBe(false);
      expect(option(friend, 'shared-pool').applies).toBe(false);
      expect(option(friend, 'add-line').applies).toBe(true);
      const same = adviseIn(carrier, { carrier: carrier.id, to: 'same-account' });
      expect(option(same, 'add-line').applies).toBe(false);
      const applies = friend.options.map((o) => o.applies);
      expect(applies).toEqual([...applies].sort((a, b) => Number(b) - Number(a)));
    }
  });

  test('every possible option carries the quote, the https source, its title and dates', () => {
    for (const carrier of BUILTIN_CATALOG) {
      for (const to of ['same-account', 'household', 'other'] as const) {
        for (const o of adviseIn(carrier, { carrier: carrier.id, to, gb: 3 }).options.filter((x) => x.possible)) {
          expect(o.quote, `${carrier.id} ${to} ${o.kind}`).toMatch(/\S/);
          expect(o.source).toMatch(/^https:\/\//);
          expect(o.sourceTitle).toMatch(/\S/);
          expect(o.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(o.reliability).not.toBeNull();
        }
      }
    }
  });

  test('the prepaid eSIM fallback is marked as a low-reliability source, not an official carrier page', () => {
    const esim = option(adviceFor('tmobile', 'other'), 'prepaid-esim');
    expect(esim.reliability).toBe('low');
    expect(esim.caveats.join(' ')).toMatch(/low|hint/i);
  });

  test('steps, reasons and relationship texts come in Chinese too', () => {
    const zh = adviseIn(findBuiltinCarrier('googlefi')!, {
      carrier: 'googlefi',
      to: 'household',
      gb: 5,
      locale: 'zh-CN',
    });
    const addLine = option(zh, 'add-line');
    expect(addLine.steps.join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(addLine.caveats.join('')).toMatch(/估算/);
    expect(option(zh, 'per-line-limit').reason).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('advice for particular carriers', () => {
  test('Google Fi Flexible shares its pool with a line on the account, at $10 per GB', () => {
    const pool = option(adviceFor('googlefi', 'same-account', { gb: 5 }), 'shared-pool');
    expect(pool.status).toBe('yes');
    expect(pool.monthlyCost).toBe(50);
    expect(pool.source).toBe(SOURCES.FI_GROUP.url);
    expect(pool.steps.join(' ')).toContain('Flexible');
  });

  test('Google Fi lets the manager cap a member, so the pool can be split', () => {
    const limit = option(adviceFor('googlefi', 'same-account', { gb: 3 }), 'per-line-limit');
    expect(limit).toMatchObject({ status: 'yes', monthlyCost: 0 });
    expect(limit.steps.join(' ')).toContain('3 GB');
  });

  test('AT&T per-line limits and pooling are unknown, never "no" without a source', () => {
    const advice = adviceFor('att', 'same-account');
    expect(option(advice, 'per-line-limit').status).toBe('unknown');
    expect(option(advice, 'shared-pool').status).toBe('unknown');
    expect(option(advice, 'shared-pool').reason).toMatch(/check with the carrier/);
  });

  test('a friend on T-Mobile is best helped with a hotspot, at no extra cost', () => {
    const advice = adviceFor('tmobile', 'other', { gb: 5 });
    expect(advice.options[0]).toMatchObject({ kind: 'hotspot', possible: true, monthlyCost: 0 });
    expect(option(advice, 'hotspot').caveats.join(' ')).toMatch(/near you/);
  });

  test('an old source is flagged as possibly out of date', () => {
    const hotspot = option(adviceFor('att', 'household'), 'hotspot');
    expect(hotspot.sourceDate).toBe('2019-10-30');
    expect(hotspot.caveats.join(' ')).toMatch(/dated 2019-10-30/);
  });

  test('Mint Family members cannot move data, but the primary can buy them add-on data', () => {
    const gift = option(adviceFor('mint', 'same-account'), 'gift');
    expect(gift.status).toBe('no');
    expect(gift.caveats.join(' ')).toMatch(/add-on data/);
  });

  test('US Mobile can gift a whole line to another account, never leftover data to a line on yours', () => {
    const toFriend = option(adviceFor('usmobile', 'other'), 'gift');
    expect(toFriend).toMatchObject({ status: 'yes', monthlyCost: null, source: SOURCES.USM_GIFT.url });
    expect(toFriend.caveats.join(' ')).toMatch(/not your leftover data/);
    expect(option(adviceFor('usmobile', 'same-account'), 'gift').possible).toBe(false);
  });

  test('Visible Party Pay is marked ended, with the source for that', () => {
    const party = findBuiltinCarrier('visible')!.plans['party-pay']!;
    expect(party.status.value).toBe('ended');
    expect(party.status.quote).toMatch(/10\/18\/2022/);
    expect(option(adviceFor('visible', 'household'), 'add-line').status).toBe('unknown');
  });

  test('a legacy Verizon Shared Data plan pools data when the user names it', () => {
    const anyPlan = option(adviceFor('verizon', 'same-account'), 'shared-pool');
    expect(anyPlan.possible).toBe(false);
    const legacy = option(adviceFor('verizon', 'same-account', { plan: 'shared-data' }), 'shared-pool');
    expect(legacy.status).toBe('yes');
    expect(legacy.caveats.join(' ')).toMatch(/no longer sold/);
  });

  test('adding a line costs what the source says it costs', () => {
    expect(option(adviceFor('usmobile', 'household'), 'add-line').monthlyCost).toBe(8);
    expect(option(adviceFor('googlefi', 'household'), 'add-line').monthlyCost).toBe(15);
    const verizon = option(adviceFor('verizon', 'household'), 'add-line');
    expect(verizon.monthlyCost).toBeNull();
    expect(verizon.caveats.join(' ')).toMatch(/Price unknown/);
  });

  test('Consumer Cellular, with no sourced facts, only suggests a prepaid eSIM', () => {
    for (const to of RELATIONSHIPS) {
      const advice = adviceFor('consumercellular', to);
      expect(advice.options.filter((o) => o.possible).map((o) => o.kind)).toEqual(['prepaid-esim']);
      expect(advice.sharing.model).toBeNull();
    }
  });

  test('explains the sharing model in the chosen language', () => {
    expect(adviceFor('cricket', 'household').sharing.title).toMatch(/only shares the bill/);
    expect(adviceFor('cricket', 'household', { locale: 'zh-CN' }).sharing.title).toMatch(/只合并账单/);
  });
});

describe('advice follows the local catalog', () => {
  const tmobile = findBuiltinCarrier('tmobile')!;

  test('a gifting feature the user confirmed with the carrier becomes an option', () => {
    const edited = applyCarrierPatch(tmobile, {
      'gifting.otherAccount.value': true,
      'gifting.otherAccount.source': 'https://www.t-mobile.com/support/example',
      'gifting.otherAccount.verified': '2026-12-01',
    });
    const gift = option(adviseIn(edited, { carrier: 'tmobile', to: 'other' }), 'gift');
    expect(gift).toMatchObject({
      status: 'yes',
      source: 'https://www.t-mobile.com/support/example',
      verified: '2026-12-01',
    });
  });

  test('a fact the user marks unknown withdraws the option', () => {
    const edited = applyCarrierPatch(tmobile, { 'hotspot.allowed.value': null });
    expect(option(adviseIn(edited, { carrier: 'tmobile', to: 'other' }), 'hotspot').status).toBe('unknown');
  });

  test('a data-only line the user adds with a price is costed', () => {
    const edited: Carrier = {
      ...tmobile,
      addLine: {
        ...tmobile.addLine,
        dataOnly: known(true, SOURCES.TMO_PREPAID_MULTILINE, 'A data-only line.'),
        dataOnlyPriceUSD: known(10, SOURCES.TMO_PREPAID_MULTILINE, '$10 a month.'),
      },
    };
    expect(option(adviseIn(edited, { carrier: 'tmobile', to: 'household' }), 'data-only-line')).toMatchObject({
      status: 'yes',
      monthlyCost: 10,
    });
  });
});

describe('advice requests', () => {
  test('accept a carrier, a relationship, an amount and a plan', () => {
    expect(
      AdviceRequestSchema.safeParse({
        carrier: 'googlefi',
        to: 'household',
        gb: 2.5,
        plan: 'flexible',
      }).success,
    ).toBe(true);
  });

  test('refuse unknown fields, relationships and impossible amounts', () => {
    const bad = [
      { carrier: 'att', to: 'other', extra: 1 },
      { carrier: 'att', to: 'neighbour' },
      { carrier: 'att', to: 'other', gb: -1 },
      { carrier: 'att', to: 'other', gb: Number.POSITIVE_INFINITY },
      { carrier: 'att', to: 'other', gb: 2_000_000 },
      // The advisor has no language: the page and the CLI word its answer.
      { carrier: 'att', to: 'other', locale: 'en' },
      { carrier: '', to: 'other' },
    ];
    for (const request of bad)
      expect(AdviceRequestSchema.safeParse(request).success, JSON.stringify(request)).toBe(false);
  });

  test('name the field when the plan is not in the carrier entry', () => {
    const att = findBuiltinCarrier('att')!;
    expect(() => adviseIn(att, { carrier: 'att', to: 'other', plan: 'nope' })).toThrow(UnknownPlanError);
    expect(() => adviseIn(att, { carrier: 'att', to: 'other', plan: 'nope' })).toThrow(/plan: unknown plan "nope"/);
  });

  test('answer in codes and values, never in words', () => {
    const att = findBuiltinCarrier('att')!;
    const data = advise(att, { carrier: 'att', to: 'other' });
    const pool = data.options.find((o) => o.kind === 'shared-pool')!;
    expect(pool.reason).toEqual({ code: 'reasons.poolNotSameAccount', values: {} });
    const hotspot = data.options.find((o) => o.kind === 'hotspot')!;
    expect(hotspot.steps.map((s) => s.code)).toEqual([
      'steps.hotspotTurnOn',
      'steps.hotspotJoin',
      'steps.hotspotWatch',
    ]);
    expect(data).not.toHaveProperty('locale');
    expect(data.sharing).toEqual({ model: att.account.sharing.value });
    expect(renderAdvice(data, 'en').locale).toBe('en');
  });
});
