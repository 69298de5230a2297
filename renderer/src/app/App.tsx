import { Button, Container, Flex, Text, Theme } from '@radix-ui/themes';
import { useEffect, type ComponentType, type MouseEvent } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { NoHousehold } from '../features/householdSwitcher/NoHousehold';
import { SampleBanner } from '../features/setup/SampleBanner';
import { i18n } from '../i18n';
import { useStore } from '../store';
import { Loading } from '../ui/Loading';
import { ErrorNotice } from './ErrorNotice';
import { Header } from './Header';
import { UndoNotice } from './UndoNotice';
import { useAppearance } from './useAppearance';
import { useHashRoute } from './useHashRoute';
import { useUndoShortcut } from './useUndoShortcut';

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedApp />
    </I18nextProvider>
  );
}

function ThemedApp() {
  const theme = useStore((s) => s.theme);
  const appearance = useAppearance(theme);
  return (
    <Theme appearance={appearance} accentColor="teal" grayColor="slate" radius="medium">
      <AppFrame />
    </Theme>
  );
}

function AppFrame() {
  const boot = useStore((s) => s.boot);
  const route = useHashRoute();
  useUndoShortcut();
  useEffect(() => {
    void boot();
  }, [boot]);

  const { t } = useTranslation('common');
  return (
    <>
      <a className="dp-skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <Header current={route} />
      <main id="main" tabIndex={-1}>
        <Container size="4" px="4" py="4">
          <Flex direction="column" gap="4">
            <ErrorNotice />
            <SampleBanner />
            <PageOrStatus Page={route.Page} />
          </Flex>
        </Container>
      </main>
      <UndoNotice />
    </>
  );
}

/** The app's routes live in the hash, so the skip link moves focus itself instead of following `#main`. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function PageOrStatus({ Page }: { Page: ComponentType }) {
  const { t } = useTranslation('common');
  const bootStatus = useStore((s) => s.bootStatus);
  const activeId = useStore((s) => s.activeHouseholdId);
  const boot = useStore((s) => s.boot);
  if (bootStatus === 'failed') {
    return (
      <Flex direction="column" gap="3" align="start">
        <Text>{t('status.bootFailed')}</Text>
        <Button onClick={() => void boot()}>{t('actions.retry')}</Button>
      </Flex>
    );
  }
  if (bootStatus !== 'ready') return <Loading />;
  if (!activeId) return <NoHousehold />;
  return <Page />;
}
