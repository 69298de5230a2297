/**
 * The folder rules are enforced by lint, so they survive new contributors:
 * shared/ stays pure (no Node, Electron, database, React or DOM), and the
 * renderer reaches the backend only through its API client.
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
    ["import { dispatch } from '../../electron/api/dispatch';"],
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
      "import { openDatabase } from '../../electron/store';\nexport const o = openDatabase;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });
});
