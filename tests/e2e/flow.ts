/**
 * The household flow a new user goes through, written once and run in both
 * shells: add a member and two devices, edit one, delete it and undo.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

function rowHeader(page: Page, name: string): Locator {
  return page.getByRole('rowheader', { name, exact: true });
}

export async function householdFlow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Household', exact: true }).click();

  await page.getByRole('button', { name: 'Add member' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Grandma');
  await choose(page, dialog.getByLabel('Role', { exact: true }), 'Adult');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await rowHeader(page, 'Grandma').waitFor();

  await page.getByRole('button', { name: 'Add device' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill("Grandma's phone");
  await choose(page, dialog.getByLabel('Kind', { exact: true }), 'Phone');
  await choose(page, dialog.getByLabel('Owner', { exact: true }), 'Grandma');
  await choose(page, dialog.getByLabel('SIM', { exact: true }), 'eSIM');
  await dialog.getByLabel('Monthly GB', { exact: true }).fill('8');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await rowHeader(page, "Grandma's phone").waitFor();

  await page.getByRole('button', { name: 'Add device' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('iPad');
  await choose(page, dialog.getByLabel('Kind', { exact: true }), 'Tablet');
  await dialog.getByLabel('Monthly GB', { exact: true }).fill('3');
  // Enter submits the form, as in any desktop form.
  await dialog.getByLabel('Monthly GB', { exact: true }).press('Enter');
  await rowHeader(page, 'iPad').waitFor();

  // Edit: rename the iPad and raise its monthly use.
  await page.getByRole('button', { name: 'Edit iPad' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Family iPad');
  await dialog.getByLabel('Monthly GB', { exact: true }).fill('4.5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await rowHeader(page, 'Family iPad').waitFor();
  const ipadRow = page.getByRole('row').filter({ has: rowHeader(page, 'Family iPad') });
  await expect.poll(() => ipadRow.textContent()).toContain('4.5 GB');

  // Delete asks first, then can be undone right away.
  await page.getByRole('button', { name: "Delete Grandma's phone" }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => rowHeader(page, "Grandma's phone").count()).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await rowHeader(page, "Grandma's phone").waitFor();
  const phoneRow = page.getByRole('row').filter({ has: rowHeader(page, "Grandma's phone") });
  await expect.poll(() => phoneRow.textContent()).toContain('Grandma');
}

export async function switchToChinese(page: Page): Promise<void> {
  await choose(page, page.getByLabel('Language', { exact: true }), '简体中文');
}

export async function switchToEnglish(page: Page): Promise<void> {
  await choose(page, page.getByLabel('语言', { exact: true }), 'English');
}

/** Asks the "Can I share my data?" page a question: a carrier, who gets the data, and how much. */
export async function askAdvice(
  page: Page,
  labels: { nav: string; carrier: string; relationship: string; gb: string },
  answers: { carrier: string; relationship: string; gb: string },
): Promise<void> {
  await page.getByRole('link', { name: labels.nav, exact: true }).click();
  await choose(page, page.getByRole('combobox', { name: labels.carrier, exact: true }), answers.carrier);
  await page.getByRole('radio', { name: answers.relationship }).click();
  await page.getByRole('textbox', { name: labels.gb }).fill(answers.gb);
}
