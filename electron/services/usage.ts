/**
 * Importing a carrier's usage file or a hand-kept spreadsheet: a preview
 * decodes and reads the file and keeps its text in memory under an import
 * id; the commit writes its readings in one transaction (or nothing) and
 * records what each one overwrote; undo puts all of that back.
 */
import { gbToBytes } from '@shared/domain/units';
import { analyzeUsageCsv, compareWithStored, type UsageAnalysis } from '@shared/usage/import/analyze';
import { type ImportCommitResult, type ImportMappingInput, type ImportPreview } from '@shared/usage/import/schema';
import { inTransaction } from '../store';
import {
  deleteReading,
  findReadingOn,
  insertReadingBytes,
  listReadings,
  readingIdExists,
  setReadingBytes,
} from '../store/repos/readings';
import { listLines } from '../store/repos/lines';
import {
  findUsageImport,
  insertUsageImport,
  insertUsageImportChange,
  listUsageImportChanges,
  markUsageImportUndone,
} from '../store/repos/usageImports';
import { decodeUsageFile, type UsageFileEncoding } from '../usage/decode';
import { conflict, invalidField, localToday, notFound, type ServiceContext } from './context';
import { cycleRuleOf } from './readings';
import { requireHousehold } from './references';

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
