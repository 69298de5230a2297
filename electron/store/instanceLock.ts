/**
 * One Datapool per data file. SQLite lets two processes share a file safely,
 * but two app instances would each show stale state after the other's edits.
 * A small `<data file>.lock` next to the file names the process that has it;
 * a lock left by a process that no longer runs is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { lockedError } from './errors';

export interface LockOwner {
  pid: number;
  mode: 'electron' | 'browser';
  host: string;
  since: string;
}

export function lockPathOf(dbPath: string): string {
  return `${dbPath}.lock`;
}

function describe(owner: LockOwner): string {
  const shell = owner.mode === 'browser' ? 'Datapool browser mode' : 'the Datapool desktop app';
  return `${shell} (process ${owner.pid})`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as { code?: string }).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return null;
    return {
      pid: parsed.pid,
      mode: parsed.mode === 'electron' ? 'electron' : 'browser',
      host: typeof parsed.host === 'string' ? parsed.host : '',
      since: typeof parsed.since === 'string' ? parsed.since : '',
    };
  } catch {
    return null;
  }
}

/**
 * Claims the data file for this process; throws DB_LOCKED naming the process
 * that has it. Returns the release function.
 */
export function acquireInstanceLock(dbPath: string, mode: LockOwner['mode']): () => void {
  const path = lockPathOf(dbPath);
  const me: LockOwner = { pid: process.pid, mode, host: hostname(), since: new Date().toISOString() };
  const text = JSON.stringify(me);
  try {
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, text);
    } catch (err) {
      closeSync(fd);
      rmSync(path, { force: true });
      throw err;
    }
    closeSync(fd);
  } catch (err) {
    if ((err as { code?: string }).code !== 'EEXIST') throw err;
    const owner = readOwner(path);
    // Another machine's pid means nothing here: a file on a shared folder is theirs while the lock exists.
    const held = owner !== null && owner.pid !== process.pid && (owner.host !== me.host || alive(owner.pid));
    if (held) throw lockedError(dbPath, undefined, describe(owner));
    writeFileSync(path, text);
  }
  return () => {
    const owner = readOwner(path);
    if (owner?.pid === process.pid) rmSync(path, { force: true });
  };
}
