/** What every service needs: the connection, the clock, ids, and the errors they throw. */
import { randomUUID } from 'node:crypto';
import type { ProgressEvent } from '@shared/api/contract';
import { ApiError, validationErrorOf } from '@shared/api/errors';
import type { Db } from '../store';

export interface ServiceContext {
  db: Db;
  dbPath: string;
  mode: 'electron' | 'browser';
  version: string;
  now: () => Date;
  newId: () => string;
  progress: (event: ProgressEvent) => void;
  /**
   * Closes the data file, puts a copy of `source` in its place and reopens it
   * (the owner of the connection provides this; services are rebuilt on the
   * new connection afterwards). Absent where nobody owns the file.
   */
  swapDataFile?: (source: string) => void;
}

/** The local calendar date of this computer, which is the user's "today". */
export function localToday(now: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function defaultNewId(): string {
  return randomUUID();
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError('NOT_FOUND', `No ${what} with id "${id}".`);
}

/** A VALIDATION error naming one field by its path (e.g. `device.lineId`). */
export function invalidField(path: string, message: string): ApiError {
  // The message may be a key of the field messages: the error's own text says it in English.
  return validationErrorOf([{ path, message }]);
}

export function conflict(message: string): ApiError {
  return new ApiError('CONFLICT', message);
}
