/**
 * Electron checklist item 15: a link leaves the app for the system browser
 * only if it is https and the user confirmed its host in a dialog. Catalog
 * sources are user-editable, so the page may hold any https address.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { linkPrompt, openExternalAfterConfirm, type ExternalOpener, type LinkPrompt } from '@electron/main/external';
import { installGuards } from '@electron/main/window';
import type { Locale } from '@shared/domain/schemas';

function opener(answer: boolean, locale: Locale = 'en') {
  const prompts: LinkPrompt[] = [];
  const open = vi.fn();
  const value: ExternalOpener = {
    confirm: async (prompt) => {
      prompts.push(prompt);
      return answer;
    },
    open,
    locale: () => locale,
  };
  return { value, prompts, open };
}

describe('opening links outside the app (checklist item 15)', () => {
  it('asks first, naming the host, and opens only when the user says yes', async () => {
    const yes = opener(true);
    expect(await openExternalAfterConfirm('https://www.t-mobile.com/support', yes.value)).toBe(true);
    expect(yes.prompts).toHaveLength(1);
    expect(yes.prompts[0]!.message).toContain('www.t-mobile.com');
    expect(yes.open.mock.calls).toEqual([['https://www.t-mobile.com/support']]);

    const no = opener(false);
    expect(await openExternalAfterConfirm('https://www.t-mobile.com/support', no.value)).toBe(false);
    expect(no.prompts).toHaveLength(1);
    expect(no.open).not.toHaveBeenCalled();
  });

  it('never asks about, or opens, anything but plain https', async () => {
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@x.com/']) {
      const yes = opener(true);
      expect(await openExternalAfterConfirm(url, yes.value)).toBe(false);
      expect(yes.prompts).toEqual([]);
      expect(yes.open).not.toHaveBeenCalled();
    }
  });

  it('names the host the browser would really visit (https:\\\\evil.com, look-alike letters)', async () => {
    const yes = opener(true);
    await openExternalAfterConfirm('https:\\\\evil.com\\terms', yes.value);
    expect(yes.prompts[0]!.message).toContain('evil.com');
    expect(linkPrompt('en', 'https://xn--tmobil-fya.com/').message).toContain('xn--tmobil-fya.com');
    expect(linkPrompt('en', new URL('https://tmobilé.com/').href).message).toContain('xn--');
  });

  it('asks in the app’s language, with Cancel as the default button', () => {
    const en = linkPrompt('en', 'https://www.verizon.com/plans');
    const zh = linkPrompt('zh-CN', 'https://www.verizon.com/plans');
    expect(en.message).toBe('Open a page on www.verizon.com in your web browser?');
    expect(zh.message).toBe('要在浏览器中打开 www.verizon.com 上的网页吗？');
    expect(en.detail).toContain('https://www.verizon.com/plans');
    expect(zh.buttons).toEqual(['在浏览器中打开', '取消']);
  });

  it('is what a window.open from the page goes through', async () => {
    let handler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = { on: vi.fn(), setWindowOpenHandler: (h: typeof handler) => (handler = h) };
    const no = opener(false);
    installGuards(contents as never, (url) => openExternalAfterConfirm(url, no.value));
    expect(handler!({ url: 'https://att.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(no.prompts).toHaveLength(1));
    expect(no.open).not.toHaveBeenCalled();
  });

  it('is the only way the Electron shell reaches shell.openExternal', () => {
    const root = join(import.meta.dirname, '../..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const callers = files(join(root, 'electron')).filter((f) => /shell\.openExternal\(/.test(readFileSync(f, 'utf8')));
    expect(callers.map((f) => relative(root, f))).toEqual(['electron/main/index.ts']);
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8');
    expect(main.match(/shell\.openExternal\(/g)).toHaveLength(1);
    expect(main).toContain('installGuards(contents, (url) => openExternalAfterConfirm(url, externalOpener)');
  });
});
