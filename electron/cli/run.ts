/**
 * `datapool` on the command line. Each command reads its input completely,
 * validates it, and prints one JSON document on stdout, or a message naming
 * what is wrong on stderr with a non-zero exit, never a partial result.
 */
import { open } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { issueText } from '@shared/api/errors';
import { comparisonInWords, renderAdvice } from '@shared/i18n/render';
import { parseScenario } from '@shared/scenario/parse';
import { SCENARIO_FILE_MAX_BYTES } from '@shared/scenario/schema';
import type { Comparison, Evaluation } from '@shared/engine/types';
import { compare, evaluate, roundForOutput } from '@shared/engine';
import { advise, RelationshipSchema, type Relationship } from '@shared/engine/advise';
import { LocaleSchema, type Locale } from '@shared/domain/schemas';
import { MAX_GB } from '@shared/domain/units';
import { BUILTIN_CATALOG, findBuiltinCarrier } from '@shared/catalog/carriers';
import { catalogPlans, householdOf } from '@shared/catalog/plans';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ServeRequest {
  port: number;
  db: string | undefined;
}

export interface UsageImportRequest {
  file: string;
  db: string;
  household: string;
  line?: string | undefined;
  kind?: 'per-record' | 'cumulative' | undefined;
  dryRun: boolean;
}

