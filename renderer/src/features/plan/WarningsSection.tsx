import { Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { PlanWarning, WarningCode } from '../../../../shared/engine/types';
import { useWarningText } from './useWarningText';

/** Red for what stops something working or runs out; amber for what only slows it down or needs a look. */
const COLOR: Record<WarningCode, 'red' | 'amber'> = {
  POOL_OVERSUBSCRIBED: 'red',
  FLOORS_EXCEED_POOL: 'amber',
  PREMIUM_EXCEEDED: 'amber',
  HOTSPOT_EXCEEDED: 'amber',
  NO_HOTSPOT_HOST: 'red',
  FORECAST_OVER_BUDGET: 'red',
  ESIM_UNSUPPORTED: 'red',
};

const PLAIN_LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;

export function WarningsSection({ warnings }: { warnings: PlanWarning[] }) {
  const { t } = useTranslation('plan');
  const textOf = useWarningText();
  return (
    <section aria-labelledby="plan-warnings-heading">
      <Heading as="h3" size="4" mb="3" id="plan-warnings-heading">
        {t('warnings.heading')}
      </Heading>
      {warnings.length === 0 ? (
        <Callout.Root color="green">
          <Callout.Text>{t('warnings.allClear')}</Callout.Text>
        </Callout.Root>
      ) : (
        <Flex asChild direction="column" gap="3">
          <ul style={PLAIN_LIST}>
            {warnings.map((w, i) => {
              const text = textOf(w);
              return (
                <li key={`${w.code}-${w.line ?? ''}-${w.device ?? ''}-${i}`}>
                  <Callout.Root color={COLOR[w.code]}>
                    <Flex direction="column" gap="1">
                      <Text as="p" weight="bold" size="2">
                        {text.title}
                      </Text>
                      <Text as="p" size="2">
                        {text.body}
                      </Text>
                      <Text as="p" size="2">
                        <Text weight="medium">{t('warnings.whatToDo')}</Text> {text.action}
                      </Text>
                    </Flex>
                  </Callout.Root>
                </li>
              );
            })}
          </ul>
        </Flex>
      )}
    </section>
  );
}
