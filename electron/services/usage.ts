/**
 * Usage readings of each line and totals of past cycles. Readings stay
 * honest: one per line per date (a second one replaces the first), never
 * dated after today, at most MAX_READING_GB, and within one cycle never
 * going down as the dates go up. Every change answers with what it replaced,
 * so the renderer can undo it exactly.
 *
 * Importing a carrier's usage file or a hand-kept spreadsheet: a preview
 * decodes and reads the file and keeps its text in memory under an import
 * id; the commit writes its readings in one transaction (or nothing) and
 * records what each one overwrote; undo puts all of that back.
 */
import { format } from 'date-fns';
import type { ReadingChange, ReadingsRestore } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { HistoryEntry, Reading } from '@shared/domain/schemas';
import { cycleContaining, type CycleRule } from '@shared/engine/cycle';
import { gbToBytes } from '@shared/domain/units';
import { endedCyclesWithoutTotal, readingOrderConflict, type CycleTotalOffer } from '@shared/usage/readings';
import { analyzeUsageCsv, compareWithStored, type UsageAnalysis } from '@shared/usage/import/analyze';
import { type ImportCommitResult, type ImportMappingInput, type ImportPreview } from '@shared/usage/import/schema';
import { inTransaction, type ReadDb } from '../store';
import {
  deleteReading,
  findReading,
  findReadingOn,
  insertReading,
  insertReadingBytes,
  listReadings,
  listReadingsBefore,
  listReadingsOfLine,
  pageReadingsOfLine,
  readingIdExists,
  setReadingBytes,
  updateReading,
} from '../store/repos/readings';
import { deleteHistoryEntry, findHistoryEntry, insertHistoryEntry, listHistory } from '../store/repos/history';
import { listLines } from '../store/repos/lines';
import { findPlan } from '../store/repos/plans';
import {
  findUsageImport,
  insertUsageImport,
  insertUsageImportChange,
  listUsageImportChanges,
  markUsageImportUndone,
} from '../store/repos/usageImports';
import { decodeUsageFile, type UsageFileEncoding } from '../usage/decode';
import { conflict, invalidField, notFound, type ServiceContext } from './context';
import { requireHousehold, requireLineOfHousehold, requireRoomFor } from './references';

/** The local calendar date of this computer, which is the user's "today". */
export function localToday(now: Date): string {
  return format(now, 'yyyy-MM-dd');
}

/** The household's cycle rule; without a plan a cycle is a calendar month. */
export function cycleRuleOf(db: ReadDb, householdId: string): CycleRule {
  return findPlan(db, householdId) ?? {};
}

export function outOfOrder(candidate: Omit<Reading, 'id'>, conflict: Reading): ApiError {
  return new ApiError(
    'READING_OUT_OF_ORDER',
    `A reading of ${candidate.usedGB} GB on ${candidate.date} does not fit the reading of ${conflict.usedGB} GB on ` +
      `${conflict.date} in the same cycle: a running total never goes down as the dates go up.`,
    undefined,
    { date: conflict.date, usedGB: conflict.usedGB, conflictId: conflict.id },
  );
}

interface PendingImport {
  householdId: string;
  fileName: string;
  text: string;
  encoding: UsageFileEncoding;
  analysis: UsageAnalysis;
}

/** Previews kept for a commit; older ones are forgotten (the user previews again). */
const MAX_PENDING = 4;
const PROGRESS_EVERY = 500;

export interface PreviewInput {
  householdId: string;
  fileName: string;
  contentBase64: string;
  mapping?: Partial<ImportMappingInput> | undefined;
}

