import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '@renderer/features/cycle/dates';
import { renderApp, switchLanguage } from './render';
import { api, snapshotOf, storedReadings } from '../support/backend';
import { seedSmithFamily } from '../support/families';

// Dates well in the past: the backend's "today" is the machine's.
const CSV = [
  'Date,Line,Data used (MB)',
  '2025-03-10 08:00,Mom line,500',
  '2025-03-10 21:00,Mom line,"1,500"',
  '2025-03-11,Mom line,250',
  'soon,Mom line,5',
].join('\n');

function csvFile(content: string | Uint8Array<ArrayBuffer>, name = 'usage.csv'): File {
  return new File([content], name, { type: 'text/csv' });
}

describe('importing a usage file on the Usage page', () => {
  it('previews what it would write and what it cannot read, imports it, and Undo takes it back', async () => {
    const { householdId, momLine } = await seedSmithFamily(api);
    const { user } = await renderApp('#/usage');
    await user.upload(screen.getByTestId('usage-import-file'), csvFile(CSV));

    const preview = await screen.findByTestId('usage-import-preview');
    expect(preview).toHaveTextContent('4 rows · UTF-8 · separated by commas');
    expect(preview).toHaveTextContent('Read as: Amounts per session or day (added up)');
    expect(within(preview).getByRole('table', { name: 'Line of each number in the file' })).toHaveTextContent(
      'Mom lineMom lineline name3',
    );
    const readings = within(preview).getByRole('table', { name: 'Readings it would write' });
    expect(readings).toHaveTextContent(`${formatIsoDate('2025-03-10', 'en')}2 GB`);
    expect(readings).toHaveTextContent(`${formatIsoDate('2025-03-11', 'en')}2.25 GB`);
    expect(within(preview).getByRole('table', { name: 'Rows it cannot use' })).toHaveTextContent('5Not a date.soon');
    expect(await storedReadings(householdId)).toEqual([]);

    await user.click(screen.getByTestId('usage-import-commit'));
    expect(await screen.findByText('Imported: 2 new, 0 replaced, 1 skipped.')).toBeInTheDocument();
    expect(screen.getByText(/^Imported “usage.csv”: 2 new and 0 replaced readings\./)).toBeInTheDocument();
    const mom = screen.getByRole('region', { name: 'Mom line' });
    // March 2025 is an earlier cycle: its readings wait behind a button.
    await user.click(await within(mom).findByRole('button', { name: 'Show 2 older readings (2 in all)' }));
    expect(await within(mom).findByRole('table', { name: 'Readings of Mom line' })).toHaveTextContent('2.25 GB');
    expect(await storedReadings(householdId)).toMatchObject([
      { lineId: momLine.id, date: '2025-03-10', usedGB: 2 },
      { lineId: momLine.id, date: '2025-03-11', usedGB: 2.25 },
    ]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(mom).findByText('No readings yet.')).toBeInTheDocument();
    expect(await storedReadings(householdId)).toEqual([]);
  });

  it('lets the user map the columns and pick the line of a file without a line column', async () => {
    const { householdId, dadLine } = await seedSmithFamily(api);
    const { user } = await renderApp('#/usage');
    await user.upload(screen.getByTestId('usage-import-file'), csvFile('When,GB\n2025-03-10,1\n2025-03-12,1.5\n'));
    const preview = await screen.findByTestId('usage-import-preview');
    expect(preview).toHaveTextContent('Choose the date column and the amount column.');
    expect(screen.getByTestId('usage-import-commit')).toBeDisabled();

    await user.selectOptions(within(preview).getByLabelText('Date column'), 'When');
    await user.selectOptions(await within(preview).findByLabelText('Amount column'), 'GB');
    expect(await within(preview).findByText(/no line column/)).toBeInTheDocument();
    await user.selectOptions(within(preview).getByLabelText('Line for this file'), 'Dad line');
    await user.selectOptions(await within(preview).findByLabelText('Kind of rows'), 'cumulative');

    await user.click(await screen.findByRole('button', { name: 'Import 2 readings' }));
    expect(await screen.findByText('Imported: 2 new, 0 replaced, 0 skipped.')).toBeInTheDocument();
    expect(await storedReadings(householdId)).toMatchObject([
      { lineId: dadLine.id, date: '2025-03-10', usedGB: 1 },
      { lineId: dadLine.id, date: '2025-03-12', usedGB: 1.5 },
    ]);
  });

  it('reads a Chinese GB18030 export and says so in Chinese', async () => {
    const { householdId } = await seedSmithFamily(api);
    const { user } = await renderApp('#/usage');
    await switchLanguage(user, '简体中文');
    const bytes = iconv.encode('日期,号码,流量(MB)\n2025/3/10,Mom line,300\n2025/3/11,Mom line,200\n', 'gb18030');
    await user.upload(screen.getByTestId('usage-import-file'), csvFile(Uint8Array.from(bytes), '用量.csv'));

    const preview = await screen.findByTestId('usage-import-preview');
    expect(preview).toHaveTextContent('2 行 · GB18030 · 用逗号分隔');
    expect(preview).toHaveTextContent('按此读取：每次或每天的用量（会累加）');
    await user.click(screen.getByRole('button', { name: '导入 2 条记录' }));
    expect(await screen.findByText('已导入：新增 2 条、替换 0 条、跳过 0 条。')).toBeInTheDocument();
    expect((await storedReadings(householdId)).map((r) => r.usedGB)).toEqual([0.3, 0.5]);
  });
});

