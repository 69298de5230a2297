import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { choose, openDialog, renderApp, switchLanguage, table } from './render';
import { api } from '../support/backend';

/** The value cell of one fact row, found by the fact's name (within a plan or tier section if given). */
function factRow(label: string, container: HTMLElement = document.body): HTMLElement {
  const term = within(container).getByText(label, { selector: 'dt' });
  const row = term.parentElement;
  if (!row) throw new Error(`no row for ${label}`);
  return row;
}

async function openCarrier(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('link', { name: `Edit ${name}` }));
  return screen.findByRole('heading', { level: 3, name });
}

async function saidFriendCanGetAVerizonGift(user: UserEvent) {
  await openCarrier(user, 'Verizon');
  const dialog = await openDialog(user, screen.getByRole('button', { name: 'Edit Give data to another account' }));
  await choose(user, within(dialog).getByRole('combobox', { name: 'Value' }), 'Yes');
  const source = within(dialog).getByRole('textbox', { name: 'Source (https link)' });
  await user.clear(source);
  await user.type(source, 'https://www.verizon.com/support/data-gifting/');
  await user.clear(within(dialog).getByLabelText('Verified on'));
  await user.type(within(dialog).getByLabelText('Verified on'), '2026-12-01');
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved. Advice now uses your value.');
}

