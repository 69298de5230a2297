/**
 * Links that leave the app. Only plain https URLs go to the system browser,
 * and only after the user has confirmed the host in a dialog of the main
 * process: catalog sources are editable, so the page may hold any https link.
 * Pure apart from the two functions passed in, so it is tested under Node.
 */
import type { Locale } from '@shared/domain/schemas';
import { messageCatalogs } from '@shared/i18n';
import { formatMessage } from '@shared/i18n/render';
import { externalLinkTarget } from './origin';

export interface LinkPrompt {
  title: string;
  message: string;
  detail: string;
  /** [open, cancel]: the cancel button is the default, so Enter does not open an unread link. */
  buttons: [string, string];
}

/** The dialog's text; the host is shown as the URL parser sees it (punycode for look-alike letters). */
export function linkPrompt(locale: Locale, target: string): LinkPrompt {
  const text = messageCatalogs.common[locale].openLink;
  const values = { host: new URL(target).host, url: target };
  return {
    title: text.title,
    message: formatMessage(text.message, values),
    detail: formatMessage(text.detail, values),
    buttons: [text.open, text.cancel],
  };
}

export interface ExternalOpener {
  /** Shows the prompt; resolves with true when the user chose to open. */
  confirm(prompt: LinkPrompt): Promise<boolean>;
  open(url: string): Promise<unknown> | unknown;
  locale(): Locale;
}

/** Opens `raw` in the system browser if it is https and the user confirms its host; resolves whether it did. */
export async function openExternalAfterConfirm(raw: string, opener: ExternalOpener): Promise<boolean> {
  const target = externalLinkTarget(raw);
  if (!target) return false;
  if (!(await opener.confirm(linkPrompt(opener.locale(), target)))) return false;
  await opener.open(target);
  return true;
}
