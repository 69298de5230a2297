/** What-ifs saved by name, per household. The draft is stored as the JSON the API validated. */
import type { HouseholdDraft, SavedWhatIf } from '@shared/planner/draft';
import { prepared, type Db, type ReadDb } from '../db';

export interface WhatIfRow {
  id: string;
  household_id: string;
  name: string;
  draft_json: string;
  updated_at: string;
}

export function whatIfFromRow(row: WhatIfRow): SavedWhatIf {
  return { id: row.id, name: row.name, draft: JSON.parse(row.draft_json) as HouseholdDraft, updatedAt: row.updated_at };
}

export function listWhatIfs(db: ReadDb, householdId: string): SavedWhatIf[] {
  return prepared<WhatIfRow>(db, 'SELECT * FROM whatifs WHERE household_id = ? ORDER BY name')
    .all(householdId)
    .map(whatIfFromRow);
}

export function findWhatIf(db: ReadDb, householdId: string, id: string): SavedWhatIf | undefined {
  const row = prepared<WhatIfRow>(db, 'SELECT * FROM whatifs WHERE household_id = ? AND id = ?').get(householdId, id);
  return row ? whatIfFromRow(row) : undefined;
}

export function findWhatIfByName(db: ReadDb, householdId: string, name: string): SavedWhatIf | undefined {
  const row = prepared<WhatIfRow>(db, 'SELECT * FROM whatifs WHERE household_id = ? AND name = ?').get(
    householdId,
    name,
  );
  return row ? whatIfFromRow(row) : undefined;
}

/** Inserts, or replaces the draft of the household's what-if with the same name. */
export function upsertWhatIf(db: Db, householdId: string, whatIf: SavedWhatIf): void {
  prepared(
    db,
    `INSERT INTO whatifs (id, household_id, name, draft_json, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (household_id, name) DO UPDATE SET draft_json = excluded.draft_json, updated_at = excluded.updated_at`,
  ).run(whatIf.id, householdId, whatIf.name, JSON.stringify(whatIf.draft), whatIf.updatedAt);
}

export function deleteWhatIf(db: Db, id: string): void {
  prepared(db, 'DELETE FROM whatifs WHERE id = ?').run(id);
}
