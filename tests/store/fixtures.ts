/**
 * Real SQLite files in a temporary folder, and a named household to work on.
 * Every test gets its own folder; `cleanup` closes what is still open and
 * removes the folder.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db, type OpenOptions } from '@electron/store';
import { createServices, type Services } from '@electron/services';
import type { ProgressEvent } from '@shared/api/contract';
import type { Device, HouseholdSnapshot, Line, Member, Plan } from '@shared/domain/schemas';
import { NEW_LINE } from '@shared/domain/defaults';

export interface TempStore {
  dir: string;
  dbPath: string;
  open(options?: OpenOptions): Db;
  services(db: Db, extra?: { now?: () => Date }): Services;
  progress: ProgressEvent[];
  cleanup(): void;
}

export function tempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'datapool-store-'));
  const dbPath = join(dir, 'datapool.db');
  const opened: Db[] = [];
  const progress: ProgressEvent[] = [];
  return {
    dir,
    dbPath,
    progress,
    open(options) {
      const db = openDatabase(dbPath, options);
      opened.push(db);
      return db;
    },
    services(db, extra) {
      return createServices({
        db,
        dbPath,
        mode: 'browser',
        version: 'test',
        onProgress: (e) => progress.push(e),
        ...extra,
      });
    },
    cleanup() {
      for (const db of opened) if (db.open) closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface SmithFamily {
  householdId: string;
  mom: Member;
  dad: Member;
  momLine: Line;
  dadLine: Line;
  kidLine: Line;
  momPhone: Device;
  ipad: Device;
}

/**
 * The Smiths: a 30 GB pool with three lines; Mom's phone on her line; an iPad
 * that tethers to Mom, then Dad; a few readings and a past cycle.
 */
/** The Smiths' plan: a 30 GB pool with per-line prices for 1–4 lines. */
export const SMITH_PLAN: Plan = {
  name: 'Family Pool 30',
  carrier: 'verizon',
  kind: 'pool',
  poolGB: 30,
  cycleStartDay: 5,
  cycleLengthDays: null,
  cycleAnchor: null,
  pricePerLine: [60, 50, 40, 35],
  esim: true,
  tiers: [],
};

export function smithFamily(services: Services): SmithFamily {
  const householdId = services.households.create('The Smiths').id;
  const mom = services.members.create(householdId, { name: 'Mom', role: 'adult' });
  const dad = services.members.create(householdId, { name: 'Dad', role: 'adult' });
  services.plan.set(householdId, SMITH_PLAN);
  const line = (name: string, memberId: string | null, extra: Partial<Line> = {}) =>
    services.lines.create(householdId, { ...NEW_LINE, name, memberId, ...extra });
  const momLine = line('Mom', mom.id, { premiumGB: 50, hotspotGB: 15 });
  const dadLine = line('Dad', dad.id, { floorGB: 2.5 });
  const kidLine = line('Kid', null, { capGB: 5, weight: 0.5 });
  const momPhone = services.devices.create(householdId, {
    name: "Mom's phone",
    kind: 'phone',
    ownerId: mom.id,
    sim: 'esim',
    lineId: momLine.id,
    monthlyGB: 12.3,
    hotspotFrom: [],
  });
  services.devices.create(householdId, {
    name: "Dad's phone",
    kind: 'phone',
    ownerId: dad.id,
    sim: 'physical',
    lineId: dadLine.id,
    monthlyGB: 8,
    hotspotFrom: [],
  });
  const ipad = services.devices.create(householdId, {
    name: 'iPad',
    kind: 'tablet',
    ownerId: null,
    sim: 'none',
    lineId: null,
    monthlyGB: 6,
    hotspotFrom: [momLine.id, dadLine.id],
  });
  services.readings.add(householdId, { lineId: momLine.id, date: '2026-11-20', usedGB: 8.4 });
  services.readings.add(householdId, { lineId: dadLine.id, date: '2026-11-20', usedGB: 4.7 });
  services.history.add(householdId, { lineId: momLine.id, cycleStart: '2026-10-05', usedGB: 14.2 });
  return { householdId, mom, dad, momLine, dadLine, kidLine, momPhone, ipad };
}

/** A snapshot without ids, so two households can be compared by content. */
export function withoutIds(snapshot: HouseholdSnapshot) {
  const lineName = new Map(snapshot.lines.map((l) => [l.id, l.name]));
  const name = (id: string | null) => (id === null ? null : (lineName.get(id) ?? '?'));
  return {
    name: snapshot.household.name,
    plan: snapshot.plan,
    lines: snapshot.lines.map(({ id: _id, memberId: _m, ...rest }) => rest),
    devices: snapshot.devices.map(({ id: _id, ownerId: _o, kind: _k, ...rest }) => ({
      ...rest,
      lineId: name(rest.lineId),
      hotspotFrom: rest.hotspotFrom.map(name),
    })),
    readings: snapshot.readings.map(({ id: _id, ...rest }) => ({ ...rest, lineId: name(rest.lineId) })),
    history: snapshot.history.map(({ id: _id, ...rest }) => ({ ...rest, lineId: name(rest.lineId) })),
  };
}
