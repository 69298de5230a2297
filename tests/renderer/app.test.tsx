import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choose, openDialog, renderApp, rowNames, switchLanguage } from './render';
import { api } from '../support/backend';
import { seedSmithFamily } from '../support/families';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('starting the app', () => {
  it('creates an empty household named "My household" on first start and opens it', async () => {
    await renderApp();
    expect(screen.getByRole('button', { name: 'Household: My household' })).toBeInTheDocument();
    const households = await api('households.list', {});
    expect(households.map((h) => h.name)).toEqual(['My household']);
    expect((await api('settings.get', {})).activeHouseholdId).toBe(households[0]?.id);
    expect(screen.getByRole('heading', { name: 'No members yet' })).toBeInTheDocument();
  });

  it('speaks Chinese on a Chinese system and names the first household in Chinese', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-TW');
    await renderApp();
    expect(screen.getByRole('link', { name: '家庭' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '当前家庭：我的家庭' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
  });

  it('opens the household the user had open last time', async () => {
    await api('households.create', { name: 'Other family' });
    await seedSmithFamily(api);
    await renderApp();
    expect(screen.getByRole('button', { name: 'Household: Smith family' })).toBeInTheDocument();
    expect(rowNames('Members')).toEqual(['Mom', 'Dad']);
  });
});

describe('language and theme', () => {
  it('switching to 简体中文 translates the navigation and is remembered', async () => {
    const { user } = await renderApp();
    await switchLanguage(user, '简体中文');
    expect(screen.getByRole('link', { name: '家庭' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '套餐与号码' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '页面' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Datapool' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加成员' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveTextContent('简体中文');
    await waitFor(async () => expect((await api('settings.get', {})).locale).toBe('zh-CN'));

    await switchLanguage(user, 'English');
    expect(screen.getByRole('link', { name: 'Household' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Datapool' })).toBeInTheDocument();
  });

  it('starts in the language saved last time', async () => {
    await api('settings.update', { locale: 'zh-CN' });
    await renderApp();
    expect(screen.getByRole('link', { name: '套餐与号码' })).toBeInTheDocument();
  });

  it('remembers the chosen theme and applies it', async () => {
    const { user } = await renderApp();
    await choose(user, screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    await waitFor(async () => expect((await api('settings.get', {})).theme).toBe('dark'));
    expect(document.querySelector('.radix-themes')).toHaveClass('dark');
  });
});

describe('navigation', () => {
  it('moves between Household and Plan & lines with the tabs', async () => {
    const { user } = await renderApp();
    expect(screen.getByRole('link', { name: 'Household' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Plan & lines' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Plan & lines' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/plans');
    expect(screen.getByRole('link', { name: 'Plan & lines' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens the page the address names', async () => {
    await renderApp('#/plans');
    expect(screen.getByRole('heading', { level: 2, name: 'Plan & lines' })).toBeInTheDocument();
  });

  it('falls back to the first page for an unknown address', async () => {
    await renderApp('#/nowhere');
    expect(screen.getByRole('heading', { level: 2, name: 'Household' })).toBeInTheDocument();
  });
});

describe('households', () => {
  it('creates a second household, switches to it and back', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Household: Smith family' }));
    const dialog = await openDialog(user, await screen.findByRole('menuitem', { name: 'New household…' }));
    await user.type(within(dialog).getByLabelText('Name'), 'Grandparents{Enter}');

    expect(await screen.findByRole('button', { name: 'Household: Grandparents' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No members yet' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Household: Grandparents' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Smith family' }));
    expect(await screen.findByRole('rowheader', { name: 'Mom' })).toBeInTheDocument();
  });

  it('renames the household', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Household: My household' }));
    const dialog = await openDialog(user, await screen.findByRole('menuitem', { name: 'Rename household…' }));
    const name = within(dialog).getByLabelText('Name');
    expect(name).toHaveValue('My household');
    await user.clear(name);
    await user.type(name, 'The Lis');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Household: The Lis' })).toBeInTheDocument();
    expect((await api('households.list', {})).map((h) => h.name)).toEqual(['The Lis']);
  });

  it('deletes a household after confirming and brings it back with Undo', async () => {
    await seedSmithFamily(api);
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Household: Smith family' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete household…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText(/Deleted household “Smith family”/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No household yet' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Household: Smith family' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Mom' })).toBeInTheDocument();
  });
});

describe('errors', () => {
  it('tells the user, in their language, when something was already deleted elsewhere', async () => {
    const { householdId, dad } = await seedSmithFamily(api);
    const { user } = await renderApp();
    await switchLanguage(user, '简体中文');
    // Another window deletes Dad first.
    await api('members.delete', { householdId, id: dad.id });
    await user.click(screen.getByRole('button', { name: '删除 Dad' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '删除' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('这一项已经不存在了');
  });
});
