import { Blockquote, Flex, Link, Text, VisuallyHidden } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Reliability } from '@shared/catalog/schema';
import { useFactFormat } from './useFactFormat';

/** The host of an https source, or null for anything else (never link what the schema would refuse). */
function httpsHost(source: string): string | null {
  try {
    const url = new URL(source);
    return url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

/** Anything that says where it comes from: a fact, a note or an advice option. */
export interface Cited {
  source: string | null;
  sourceTitle?: string | null;
  quote?: string | null;
  verified: string | null;
  sourceDate: string | null;
  reliability: Reliability | null;
  byUser?: boolean;
}

/**
 * Where a fact comes from, so the user can check it: the page (host and
 * title, opened in the system browser: the Electron window routes https links
 * out), the page's own date, when it was verified, how far to trust the page,
 * and the sentence of the page that states the value. A value the user
 * entered says so instead.
 */
export function SourceLine({ of }: { of: Cited }) {
  const { t } = useTranslation('advice');
  const format = useFactFormat();
  const { source, sourceTitle, quote, verified, sourceDate, reliability, byUser } = of;
  const host = source ? httpsHost(source) : null;
  return (
    <Flex direction="column" gap="1">
      {quote ? (
        <Blockquote size="1" data-testid="fact-quote" lang="en">
          “{quote}”
        </Blockquote>
      ) : null}
      <Flex gap="2" wrap="wrap" align="baseline">
        {byUser ? (
          <Text size="1" color="blue">
            {t('page.enteredByYou')}
          </Text>
        ) : null}
        <Text size="1" color="gray">
          {t('page.source')}
          {t('page.colon')}
          {source && host ? (
            <Link href={source} target="_blank" rel="noreferrer" size="1">
              {host}
              {sourceTitle ? ` — ${sourceTitle}` : ''}
              <VisuallyHidden> {t('page.opensInBrowser')}</VisuallyHidden>
            </Link>
          ) : (
            t(byUser ? 'page.noSourceYours' : 'page.noSource')
          )}
        </Text>
        {sourceDate ? (
          <Text size="1" color="gray">
            · {t('page.sourceDated', { date: format.sourceDate(sourceDate) })}
          </Text>
        ) : source ? (
          <Text size="1" color="gray">
            · {t('page.sourceUndated')}
          </Text>
        ) : null}
        {verified ? (
          <Text size="1" color="gray">
            · {t('page.verified', { date: format.date(verified) })}
          </Text>
        ) : null}
        {reliability ? (
          <Text size="1" color={reliability === 'low' ? 'amber' : 'gray'} data-testid="fact-reliability">
            · {t(`page.reliability.${reliability}`)}
          </Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