/** The Smiths with a 3 GB reading of Mom's line on 2025-03-02, on the Usage page. */
async function smithsWithReadingOnUsage() {
  const family = await seedSmithFamily(api);
  const { householdId, momLine } = family;
  await api('readings.add', { householdId, reading: { lineId: momLine.id, date: '2025-03-02', usedGB: 3 } });
  const { user } = await renderApp('#/usage');
  return { ...family, user };
}

/** Opens a reading's Edit dialog by its button's name, changes the amount and saves. */
async function changeReadingInDialog(user: UserEvent, editButton: string, gb: string) {
  await user.click(screen.getByRole('button', { name: editButton }));
  const dialog = await screen.findByRole('dialog');
  const amount = within(dialog).getByLabelText('Used so far (GB)');
  await user.clear(amount);
  await user.type(amount, gb);
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
}

/** Types a reading into a line's form on the Usage page and adds it. */
async function addReadingInForm(user: UserEvent, lineId: string, gb: string, date: string) {
  await user.type(screen.getByTestId(`usage-reading-gb-${lineId}`), gb);
  await user.clear(screen.getByTestId(`usage-reading-date-${lineId}`));
  await user.type(screen.getByTestId(`usage-reading-date-${lineId}`), date);
  await user.click(screen.getByTestId(`usage-reading-add-${lineId}`));
}

