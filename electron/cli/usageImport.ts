/**
 * `datapool usage import FILE --db PATH --household NAME|ID`: the same
 * reading of a usage file as the app's import, on a data file. Lines are
 * named by their ids in the scenario export (mom, dad, …).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { closeDatabase, openDatabase } from '../store';
import { createServices } from '../services';
import { scenarioOfHousehold } from '@shared/scenario/household';
import { localToday } from '../services/context';
import { decodeUsageFile } from '../usage/decode';
import type { UsageImportRequest } from './run';

export async function runUsageImport(req: UsageImportRequest, version: string): Promise<unknown> {
  const dbPath = resolve(req.db);
  if (!existsSync(dbPath)) throw new Error(`--db: there is no data file at ${dbPath}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(req.file);
  } catch {
    throw new Error(`${req.file}: cannot read this file`);
  }
  const db = openDatabase(dbPath);
  try {
    const services = createServices({ db, dbPath, mode: 'browser', version });
    const households = services.households.list();
    const household =
      households.find((h) => h.id === req.household) ??
      (() => {
        const named = households.filter((h) => h.name === req.household);
        if (named.length > 1) {
          throw new Error(`--household: ${named.length} households are named "${req.household}"; give its id`);
        }
        return named[0];
      })();
    if (!household) throw new Error(`--household: no household is named or has the id "${req.household}"`);

    const snapshot = services.households.complete(household.id);
    const { lineSlug, lineId } = scenarioOfHousehold(snapshot, localToday(new Date()));
    const slugs = [...lineSlug.values()].join(', ');
    let pickedLine: string | null = null;
    if (req.line !== undefined) {
      pickedLine = lineId.get(req.line) ?? null;
      if (pickedLine === null) throw new Error(`--line: no line "${req.line}" (lines: ${slugs})`);
    }

    const { text } = decodeUsageFile(bytes);
    const analysis = services.usage.analyzeImport(household.id, text, {
      ...(pickedLine ? { lineId: pickedLine } : {}),
      ...(req.kind ? { kind: req.kind } : {}),
    });
    const file = basename(req.file);
    if (analysis.mapping.date === null) throw new Error(`${file}: row 1: no column looks like a date`);
    if (analysis.mapping.amount === null) throw new Error(`${file}: row 1: no column looks like an amount of data`);
    if (analysis.mapping.line === null && analysis.mapping.lineId === null) {
      throw new Error(`${file}: the file has no line column; pick the line with --line (lines: ${slugs})`);
    }
    if (analysis.candidates.length === 0 && analysis.skipped.length > 0) {
      const first = analysis.skipped[0]!;
      throw new Error(
        `${file}: row ${first.row}: ${first.reason}${first.value === undefined ? '' : ` (${JSON.stringify(first.value)})`}; no row could be read`,
      );
    }

    if (!req.dryRun) services.usage.writeImport(household.id, randomUUID(), file, analysis);
    const slug = (id: string) => lineSlug.get(id) ?? id;
    return {
      readings: analysis.readings.map((r) => ({ line: slug(r.lineId), date: r.date, usedGB: r.usedGB })),
      skipped: [
        ...analysis.skipped,
        ...analysis.conflicts
          .filter((c) => c.kind === 'out-of-order')
          .map((c) => ({
            line: slug(c.lineId),
            date: c.date,
            usedGB: c.usedGB,
            reason: 'OUT_OF_ORDER',
            conflictsWith: c.stored,
          })),
      ],
    };
  } finally {
    closeDatabase(db);
  }
}
