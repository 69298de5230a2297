/**
 * Crash durability (research/reliability.md T12): a writer process is killed with SIGKILL in the
 * middle of saving. Every save it reported as done must still be there, the
 * file must pass SQLite's integrity and foreign-key checks, and the app must
 * open it normally afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { closeDatabase, openDatabase } from '@electron/store';
import { createServices } from '@electron/services';
import { NEW_LINE } from '@shared/domain/defaults';
import { NODE_BUNDLE } from '../support/worker';

const dir = mkdtempSync(join(tmpdir(), 'datapool-crash-'));
// Bundled inside the project (out/ is ignored by git) so it finds better-sqlite3 in node_modules.
const writer = join(import.meta.dirname, '../../out/test/crash-writer.mjs');
const dbPath = join(dir, 'datapool.db');
let householdId = '';
let lineId = '';

beforeAll(async () => {
  // The writer runs as its own Node process, so it is bundled like the CLI is.
  await build({
    ...NODE_BUNDLE,
    entryPoints: [join(import.meta.dirname, 'crash/writer.ts')],
    outfile: writer,
    logLevel: 'error',
  });
  const db = openDatabase(dbPath);
  const services = createServices({ db, dbPath, mode: 'browser', version: 'test' });
  householdId = services.households.create('Crash family').id;
  lineId = services.lines.create(householdId, { ...NEW_LINE, name: 'Mom' }).id;
  closeDatabase(db);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer, kills it after `afterMs` of writing, and returns the ids it reported saved. */
function writeUntilKilled(afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, householdId, lineId], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
      else acked.push(line);
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer ended without being killed: ${stderr}`));
    });
  });
}

describe('a crash in the middle of saving', () => {
  it('loses no acknowledged save and leaves a healthy file, every time', async () => {
    for (const afterMs of [50, 150, 300, 80, 220]) {
      const acked = await writeUntilKilled(afterMs);
      expect(acked.length).toBeGreaterThan(0);

      const db = openDatabase(dbPath);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const saved = new Set((db.prepare('SELECT id FROM readings').all() as { id: string }[]).map((r) => r.id));
        const lost = acked.filter((id) => !saved.has(id));
        expect(lost).toEqual([]);
      } finally {
        closeDatabase(db);
      }
    }
  });
});
