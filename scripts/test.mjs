// `npm test`: type-check both sides, build the app (end-to-end and CLI tests
// run the built output), run every test project, then run the pure engine
// tests again in two more time zones: dates must not depend on the process TZ.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs vitest with a JSON report next to the usual output, and adds up its counts. */
function vitest(label, args, env) {
  const report = join(root, 'out', `vitest-${totals.passed + totals.failed + totals.skipped}-${Date.now()}.json`);
  mkdirSync(dirname(report), { recursive: true });
  console.log(`\n▶ ${label}`);
  const result = spawnSync(
    npx,
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  if (existsSync(report)) {
    const counts = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += counts.numPassedTests;
    totals.failed += counts.numFailedTests;
    totals.skipped += counts.numPendingTests + counts.numTodoTests;
    rmSync(report);
  }
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed, ${totals.skipped} skipped`);
    process.exit(result.status ?? 1);
  }
}

const extra = process.argv.slice(2);
run('type-check (node side and web side)', npm, ['run', '--silent', 'typecheck']);
run('build', npm, ['run', '--silent', 'build']);
vitest('tests (TZ=UTC)', extra, { TZ: 'UTC' });
for (const tz of ['America/Los_Angeles', 'Asia/Shanghai']) {
  vitest(`engine tests again (TZ=${tz})`, ['--project', 'unit'], { TZ: tz });
}
console.log('\n✔ all tests passed');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
