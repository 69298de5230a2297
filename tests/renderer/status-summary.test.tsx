/**
 * The Plan page's "Copy summary" (plain text for a family chat, in the UI
 * language, every amount with its unit) and its print stylesheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@renderer/features/cycle/dates';
import { renderApp, switchLanguage } from './render';
import { api } from '../support/backend';
import { seedSmithFamily } from '../support/families';

/** The Smiths: Mom has used 6 GB, Dad 3 GB of his 5 GB cap. */
async function seedWithReadings() {
  const family = await seedSmithFamily(api);
  const { householdId } = family;
  await api('lines.update', { householdId, line: { ...family.dadLine, capGB: 5 } });
  for (const [line, usedGB] of [
    [family.momLine, 6],
    [family.dadLine, 3],
  ] as const) {
    await api('readings.add', { householdId, reading: { lineId: line.id, date: todayIso(), usedGB } });
  }
  return family;
}

async function copiedSummary(user: Awaited<ReturnType<typeof renderApp>>['user'], button: string, done: string) {
  await user.click(await screen.findByRole('button', { name: button }));
  await screen.findByText(done);
  return (await navigator.clipboard.readText()).split('\n');
}

const GB = String.raw`\d+(\.\d+)? GB`;

describe('Copy summary', () => {
  it('copies each line’s use, share or limit and forecast, with units, in English', async () => {
    await seedWithReadings();
    const { user } = await renderApp('#/plan');
    const text = await copiedSummary(user, 'Copy summary', 'Summary copied. Paste it into the family chat.');
    expect(text).toHaveLength(4);
    expect(text[0]).toMatch(
      /^Family Pool 30: [A-Z][a-z]{2} \d{1,2}, \d{4} – [A-Z][a-z]{2} \d{1,2}, \d{4}, \d+ days? left$/,
    );
    expect(text[1]).toMatch(new RegExp(`^Pool: 9 GB of 30 GB used, forecast ${GB}$`));
    expect(text[2]).toMatch(new RegExp(`^Mom line: 6 GB used / share ${GB}, forecast ${GB}$`));
    expect(text[3]).toMatch(new RegExp(`^Dad line: 3 GB used / limit 5 GB, forecast ${GB}$`));
  });

  it('copies it in Chinese, with a space between Chinese and numbers', async () => {
    await seedWithReadings();
    const { user } = await renderApp('#/plan');
    await switchLanguage(user, '简体中文');
    const text = await copiedSummary(user, '复制摘要', '摘要已复制，可以粘贴到家庭群里。');
    expect(text).toHaveLength(4);
    expect(text[0]).toMatch(/^Family Pool 30：\d{4}年\d{1,2}月\d{1,2}日 – \d{4}年\d{1,2}月\d{1,2}日，还剩 \d+ 天$/);
    expect(text[1]).toMatch(new RegExp(`^流量池：已用 9 GB，共 30 GB，预计 ${GB}$`));
    expect(text[2]).toMatch(new RegExp(`^Mom line：已用 6 GB / 分到 ${GB}，预计 ${GB}$`));
    expect(text[3]).toMatch(new RegExp(`^Dad line：已用 3 GB / 上限 5 GB，预计 ${GB}$`));
  });
});

describe('printing the Plan page', () => {
  it('has a print stylesheet that hides the navigation and the page’s buttons', async () => {
    await seedWithReadings();
    await renderApp('#/plan');
    const css = readFileSync(join(import.meta.dirname, '../../renderer/src/app/app.css'), 'utf8');
    const print = /@media print\s*{([\s\S]*?)\n}/.exec(css)?.[1] ?? '';
    expect(print).toMatch(/\.dp-header,[\s\S]*\.dp-no-print,[\s\S]*{\s*display: none !important;/);
    // The navigation sits in the header, and Copy summary / Print among the actions left off paper.
    expect(screen.getByRole('navigation').closest('.dp-header')).not.toBeNull();
    expect((await screen.findByRole('button', { name: 'Print' })).closest('.dp-no-print')).not.toBeNull();
  });
});
