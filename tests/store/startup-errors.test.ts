/**
 * Start-up failures (L7), each as one sentence naming
 * the cause and the file, never a raw ENOENT/EACCES or SQLite text. A full
 * disk and a read-only file system are real small tmpfs mounts where this
 * runs as root; elsewhere those two cases say why they cannot run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '@electron/store';
import { openSession } from '@electron/worker/session';
import { sha256 } from '../support/store';

const mounts: string[] = [];
afterEach(() => {
  for (const m of mounts.splice(0)) {
    execFileSync('umount', [m], { stdio: 'ignore' });
    rmSync(m, { recursive: true, force: true });
  }
});

/** A small tmpfs (read-only when asked), or the reason there cannot be one here. */
function mount(options: string): string | { reason: string } {
  if (process.getuid?.() !== 0) return { reason: 'mounting a small tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'datapool-mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return { reason: 'mount is not permitted here' };
  }
  mounts.push(dir);
  return dir;
}

function startupMessage(dbPath: string): string {
  try {
    openSession({ dbPath, mode: 'browser', version: 'test' }).close();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('it started');
}

describe('start-up errors say what happened (L7)', () => {
  it('a folder that cannot be created on a read-only file system', () => {
    const ro = mount('ro,size=1m');
    if (typeof ro !== 'string') return void console.info(`L7 read-only case not run: ${ro.reason}`);
    const dbPath = join(ro, 'new', 'datapool.db');
    expect(startupMessage(dbPath)).toBe(
      `The folder ${join(ro, 'new')} cannot be written (or created), so the data file ${dbPath} cannot be saved there.`,
    );
  });

  it('a full disk when the data file is created', () => {
    const small = mount('size=64k');
    if (typeof small !== 'string') return void console.info(`L7 full-disk case not run: ${small.reason}`);
    const filler = join(small, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(1024 * 1024));
    } catch {
      // Full now.
    }
    const dbPath = join(small, 'datapool.db');
    expect(startupMessage(dbPath)).toBe(
      `The disk holding ${dbPath} is full; free some space and start Datapool again.`,
    );
  });

  it('a data file that is a folder, or not Datapool’s, named with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapool-start-'));
    try {
      expect(startupMessage(dir)).toBe(`${dir} is not a file, so it cannot be the data file.`);
      const notes = join(dir, 'notes.db');
      writeFileSync(notes, 'shopping list\n');
      const before = sha256(notes);
      expect(startupMessage(notes)).toBe(
        `${notes} is not a Datapool data file (not an SQLite database); it was left as it is.`,
      );
      expect(sha256(notes)).toBe(before);
      // A good file still opens after all that.
      closeDatabase(openDatabase(join(dir, 'datapool.db')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
