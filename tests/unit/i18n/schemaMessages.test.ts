import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '@shared/api/errors';
import { CarrierSchema, factSchema, SourceDateSchema, SourceUrlSchema } from '@shared/catalog/schema';
import { DeviceInputSchema, IsoDateSchema, NameSchema, PhoneNumberSchema, PlanSchema } from '@shared/domain/schemas';
import { messageCatalogs } from '@shared/i18n';
import { isFieldMessageKey, renderFieldMessage } from '@shared/i18n/render';
import { ScenarioSchema } from '@shared/scenario/schema';
import { z } from 'zod';
import { unknown } from '@shared/catalog/facts';
import { POOL_PLAN_INPUT, tierInput } from '../../support/planInput';

const HAN = /[\u4e00-\u9fff]/;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const plan = POOL_PLAN_INPUT;
const tier = tierInput('T');

describe('schema message keys', () => {
  // fieldKey() is typed against the English catalog, and the Chinese catalog is
  // typed against the English one, so the compiler already refuses a key either
  // language lacks. These tests cover what the compiler cannot see: keys
  // written as plain strings, and what the issues carry at run time.
  it('every fieldKey() in the shared code names a message in English and Chinese', () => {
    const keys = new Set<string>();
    for (const file of sourcesUnder('shared').concat(sourcesUnder('electron'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/fieldKey\('(\w+)'\)/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(isFieldMessageKey(key), key).toBe(true);
      expect(renderFieldMessage('en', key), key).not.toBe(key);
      expect(renderFieldMessage('zh-CN', key), key).toMatch(HAN);
    }
  });

  it("every refinement's issue carries a key the catalogs word in both languages, values filled in", () => {
    const failures = [
      PlanSchema.safeParse({ ...plan, poolGB: null }),
      PlanSchema.safeParse({ ...plan, cycleLengthDays: 30 }),
      PlanSchema.safeParse({ ...plan, cycleStartDay: null }),
      PlanSchema.safeParse({ ...plan, carrier: 'T Mobile' }),
      PlanSchema.safeParse({ ...plan, kind: 'per-line', tiers: [tier, tier] }),
      NameSchema.safeParse(''),
      NameSchema.safeParse('a\u0000'),
      IsoDateSchema.safeParse('2026-02-30'),
      IsoDateSchema.safeParse('26-2-3'),
      PhoneNumberSchema.safeParse('123'),
      PhoneNumberSchema.safeParse('call me'),
      DeviceInputSchema.safeParse({
        name: 'iPad',
        kind: 'tablet',
        ownerId: null,
        sim: 'none',
        lineId: 'a',
        monthlyGB: 1,
        hotspotFrom: ['a', 'a'],
      }),
      SourceUrlSchema.safeParse('http://example.com'),
      SourceDateSchema.safeParse('June 2025'),
      // A known value with nothing saying where it comes from.
      factSchema(z.boolean()).safeParse({ ...unknown(), value: true, verified: null }),
      CarrierSchema.safeParse({ parentNetwork: 'verizon' }),
      ScenarioSchema.safeParse({
        format: 'datapool-scenario',
        version: 1,
        asOf: '2026-11-24',
        plan: { ...plan, poolGB: null, tiers: [tier, tier] },
        lines: [{ id: 'mom', tier: 'Gold' }, { id: 'mom' }],
        devices: [{ id: 'ipad', line: 'dad', monthlyGB: 1 }],
        readings: [{ line: 'dad', date: '2026-11-20', usedGB: 1 }],
      }),
    ];
    const custom = failures.flatMap((r) => {
      expect(r.success).toBe(false);
      return issuesOf(r.error!).filter((i) => isFieldMessageKey(i.message));
    });
    const keys = new Set(custom.map((i) => i.message));
    for (const key of ['poolNeedsSize', 'cycleBoth', 'cycleNeeded', 'tierNameTwice', 'carrierId', 'required']) {
      expect(keys).toContain(key);
    }
    for (const key of ['nul', 'realDate', 'date', 'phoneDigits', 'phoneNumber', 'tetherOnlyWithoutLine']) {
      expect(keys).toContain(key);
    }
    for (const key of ['hostTwice', 'httpsOnly', 'sourceDate', 'needsVerified', 'needsSource', 'needsQuote']) {
      expect(keys).toContain(key);
    }
    for (const key of ['needsReliability', 'unknownLine', 'duplicateId', 'unknownTier']) expect(keys).toContain(key);
    for (const issue of custom) {
      const zh = renderFieldMessage('zh-CN', issue.message, issue.values);
      const en = renderFieldMessage('en', issue.message, issue.values);
      expect(zh, issue.message).toMatch(HAN);
      // Every placeholder is filled: the values the issue names reach the text.
      expect(zh, issue.message).not.toMatch(/\{\{/);
      expect(en, issue.message).not.toMatch(/\{\{/);
      expect(en).toBe(formatEn(issue.message, issue.values));
    }
  });
});

function formatEn(key: string, values: Record<string, string | number> = {}): string {
  const template = (messageCatalogs.errors.en.field as Record<string, string>)[key]!;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}
