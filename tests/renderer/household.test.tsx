import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { choose, openDialog, renderApp, rowNames, switchLanguage, table } from './render';
import { api, snapshotOf } from '../support/backend';
import { seedSmithFamily } from '../support/families';

describe('Household page', () => {
  it('tells a new user what to add when there are no members or devices yet', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { name: 'No members yet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No devices yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add member' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add device' })).toBeInTheDocument();
  });

  it('adds a member and sees them in the list', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Add member' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Grandma');
    await choose(user, within(dialog).getByLabelText('Role'), 'Other');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const members = await screen.findByRole('table', { name: 'Members' });
    const row = within(members).getByRole('rowheader', { name: 'Grandma' }).closest('tr');
    expect(row).toHaveTextContent('Other');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('submits the member form with Enter and closes it with Escape', async () => {
    const { user } = await renderApp();
    let dialog = await openDialog(user, screen.getByRole('button', { name: 'Add member' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Leo{Enter}');
    expect(await screen.findByRole('rowheader', { name: 'Leo' })).toBeInTheDocument();

    dialog = await openDialog(user, screen.getByRole('button', { name: 'Add member' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Not saved');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(rowNames('Members')).toEqual(['Leo']);
  });

  it('shows the field error in Chinese when the name is empty, and keeps the dialog open', async () => {
    const { user } = await renderApp();
    await switchLanguage(user, '简体中文');
    const dialog = await openDialog(user, screen.getByRole('button', { name: '添加成员' }));
    await user.type(within(dialog).getByLabelText('姓名'), '   ');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('必填。')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('姓名')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('edits a member from their row', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Edit Dad' }));
    const name = within(dialog).getByLabelText('Name');
    expect(name).toHaveValue('Dad');
    await user.clear(name);
    await user.type(name, 'Father');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('rowheader', { name: 'Father' })).toBeInTheDocument();
    expect(rowNames('Members')).not.toContain('Dad');
  });

  it('deleting a member asks first and can be undone, giving their devices back', async () => {
    const { householdId } = await seedSmithFamily(api);
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Delete Mom' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm).toHaveTextContent('Delete “Mom”?');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText(/Deleted member “Mom”/)).toBeInTheDocument();
    expect(rowNames('Members')).toEqual(['Dad']);
    const devices = table('Devices');
    expect(within(devices).getByRole('rowheader', { name: 'Mom phone' }).closest('tr')).toHaveTextContent('Nobody');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Mom' })).toBeInTheDocument();
    const phoneRow = within(table('Devices')).getByRole('rowheader', { name: 'Mom phone' }).closest('tr');
    expect(phoneRow).toHaveTextContent('Mom');
    expect((await snapshotOf(householdId)).members.map((m) => m.name).sort()).toEqual(['Dad', 'Mom']);
  });

  it('cancelling the delete confirmation keeps the member', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Delete Dad' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(rowNames('Members')).toContain('Dad');
  });

  it('adds a device on a line with its monthly use', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Add device' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Dad watch');
    await choose(user, within(dialog).getByLabelText('Kind'), 'Watch');
    await choose(user, within(dialog).getByLabelText('Owner'), 'Dad');
    await choose(user, within(dialog).getByLabelText('SIM'), 'eSIM');
    await choose(user, within(dialog).getByLabelText('Line'), 'Dad line');
    await user.type(within(dialog).getByLabelText('Monthly GB'), '0.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = (await screen.findByRole('rowheader', { name: 'Dad watch' })).closest('tr');
    expect(row).toHaveTextContent('Watch');
    expect(row).toHaveTextContent('Dad line');
    expect(row).toHaveTextContent('0.5 GB');
  });

  it('lets a device without a line choose lines to tether to', async () => {
    const { householdId, dadLine } = await seedSmithFamily(api);
    const { user } = await renderApp();
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Add device' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Laptop');
    await choose(user, within(dialog).getByLabelText('Kind'), 'Laptop');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Dad line' }));
    await user.type(within(dialog).getByLabelText('Monthly GB'), '3');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = (await screen.findByRole('rowheader', { name: 'Laptop' })).closest('tr');
    expect(row).toHaveTextContent('Hotspot from Dad line');
    const laptop = (await snapshotOf(householdId)).devices.find((d) => d.name === 'Laptop');
    expect(laptop).toMatchObject({ lineId: null, hotspotFrom: [dadLine.id], monthlyGB: 3 });
  });

  it('keeps everything typed when the monthly amount is not a number', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Add device' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Kindle');
    await user.type(within(dialog).getByLabelText('Monthly GB'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Enter a number.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Kindle');
    expect(within(dialog).getByLabelText('Monthly GB')).toHaveValue('lots');
    expect(within(dialog).getByLabelText('Monthly GB')).toHaveAccessibleDescription(/Enter a number/);
  });

  it('deleting a device can be undone with the Undo button', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Delete iPad' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Deleted device “iPad”/)).toBeInTheDocument();
    expect(rowNames('Devices')).toEqual(['Mom phone']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'iPad' })).toBeInTheDocument();
    expect((await screen.findByRole('rowheader', { name: 'iPad' })).closest('tr')).toHaveTextContent(
      'Hotspot from Mom line or Dad line',
    );
  });

  it('Ctrl+Z undoes the last deletion', async () => {
    const { householdId } = await seedSmithFamily(api);
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Delete Mom phone' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText(/Deleted device “Mom phone”/);

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('rowheader', { name: 'Mom phone' })).toBeInTheDocument();
    expect((await snapshotOf(householdId)).devices).toHaveLength(2);
  });

  it('lets the user dismiss the undo notice', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Delete Dad' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText(/Deleted member “Dad”/);
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    });
    expect(screen.queryByText(/Deleted member “Dad”/)).not.toBeInTheDocument();
  });
});
