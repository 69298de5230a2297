import './advice.css';
import { Callout, Card, Flex, Grid, Heading, Link, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceInWords } from '@shared/i18n/render';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { Loading } from '@renderer/ui/Loading';
import { Page } from '@renderer/ui/Page';
import { CatalogLoaded } from '../catalog/CatalogLoaded';
import { isChanged } from '../catalog/factPaths';
import { selectCatalogEntry } from '../catalog/selectors';
import { carrierHref } from '../catalog/useCatalogSelection';
import { AdviceQuestion } from './AdviceQuestion';
import { OptionCard } from './OptionCard';
import { useAdviceText } from './useAdviceText';
import { selectAdviceCarrier, selectAdvicePlan } from './selectors';
import { ChinaVsUs, SharingExplainer } from './SharingExplainer';

/** "Can I share my data?": every way to give data to someone, per carrier and relationship. */
export function AdvicePage() {
  const { t } = useTranslation('advice');
  const catalogStatus = useStore((s) => s.catalogStatus);
  const carrier = useStore(selectAdviceCarrier);
  const plan = useStore(selectAdvicePlan);
  const to = useStore((s) => s.adviceTo);
  const gb = useStore((s) => s.adviceGB);
  const revision = useStore((s) => s.catalogRevision);
  const fetchAdvice = useStore((s) => s.fetchAdvice);
  const clearAdvice = useStore((s) => s.clearAdvice);

  // Ask again whenever the question or the catalog changes; a language switch only re-words the answer.
  useEffect(() => {
    if (catalogStatus !== 'ready') return;
    if (carrier === null) {
      clearAdvice();
      return;
    }
    void fetchAdvice({
      carrier,
      to,
      ...(gb !== null ? { gb } : {}),
      ...(plan !== null ? { plan } : {}),
    });
  }, [catalogStatus, carrier, plan, to, gb, revision, fetchAdvice, clearAdvice]);

  return (
    <Page title={t('page.title')} intro={t('page.intro')}>
      <CatalogLoaded>
        <Card size="3">
          <AdviceQuestion />
        </Card>
        {carrier === null ? <Text color="gray">{t('page.chooseCarrierPrompt')}</Text> : <AdviceAnswer />}
      </CatalogLoaded>
    </Page>
  );
}

function AdviceAnswer() {
  const { t } = useTranslation('advice');
  const inWords = useAdviceText();
  const answer = useStore((s) => s.advice);
  const status = useStore((s) => s.adviceStatus);
  const error = useStore((s) => s.adviceError);
  if (status === 'failed' && error) return <ApiErrorCallout error={error} />;
  if (!answer) return <Loading />;
  const advice = inWords(answer);
  return (
    <Flex direction="column" gap="4" aria-busy={status === 'loading'}>
      <SharingExplainer advice={advice} />
      <ChinaVsUs />
      <AdviceOptions advice={advice} />
      {status === 'loading' ? (
        <Text size="1" color="gray" role="status">
          {t('page.updating')}
        </Text>
      ) : null}
    </Flex>
  );
}

function AdviceOptions({ advice }: { advice: AdviceInWords }) {
  const { t } = useTranslation('advice');
  const entry = useStore(selectCatalogEntry(advice.carrier));
  const changedPaths = entry?.changedPaths ?? [];
  return (
    <section aria-labelledby="advice-options-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="advice-options-heading">
          {t('page.optionsHeading')}
        </Heading>
        <Callout.Root color="gray" size="1">
          <Callout.Text>{t('page.confirm')}</Callout.Text>
        </Callout.Root>
        {changedPaths.length > 0 ? (
          <Callout.Root color="blue" size="1">
            <Callout.Text>
              {t('page.carrierEdited', { carrier: advice.carrierName })}{' '}
              <Link href={carrierHref(advice.carrier)}>{t('page.editCatalog')}</Link>
            </Callout.Text>
          </Callout.Root>
        ) : null}
        <Grid columns={{ initial: '1', md: '2' }} gap="3">
          {advice.options
            .filter((option) => option.applies)
            .map((option) => (
              <OptionCard
                key={option.kind}
                option={option}
                carrierName={advice.carrierName}
                usesYourEdit={option.basis.some((path) => isChanged(changedPaths, path))}
              />
            ))}
        </Grid>
        {/* Options the chosen relationship rules out are no failure of the carrier: fold them away. */}
        {advice.options.some((option) => !option.applies) ? (
          <details data-testid="advice-other-ways">
            <summary>
              <Text size="2">{t('page.otherWays')}</Text>
            </summary>
            <Flex direction="column" gap="1" mt="2" asChild>
              <ul>
                {advice.options
                  .filter((option) => !option.applies)
                  .map((option) => (
                    <li key={option.kind}>
                      <Text size="2" weight="medium">
                        {option.title}
                      </Text>
                      {option.reason ? (
                        <Text size="2" color="gray">
                          {t('page.colon')}
                          {option.reason}
                        </Text>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </Flex>
          </details>
        ) : null}
      </Flex>
    </section>
  );
}
