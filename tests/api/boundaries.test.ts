/**
 * The folder rules are enforced by lint, so they survive new contributors:
 * shared/ stays pure (no Node, Electron, database, React or DOM); the
 * renderer reaches the backend only through its API client; and a migration
 * imports nothing but its folder's types and the frozen data beside it.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('lint keeps the layers apart', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';"],
    ["import { app } from 'electron';"],
    ["import Database from 'better-sqlite3';"],
    ["import { useState } from 'react';"],
    ["import { dispatch } from '@electron/api/dispatch';"],
  ])('refuses %s in shared/', async (line) => {
    expect(await ruleIdsFor('shared/engine/example.ts', `${line}\nexport const x = 1;\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('refuses DOM globals and the clock in shared/', async () => {
    const ids = await ruleIdsFor(
      'shared/engine/example.ts',
      'export const w = window.innerWidth;\nexport const t = Date.now();\n',
    );
    expect(ids).toEqual(expect.arrayContaining(['no-restricted-globals', 'no-restricted-syntax']));
  });

  it('accepts pure code in shared/', async () => {
    expect(
      await ruleIdsFor('shared/engine/example.ts', "import { z } from 'zod';\nexport const s = z.string();\n"),
    ).toEqual([]);
  });

  it('refuses backend imports in the renderer', async () => {
    const ids = await ruleIdsFor(
      'renderer/src/example.ts',
      "import { openDatabase } from '@electron/store';\nexport const o = openDatabase;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });
});

describe('lint keeps migrations frozen', () => {
  const MIGRATION = 'electron/store/migrations/009-example.ts';
  const body = "\nimport type { Migration } from './types';\nexport const m = [x] as unknown as Migration;\n";

  it.each([
    ["import { upsertBuiltinCatalog as x } from '../repos/catalog';"],
    ["import { BUILTIN_CATALOG as x } from '../../../shared/catalog/carriers';"],
    ["import { inTransaction as x } from '../db';"],
    ["import x from 'better-sqlite3';"],
    ["import { migration002 as x } from './002-catalog';"],
    ["import x from './notes.json';"],
  ])('refuses %s in a migration', async (line) => {
    expect(await ruleIdsFor(MIGRATION, `${line}${body}`)).toContain('no-restricted-imports');
  });

  it('accepts its own types and the frozen data beside it', async () => {
    expect(await ruleIdsFor(MIGRATION, `import x from './009-example.seed.json';${body}`)).toEqual([]);
  });

  it('lints the real migrations clean', async () => {
    const results = await eslint.lintFiles(['electron/store/migrations/']);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  });
});
