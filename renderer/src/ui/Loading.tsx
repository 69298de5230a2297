import { Flex, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation('common');
  return (
    <Flex align="center" gap="2" role="status">
      <Spinner />
      <Text color="gray">{t('status.loading')}</Text>
    </Flex>
  );
}