describe('Carrier catalog page', () => {
  it('lists every carrier with its network, sharing model, eSIM and last verified date', async () => {
    await renderApp('#/catalog');
    expect(screen.getByRole('heading', { level: 2, name: 'Carrier facts' })).toBeInTheDocument();
    expect(screen.getByText(/Carriers change their policies/)).toBeInTheDocument();
    expect(screen.getByText(/kept when an app update brings new built-in facts/)).toBeInTheDocument();

    const carriers = await screen.findByRole('table', { name: 'Carriers' });
    const cricket = within(carriers).getByRole('rowheader', { name: 'Cricket Wireless' }).closest('tr');
    expect(cricket).toHaveTextContent('Runs on AT&T');
    expect(cricket).toHaveTextContent('Shared bill only');
    const verizon = within(carriers).getByRole('rowheader', { name: 'Verizon' }).closest('tr');
    expect(verizon).toHaveTextContent('Network operator');
    expect(verizon).toHaveTextContent('Depends on the plan');
    expect(verizon).toHaveTextContent('Dec 7, 2026');
    expect(verizon).toHaveTextContent('None');
  });

  it('shows every fact of a carrier with its source and date, and unknown values as unknown', async () => {
    const { user } = await renderApp('#/catalog');
    await openCarrier(user, 'Verizon');

    const sharing = factRow('Whether lines share data');
    expect(sharing).toHaveTextContent('Depends on the plan');
    // The source is named by host and page title, with the page's own date, the check date, the reliability and the quote.
    expect(within(sharing).getByRole('link', { name: /verizon\.com — How to make changes/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    );
    expect(sharing).toHaveTextContent('Verified Dec 7, 2026');
    expect(sharing).toHaveTextContent('page shows no date');
    expect(sharing).toHaveTextContent('Official carrier page');
    expect(within(sharing).getByTestId('fact-quote')).toHaveTextContent(
      'Verizon Shared data plans have a set amount of monthly data that all lines on the account use.',
    );
    expect(factRow('Give data to another account')).toHaveTextContent('Unknown — check with the carrier');
    expect(screen.getByRole('heading', { name: 'myPlan Unlimited' })).toBeInTheDocument();
    const ultimate = screen.getByRole('region', { name: 'Unlimited Ultimate' });
    expect(factRow('Hotspot allowance', ultimate)).toHaveTextContent('200 GB');
    expect(factRow('Hotspot allowance', ultimate)).toHaveTextContent('page dated');
    expect(factRow('Hotspot speed after the allowance', ultimate)).toHaveTextContent('6 Mbps');
  });

  it('marks a corrected fact as changed, and the advice uses the correction', async () => {
    const { user } = await renderApp('#/catalog');
    await saidFriendCanGetAVerizonGift(user);

    const gift = factRow('Give data to another account');
    expect(gift).toHaveTextContent('Yes');
    expect(within(gift).getByText('Changed by you')).toBeInTheDocument();
    expect(gift).toHaveTextContent('Built-in value: Unknown — check with the carrier');
    expect(within(gift).getByRole('link', { name: /verizon\.com/ })).toHaveAttribute(
      'href',
      'https://www.verizon.com/support/data-gifting/',
    );
    expect(gift).toHaveTextContent('Verified Dec 1, 2026');
    const saved = (await api('catalog.list', {})).find((e) => e.carrier.id === 'verizon');
    expect(saved?.carrier.gifting.otherAccount.value).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Share data' }));
    await choose(user, await screen.findByRole('combobox', { name: 'Carrier' }), 'Verizon');
    await user.click(screen.getByRole('radio', { name: 'A friend (another account)' }));
    const card = await screen.findByRole('article', { name: 'Carrier data gift' });
    expect(await within(card).findByText('Possible')).toBeInTheDocument();
    expect(within(card).getByText('Uses a fact you changed')).toBeInTheDocument();
    expect(screen.getByText(/You changed some of Verizon's facts/)).toBeInTheDocument();
  });

  it('resets a carrier to its built-in facts after asking', async () => {
    const { user } = await renderApp('#/catalog');
    await saidFriendCanGetAVerizonGift(user);

    await user.click(screen.getByRole('button', { name: 'Reset Verizon to built-in' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Reset Verizon to the built-in facts?' });
    expect(confirm).toHaveTextContent(/Your \d+ changes to this carrier are removed/);
    await user.click(within(confirm).getByRole('button', { name: 'Reset' }));

    expect(await screen.findByText('Verizon uses the built-in facts again.')).toBeInTheDocument();
    const gift = factRow('Give data to another account');
    expect(gift).toHaveTextContent('Unknown — check with the carrier');
    expect(within(gift).queryByText('Changed by you')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset Verizon to built-in' })).toBeDisabled();
    const saved = (await api('catalog.list', {})).find((e) => e.carrier.id === 'verizon');
    expect(saved?.changedPaths).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'Share data' }));
    await choose(user, await screen.findByRole('combobox', { name: 'Carrier' }), 'Verizon');
    await user.click(screen.getByRole('radio', { name: 'A friend (another account)' }));
    const card = await screen.findByRole('article', { name: 'Carrier data gift' });
    expect(await within(card).findByText('Unknown — check with the carrier')).toBeInTheDocument();
  });

  it('corrects the prices of a plan tier', async () => {
    const { user } = await renderApp('#/catalog');
    await openCarrier(user, 'AT&T');
    const extra = screen.getByRole('region', { name: 'Unlimited Extra' });
    expect(factRow('Price per line, by number of lines', extra)).toHaveTextContent(
      '1 line: $75 · 2 lines: not given · 3 lines: not given · 4 lines: $40',
    );

    const dialog = await openDialog(
      user,
      within(extra).getByRole('button', { name: 'Edit Price per line, by number of lines (Unlimited Extra)' }),
    );
    const prices = within(dialog).getByRole('textbox', { name: 'Value ($)' });
    expect(prices).toHaveValue('75, ?, ?, 40');
    await user.clear(prices);
    await user.type(prices, '75，65，55，40');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved. Advice now uses your value.');
    const row = factRow('Price per line, by number of lines', screen.getByRole('region', { name: 'Unlimited Extra' }));
    expect(row).toHaveTextContent('1 line: $75 · 2 lines: $65 · 3 lines: $55 · 4 lines: $40');
    expect(within(row).getByText('Changed by you')).toBeInTheDocument();
  });

  it('refuses a source that is not https, next to the field; your own check needs no source', async () => {
    const { user } = await renderApp('#/catalog');
    await openCarrier(user, 'Verizon');
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Edit Give data to another account' }));
    await choose(user, within(dialog).getByRole('combobox', { name: 'Value' }), 'Yes');
    const source = within(dialog).getByRole('textbox', { name: 'Source (https link)' });
    await user.clear(source);
    await user.type(source, 'http://example.com/gift');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Use an https:// link.')).toBeInTheDocument();
    expect(source).toHaveAttribute('aria-invalid', 'true');

    expect((await api('catalog.list', {})).find((e) => e.carrier.id === 'verizon')?.changedPaths).toEqual([]);

    // A value the user checked with the carrier is theirs: dated, marked as entered by them, no page needed.
    await user.clear(source);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Advice now uses your value.');
    const gift = factRow('Give data to another account');
    expect(gift).toHaveTextContent('Entered by you');
    expect(gift).toHaveTextContent('your own check');
  });

  it("keeps an MVNO's parent network listed", async () => {
    const { user } = await renderApp('#/catalog');
    await openCarrier(user, 'Cricket Wireless');
    const dialog = await openDialog(user, screen.getByRole('button', { name: 'Edit Network' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'AT&T' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/must stay listed/)).toBeInTheDocument();
  });

  it('adds and removes plans and tiers, each marked as yours and resettable', async () => {
    const { user } = await renderApp('#/catalog');
    await openCarrier(user, 'T-Mobile');

    // Remove a built-in tier, then put it back.
    const experience = screen.getByRole('region', { name: 'Experience More / Beyond' });
    await user.click(within(experience).getByRole('button', { name: 'Remove tier Experience Beyond' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Experience Beyond' })).not.toBeInTheDocument());
    expect(
      within(screen.getByRole('region', { name: 'Experience More / Beyond' })).getByText('Changed by you'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Put plan Experience More / Beyond back as built in' }));
    expect(await screen.findByRole('region', { name: 'Experience Beyond' })).toBeInTheDocument();

    // Add a plan of your own, with a tier; it is dated and marked as entered by you.
    await user.type(screen.getByRole('textbox', { name: 'New plan name' }), 'Family deal');
    await user.click(screen.getByRole('button', { name: 'Add a plan' }));
    // The plan comes with one tier of the same name; the plan's region is the outer one.
    const added = (await screen.findAllByRole('region', { name: 'Family deal' }))[0]!;
    expect(within(added).getByText(/^Entered by you \d{4}-\d{2}-\d{2}$/)).toBeInTheDocument();
    await user.type(within(added).getByRole('textbox', { name: 'New tier name' }), 'Plus');
    await user.click(within(added).getByRole('button', { name: 'Add a tier' }));
    expect(await screen.findByRole('region', { name: 'Plus' })).toBeInTheDocument();
    const saved = (await api('catalog.list', {})).find((e) => e.carrier.id === 'tmobile')!;
    expect(Object.values(saved.carrier.plans).map((p) => p.name)).toContain('Family deal');

    // Remove a built-in plan: it is listed as removed by you, with a way back.
    await user.click(screen.getByRole('button', { name: 'Remove plan Essentials' }));
    expect(await screen.findByText('You removed Essentials.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore Essentials' }));
    expect((await screen.findAllByRole('region', { name: 'Essentials' })).length).toBeGreaterThan(0);
    expect(screen.queryByText('You removed Essentials.')).not.toBeInTheDocument();
  });

  it('speaks Chinese, with the same facts', async () => {
    const { user } = await renderApp('#/catalog');
    await switchLanguage(user, '简体中文');
    expect(screen.getByRole('heading', { level: 2, name: '运营商资料' })).toBeInTheDocument();
    const cricket = within(table('运营商')).getByRole('rowheader', { name: 'Cricket Wireless' }).closest('tr');
    expect(cricket).toHaveTextContent('使用 AT&T 的网络');
    expect(cricket).toHaveTextContent('只合并账单');

    await user.click(screen.getByRole('link', { name: '编辑 Verizon' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Verizon' })).toBeInTheDocument();
    expect(factRow('能否把流量给另一个账户')).toHaveTextContent('不确定——请向运营商确认');
    expect(factRow('号码之间是否共享流量')).toHaveTextContent('2026年12月7日 核实');
    expect(factRow('号码之间是否共享流量')).toHaveTextContent('运营商官方网页');
    expect(within(factRow('号码之间是否共享流量')).getByTestId('fact-quote')).toHaveTextContent('Shared data plans');
    expect(screen.getByRole('button', { name: '修改“能否把流量给另一个账户”' })).toBeInTheDocument();
  });
});
