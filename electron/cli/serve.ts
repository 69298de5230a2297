/** Browser mode from the command line: open the store, serve, close cleanly on a signal. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDatabase, openDatabase } from '../store';
import { createServices } from '../services';
import { scheduleAlertChecks } from '../services/alerts';
import { startBrowserServer, type BrowserServer } from '../server/http';
import { defaultDbPath } from '../paths';
import type { ServeRequest } from './run';

export async function serveBrowserMode(req: ServeRequest, version: string): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(here, '../renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('the app is not built yet: run `npm run build` first');
  }
  const dbPath = resolve(req.db ?? defaultDbPath());
  mkdirSync(dirname(dbPath), { recursive: true });
  const db = openDatabase(dbPath);
  let server: BrowserServer | null = null;
  let stopAlertChecks = () => {};
  try {
    const services = createServices({
      db,
      dbPath,
      mode: 'browser',
      version,
      onProgress: (event) => server?.publish(event),
    });
    server = await startBrowserServer({ services, rendererDir, port: req.port });
    // The page shows the notifications (after the user allows them); the server keeps the checks going.
    stopAlertChecks = scheduleAlertChecks(services.alerts);
  } catch (err) {
    // A port in use, say: still leave the data file checkpointed and closed.
    closeDatabase(db);
    throw err;
  }
  // The first stdout line is the address to open (tests and scripts read it).
  process.stdout.write(`${server.url}\n`);
  process.stdout.write(`Datapool browser mode. Data file: ${dbPath}\nPress Ctrl+C to stop.\n`);

  await new Promise<void>((done) => {
    const stop = () => {
      stopAlertChecks();
      void server?.close().then(() => {
        closeDatabase(db);
        done();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
