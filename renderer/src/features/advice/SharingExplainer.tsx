import { Box, Card, Flex, Heading, Link, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { AdviceInWords } from '@shared/i18n/render';
import { carrierHref } from '../catalog/useCatalogSelection';
import { useFactFormat } from '../catalog/useFactFormat';

/** How lines on the carrier (or plan) share data, in plain words, with the carrier's network. */
export function SharingExplainer({ advice }: { advice: AdviceInWords }) {
  const { t } = useTranslation('advice');
  const format = useFactFormat();
  return (
    <Card size="2" asChild>
      <section aria-labelledby="advice-sharing-heading">
        <Flex direction="column" gap="2">
          <Heading as="h3" size="4" id="advice-sharing-heading">
            {t('page.sharingHeading', { carrier: advice.carrierName })}
          </Heading>
          <Text weight="bold">{advice.sharing.title}</Text>
          <Text size="2">{advice.sharing.text}</Text>
          <Flex gap="3" wrap="wrap" align="baseline">
            {advice.parentNetwork ? (
              <Text size="2" color="gray">
                {t('page.parentNetwork', { network: format.network(advice.parentNetwork) })}
              </Text>
            ) : null}
            <Link href={carrierHref(advice.carrier)} size="2">
              {t('page.editCatalog')}
            </Link>
          </Flex>
        </Flex>
      </section>
    </Card>
  );
}

/**
 * Why a US "family plan" is not the 主卡/副卡 plan Chinese families know, and
 * what an MVNO family plan that shares only the bill means. Collapsed: it is
 * background, not the answer.
 */
export function ChinaVsUs() {
  const { t } = useTranslation('advice');
  const paragraphs = t('chinaVsUs.paragraphs', { returnObjects: true });
  return (
    <Card size="2" asChild>
      <details className="dp-details">
        <summary>
          <Text weight="bold">{t('chinaVsUs.title')}</Text>{' '}
          <Text size="1" color="gray">
            {t('page.chinaVsUsHint')}
          </Text>
        </summary>
        <Box mt="3">
          <Flex direction="column" gap="2">
            {paragraphs.map((p) => (
              <Text as="p" size="2" key={p}>
                {p}
              </Text>
            ))}
          </Flex>
        </Box>
      </details>
    </Card>
  );
}
