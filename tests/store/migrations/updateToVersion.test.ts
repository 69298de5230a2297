/** The helper every migration test starts from: a file brought to exactly one version. */
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '@electron/store';
import { fileAtVersion, updateToVersion, type OldFile } from './helpers';

let file: OldFile | undefined;
afterEach(() => file?.cleanup());

describe('updateToVersion', () => {
  it('stops at the version asked for, and continues from there later', () => {
    file = fileAtVersion(1);
    const tables = () =>
      (
        file!.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
    expect(tables()).not.toContain('catalog');
    updateToVersion(file.db, LATEST_SCHEMA_VERSION);
    expect(schemaVersion(file.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables()).toContain('catalog');
  });

  it('refuses to go back or past the newest migration', () => {
    file = fileAtVersion(2);
    expect(() => updateToVersion(file!.db, 1)).toThrow('cannot update a version 2 database to version 1');
    expect(() => updateToVersion(file!.db, LATEST_SCHEMA_VERSION + 1)).toThrow(/cannot update/);
    expect(schemaVersion(file.db)).toBe(2);
  });
});
