#!/usr/bin/env node
// Entry of `npx datapool`: checks the Node version, then runs the built CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`datapool: Node ${process.versions.node} is too old; Datapool needs Node 22.12 or newer (see .nvmrc).`);
  process.exit(1);
}
const cli = fileURLToPath(new URL('../out/node/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('datapool: the command line tool is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
