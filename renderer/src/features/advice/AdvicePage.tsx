import './advice.css';
import { Button, Callout, Card, Flex, Grid, Heading, Link, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Advice } from '../../../../shared/engine/advise';
import { useStore } from '../../store';
import { ApiErrorCallout } from '../../ui/ApiErrorCallout';
import { Loading } from '../../ui/Loading';
import { isChanged } from '../catalog/factPaths';
import { selectCatalogEntry } from '../catalog/selectors';
import { carrierHref } from '../catalog/useCatalogSelection';
import { AdviceQuestion } from './AdviceQuestion';
import { OptionCard } from './OptionCard';
import { selectAdviceCarrier, selectAdvicePlan } from './selectors';
import { ChinaVsUs, SharingExplainer } from './SharingExplainer';

/** "Can I share my data?": every way to give data to someone, per carrier and relationship. */
export function AdvicePage() {
  const { t } = useTranslation(['advice', 'catalog', 'common']);
  const catalogStatus = useStore((s) => s.catalogStatus);
  const catalogError = useStore((s) => s.catalogError);
  const loadCatalog = useStore((s) => s.loadCatalog);
  const carrier = useStore(selectAdviceCarrier);
  const plan = useStore(selectAdvicePlan);
  const to = useStore((s) => s.adviceTo);
  const gb = useStore((s) => s.adviceGB);
  const locale = useStore((s) => s.locale);
  const revision = useStore((s) => s.catalogRevision);
  const fetchAdvice = useStore((s) => s.fetchAdvice);
  const clearAdvice = useStore((s) => s.clearAdvice);

  useEffect(() => {
    void loadCatalog();
  }, [loadCatalog]);

  // Ask again whenever the question, the language (steps come back in it) or the catalog changes.
  useEffect(() => {
    if (catalogStatus !== 'ready') return;
    if (carrier === null) {
      clearAdvice();
      return;
    }
    void fetchAdvice({
      carrier,
      to,
      locale,
      ...(gb !== null ? { gb } : {}),
      ...(plan !== null ? { plan } : {}),
    });
  }, [catalogStatus, carrier, plan, to, gb, locale, revision, fetchAdvice, clearAdvice]);

  return (
    <Flex direction="column" gap="5">
      <div>
        <Heading as="h2" size="6">
          {t('page.title')}
        </Heading>
        <Text color="gray" size="2">
          {t('page.intro')}
        </Text>
      </div>
      {catalogStatus === 'failed' && catalogError ? (
        <ApiErrorCallout error={catalogError}>
          <Flex gap="2" align="center">
            <Text size="2">{t('catalog:status.loadFailed')}</Text>
            <Button size="1" variant="soft" onClick={() => void loadCatalog(true)}>
              {t('common:actions.retry')}
            </Button>
          </Flex>
        </ApiErrorCallout>
      ) : catalogStatus !== 'ready' ? (
        <Loading />
      ) : (
        <>
          <Card size="3">
            <AdviceQuestion />
          </Card>
          {carrier === null ? <Text color="gray">{t('page.chooseCarrierPrompt')}</Text> : <AdviceAnswer />}
        </>
      )}
    </Flex>
  );
}

function AdviceAnswer() {
  const { t } = useTranslation('advice');
  const advice = useStore((s) => s.advice);
  const status = useStore((s) => s.adviceStatus);
  const error = useStore((s) => s.adviceError);
  if (status === 'failed' && error) return <ApiErrorCallout error={error} />;
  if (!advice) return <Loading />;
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

function AdviceOptions({ advice }: { advice: Advice }) {
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
          {advice.options.map((option) => (
            <OptionCard
              key={option.kind}
              option={option}
              carrierName={advice.carrierName}
              usesYourEdit={option.basis.some((path) => isChanged(changedPaths, path))}
            />
          ))}
        </Grid>
      </Flex>
    </section>
  );
}
