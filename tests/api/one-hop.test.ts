/**
 * One name per thing, one hop to its code: API method `x.y` is answered by
 * `s.x.y` in the handler table, and `s.x` is the service made in
 * electron/services/x.ts, which defines `y`. Searching for a method's name
 * lands on its code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '@shared/api/contract';
import { createTestBackend } from '../support/backend';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVICES = join(ROOT, 'electron/services');
const source = (path: string) => readFileSync(path, 'utf8');

/** Methods that do not follow the rule, each with the reason (none today). */
const EXCEPTIONS: Readonly<Record<string, string>> = {};

const backend = createTestBackend();
afterAll(() => backend.close());

const following = METHOD_NAMES.filter((method) => !(method in EXCEPTIONS));

describe('API method x.y lives in electron/services/x.ts as y', () => {
  it('lists as exceptions only methods of the contract', () => {
    for (const method of Object.keys(EXCEPTIONS)) expect(METHOD_NAMES).toContain(method);
  });

  it.each(following)('%s', (method) => {
    const [area, name] = method.split('.') as [string, string];
    const file = join(SERVICES, `${area}.ts`);
    expect(existsSync(file), `electron/services/${area}.ts exists`).toBe(true);

    // The handler hands the call to s.x.y.
    const handlers = source(join(ROOT, 'electron/api/handlers.ts'));
    expect(handlers).toMatch(new RegExp(`'${method}': \\(s[^)]*\\) => s\\.${area}\\.${name}\\(`));

    // s.x is made by the factory that ./x.ts exports.
    const index = source(join(SERVICES, 'index.ts'));
    const factory = new RegExp(`import \\{ (create\\w+Service)[^}]*\\} from '\\./${area}';`).exec(index)?.[1];
    expect(factory, `services/index.ts imports a create…Service from ./${area}`).toBeDefined();
    expect(index).toMatch(new RegExp(`(const ${area} = |\\b${area}: )${factory}\\(`));

    // ./x.ts defines y, and the running services have it.
    expect(source(file)).toMatch(new RegExp(`^\\s+(async )?${name}(\\(|,$)`, 'm'));
    const service = (backend.services as unknown as Record<string, Record<string, unknown>>)[area];
    expect(typeof service?.[name]).toBe('function');
  });
});
