import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '@electron/cli/run';
import { runUsageImport } from '@electron/cli/usageImport';
import { closeDatabase } from '@electron/store';
import { sha256, tempStore, type TempStore } from '../support/store';
import { smithFamily } from '../support/families';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
  const db = store.open();
  const services = store.services(db);
  const f = smithFamily(services);
  services.lines.update(f.householdId, { ...f.momLine, number: '+1 (555) 010-2030' });
  services.lines.update(f.householdId, { ...f.dadLine, number: '555-010-4455' });
  closeDatabase(db);
});
afterEach(() => store.cleanup());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, undefined, (req) =>
    runUsageImport(req, 'test'),
  );
  return { code, stdout, stderr };
}

function csv(name: string, text: string): string {
  const path = join(store.dir, name);
  writeFileSync(path, text);
  return path;
}

const readingsOf = () => {
  const db = store.open();
  const s = store.services(db);
  const household = s.households.list()[0]!;
  const rows = s.households.complete(household.id).readings.map((r) => ({ date: r.date, usedGB: r.usedGB }));
  closeDatabase(db);
  return rows;
};

// The CLI's today is the machine's, so the files use dates safely in the past.
const PER_RECORD = [
  'Date,Phone number,Data used (MB)',
  '2025-03-05 08:00,(555) 010-2030,500',
  '2025-03-05 20:00,15550102030,"1,500"',
  '2025-03-06 09:00,555.010.4455,250',
  '2025-03-06 10:00,5550102030,200',
].join('\n');

describe('datapool usage import', () => {
  it('--dry-run prints the readings with scenario line ids and writes nothing', async () => {
    const file = csv('records.csv', PER_RECORD);
    const before = readingsOf();
    const fingerprint = sha256(store.dbPath);
    const { code, stdout, stderr } = await cli(
      'usage',
      'import',
      file,
      '--db',
      store.dbPath,
      '--household',
      'The Smiths',
      '--dry-run',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      readings: [
        { line: 'mom', date: '2025-03-05', usedGB: 2 },
        { line: 'mom', date: '2025-03-06', usedGB: 2.2 },
        { line: 'dad', date: '2025-03-06', usedGB: 0.25 },
      ],
      skipped: [],
    });
    expect(readingsOf()).toEqual(before);
    expect(sha256(store.dbPath)).toBe(fingerprint);
  });

  it('imports for real, and --line / --kind place a file without a line column', async () => {
    const first = await cli(
      'usage',
      'import',
      csv('a.csv', PER_RECORD),
      '--db',
      store.dbPath,
      '--household',
      'The Smiths',
    );
    expect(first.code).toBe(0);
    expect(readingsOf()).toEqual(
      expect.arrayContaining([
        { date: '2025-03-05', usedGB: 2 },
        { date: '2025-03-06', usedGB: 0.25 },
      ]),
    );

    const noLine = csv('kid.csv', 'Date,Usage (GB)\n2025-04-10,1\n2025-04-11,0.5\n');
    const refused = await cli('usage', 'import', noLine, '--db', store.dbPath, '--household', 'The Smiths');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--line');
    const placed = await cli(
      'usage',
      'import',
      noLine,
      '--db',
      store.dbPath,
      '--household',
      'The Smiths',
      '--line',
      'kid',
      '--kind',
      'per-record',
    );
    expect(placed.code).toBe(0);
    expect(JSON.parse(placed.stdout).readings).toEqual([
      { line: 'kid', date: '2025-04-10', usedGB: 1 },
      { line: 'kid', date: '2025-04-11', usedGB: 1.5 },
    ]);
  });

  it('a file it cannot read exits non-zero naming the row, and writes nothing', async () => {
    const fingerprint = sha256(store.dbPath);
    const bad = csv('bad.csv', 'Date,Line,Usage (GB)\nyesterday,Mom,1\n');
    const result = await cli('usage', 'import', bad, '--db', store.dbPath, '--household', 'The Smiths');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('row 2');
    expect(sha256(store.dbPath)).toBe(fingerprint);

    const garbage = csv('garbage.csv', '\u0001\u0002\u0003');
    const unreadable = await cli('usage', 'import', garbage, '--db', store.dbPath, '--household', 'The Smiths');
    expect(unreadable.code).not.toBe(0);
    expect(unreadable.stderr).toContain('row 1');
  });
});
