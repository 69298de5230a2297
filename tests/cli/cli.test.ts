import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@electron/cli/run';

const dir = mkdtempSync(join(tmpdir(), 'datapool-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Three lines sharing 30 GB; demand 12 + (6 tethered) + 10 + 4 = 32 GB, so the pool is oversubscribed. */
const family = {
  format: 'datapool-scenario',
  version: 1,
  asOf: '2026-11-24',
  plan: {
    name: 'Family Pool 30',
    carrier: 'verizon',
    kind: 'pool',
    poolGB: 30,
    cycleStartDay: 5,
    pricePerLine: [60, 50, 40, 35],
  },
  lines: [
    { id: 'mom', name: 'Mom', hotspotGB: 15 },
    { id: 'dad', name: 'Dad', hotspotGB: 5 },
    { id: 'kid', name: 'Kid', capGB: 4 },
  ],
  devices: [
    { id: 'mom-phone', line: 'mom', monthlyGB: 12, sim: 'esim' },
    { id: 'dad-phone', line: 'dad', monthlyGB: 10 },
    { id: 'kid-phone', line: 'kid', monthlyGB: 4 },
    { id: 'ipad', line: null, hotspotFrom: ['mom', 'dad'], monthlyGB: 6 },
  ],
  readings: [{ line: 'mom', date: '2026-11-20', usedGB: 8.4 }],
};

describe('datapool evaluate', () => {
  it('prints the allocation, cycle, hotspot assignment and cost as JSON', async () => {
    const { code, stdout, stderr } = await cli('evaluate', file('family.json', family));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.cycle).toEqual({ start: '2026-11-05', end: '2026-12-04', days: 30 });
    expect(out.lines.map((l: { id: string }) => l.id)).toEqual(['mom', 'dad', 'kid']);
    expect(out.hotspot).toEqual([{ device: 'ipad', host: 'mom' }]);
    expect(out.pool.sizeGB).toBe(30);
    expect(out.pool.demandGB).toBe(32);
    expect(out.cost).toEqual({ monthly: 120, lines: 3 });
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('POOL_OVERSUBSCRIBED');
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('indents the JSON with --pretty', async () => {
    const { stdout } = await cli('evaluate', file('family.json', family), '--pretty');
    expect(stdout).toContain('\n  "cycle": {');
  });

  it('names the field and prints nothing on stdout for a schema error', async () => {
    const bad = { ...family, lines: [{ id: 'mom', capGB: -3 }] };
    const { code, stdout, stderr } = await cli('evaluate', file('bad.json', bad));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('lines[0].capGB');
  });

  it('refuses a misspelt field, naming it, instead of dropping it silently', async () => {
    const typo = { ...family, lines: [{ id: 'mom', capGb: 3 }, ...family.lines.slice(1)] };
    const { code, stdout, stderr } = await cli('evaluate', file('typo.json', typo));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('lines[0].capGb: This field is not known to Datapool; check its spelling or remove it.');
  });

  it('refuses a file over 64 MB after reading only that much (not the 685 MB of /dev/zero an unbounded read took)', async () => {
    const { code, stdout, stderr } = await cli('evaluate', '/dev/zero');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'datapool: /dev/zero: the file is larger than 64 MB, the largest scenario file Datapool reads\n',
    );
  });

  it('needs a billing cycle to evaluate', async () => {
    const { cycleStartDay: _dropped, ...plan } = family.plan;
    const { code, stdout, stderr } = await cli('evaluate', file('nocycle.json', { ...family, plan }));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('plan.cycleStartDay');
  });

  it('prints the evaluation in the documented shape and field order', async () => {
    const { stdout } = await cli('evaluate', file('family.json', family));
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual([
      'cycle',
      'lines',
      'hotspot',
      'hotspotOverflowGB',
      'hotspotExact',
      'pool',
      'cost',
      'warnings',
    ]);
    for (const line of printed.lines) {
      expect(Object.keys(line)).toEqual([
        'id',
        'demandGB',
        'hotspotLoadGB',
        'budgetGB',
        'unmetGB',
        'premiumOverGB',
        'hotspotOverGB',
        'limitGB',
        'limitBasis',
        'premiumGB',
        'shareGB',
        'usedGB',
        'forecastGB',
        'exhaustsOn',
        'premiumReachedOn',
        'shareExceededOn',
        'dailyBudgetGB',
        'dailyBudgetBasis',
      ]);
    }
    if (printed.pool !== null) {
      expect(Object.keys(printed.pool)).toEqual([
        'sizeGB',
        'demandGB',
        'allocatedGB',
        'usedGB',
        'forecastGB',
        'exhaustsOn',
        'dailyBudgetGB',
      ]);
    }
    expect(printed.warnings.length).toBeGreaterThan(0);
    for (const warning of printed.warnings) {
      expect(Object.keys(warning)).toEqual(['code', 'severity', 'line', 'device', 'values', 'message']);
    }
  });

  it('answers the seven-laptops-on-twenty-lines household, one laptop per line', async () => {
    // 20 lines with 0.5 GB of hotspot, 7 laptops of 1 GB that may each tether to any of them: a valid 2 KB file
    // that once kept evaluate searching for minutes. Each laptop alone on a line overflows by 0.5 GB: 3.5 in all.
    const lines = Array.from({ length: 20 }, (_, i) => ({ id: `l${i}`, hotspotGB: 0.5 }));
    const scenario = {
      format: 'datapool-scenario',
      version: 1,
      asOf: '2026-11-24',
      plan: { name: 'Per line', carrier: 'x', kind: 'per-line', cycleStartDay: 1 },
      lines,
      devices: Array.from({ length: 7 }, (_, i) => ({
        id: `laptop${i}`,
        line: null,
        hotspotFrom: lines.map((l) => l.id),
        monthlyGB: 1,
      })),
    };
    const { code, stdout } = await cli('evaluate', file('laptops.json', scenario));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.hotspotOverflowGB).toBe(3.5);
    expect(new Set(printed.hotspot.map((h: { host: string }) => h.host)).size).toBe(7);
    expect(typeof printed.hotspotExact).toBe('boolean');
  });

  it('rejects invalid JSON and a missing file with a clear message', async () => {
    const broken = await cli('evaluate', file('broken.json', '{ "format": '));
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/invalid JSON/);
    const missing = await cli('evaluate', join(dir, 'nope.json'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('refuses a file of another format', async () => {
    const { code, stderr } = await cli('evaluate', file('other.json', { ...family, format: 'something-else' }));
    expect(code).not.toBe(0);
    expect(stderr).toContain('format');
  });
});

describe('datapool compare', () => {
  it("ranks the file's plans: fitting plans by price first, then those that don't fit with the reason", async () => {
    const scenario = {
      ...family,
      plans: [
        { name: 'Pool 20', carrier: 'x', kind: 'pool', poolGB: 20, pricePerLine: [30], esim: true },
        { name: 'Pool 50', carrier: 'x', kind: 'pool', poolGB: 50, pricePerLine: [70, 55, 45], esim: true },
      ],
    };
    const { code, stdout } = await cli('compare', file('compare.json', scenario));
    expect(code).toBe(0);
    const { ranking } = JSON.parse(stdout);
    expect(ranking.map((r: { plan: string; fits: boolean }) => [r.plan, r.fits])).toEqual([
      ['Pool 50', true],
      ['Pool 20', false],
    ]);
    expect(ranking[1].reasons.join(' ')).toMatch(/20 GB/);
  });

  it('prints each ranked plan in the documented shape and nothing more', async () => {
    const scenario = {
      ...family,
      plans: [
        { name: 'Pool 20', carrier: 'x', kind: 'pool', poolGB: 20, pricePerLine: [30], esim: false },
        { name: 'Per line', carrier: 'y', kind: 'per-line', dataGB: 5, pricePerLine: [20] },
      ],
    };
    const { code, stdout } = await cli('compare', file('compare-shape.json', scenario));
    expect(code).toBe(0);
    const { ranking } = JSON.parse(stdout);
    expect(ranking).toHaveLength(2);
    for (const entry of ranking) {
      expect(entry.reasons.length).toBeGreaterThan(0);
      expect(Object.keys(entry)).toEqual(['plan', 'carrier', 'fits', 'monthly', 'tiers', 'reasons', 'unknowns']);
    }
  });
});

describe('datapool advise', () => {
  it('lists every option for a known carrier, possible ones first', async () => {
    const { code, stdout } = await cli('advise', '--carrier', 'tmobile', '--to', 'other', '--gb', '5');
    expect(code).toBe(0);
    const advice = JSON.parse(stdout);
    expect(advice.carrier).toBe('tmobile');
    expect(advice.to).toBe('other');
    const kinds = advice.options.map((o: { kind: string }) => o.kind).sort();
    expect(kinds).toEqual([
      'add-line',
      'data-only-line',
      'gift',
      'hotspot',
      'per-line-limit',
      'prepaid-esim',
      'shared-pool',
    ]);
    const possible = advice.options.map((o: { possible: boolean }) => o.possible);
    expect(possible).toEqual([...possible].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
  });

  it('names an unknown carrier and lists the known ids', async () => {
    const { code, stdout, stderr } = await cli('advise', '--carrier', 'acme', '--to', 'other');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('"acme"');
    expect(stderr).toContain('verizon');
    expect(stderr).toContain('tmobile');
  });

  it('refuses an unknown relationship and a negative amount', async () => {
    expect((await cli('advise', '--carrier', 'att', '--to', 'neighbour')).code).not.toBe(0);
    expect((await cli('advise', '--carrier', 'att', '--to', 'other', '--gb', '-1')).code).not.toBe(0);
  });
});
