import { runCli } from './run';
import { serveBrowserMode } from './serve';
import { runUsageImport } from './usageImport';

declare const __DATAPOOL_VERSION__: string;

const code = await runCli(
  process.argv.slice(2),
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
  (req) => serveBrowserMode(req, __DATAPOOL_VERSION__),
  (req) => runUsageImport(req, __DATAPOOL_VERSION__),
);
process.exitCode = code;
