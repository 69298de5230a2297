import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { choose, renderApp, switchLanguage } from './render';
import { api } from '../support/backend';
import { FAMILY_POOL, seedSmithFamily } from '../support/families';

/** An option card, found by its heading as a screen reader user would. */
function optionCard(title: string) {
  return screen.getByRole('article', { name: title });
}

async function findOptionCard(title: string) {
  return screen.findByRole('article', { name: title });
}

describe('Can I share my data? page', () => {
  it('answers for a carrier and a friend with every option, its status, cost and source', async () => {
    const { user } = await renderApp('#/advice');
    expect(screen.getByRole('heading', { level: 2, name: 'Can I share my data?' })).toBeInTheDocument();
    expect(screen.getByText('Choose a carrier to see what you can do.')).toBeInTheDocument();

    await choose(user, screen.getByRole('combobox', { name: 'Carrier' }), 'Verizon');
    await user.click(screen.getByRole('radio', { name: 'A friend (another account)' }));
    await user.type(screen.getByRole('textbox', { name: 'How much data (GB, optional)' }), '5');

    const hotspot = await findOptionCard('Share your hotspot');
    expect(within(hotspot).getByText('Possible')).toBeInTheDocument();
    expect(hotspot).toHaveTextContent('Estimated cost: $0 a month — no extra cost');
    expect(within(hotspot).getByRole('list', { name: 'How to do it' })).toHaveTextContent(/Turn on Personal Hotspot/);
    expect(within(hotspot).getByRole('list', { name: 'Good to know' })).toHaveTextContent(/drains your battery/);
    const source = within(hotspot).getByRole('link', { name: /verizon\.com/ });
    expect(source.getAttribute('href')).toMatch(/^https:\/\//);
    expect(source).toHaveAttribute('target', '_blank');
    expect(hotspot).toHaveTextContent(/Verified Dec 7, 2026/);
    expect(hotspot).toHaveTextContent('page dated');
    expect(within(hotspot).getByTestId('fact-quote')).toHaveTextContent(/200 GB\/mo/);
    expect(hotspot).toHaveTextContent('Confirm with Verizon before you rely on it.');

    // A pool cannot reach a friend's account whatever the carrier: folded away under "other ways", not a failure.
    expect(screen.queryByRole('article', { name: 'Shared data pool' })).not.toBeInTheDocument();
    const otherWays = screen.getByTestId('advice-other-ways');
    expect(otherWays).toHaveTextContent('Other ways, which do not fit this relationship');
    expect(otherWays).toHaveTextContent('Shared data pool');

    const gift = optionCard('Carrier data gift');
    expect(within(gift).getByText('Unknown — check with the carrier')).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: 'How lines on Verizon share data' })).toBeInTheDocument();
  });

  it('lists the options that work first', async () => {
    const { user } = await renderApp('#/advice');
    await choose(user, screen.getByRole('combobox', { name: 'Carrier' }), 'US Mobile');
    await user.click(screen.getByRole('radio', { name: 'Family on another account' }));
    await findOptionCard('Share your hotspot');

    const statuses = screen
      .getAllByRole('article')
      .map((card) => within(card).getByText(/^(Possible|Not possible|Unknown — check with the carrier)$/).textContent);
    const rank = { Possible: 0, 'Unknown — check with the carrier': 1, 'Not possible': 2 } as Record<string, number>;
    expect(statuses[0]).toBe('Possible');
    const ranks = statuses.map((s) => rank[s ?? ''] ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('answers in Chinese, with the 主卡/副卡 explanation one click away', async () => {
    const { user } = await renderApp('#/advice');
    await switchLanguage(user, '简体中文');
    expect(screen.getByRole('heading', { level: 2, name: '我的流量能分给别人吗？' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '流量共享' })).toBeInTheDocument();

    await choose(user, screen.getByRole('combobox', { name: '运营商' }), 'T-Mobile');
    await user.click(screen.getByRole('radio', { name: '在另一个账户的家人' }));

    const hotspot = await findOptionCard('开热点 (hotspot) 给对方用');
    expect(within(hotspot).getByText('可以')).toBeInTheDocument();
    expect(hotspot).toHaveTextContent(/打开个人热点/);
    expect(within(hotspot).getByRole('link', { name: /theverysoon\.com/ })).toBeInTheDocument();
    expect(within(hotspot).getByTestId('fact-quote')).toBeInTheDocument();
    expect(hotspot).toHaveTextContent('媒体、评测或论坛');
    expect(screen.getByTestId('advice-other-ways')).toHaveTextContent('其他方式（不适用于这种关系）');
    expect(screen.getByTestId('advice-other-ways')).toHaveTextContent('共享流量池');
    expect(screen.getByRole('heading', { name: 'T-Mobile 的号码怎么共享流量' })).toBeInTheDocument();

    const explanation = screen.getByText(/在国内，共享套餐（主卡\/副卡）/);
    expect(explanation).not.toBeVisible();
    await user.click(screen.getByText('为什么美国的“家庭套餐”不等于国内的主卡/副卡'));
    expect(explanation).toBeVisible();
    expect(screen.getByText(/Mint Family、Cricket 的 Group Save/)).toBeVisible();
  });

  it('asks again in the new language when the language changes', async () => {
    const { user } = await renderApp('#/advice');
    await choose(user, screen.getByRole('combobox', { name: 'Carrier' }), 'Verizon');
    const card = await findOptionCard('Share your hotspot');
    expect(card).toHaveTextContent(/Turn on Personal Hotspot/);

    await switchLanguage(user, '简体中文');
    const translated = await findOptionCard('开热点 (hotspot) 给对方用');
    expect(translated).toHaveTextContent(/打开个人热点/);
  });

  it("starts from the household plan's carrier, and choosing one of its lines picks that carrier again", async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/advice');
    const carrier = screen.getByRole('combobox', { name: 'Carrier' });
    expect(carrier).toHaveTextContent('Verizon');

    await choose(user, carrier, 'AT&T');
    expect(await screen.findByRole('heading', { name: 'How lines on AT&T share data' })).toBeInTheDocument();

    await choose(user, screen.getByRole('combobox', { name: 'Your line' }), 'Mom line');
    expect(carrier).toHaveTextContent('Verizon');
    expect(screen.getByRole('combobox', { name: 'Your line' })).toHaveAccessibleDescription(
      'Your plan is with Verizon.',
    );
    expect(await screen.findByRole('heading', { name: 'How lines on Verizon share data' })).toBeInTheDocument();
  });

  it('finds the catalog carrier of a plan whose carrier was typed as "T-Mobile"', async () => {
    const { householdId } = await seedSmithFamily(api);
    await api('plan.set', { householdId, plan: { ...FAMILY_POOL, carrier: 't-mobile' } });
    const { user } = await renderApp('#/advice');
    await choose(user, screen.getByRole('combobox', { name: 'Your line' }), 'Dad line');
    expect(screen.getByRole('combobox', { name: 'Carrier' })).toHaveTextContent('T-Mobile');
    expect(await screen.findByRole('heading', { name: 'How lines on T-Mobile share data' })).toBeInTheDocument();
  });

  it('says when the plan names a carrier the catalog does not know', async () => {
    const { householdId } = await seedSmithFamily(api);
    await api('plan.set', { householdId, plan: { ...FAMILY_POOL, carrier: 'tinymobile' } });
    const { user } = await renderApp('#/advice');
    await choose(user, screen.getByRole('combobox', { name: 'Your line' }), 'Mom line');
    expect(screen.getByRole('combobox', { name: 'Your line' })).toHaveAccessibleDescription(
      /"tinymobile" is not in the carrier catalog/,
    );
    expect(screen.getByText('Choose a carrier to see what you can do.')).toBeInTheDocument();
  });

  it('answers for a specific plan of the carrier', async () => {
    const { user } = await renderApp('#/advice');
    await choose(user, screen.getByRole('combobox', { name: 'Carrier' }), 'Verizon');
    await choose(user, screen.getByRole('combobox', { name: 'Plan (if you know it)' }), 'Shared Data (legacy)');
    const pool = await findOptionCard('Shared data pool');
    await within(pool).findByText('Possible');
    expect(pool).toHaveTextContent(/Shared Data \(legacy\) is no longer sold/);
  });

  it('keeps a mistyped amount in the field and says what is wrong', async () => {
    const { user } = await renderApp('#/advice');
    await choose(user, screen.getByRole('combobox', { name: 'Carrier' }), 'Verizon');
    const amount = screen.getByRole('textbox', { name: 'How much data (GB, optional)' });
    await user.type(amount, 'lots');
    expect(amount).toHaveValue('lots');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(/Enter a number/);
    expect(await findOptionCard('Share your hotspot')).toBeInTheDocument();
  });
});
