/**
 * Browser mode from the command line: start the store worker on the data
 * file, serve, and close cleanly on a signal. This process only routes calls;
 * the file is opened, used and closed in the worker.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStoreHost } from '../worker/host';
import { startBrowserServer, type BrowserServer } from '../server/http';
import { defaultDbPath } from '../paths';
import type { ServeRequest } from './run';

/** A start-up failure whose message is the one sentence to print (no stack). */
export class StartupError extends Error {}

export async function serveBrowserMode(req: ServeRequest, version: string): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(here, '../renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new StartupError('the app is not built yet: run `npm run build` first');
  }
  const dbPath = resolve(req.db ?? defaultDbPath());
  let server: BrowserServer | null = null;
  let host;
  try {
    host = await startStoreHost({
      workerFile: join(here, 'storeWorker.js'),
      dbPath,
      mode: 'browser',
      version,
      onProgress: (event) => server?.publish(event),
    });
  } catch (err) {
    throw new StartupError(err instanceof Error ? err.message : String(err));
  }
  try {
    server = await startBrowserServer({ route: host.call, rendererDir, port: req.port });
  } catch (err) {
    // A port in use, say: still leave the data file checkpointed and closed.
    await host.close();
    const code = (err as { code?: string }).code;
    throw new StartupError(
      code === 'EADDRINUSE' ? `port ${req.port} is already in use; choose another with --port` : String(err),
    );
  }
  // The first stdout line is the address to open (tests and scripts read it).
  process.stdout.write(`${server.url}\n`);
  process.stdout.write(`Datapool browser mode. Data file: ${dbPath}\nPress Ctrl+C to stop.\n`);

  const report = await new Promise<Awaited<ReturnType<typeof host.close>>>((done) => {
    const stop = () => {
      void server!
        .close()
        .then(() => host.close())
        .then(done, (err: unknown) =>
          done({ checkpointed: false, problem: `Datapool could not close ${dbPath} cleanly (${String(err)}).` }),
        );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  if (!report.checkpointed) {
    // Printed as one line by the CLI (exit 1), never a stack: the WAL keeps every change and is replayed at the next open.
    throw new StartupError(report.problem ?? `the data file ${dbPath} was not closed cleanly`);
  }
}
