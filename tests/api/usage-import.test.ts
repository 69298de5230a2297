import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@electron/api/dispatch';
import type { ApiOutput, MethodName } from '@shared/api/contract';
import { sha256, useTempStore } from '../support/store';

const NOW = () => new Date(2026, 11, 2, 12, 0, 0);

const env = useTempStore({ smiths: true, now: NOW });
beforeEach(() => {
  env.services.lines.update(env.f.householdId, { ...env.f.momLine, number: '+1 (555) 010-2030' });
  env.services.lines.update(env.f.householdId, { ...env.f.dadLine, number: '555-010-4455' });
});

async function call<M extends MethodName>(method: M, payload: unknown): Promise<ApiOutput<M>> {
  const result = await dispatch(env.services, method, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const readings = () =>
  env.services.households
    .get(env.f.householdId)
    .readings.map((r) => ({ line: r.lineId, date: r.date, usedGB: r.usedGB }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.line.localeCompare(b.line));

// Mom has 8.4 GB on Nov 20 stored; Dad 4.7 GB on Nov 20.
const CHINESE_EXPORT = iconv.encode(
  [
    '日期,号码,流量(MB)',
    '2026/11/21,(555) 010-2030,300',
    '2026/11/22,5550102030,8500',
    '2026/11/19,555 010 4455,4000',
    '2026/11/20,555 010 4455,4900',
    '2026/11/23,555 010 9999,1',
  ].join('\r\n'),
  'gb18030',
);

describe('usage import through the API', () => {
  it('previews without writing, commits in one go, and one undo takes the whole import back', async () => {
    const before = readings();
    const fingerprint = sha256(env.store.dbPath);
    const preview = await call('usage.importPreview', {
      householdId: env.f.householdId,
      fileName: 'usage.csv',
      contentBase64: b64(CHINESE_EXPORT),
      mapping: { kind: 'cumulative' },
    });
    expect(sha256(env.store.dbPath)).toBe(fingerprint);
    expect(preview).toMatchObject({ encoding: 'gb18030', delimiter: ',', kind: 'cumulative', rows: 5 });
    expect(preview.columns.map((c) => c.header)).toEqual(['日期', '号码', '流量(MB)']);
    expect(preview.skipped).toEqual([{ row: 6, reason: 'UNKNOWN_LINE', value: '555 010 9999' }]);
    // Mom's 0.3 GB on Nov 21 is below her stored 8.4 GB of Nov 20: refused and listed, not written.
    expect(preview.conflicts).toEqual([
      {
        lineId: env.f.dadLine.id,
        date: '2026-11-20',
        usedGB: 4.9,
        kind: 'replaces',
        stored: { date: '2026-11-20', usedGB: 4.7 },
      },
      {
        lineId: env.f.momLine.id,
        date: '2026-11-21',
        usedGB: 0.3,
        kind: 'out-of-order',
        stored: { date: '2026-11-20', usedGB: 8.4 },
      },
    ]);
    expect(preview.readings).toEqual([
      { lineId: env.f.dadLine.id, date: '2026-11-19', usedGB: 4 },
      { lineId: env.f.dadLine.id, date: '2026-11-20', usedGB: 4.9 },
      { lineId: env.f.momLine.id, date: '2026-11-22', usedGB: 8.5 },
    ]);

    const result = await call('usage.importCommit', { householdId: env.f.householdId, importId: preview.importId });
    expect(result).toEqual({ added: 2, replaced: 1, skipped: 2 });
    expect(readings()).toContainEqual({ line: env.f.dadLine.id, date: '2026-11-20', usedGB: 4.9 });
    expect(env.store.progress.some((e) => e.task === 'usage-import')).toBe(true);

    await call('usage.importUndo', { householdId: env.f.householdId, importId: preview.importId });
    expect(readings()).toEqual(before);
    const again = await dispatch(env.services, 'usage.importUndo', {
      householdId: env.f.householdId,
      importId: preview.importId,
    });
    expect(again.ok).toBe(false);
  });

  it('a changed mapping at commit is applied; new readings are added and undo removes them', async () => {
    const csv = 'When,Amount (GB),Who\n2026-11-25,1,Kid\n2026-11-26,2.5,Kid\n2026-11-27,3,Kid\n';
    const preview = await call('usage.importPreview', {
      householdId: env.f.householdId,
      fileName: 'kid.csv',
      contentBase64: b64(csv),
    });
    // "When" and "Who" are not headers it knows: the user maps them.
    expect(preview.mapping).toMatchObject({ date: null });
    expect(preview.readings).toEqual([]);
    const remapped = await call('usage.importPreview', {
      householdId: env.f.householdId,
      fileName: 'kid.csv',
      contentBase64: b64(csv),
      mapping: { date: 0, amount: 1, line: 2 },
    });
    expect(remapped.kind).toBe('cumulative');
    expect(remapped.matches).toEqual([{ value: 'Kid', lineId: env.f.kidLine.id, by: 'name', rows: 3 }]);

    const result = await call('usage.importCommit', {
      householdId: env.f.householdId,
      importId: remapped.importId,
      mapping: { kind: 'per-record' },
    });
    expect(result).toEqual({ added: 3, replaced: 0, skipped: 0 });
    expect(readings().filter((r) => r.line === env.f.kidLine.id)).toEqual([
      { line: env.f.kidLine.id, date: '2026-11-25', usedGB: 1 },
      { line: env.f.kidLine.id, date: '2026-11-26', usedGB: 3.5 },
      { line: env.f.kidLine.id, date: '2026-11-27', usedGB: 6.5 },
    ]);
    await call('usage.importUndo', { householdId: env.f.householdId, importId: remapped.importId });
    expect(readings().filter((r) => r.line === env.f.kidLine.id)).toEqual([]);
  });

  it('refuses a commit without a line for a file that has no line column, writing nothing', async () => {
    const preview = await call('usage.importPreview', {
      householdId: env.f.householdId,
      fileName: 'one.csv',
      contentBase64: b64('Date,Usage (GB)\n2026-11-25,1\n'),
    });
    const fingerprint = sha256(env.store.dbPath);
    const result = await dispatch(env.services, 'usage.importCommit', {
      householdId: env.f.householdId,
      importId: preview.importId,
    });
    expect(result.ok).toBe(false);
    expect(sha256(env.store.dbPath)).toBe(fingerprint);
  });

  it('an unknown field in the mapping is refused with its path', async () => {
    const result = await dispatch(env.services, 'usage.importPreview', {
      householdId: env.f.householdId,
      fileName: 'x.csv',
      contentBase64: b64('a'),
      mapping: { dates: 0 },
    });
    expect(result.ok).toBe(false);
  });
});
