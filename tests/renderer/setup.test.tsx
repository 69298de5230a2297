import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, switchLanguage } from './render';
import { api } from '../support/backend';

describe('first run', () => {
  it('opens the setup on a new data file and sets the household up in the model’s order', async () => {
    const { user } = await renderApp('');
    expect(window.location.hash).toBe('#/setup');
    expect(await screen.findByRole('heading', { name: 'Step 1 of 4: Carrier and plan' })).toBeInTheDocument();

    // The carrier by its display name, as the list shows it.
    await user.type(screen.getByLabelText('Carrier'), 'AT&T');
    await user.type(screen.getByLabelText('Plan name'), 'Family 30');
    await user.type(screen.getByLabelText('Pool size (GB)'), '30');
    await user.clear(screen.getByLabelText('Bill cycle starts on day'));
    await user.type(screen.getByLabelText('Bill cycle starts on day'), '5');
    await user.type(screen.getByLabelText(/^Price per line/), '60, 50');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { name: 'Step 2 of 4: Lines' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('How many lines (phone numbers) are on the plan?'));
    await user.type(screen.getByLabelText('How many lines (phone numbers) are on the plan?'), '2');
    await user.tab();
    await user.type(screen.getByLabelText('Line 1 name · Whose line is it? (a name)'), 'Mom');
    await user.type(screen.getByLabelText('Line 2 name · Whose line is it? (a name)'), 'Grandma');
    await user.type(screen.getByLabelText('Line 2 name'), 'Grandma’s number');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { name: 'Step 3 of 4: People and devices' })).toBeInTheDocument();
    expect(screen.getByLabelText('Person 1')).toHaveValue('Mom');
    expect(screen.getByLabelText('Person 2')).toHaveValue('Grandma');
    await user.type(screen.getByLabelText('Device 1 name'), 'Mom’s iPhone');
    await user.type(screen.getByLabelText('GB a month of device 1'), '12');
    await user.type(screen.getByLabelText('Device 2 name'), 'iPad');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { name: 'Step 4 of 4: Usage so far' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Used so far by Mom’s number (GB)'), '4.5');
    await user.click(screen.getByRole('button', { name: 'Finish and show my plan' }));

    await waitFor(() => expect(window.location.hash).toBe('#/plan'));
    const [household] = await api('households.list', {});
    const snapshot = await api('households.get', { householdId: household!.id });
    expect(snapshot.household.name).toBe('Our family');
    expect(snapshot.plan).toMatchObject({
      carrier: 'att',
      kind: 'pool',
      poolGB: 30,
      cycleStartDay: 5,
      pricePerLine: [60, 50],
    });
    expect(snapshot.members.map((m) => m.name)).toEqual(['Mom', 'Grandma']);
    expect(snapshot.lines.map((l) => l.name)).toEqual(['Mom’s number', 'Grandma’s number']);
    expect(snapshot.lines.map((l) => l.memberId)).toEqual(snapshot.members.map((m) => m.id));
    expect(snapshot.devices.map((d) => [d.name, d.monthlyGB])).toEqual([
      ['Mom’s iPhone', 12],
      ['iPad', 0],
    ]);
    expect(snapshot.readings.map((r) => r.usedGB)).toEqual([4.5]);
  });

  it('loads a labelled sample family in Chinese, and deletes it in one click', async () => {
    const { user } = await renderApp('');
    await switchLanguage(user, '简体中文');
    await user.click(await screen.findByTestId('onboarding-sample'));
    await waitFor(() => expect(window.location.hash).toBe('#/plan'));
    expect(await screen.findByText('这是一个示例家庭，数字都是编的，只供随便看看，不是你的数据。')).toBeInTheDocument();
    const households = await api('households.list', {});
    const sample = households.find((h) => h.name === '示例家庭（演示数据）')!;
    const snapshot = await api('households.get', { householdId: sample.id });
    expect(snapshot.members.map((m) => m.role)).toContain('grandparent');
    expect(snapshot.lines).toHaveLength(4);
    expect(snapshot.readings.length).toBeGreaterThan(4);
    // Names a Chinese-speaking family uses for each other, not the English ones translated.
    expect(snapshot.members.map((m) => m.name)).toEqual(['妈妈', '爸爸', '小雨', '小明', '奶奶']);
    expect(snapshot.lines.map((l) => l.name)).toEqual(['妈妈的号码', '爸爸的号码', '小雨的号码', '奶奶的号码']);
    expect(snapshot.devices.map((d) => d.name)).toContain('小明的 iPad');
    expect(snapshot.plan?.name).toBe('全家共享 30 GB');
    expect(JSON.stringify(snapshot)).not.toMatch(/Mom|Dad|Lily|Max|Grandma|Family Pool/);

    await user.click(screen.getByRole('button', { name: '删除示例家庭' }));
    await waitFor(async () =>
      expect((await api('households.list', {})).map((h) => h.name)).not.toContain('示例家庭（演示数据）'),
    );
  });

  it('names the sample family in English in the English UI, labelled as a sample', async () => {
    const { user } = await renderApp('');
    await user.click(await screen.findByTestId('onboarding-sample'));
    await waitFor(() => expect(window.location.hash).toBe('#/plan'));
    expect(await screen.findByTestId('sample-banner')).toHaveTextContent('This is a sample family');
    const sample = (await api('households.list', {})).find((h) => h.name === 'Sample family (example data)')!;
    const snapshot = await api('households.get', { householdId: sample.id });
    expect(snapshot.members.map((m) => m.name)).toEqual(['Mom', 'Dad', 'Lily', 'Max', 'Grandma']);
    expect(snapshot.lines.map((l) => l.name)).toContain('Lily’s number');
    expect(snapshot.plan?.name).toBe('Family Pool 30');
  });
});