describe('readings that stay honest, in the UI', () => {
  it('a second reading on the same date replaces the first, and Undo brings the old value back', async () => {
    const { householdId, momLine, user } = await smithsWithReadingOnUsage();
    await addReadingInForm(user, momLine.id, '3.5', '2025-03-02');

    const when = formatIsoDate('2025-03-02', 'en');
    expect(
      await screen.findByText(new RegExp(`^Replaced the reading of ${when} \\(Mom line\\): 3 GB is now 3.5 GB\\.`)),
    ).toBeInTheDocument();
    expect(await storedReadings(householdId)).toMatchObject([{ date: '2025-03-02', usedGB: 3.5 }]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('3 GB');
    expect(await storedReadings(householdId)).toMatchObject([{ date: '2025-03-02', usedGB: 3 }]);
  });

  it('a total below an earlier reading is refused, naming that reading; nothing is saved', async () => {
    const { householdId, momLine, user } = await smithsWithReadingOnUsage();
    await addReadingInForm(user, momLine.id, '1', '2025-03-03');

    const when = formatIsoDate('2025-03-02', 'en');
    expect(await screen.findByText(new RegExp(`does not fit the reading of 3 GB on ${when}`))).toBeInTheDocument();
    expect(await storedReadings(householdId)).toHaveLength(1);
  });

  it('a reading can be changed in a dialog, and the change undone', async () => {
    const { householdId, user } = await smithsWithReadingOnUsage();
    await user.click(screen.getByRole('button', { name: 'Show 1 older reading (1 in all)' }));
    const when = formatIsoDate('2025-03-02', 'en');
    await changeReadingInDialog(user, `Edit the reading of 3 GB on ${when}`, '4');

    expect(
      await screen.findByText(new RegExp(`^Changed the reading of ${when} \\(Mom line\\)\\.`)),
    ).toBeInTheDocument();
    expect(await storedReadings(householdId)).toMatchObject([{ date: '2025-03-02', usedGB: 4 }]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('3 GB');
    expect(await storedReadings(householdId)).toMatchObject([{ date: '2025-03-02', usedGB: 3 }]);
  });

  it('Ctrl+Z undoes a reading edit', async () => {
    const { householdId, user } = await smithsWithReadingOnUsage();
    await user.click(screen.getByRole('button', { name: 'Show 1 older reading (1 in all)' }));
    const when = formatIsoDate('2025-03-02', 'en');
    await changeReadingInDialog(user, `Edit the reading of 3 GB on ${when}`, '4');
    const mom = screen.getByRole('region', { name: 'Mom line' });
    expect(await within(mom).findByRole('table', { name: 'Readings of Mom line' })).toHaveTextContent('4 GB');

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() =>
      expect(within(mom).getByRole('table', { name: 'Readings of Mom line' })).toHaveTextContent('3 GB'),
    );
    expect(await storedReadings(householdId)).toMatchObject([{ date: '2025-03-02', usedGB: 3 }]);
  });

  it('lists many ended cycles a page at a time, newest first, and recording one leaves the rest', async () => {
    const { householdId, momLine } = await seedSmithFamily(api);
    // One reading in each month of 2025: twelve ended cycles without a total.
    for (let month = 1; month <= 12; month++) {
      const date = `2025-${String(month).padStart(2, '0')}-15`;
      await api('readings.add', { householdId, reading: { lineId: momLine.id, date, usedGB: month } });
    }
    const { user } = await renderApp('#/usage');
    const offers = await screen.findByRole('region', { name: 'Cycles that ended without a total' });
    expect(within(offers).getAllByRole('button', { name: /^Record / })).toHaveLength(6);
    // The cycle that ended last comes first: December's reading of 12 GB.
    expect(within(offers).getAllByRole('button', { name: /^Record / })[0]).toHaveAccessibleName(
      'Record 12 GB as the total',
    );
    await user.click(within(offers).getByRole('button', { name: 'Show 6 more cycles (6 in all)' }));
    expect(within(offers).getAllByRole('button', { name: /^Record / })).toHaveLength(12);

    await user.click(within(offers).getByRole('button', { name: 'Record 3 GB as the total' }));
    await waitFor(() => expect(within(offers).getAllByRole('button', { name: /^Record / })).toHaveLength(11));
    expect((await snapshotOf(householdId)).history).toMatchObject([{ lineId: momLine.id, usedGB: 3 }]);
  });

  it('offers to record the last reading of an ended cycle as its total, with Undo', async () => {
    const { householdId, momLine } = await seedSmithFamily(api);
    await api('readings.add', { householdId, reading: { lineId: momLine.id, date: '2025-03-02', usedGB: 7.5 } });
    const { user } = await renderApp('#/usage');
    await user.click(await screen.findByRole('button', { name: 'Record 7.5 GB as the total' }));
    expect(await screen.findByText(/Recorded 7.5 GB as the total of the cycle/)).toBeInTheDocument();
    expect((await snapshotOf(householdId)).history).toMatchObject([{ lineId: momLine.id, usedGB: 7.5 }]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Record 7.5 GB as the total' })).toBeInTheDocument();
    expect((await snapshotOf(householdId)).history).toEqual([]);
  });
});
