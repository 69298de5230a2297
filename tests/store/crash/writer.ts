/**
 * Child process for the crash test: opens the data file the way the app does
 * and saves readings one transaction at a time, printing each one's id only
 * after its commit has returned, until it is killed.
 */
import { closeDatabase, openDatabase } from '@electron/store';
import { createServices } from '@electron/services';

const [dbPath, householdId, lineId] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dbPath);
const services = createServices({ db, dbPath, mode: 'browser', version: 'crash-test' });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const reading = services.readings.add(householdId, {
    lineId,
    date: '2026-11-20',
    usedGB: (i % 1000) / 10,
  });
  process.stdout.write(`${reading.id}\n`);
  if (i > 1_000_000) break;
}
closeDatabase(db);
