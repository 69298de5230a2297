import { Box, Flex, Heading, TabNav } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { NAMESPACES } from '@shared/i18n';
import { AlertsBell } from '../features/alerts/AlertsBell';
import { HouseholdSwitcher } from '../features/householdSwitcher/HouseholdSwitcher';
import { LanguageSwitch } from './LanguageSwitch';
import { hrefOf, labelOf, routes, type AppRoute } from './routes';
import { ThemeSwitch } from './ThemeSwitch';

export function Header({ current }: { current: AppRoute }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <Box asChild px="4" pt="3" className="dp-header">
      <header>
        <Flex align="center" justify="between" gap="3" wrap="wrap">
          <Flex align="center" gap="3">
            <Heading as="h1" size="5">
              {t('app.name')}
            </Heading>
            <HouseholdSwitcher />
          </Flex>
          <Flex align="center" gap="2">
            <AlertsBell />
            <LanguageSwitch />
            <ThemeSwitch />
          </Flex>
        </Flex>
        <TabNav.Root aria-label={t('nav.label')} mt="2">
          {routes
            .filter((route) => !route.hidden)
            .map((route) => (
              <TabNav.Link key={route.id} href={hrefOf(route)} active={route.id === current.id}>
                {labelOf(t, route)}
              </TabNav.Link>
            ))}
        </TabNav.Root>
      </header>
    </Box>
  );
}
