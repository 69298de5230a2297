/** Renders the whole app the way a user meets it, and the few gestures every test needs. */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '@renderer/app/App';

export async function renderApp(hash = '#/household') {
  window.location.hash = hash;
  const user = userEvent.setup();
  const view = render(<App />);
  // The page heading appears once start-up has loaded the active household.
  await screen.findByRole('heading', { level: 2 }, { timeout: 10_000 });
  return { user, ...view };
}

/** Opens a Radix select (found by its label) and picks an option by its visible name. */
export async function choose(user: UserEvent, combobox: HTMLElement, option: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole('option', { name: option }));
}

export async function switchLanguage(user: UserEvent, language: 'English' | '简体中文') {
  const label = document.documentElement.lang === 'zh-CN' ? '语言' : 'Language';
  await choose(user, screen.getByRole('combobox', { name: label }), language);
}

export async function openDialog(user: UserEvent, button: HTMLElement) {
  await user.click(button);
  return screen.findByRole('dialog');
}

export function table(name: string) {
  return screen.getByRole('table', { name });
}

/** The row of a table whose row header is `rowName`. */
export function tableRow(tableName: string, rowName: string | RegExp): HTMLElement {
  const row = within(table(tableName)).getByRole('rowheader', { name: rowName }).closest('tr');
  if (!row) throw new Error(`no row ${String(rowName)} in ${tableName}`);
  return row;
}

export function rowNames(tableName: string): string[] {
  return within(table(tableName))
    .queryAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}
