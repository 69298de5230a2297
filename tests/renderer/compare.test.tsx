import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, switchLanguage, table, tableRow } from './render';
import { api, FAMILY_POOL, seedSmithFamily } from './seed';
import { BUILTIN_CATALOG } from '../../shared/catalog/carriers';
import { catalogPlans } from '../../shared/catalog/plans';

const RANKING = 'Plans ranked for your household';

function planRow(name: string): HTMLElement {
  return tableRow(RANKING, new RegExp(`^${name}`));
}

/** The Smiths plus a laptop that tethers 200 GB a month to Dad's line: far more than their 30 GB pool. */
async function seedHeavyTethering() {
  const family = await seedSmithFamily();
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
  it('ranks the catalog plans and the family plan, saying which fit', async () => {
    await seedSmithFamily();
    await renderApp('#/compare');
    await screen.findByRole('table', { name: RANKING });

    const own = planRow('Family Pool 30');
    expect(own).toHaveTextContent('Your plan');
    expect(own).toHaveTextContent('Verizon');
    expect(own).toHaveTextContent('Fits');
    expect(own).toHaveTextContent('$100.00');
    const rows = within(table(RANKING)).getAllByRole('rowheader');
    // Every catalog plan still sold with known prices, plus the family's own plan.
    expect(rows).toHaveLength(catalogPlans(BUILTIN_CATALOG).length + 1);
    expect(screen.getByText(/plans? fits? your lines\./)).toBeInTheDocument();
  });

  it('lists the plans that fit before those that do not', async () => {
    const { householdId } = await seedHeavyTethering();
    await api('plan.set', {
      householdId,
      plan: { ...FAMILY_POOL, name: 'Pool 300', poolGB: 300, pricePerLine: [90, 80] },
    });
    await renderApp('#/compare');
    await screen.findByRole('table', { name: RANKING });

    expect(planRow('Pool 300')).toHaveTextContent('Fits');
    const verdicts = within(table(RANKING))
      .getAllByRole('row')
      .slice(1)
      .map((row) => (/Doesn’t fit/.test(row.textContent ?? '') ? 'no' : 'yes'));
    expect(verdicts).toEqual([...verdicts].sort((x, y) => (x === y ? 0 : x === 'yes' ? -1 : 1)));
  });

  it('says why a plan does not fit, in words, with line names', async () => {
    await seedHeavyTethering();
    await renderApp('#/compare');
    await screen.findByRole('table', { name: RANKING });

    const own = planRow('Family Pool 30');
    expect(own).toHaveTextContent('Doesn’t fit');
    expect(own).toHaveTextContent('The pool (30 GB) is smaller than what your lines need (218 GB).');
  });

  it('says which line no tier fits', async () => {
    const { householdId } = await seedSmithFamily();
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
    await screen.findByRole('table', { name: RANKING });

    const own = planRow('Go5G');
    expect(own).toHaveTextContent('Doesn’t fit');
    expect(own).toHaveTextContent('No tier fits Mom line (needs 18 GB and tethers 6 GB).');
    expect(own).toHaveTextContent('Dad line: Basic');
  });

  it("names the line whose eSIM-only device the plan can't take", async () => {
    const { householdId } = await seedSmithFamily();
    await api('plan.set', { householdId, plan: { ...FAMILY_POOL, name: 'No eSIM Pool', poolGB: 300, esim: false } });
    await renderApp('#/compare');
    await screen.findByRole('table', { name: RANKING });

    const own = planRow('No eSIM Pool');
    expect(own).toHaveTextContent('Doesn’t fit');
    expect(own).toHaveTextContent('No eSIM support, but Mom line has an eSIM-only device.');
  });

  it('points to where catalog prices come from and asks to confirm with the carrier', async () => {
    await seedSmithFamily();
    await renderApp('#/compare');
    expect(screen.getByText(/each with the date it was last checked/)).toBeInTheDocument();
    expect(screen.getByText(/confirm the price and terms with the carrier/)).toBeInTheDocument();
  });

  it('says it in Chinese', async () => {
    await seedHeavyTethering();
    const { user } = await renderApp('#/compare');
    await screen.findByRole('table', { name: RANKING });
    await switchLanguage(user, '简体中文');

    const own = within(screen.getByRole('table', { name: '按你家情况排好的套餐' }))
      .getByRole('rowheader', { name: /^Family Pool 30/ })
      .closest('tr');
    expect(own).toHaveTextContent('不够用');
    expect(own).toHaveTextContent('流量池（30 GB）比各号码共需的流量（218 GB）少。');
  });
});