/** Thrown for bad input: the message is printed as is and the exit code is 2. */
class CliInputError extends Error {}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  serve: (req: ServeRequest) => Promise<void> = async () => {
    throw new CliInputError('serve is not available here');
  },
  usageImport: (req: UsageImportRequest) => Promise<unknown> = async () => {
    throw new CliInputError('usage import is not available here');
  },
): Promise<number> {
  const program = new Command()
    .name('datapool')
    .description('Plan a household’s mobile data: evaluate, compare, advise, or serve the app to a browser.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const print = (value: unknown, pretty: boolean) => io.stdout(JSON.stringify(value, null, pretty ? 2 : 0) + '\n');

  program
    .command('evaluate')
    .description('allocation, hotspot, forecast and cost of a scenario file, as JSON')
    .argument('<file>', 'scenario file (datapool-scenario v1)')
    .option('--pretty', 'indent the JSON')
    .action(async (file: string, opts: { pretty?: boolean }) => {
      const scenario = await loadScenario(file);
      const plan = scenario.plan;
      if (!plan) throw new CliInputError(`${file}: plan: required for evaluate`);
      if (plan.cycleStartDay === null && plan.cycleLengthDays === null) {
        throw new CliInputError(
          `${file}: plan.cycleStartDay: required for evaluate (or plan.cycleLengthDays with plan.cycleAnchor)`,
        );
      }
      print(withDesignWarnings(roundForOutput(evaluate(scenario))), opts.pretty === true);
    });

  program
    .command('compare')
    .description("rank the file's plans (or the built-in catalog's) for its lines, as JSON")
    .argument('<file>', 'scenario file (datapool-scenario v1)')
    .option('--pretty', 'indent the JSON')
    .action(async (file: string, opts: { pretty?: boolean }) => {
      const scenario = await loadScenario(file);
      const candidates =
        scenario.plans.length > 0 ? scenario.plans : catalogPlans(BUILTIN_CATALOG, householdOf(scenario));
      print(
        withDesignReasons(roundForOutput(comparisonInWords(compare(scenario, candidates), 'en'))),
        opts.pretty === true,
      );
    });

  program
    .command('advise')
    .description('how data can be shared from a carrier’s line to someone, as JSON')
    .requiredOption('--carrier <id>', 'carrier id, e.g. tmobile')
    .addOption(
      new Option('--to <relationship>', 'who receives the data')
        .choices(RelationshipSchema.options as unknown as string[])
        .makeOptionMandatory(),
    )
    .option('--gb <n>', 'amount in GB', parseGB)
    .addOption(new Option('--lang <locale>', 'language of the texts').choices(LocaleSchema.options).default('en'))
    .option('--pretty', 'indent the JSON')
    .action((opts: { carrier: string; to: Relationship; gb?: number; lang: Locale; pretty?: boolean }) => {
      const carrier = findBuiltinCarrier(opts.carrier);
      if (!carrier) {
        const known = BUILTIN_CATALOG.map((c) => c.id).join(', ');
        throw new CliInputError(`--carrier: unknown carrier "${opts.carrier}". Known carriers: ${known}`);
      }
      const request = { carrier: opts.carrier, to: opts.to, ...(opts.gb === undefined ? {} : { gb: opts.gb }) };
      print(roundForOutput(renderAdvice(advise(carrier, request), opts.lang)), opts.pretty === true);
    });

  program
    .command('serve')
    .description('browser mode: serve the app on 127.0.0.1 with a per-launch token')
    .option('--port <n>', 'port (0 = any free port)', parsePort, 0)
    .option('--db <path>', 'SQLite data file (default: the desktop app’s)')
    .action(async (opts: { port: number; db?: string }) => {
      await serve({ port: opts.port, db: opts.db });
    });

  program
    .command('usage')
    .description('usage readings of a household in a data file')
    .command('import')
    .description('read a carrier usage file or spreadsheet (CSV) into a household’s readings; prints them as JSON')
    .argument('<file>', 'CSV file')
    .requiredOption('--db <path>', 'SQLite data file')
    .requiredOption('--household <name-or-id>', 'household name or id')
    .option('--line <id>', 'line id as in the scenario export, for a file without a line column')
    .addOption(new Option('--kind <kind>', 'kind of rows (default: detected)').choices(['per-record', 'cumulative']))
    .option('--dry-run', 'print the readings without writing them')
    .option('--pretty', 'indent the JSON')
    .action(
      async (
        file: string,
        opts: {
          db: string;
          household: string;
          line?: string;
          kind?: 'per-record' | 'cumulative';
          dryRun?: boolean;
          pretty?: boolean;
        },
      ) => {
        const result = await usageImport({
          file,
          db: opts.db,
          household: opts.household,
          line: opts.line,
          kind: opts.kind,
          dryRun: opts.dryRun === true,
        });
        print(result, opts.pretty === true);
      },
    );

  try {
    await program.parseAsync(['node', 'datapool', ...argv]);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has already printed its message (help, unknown option, missing argument).
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliInputError) {
      io.stderr(`datapool: ${err.message}\n`);
      return 2;
    }
    io.stderr(`datapool: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/** The printed warning shape, in its field order: nothing app-only is added to warnings. */
function withDesignWarnings(evaluation: Evaluation): Evaluation {
  return {
    ...evaluation,
    warnings: evaluation.warnings.map(({ code, severity, line, device, values, message }) => ({
      code,
      severity,
      line,
      device,
      values,
      message,
    })),
  };
}

/** The documented ranking shape: the app's extra `details` (for translated reasons) stay out of the CLI's JSON. */
function withDesignReasons(comparison: Comparison): Comparison {
  return {
    ranking: comparison.ranking.map(({ plan, carrier, fits, monthly, tiers, reasons, unknowns }) => ({
      plan,
      carrier,
      fits,
      monthly,
      tiers,
      reasons,
      unknowns,
    })),
  };
}

class FileTooLarge extends Error {}

/** Reads at most `max` bytes: a device or a runaway file is refused without reading it all. */
async function readCapped(file: string, max: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(1 << 20);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > max) throw new FileTooLarge();
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function loadScenario(file: string) {
  let text: string;
  try {
    text = await readCapped(file, SCENARIO_FILE_MAX_BYTES);
  } catch (err) {
    if (err instanceof FileTooLarge) {
      throw new CliInputError(`${file}: the file is larger than 64 MB, the largest scenario file Datapool reads`);
    }
    const code = (err as { code?: string }).code;
    throw new CliInputError(`${file}: cannot read the file (${code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliInputError(`${file}: invalid JSON: ${(err as Error).message}`);
  }
  const result = parseScenario(json);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${issueText(i)}`).join('\n');
    throw new CliInputError(`${file}: not a valid datapool scenario:\n${lines}`);
  }
  return result.scenario;
}

function parseGB(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > MAX_GB) {
    throw new InvalidArgumentError(`expected a number of GB between 0 and ${MAX_GB}`);
  }
  return n;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65_535) throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
}
