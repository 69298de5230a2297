import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { choose, renderApp, switchLanguage } from './render';
import { api, snapshotOf } from '../support/backend';
import { FAMILY_POOL, seedSmithFamily } from '../support/families';

const FITS = 'Plans that fit';
const MAY_FIT = 'Plans that may fit';
const NO_FIT = 'Plans that don’t fit';

/** The row of a plan, in whichever group it is. */
function planRow(name: string): HTMLElement {
  const row = screen.getAllByRole('rowheader', { name: new RegExp(`^${name}`) })[0]?.closest('tr');
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

function group(id: 'fits' | 'may-fit' | 'no-fit'): HTMLElement {
  return screen.getByTestId(`compare-group-${id}`);
}

async function comparisonShown() {
  await screen.findByRole('heading', { name: /^Plans that may fit|^可能够用的套餐/ });
}

/** The Smiths plus a laptop that tethers 200 GB a month to Dad's line: far more than their 30 GB pool. */
async function seedHeavyTethering() {
  const family = await seedSmithFamily(api);
  await api('devices.create', {
    householdId: family.householdId,
    device: {
      name: 'Laptop',
      kind: 'laptop',
      ownerId: null,
      sim: 'none',
      lineId: null,
      monthlyGB: 200,
      hotspotFrom: [family.dadLine.id],
    },
  });
  return family;
}

describe('Compare page', () => {
  it('groups the plans: fits with a total, may fit with what is unknown, does not fit with why', async () => {
    await seedSmithFamily(api);
    await renderApp('#/compare');
    await comparisonShown();

    const own = within(group('fits'))
      .getByRole('rowheader', { name: /^Family Pool 30/ })
      .closest('tr')!;
    expect(own).toHaveTextContent('Your plan');
    expect(own).toHaveTextContent('Verizon');
    expect(own).toHaveTextContent('$100.00');
    expect(screen.getByRole('table', { name: FITS })).toBeInTheDocument();

    // T-Mobile Experience: only the 1-line price and no hotspot allowance are sourced.
    const experience = within(screen.getByRole('table', { name: MAY_FIT }))
      .getByRole('rowheader', { name: /^Experience More \/ Beyond/ })
      .closest('tr')!;
    expect(experience).toHaveTextContent('Price unknown');
    expect(within(experience).getByTestId('compare-unknowns')).toHaveTextContent('the price for 2 lines');
    expect(within(experience).getByTestId('compare-unknowns')).toHaveTextContent(/hotspot allowance of Experience/);
    expect(within(experience).getByText('I checked: the price is …')).toBeInTheDocument();

    expect(screen.getByRole('table', { name: NO_FIT })).toBeInTheDocument();
    expect(screen.getByText(/plans? fits? your lines\./)).toBeInTheDocument();
  });

  it('"I checked: the price is …" stores your price, dated today, and the plan then has a total', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/compare');
    await comparisonShown();
    const experience = planRow('Experience More / Beyond');
    await user.click(within(experience).getByText('I checked: the price is …'));
    const inputs = within(experience).getAllByRole('textbox', { name: /Price per line of .* for 2 lines/ });
    for (const input of inputs) await user.type(input, '70');
    await user.click(within(experience).getByRole('button', { name: 'Save my check' }));

    // The price is known now: the plan ranks by its total among the plans that may fit (its hotspot is still unknown).
    await within(group('may-fit')).findByText('$140.00');
    const mayFitPlans = within(group('may-fit'))
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(mayFitPlans.indexOf('Experience More / Beyond')).toBeLessThan(mayFitPlans.indexOf('Cricket Unlimited'));
    expect(within(planRow('Experience More / Beyond')).queryByText('I checked: the price is …')).toBeNull();
    const tmobile = (await api('catalog.list', {})).find((e) => e.carrier.id === 'tmobile')!;
    const fact = Object.values(tmobile.carrier.plans.experience!.tiers).find(
      (t) => t.pricePerLine.byUser,
    )!.pricePerLine;
    expect(fact).toMatchObject({ value: [85, 70], byUser: true });
    expect(fact.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(tmobile.changedPaths.length).toBeGreaterThan(0);
  });

  it('takes an offer you saw into the comparison', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp('#/compare');
    await comparisonShown();
    await user.click(screen.getByText('Add an offer you saw'));
    const form = screen.getByTestId('compare-add-offer');
    await choose(user, within(form).getByRole('combobox', { name: 'Carrier' }), 'Visible');
    await user.type(within(form).getByRole('textbox', { name: 'Plan name' }), 'Visible+ deal');
    await user.type(within(form).getByRole('textbox', { name: /Price per line/ }), '25');
    await user.type(within(form).getByRole('textbox', { name: /High-speed data/ }), 'unlimited');
    await user.type(within(form).getByRole('textbox', { name: /Hotspot per line/ }), 'unlimited');
    await user.type(within(form).getByRole('textbox', { name: /Priority data/ }), 'none');
    await user.click(within(form).getByRole('button', { name: 'Add the offer' }));
    expect(await within(form).findByText(/Offer added/)).toBeInTheDocument();

    // Visible's eSIM support is not sourced and Mom's phone is eSIM-only: it may fit, at $50 for the two lines.
    const offer = await screen.findByRole('rowheader', { name: /^Visible\+ deal/ });
    expect(within(group('may-fit')).getByRole('rowheader', { name: /^Visible\+ deal/ })).toBe(offer);
    expect(offer.closest('tr')).toHaveTextContent('$50.00');
    const visible = (await api('catalog.list', {})).find((e) => e.carrier.id === 'visible')!;
    const plan = Object.values(visible.carrier.plans).find((p) => p.name === 'Visible+ deal')!;
    expect(plan.enteredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists the plans that fit before those that do not', async () => {
    const { householdId } = await seedHeavyTethering();
    await api('plan.set', {
      householdId,
      plan: { ...FAMILY_POOL, name: 'Pool 300', poolGB: 300, pricePerLine: [90, 80] },
    });
    await renderApp('#/compare');
    await comparisonShown();

    expect(within(group('fits')).getByRole('rowheader', { name: /^Pool 300/ })).toBeInTheDocument();
    // Groups come in order: fits, may fit, does not fit.
    const order = screen.getAllByTestId(/^compare-group-/).map((g) => g.dataset.testid);
    expect(order).toEqual(['compare-group-fits', 'compare-group-may-fit', 'compare-group-no-fit']);
  });

  it('says why a plan does not fit, in words, with line names', async () => {
    await seedHeavyTethering();
    await renderApp('#/compare');
    await comparisonShown();

    const own = within(group('no-fit'))
      .getByRole('rowheader', { name: /^Family Pool 30/ })
      .closest('tr')!;
    expect(own).toHaveTextContent('The pool (30 GB) is smaller than what your lines need (218 GB).');
  });

  it('says which line no tier fits', async () => {
    const { householdId } = await seedSmithFamily(api);
    await api('plan.set', {
      householdId,
      plan: {
        name: 'Go5G',
        carrier: 'tmobile',
        kind: 'per-line',
        poolGB: null,
        cycleStartDay: 1,
        cycleLengthDays: null,
        cycleAnchor: null,
        pricePerLine: [],
        esim: true,
        tiers: [{ name: 'Basic', dataGB: null, premiumGB: 0, hotspotGB: 5, pricePerLine: [65, 55] }],
      },
    });
    await renderApp('#/compare');
    await comparisonShown();

    const own = within(group('no-fit')).getByRole('rowheader', { name: /^Go5G/ }).closest('tr')!;
    expect(own).toHaveTextContent('No tier fits Mom line (needs 18 GB and tethers 6 GB).');
    expect(own).toHaveTextContent('Dad line: Basic');
  });

  it("names the line whose eSIM-only device the plan can't take", async () => {
    const { householdId } = await seedSmithFamily(api);
    await api('plan.set', { householdId, plan: { ...FAMILY_POOL, name: 'No eSIM Pool', poolGB: 300, esim: false } });
    await renderApp('#/compare');
    await comparisonShown();

    const own = within(group('no-fit'))
      .getByRole('rowheader', { name: /^No eSIM Pool/ })
      .closest('tr')!;
    expect(own).toHaveTextContent('No eSIM support, but Mom line has an eSIM-only device.');
  });

  it('points to where catalog prices come from and asks to confirm with the carrier', async () => {
    await seedSmithFamily(api);
    await renderApp('#/compare');
    expect(screen.getByText(/the sentence that states it and the date it was last checked/)).toBeInTheDocument();
    expect(screen.getByText(/confirm the price and terms with the carrier/)).toBeInTheDocument();
  });

  it('says it in Chinese', async () => {
    await seedHeavyTethering();
    const { user } = await renderApp('#/compare');
    await comparisonShown();
    await switchLanguage(user, '简体中文');

    const own = within(screen.getByRole('table', { name: '不够用的套餐' }))
      .getByRole('rowheader', { name: /^Family Pool 30/ })
      .closest('tr');
    expect(own).toHaveTextContent('流量池（30 GB）比各号码共需的流量（218 GB）少。');
    expect(screen.getByRole('heading', { name: /^够用的套餐/ })).toBeInTheDocument();
    const mayFit = screen.getByRole('table', { name: '可能够用的套餐' });
    const experience = within(mayFit)
      .getByRole('rowheader', { name: /^Experience More/ })
      .closest('tr')!;
    expect(experience).toHaveTextContent('个号码的价格');
    expect(experience).toHaveTextContent('我问过了：价格是……');
  });
});

describe('"Try this plan"', () => {
  /** Fills in the 2-line price of T-Mobile Experience More ($70 a line), so Compare has a total for it: $140.00. */
  async function checkExperiencePrice(user: Awaited<ReturnType<typeof renderApp>>['user']) {
    const experience = planRow('Experience More / Beyond');
    await user.click(within(experience).getByText('I checked: the price is …'));
    for (const input of within(experience).getAllByRole('textbox', { name: /Price per line of .* for 2 lines/ }))
      await user.type(input, '70');
    await user.click(within(experience).getByRole('button', { name: 'Save my check' }));
    await waitFor(() => expect(planRow('Experience More / Beyond')).toHaveTextContent('$140.00'));
  }

  it('opens the what-if with the plan on a copy of the household; nothing is written', async () => {
    const family = await seedSmithFamily(api);
    const before = await snapshotOf(family.householdId);
    const { user } = await renderApp('#/compare');
    await comparisonShown();
    await checkExperiencePrice(user);

    await user.click(screen.getByRole('button', { name: 'Try this plan: Experience More / Beyond (T-Mobile)' }));
    expect(await screen.findByTestId('whatif-plan-name')).toHaveTextContent(
      'Plan in the what-if: Experience More / Beyond',
    );
    expect(window.location.hash).toBe('#/whatif');
    // The tier Compare chose for each line, and the cost Compare showed, beside today's $100.00.
    expect(screen.getByRole('combobox', { name: /Tier of Mom line/ })).toHaveTextContent('Experience More');
    expect(screen.getByText('Monthly cost now', { exact: false })).toHaveTextContent('$100.00');
    expect(screen.getByText('Monthly cost what-if', { exact: false })).toHaveTextContent('$140.00');
    expect(screen.getByText(/changes? from the household/)).toBeInTheDocument();

    expect(await snapshotOf(family.householdId)).toEqual(before);
  });

  it('says it in Chinese', async () => {
    const family = await seedSmithFamily(api);
    const before = await snapshotOf(family.householdId);
    const { user } = await renderApp('#/compare');
    await comparisonShown();
    await checkExperiencePrice(user);
    await switchLanguage(user, '简体中文');

    await user.click(await screen.findByRole('button', { name: '试试这个套餐：Experience More / Beyond（T-Mobile）' }));
    expect(await screen.findByTestId('whatif-plan-name')).toHaveTextContent(
      '假设方案用的套餐：Experience More / Beyond',
    );
    expect(screen.getByText('现在每月费用', { exact: false })).toHaveTextContent('$100.00');
    expect(screen.getByText('假设每月费用', { exact: false })).toHaveTextContent('$140.00');

    expect(await snapshotOf(family.householdId)).toEqual(before);
  });
});
