import { Flex, Link, Text, VisuallyHidden } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Reliability } from '../../../../shared/catalog/schema';
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

/**
 * Where a fact comes from: a link to the page (opened in the system browser:
 * the Electron window routes https links out), when it was verified, the
 * page's own date and how far to trust the page.
 */
export function SourceLine({
  of: { source, verified, sourceDate, reliability },
}: {
  /** A fact, a note or an advice option: anything that says where it comes from. */
  of: { source: string | null; verified: string | null; sourceDate: string | null; reliability: Reliability | null };
}) {
  const { t } = useTranslation('advice');
  const format = useFactFormat();
  const host = source ? httpsHost(source) : null;
  return (
    <Flex gap="2" wrap="wrap" align="baseline">
      <Text size="1" color="gray">
        {t('page.source')}
        {t('page.colon')}
        {source && host ? (
          <Link href={source} target="_blank" rel="noreferrer" size="1">
            {host}
            <VisuallyHidden> {t('page.opensInBrowser')}</VisuallyHidden>
          </Link>
        ) : (
          t('page.noSource')
        )}
      </Text>
      {verified ? (
        <Text size="1" color="gray">
          · {t('page.verified', { date: format.date(verified) })}
        </Text>
      ) : null}
      {sourceDate ? (
        <Text size="1" color="gray">
          · {t('page.sourceDated', { date: format.sourceDate(sourceDate) })}
        </Text>
      ) : null}
      {reliability ? (
        <Text size="1" color={reliability === 'low' ? 'amber' : 'gray'}>
          · {t(`page.reliability.${reliability}`)}
        </Text>
      ) : null}
    </Flex>
  );
}
