/**
 * Usage import speed and memory (target: a 200,000-row per-record file
 * previewed and committed in ≤ 2 s, peak memory ≤ 150 MB): a carrier export
 * of 5 lines' sessions over one billing cycle, with date-times, phone
 * numbers in mixed formats and amounts in MB, through the services on a real
 * SQLite file. Each iteration previews, commits, then undoes the import so
 * the next one starts from the same data. Peak memory is printed once: the
 * growth of the process's peak resident set during the first iteration.
 * Run: npx vitest bench --run --project "unit (bench)" tests/bench/usage-import.bench.ts
 */
import { afterAll, describe, test } from 'vitest';
import { tempStore } from '../support/store';
import { smithFamily } from '../support/families';

const store = tempStore();
afterAll(() => store.cleanup());
const services = store.services(store.open(), { now: () => new Date(2026, 11, 2, 12) });
const f = smithFamily(services);
const extra = ['Lily', 'Max'].map((name) =>
  services.lines.create(f.householdId, { ...f.kidLine, name, number: null, capGB: null }),
);
const numbers = ['+1 (555) 010-2030', '555-010-4455', '555 010 6677', '(555) 010-8899', '5550101122'];
[f.momLine, f.dadLine, f.kidLine, ...extra].forEach((line, i) =>
  services.lines.update(f.householdId, { ...line, number: numbers[i]! }),
);

function carrierExport(rows: number): string {
  const formats = [(n: string) => n, (n: string) => n.replace(/\D/g, ''), (n: string) => `1${n.replace(/\D/g, '')}`];
  const out = ['Date/Time,Phone number,Data used (MB)'];
  let seed = 1;
  for (let i = 0; i < rows; i++) {
    seed = (seed * 48271) % 2147483647;
    const day = 5 + Math.floor((i / rows) * 26); // Nov 5 … Nov 30
    const minute = i % 1440;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
    const number = formats[i % 3]!(numbers[seed % 5]!);
    out.push(`2026-11-${String(day).padStart(2, '0')} ${time},${number},${(seed % 5000) / 100}`);
  }
  return out.join('\n');
}

const content = Buffer.from(carrierExport(200_000)).toString('base64');
let reported = false;
/** Each iteration takes about a second: a few are enough for a mean. */
const BENCH_OPTIONS = { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 };

describe('usage import', () => {
  test('preview and commit a 200,000-row per-record carrier export (5 lines, one cycle)', async ({ bench }) => {
    await bench('preview + commit 200,000 rows', () => {
      const rssBefore = process.resourceUsage().maxRSS;
      const cpuBefore = process.cpuUsage();
      const heapBefore = process.memoryUsage().heapUsed;
      const preview = services.usage.importPreview({
        householdId: f.householdId,
        fileName: 'usage.csv',
        contentBase64: content,
      });
      const heapAfterPreview = process.memoryUsage().heapUsed;
      const result = services.usage.importCommit(f.householdId, preview.importId);
      if (result.added === 0) throw new Error('nothing imported');
      services.usage.importUndo(f.householdId, preview.importId);
      if (!reported) {
        reported = true;
        const mb = (kb: number) => Math.round(kb / 1024);
        const cpu = process.cpuUsage(cpuBefore);
        console.log(
          `usage import: ${preview.rows} rows → ${result.added} readings; CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms; peak RSS grew ${mb(process.resourceUsage().maxRSS - rssBefore)} MB ` +
            `(now ${mb(process.resourceUsage().maxRSS)} MB); heap held by the preview ${Math.round((heapAfterPreview - heapBefore) / 2 ** 20)} MB`,
        );
      }
    }).run(BENCH_OPTIONS);
  }, 600_000);
});
