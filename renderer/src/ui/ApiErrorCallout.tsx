import { Callout, Flex, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import { describeApiError } from '../i18n/validation';

/** An API error in the user's language: what happened, then each field that was wrong. */
export function ApiErrorCallout({ error, children }: { error: ApiError; children?: ReactNode }) {
  const { t } = useTranslation('errors');
  const { title, details } = describeApiError(error);
  return (
    <Callout.Root color="red" role="alert">
      <Callout.Text>
        <Flex as="span" direction="column" gap="1">
          <Text as="span" weight="medium">
            {title}
          </Text>
          {details.length > 0 ? (
            <Text as="span" size="2">
              {t('details')}{' '}
              {details.map((d) => (
                <Text as="span" key={d} style={{ display: 'block' }}>
                  {d}
                </Text>
              ))}
            </Text>
          ) : null}
        </Flex>
      </Callout.Text>
      {children}
    </Callout.Root>
  );
}
