// `npm test`: type-check both sides, build the app (end-to-end and CLI tests
// run the built output), run every test project, then run the pure engine
// tests again in two more time zones: dates must not depend on the process TZ.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
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

const extra = process.argv.slice(2);
run('type-check (node side and web side)', npm, ['run', '--silent', 'typecheck']);
run('build', npm, ['run', '--silent', 'build']);
run('tests (TZ=UTC)', npx, ['vitest', 'run', ...extra], { TZ: 'UTC' });
for (const tz of ['America/Los_Angeles', 'Asia/Shanghai']) {
  run(`engine tests (TZ=${tz})`, npx, ['vitest', 'run', '--project', 'unit'], { TZ: tz });
}
console.log('\n✔ all tests passed');
