import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, switchLanguage } from './render';
import { api, snapshotOf } from '../support/backend';
import { seedSmithFamily } from '../support/families';

const FIXTURES = join(import.meta.dirname, '../fixtures/scenarios');

function jsonFile(name: string, content: string): File {
  return new File([content], name, { type: 'application/json' });
}

/** What "Export household" handed to the browser to download: the file name and its contents. */
let downloads: { name: string; blob: Blob }[] = [];
let lastBlob: Blob | undefined;
const preventNavigation = (event: Event) => {
  const link = event.target instanceof HTMLAnchorElement ? event.target : null;
  if (link?.download && lastBlob) {
    downloads.push({ name: link.download, blob: lastBlob });
    event.preventDefault();
  }
};

beforeEach(() => {
  downloads = [];
  lastBlob = undefined;
  // jsdom has no object URLs; these stand in for the browser's.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return 'blob:datapool-test';
  });
  URL.revokeObjectURL = vi.fn();
  document.addEventListener('click', preventNavigation);
});

afterEach(() => {
  document.removeEventListener('click', preventNavigation);
});

async function householdNames(): Promise<string[]> {
  return (await api('households.list', {})).map((h) => h.name);
}

describe('Data page', () => {
  it('refuses a scenario with a bad field, naming its path, and creates no household', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/data');
    const before = await householdNames();
    const scenario = {
      format: 'datapool-scenario',
      version: 1,
      asOf: '2026-04-15',
      lines: [{ id: 'mom' }, { id: 'dad' }, { id: 'kid', capGB: -5 }],
      devices: [{ id: 'tablet', line: 'grandma', monthlyGB: 3 }],
    };
    await user.upload(
      screen.getByLabelText('Scenario file to import'),
      jsonFile('family.json', JSON.stringify(scenario)),
    );

    expect(await screen.findByText('family.json has problems, so nothing was imported:')).toBeInTheDocument();
    expect(screen.getByText('lines[2].capGB: Must be at least 0.')).toBeInTheDocument();
    expect(screen.getByText('devices[0].line: No line has the id “grandma”.')).toBeInTheDocument();
    expect(await householdNames()).toEqual(before);
    expect(screen.getByRole('button', { name: 'Household: Smith family' })).toBeInTheDocument();
  });

  it('says clearly when the file is not JSON at all', async () => {
    const { user } = await renderApp('#/data');
    const before = await householdNames();
    await user.upload(screen.getByLabelText('Scenario file to import'), jsonFile('notes.json', '{ this is not json'));

    expect(
      await screen.findByText('notes.json is not a scenario file: it is not valid JSON. Nothing was imported.'),
    ).toBeInTheDocument();
    expect(await householdNames()).toEqual(before);
  });

  it('refuses a file over 64 MB before reading it, saying why', async () => {
    const { user } = await renderApp('#/data');
    const before = await householdNames();
    const huge = jsonFile('huge.json', '{}');
    // Stands in for a 70 MB file without making one; the size is all that is checked.
    Object.defineProperty(huge, 'size', { value: 70_000_000 });
    await user.upload(screen.getByLabelText('Scenario file to import'), huge);
    expect(
      await screen.findByText(
        'huge.json is larger than 64 MB, more than any household Datapool can hold. Nothing was imported.',
      ),
    ).toBeInTheDocument();
    expect(await householdNames()).toEqual(before);
  });

  it('imports a valid scenario as a new household and switches to it', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/data');
    const content = readFileSync(join(FIXTURES, 'pool-oversubscribed.json'), 'utf8');
    await user.upload(screen.getByLabelText('Scenario file to import'), jsonFile('pool-oversubscribed.json', content));

    expect(
      await screen.findByText(
        'Imported “pool-oversubscribed” with 3 lines, 3 devices, 0 usage readings and 0 past cycles. It is now the household shown.',
      ),
    ).toBeInTheDocument();
    expect(await householdNames()).toEqual(['Smith family', 'pool-oversubscribed']);
    expect(screen.getByRole('button', { name: 'Household: pool-oversubscribed' })).toBeInTheDocument();
    const settings = await api('settings.get', {});
    const imported = (await api('households.list', {})).find((h) => h.name === 'pool-oversubscribed');
    expect(settings.activeHouseholdId).toBe(imported?.id);

    // The Plan page now shows the imported household.
    await user.click(screen.getByRole('link', { name: 'This cycle' }));
    expect(await screen.findByText('The pool is too small for what your lines need')).toBeInTheDocument();
  });

  it('exports the household as <name>.datapool.json, which imports back as a new household', async () => {
    const { householdId } = await seedSmithFamily(api);
    const { user } = await renderApp('#/data');
    await user.click(screen.getByRole('button', { name: 'Export household' }));

    expect(await screen.findByText('Exported as Smith family.datapool.json.')).toBeInTheDocument();
    expect(downloads.map((d) => d.name)).toEqual(['Smith family.datapool.json']);
    const text = await downloads[0]!.blob.text();
    const scenario = JSON.parse(text) as { format: string; lines: { name: string }[] };
    expect(scenario.format).toBe('datapool-scenario');

    await user.upload(screen.getByLabelText('Scenario file to import'), jsonFile('Smith family.datapool.json', text));
    expect(await screen.findByText(/^Imported “Smith family \(2\)” with 2 lines, 2 devices/)).toBeInTheDocument();
    const households = await api('households.list', {});
    expect(households.map((h) => h.name)).toEqual(['Smith family', 'Smith family (2)']);
    const original = await snapshotOf(householdId);
    const copy = await snapshotOf(households[1]!.id);
    expect(copy.plan).toEqual(original.plan);
    expect(copy.lines.map((l) => l.name)).toEqual(original.lines.map((l) => l.name));
    expect(copy.devices.map((d) => [d.name, d.monthlyGB, d.sim])).toEqual(
      original.devices.map((d) => [d.name, d.monthlyGB, d.sim]),
    );
  });

  it('backs up now and shows where the copy was saved', async () => {
    const { user } = await renderApp('#/data');
    await user.click(screen.getByRole('button', { name: 'Back up now' }));

    expect(await screen.findByText(/^Backup saved \(\d+ kB\) to:$/)).toBeInTheDocument();
    expect(screen.getByText(/backups[\\/]datapool-\d{8}-\d{6}\.db$/)).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/data');
    await switchLanguage(user, '简体中文');
    expect(screen.getByRole('button', { name: '导出家庭' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导入家庭…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '立即备份' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('要导入的方案文件'), jsonFile('坏文件.json', '{'));
    expect(
      await screen.findByText('坏文件.json 不是方案文件：它不是有效的 JSON。没有导入任何内容。'),
    ).toBeInTheDocument();
  });

  it('restores a backup after a confirmation, reloads what is shown, and undoes the restore', async () => {
    await seedSmithFamily(api);
    await api('app.backup', {});
    await api('households.create', { name: 'Made after the backup' });
    const { user } = await renderApp('#/data');

    const restoreButton = await screen.findByRole('button', { name: /^Restore the backup made on / });
    await user.click(restoreButton);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Undo brings them back');
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText(/^Restored the backup made on /)).toBeInTheDocument();
    expect(await householdNames()).toEqual(['Smith family']);
    // The copy of the data taken just before is listed as a backup too.
    expect(await screen.findByText('Before a restore')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo restore' }));
    expect(await screen.findByText('Restore undone: your data is back as it was before.')).toBeInTheDocument();
    expect(await householdNames()).toEqual(['Smith family', 'Made after the backup']);
  });

  it('checks the data file and says it is sound, in English and Chinese', async () => {
    const { user } = await renderApp('#/data');
    await user.click(screen.getByRole('button', { name: 'Check data file' }));
    expect(await screen.findByText(/^The data file is sound \(checked /)).toBeInTheDocument();
    await switchLanguage(user, '简体中文');
    expect(await screen.findByText(/^数据文件完好（检查于 /)).toBeInTheDocument();
    expect(screen.getByText('还没有备份。点“立即备份”就能备份一份。')).toBeInTheDocument();
  });
});