export function createUsageService(ctx: ServiceContext) {
  const { db } = ctx;

  /** Refuses a reading dated after today or out of order with the line's other readings (`except` ids aside). */
  function checkReading(householdId: string, reading: Omit<Reading, 'id'>, except: readonly string[]): void {
    if (reading.date > localToday(ctx.now())) {
      throw invalidField('reading.date', 'a reading cannot be dated after today');
    }
    const others = listReadingsOfLine(db, reading.lineId).filter((r) => !except.includes(r.id));
    const clash = readingOrderConflict(cycleRuleOf(db, householdId), others, reading);
    if (clash) throw outOfOrder(reading, clash);
  }

  const pending = new Map<string, PendingImport>();

  function analyze(householdId: string, text: string, mapping: Partial<ImportMappingInput> | undefined) {
    const lines = listLines(db, householdId);
    if (mapping?.lineId != null && !lines.some((l) => l.id === mapping.lineId)) {
      throw invalidField('mapping.lineId', 'no line of this household has this id');
    }
    return analyzeUsageCsv(text, {
      lines,
      rule: cycleRuleOf(db, householdId),
      today: localToday(ctx.now()),
      stored: listReadings(db, householdId),
      mapping,
      onProgress: (done, total) => ctx.progress({ task: 'usage-import', done, total }),
    });
  }

  function previewOf(importId: string, p: PendingImport): ImportPreview {
    const a = p.analysis;
    return {
      importId,
      encoding: p.encoding,
      delimiter: a.delimiter,
      columns: a.columns,
      mapping: a.mapping,
      kind: a.kind,
      rows: a.rows,
      readings: a.readings,
      skipped: a.skipped,
      skippedTotal: a.skippedTotal,
      conflicts: a.conflicts,
      matches: a.matches,
    };
  }

  function requirePending(householdId: string, importId: string): PendingImport {
    const p = pending.get(importId);
    if (!p || p.householdId !== householdId) throw notFound('usage import preview', importId);
    return p;
  }

  /**
   * Writes an analysed file in one transaction. The readings are compared
   * with the stored ones again inside it, so a reading added since the
   * preview is never overwritten unnoticed or contradicted.
   */
  function writeImport(
    householdId: string,
    importId: string,
    fileName: string,
    analysis: UsageAnalysis,
  ): ImportCommitResult {
    if (analysis.mapping.date === null || analysis.mapping.amount === null) {
      throw invalidField('mapping', 'choose the date column and the amount column');
    }
    if (analysis.mapping.line === null && analysis.mapping.lineId === null) {
      throw invalidField('mapping.lineId', 'choose the line this file belongs to');
    }
    return inTransaction(db, () => {
      const stored = listReadings(db, householdId);
      const { readings, conflicts } = compareWithStored(analysis.candidates, stored, cycleRuleOf(db, householdId));
      insertUsageImport(db, {
        id: importId,
        household_id: householdId,
        file_name: fileName.slice(0, 260),
        created_at: ctx.now().toISOString(),
        undone_at: null,
      });
      let added = 0;
      let replaced = 0;
      readings.forEach((r, i) => {
        const existing = findReadingOn(db, r.lineId, r.date);
        const bytes = gbToBytes(r.usedGB);
        if (existing) {
          setReadingBytes(db, r.lineId, r.date, bytes);
          insertUsageImportChange(db, {
            import_id: importId,
            reading_id: existing.id,
            line_id: r.lineId,
            date: r.date,
            previous_bytes: gbToBytes(existing.usedGB),
          });
          replaced += 1;
        } else {
          const id = ctx.newId();
          insertReadingBytes(db, id, r.lineId, r.date, bytes);
          insertUsageImportChange(db, {
            import_id: importId,
            reading_id: id,
            line_id: r.lineId,
            date: r.date,
            previous_bytes: null,
          });
          added += 1;
        }
        if ((i + 1) % PROGRESS_EVERY === 0) ctx.progress({ task: 'usage-import', done: i + 1, total: readings.length });
      });
      ctx.progress({ task: 'usage-import', done: readings.length, total: readings.length });
      const refused = conflicts.filter((c) => c.kind === 'out-of-order').length;
      return { added, replaced, skipped: analysis.skippedTotal + refused };
    });
  }

  return {
    addReading(householdId: string, input: Omit<Reading, 'id'>): ReadingChange {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, input.lineId, 'reading.lineId');
        const existing = findReadingOn(db, input.lineId, input.date);
        checkReading(householdId, input, existing ? [existing.id] : []);
        if (existing) {
          // The row keeps its id, so undo sets the old amount back on the same reading.
          updateReading(db, { ...input, id: existing.id });
          return { ...findReading(db, householdId, existing.id)!, previous: null, replaced: existing };
        }
        requireRoomFor(db, householdId, 'readings', 'reading');
        const id = ctx.newId();
        insertReading(db, { ...input, id });
        return { ...findReading(db, householdId, id)!, previous: null, replaced: null };
      });
    },

    updateReading(householdId: string, id: string, input: Omit<Reading, 'id'>): ReadingChange {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const previous = findReading(db, householdId, id);
        if (!previous) throw notFound('reading', id);
        requireLineOfHousehold(db, householdId, input.lineId, 'reading.lineId');
        // Moving a reading onto a date that has one replaces that one, as adding does.
        const other = findReadingOn(db, input.lineId, input.date);
        const replaced = other && other.id !== id ? other : null;
        checkReading(householdId, input, replaced ? [id, replaced.id] : [id]);
        if (replaced) deleteReading(db, replaced.id);
        updateReading(db, { ...input, id });
        return { ...findReading(db, householdId, id)!, previous, replaced };
      });
    },

    /** A page of one line's readings dated before `before`, newest first. */
    listReadings(householdId: string, lineId: string, before: string, limit: number) {
      return db.transaction(() => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, lineId, 'lineId');
        return pageReadingsOfLine(db, lineId, before, limit);
      })();
    },

    /** Ended cycles with readings and no total, oldest first (only cycles before the current one can have ended). */
    missingTotals(householdId: string): CycleTotalOffer[] {
      return db.transaction(() => {
        requireHousehold(db, householdId);
        const rule = cycleRuleOf(db, householdId);
        const today = localToday(ctx.now());
        const before = cycleContaining(rule, today).start;
        return endedCyclesWithoutTotal(
          rule,
          listReadingsBefore(db, householdId, before),
          listHistory(db, householdId),
          today,
        );
      })();
    },

    deleteReading(householdId: string, id: string): Reading {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const reading = findReading(db, householdId, id);
        if (!reading) throw notFound('reading', id);
        deleteReading(db, id);
        return reading;
      });
    },

    /**
     * Undo of a reading change: removes `removeIds`, then puts each reading
     * back with its id, date and amount (a reading now on that date gives
     * way). The result is checked like any reading, all in one transaction.
     */
    restoreReadings(householdId: string, restore: ReadingsRestore): Reading[] {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        for (const id of restore.removeIds) {
          if (findReading(db, householdId, id)) deleteReading(db, id);
        }
        restore.readings.forEach((r, i) => {
          requireLineOfHousehold(db, householdId, r.lineId, `readings[${i}].lineId`);
          const occupant = findReadingOn(db, r.lineId, r.date);
          if (occupant && occupant.id !== r.id) deleteReading(db, occupant.id);
          if (findReading(db, householdId, r.id)) updateReading(db, r);
          else insertReading(db, r);
        });
        const rule = cycleRuleOf(db, householdId);
        for (const r of restore.readings) {
          const others = listReadingsOfLine(db, r.lineId).filter((o) => o.id !== r.id);
          const clash = readingOrderConflict(rule, others, r);
          if (clash) throw outOfOrder(r, clash);
        }
        return restore.readings.map((r) => findReading(db, householdId, r.id)!);
      });
    },

    addHistory(householdId: string, input: Omit<HistoryEntry, 'id'>): HistoryEntry {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        requireLineOfHousehold(db, householdId, input.lineId, 'entry.lineId');
        requireRoomFor(db, householdId, 'history', 'entry');
        const id = ctx.newId();
        insertHistoryEntry(db, { ...input, id });
        return findHistoryEntry(db, householdId, id)!;
      });
    },

    deleteHistory(householdId: string, id: string): HistoryEntry {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const entry = findHistoryEntry(db, householdId, id);
        if (!entry) throw notFound('history entry', id);
        deleteHistoryEntry(db, id);
        return entry;
      });
    },

    /** Reads the file and says what a commit would write; writes nothing. */
    importPreview(input: PreviewInput): ImportPreview {
      requireHousehold(db, input.householdId);
      const bytes = Buffer.from(input.contentBase64, 'base64');
      const { text, encoding } = decodeUsageFile(bytes);
      const analysis = analyze(input.householdId, text, input.mapping);
      const importId = ctx.newId();
      pending.set(importId, { householdId: input.householdId, fileName: input.fileName, text, encoding, analysis });
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
      return previewOf(importId, pending.get(importId)!);
    },

    /** The readings a file gives, for the CLI's dry run and import alike. */
    analyzeImport(householdId: string, text: string, mapping?: Partial<ImportMappingInput>): UsageAnalysis {
      requireHousehold(db, householdId);
      return analyze(householdId, text, mapping);
    },

    importCommit(householdId: string, importId: string, mapping?: Partial<ImportMappingInput>): ImportCommitResult {
      requireHousehold(db, householdId);
      const p = requirePending(householdId, importId);
      const analysis = mapping ? analyze(householdId, p.text, { ...p.analysis.mapping, ...mapping }) : p.analysis;
      const result = writeImport(householdId, importId, p.fileName, analysis);
      pending.delete(importId);
      return result;
    },

    writeImport,

    /** Takes a committed import back: readings it added go, readings it replaced get their old amount. */
    importUndo(householdId: string, importId: string): { removed: number; restored: number } {
      return inTransaction(db, () => {
        requireHousehold(db, householdId);
        const row = findUsageImport(db, householdId, importId);
        if (!row) throw notFound('usage import', importId);
        if (row.undone_at !== null) throw conflict('This import has already been undone.');
        let removed = 0;
        let restored = 0;
        for (const change of listUsageImportChanges(db, importId)) {
          if (change.previous_bytes === null) {
            if (readingIdExists(db, change.reading_id)) {
              deleteReading(db, change.reading_id);
              removed += 1;
            }
          } else {
            if (!setReadingBytes(db, change.line_id, change.date, change.previous_bytes)) {
              insertReadingBytes(db, change.reading_id, change.line_id, change.date, change.previous_bytes);
            }
            restored += 1;
          }
        }
        markUsageImportUndone(db, importId, ctx.now().toISOString());
        return { removed, restored };
      });
    },
  };
}

export type UsageService = ReturnType<typeof createUsageService>;
