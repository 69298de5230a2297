import { Badge, Box, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceStatus } from '@shared/engine/advise';
import type { AdviceOptionInWords } from '@shared/i18n/render';
import { SourceLine } from '../catalog/SourceLine';
import { useFactFormat } from '../catalog/useFactFormat';

const STATUS_COLOR: Record<AdviceStatus, 'green' | 'red' | 'amber'> = { yes: 'green', no: 'red', unknown: 'amber' };

/**
 * One way to share data, as the advisor answered it: whether it works, what it
 * costs a month, how to do it, what to watch out for, why not, and the page
 * the answer rests on with the date it was verified.
 */
export function OptionCard(props: { option: AdviceOptionInWords; carrierName: string; usesYourEdit: boolean }) {
  const { option, carrierName, usesYourEdit } = props;
  const { t } = useTranslation('advice');
  const format = useFactFormat();
  const headingId = useId();

  const cost =
    option.status !== 'yes' || option.monthlyCost === null
      ? null
      : option.monthlyCost === 0
        ? t('page.monthlyCostZero', { cost: format.usd(0) })
        : t('page.monthlyCost', { cost: format.usd(option.monthlyCost) });
  // An option ruled out by the relationship alone rests on no catalog fact: nothing to cite.
  const cites = option.source !== null || option.verified !== null;

  return (
    <Card asChild size="2">
      <article aria-labelledby={headingId}>
        <Flex direction="column" gap="3">
          <Flex justify="between" align="start" gap="2" wrap="wrap">
            <Heading as="h4" size="3" id={headingId}>
              {option.title}
            </Heading>
            <Badge color={STATUS_COLOR[option.status]} size="2" variant="soft">
              {t(`statuses.${option.status}`)}
            </Badge>
          </Flex>
          <Text size="2" color="gray">
            {t(`kindDescriptions.${option.kind}`)}
          </Text>
          {cost ? (
            <Text size="2">
              <Text weight="medium">
                {t('page.estimatedCost')}
                {t('page.colon')}
              </Text>
              {cost}
            </Text>
          ) : option.status === 'yes' ? (
            <Text size="2">{t('page.monthlyCostUnknown')}</Text>
          ) : null}
          {option.reason ? (
            <Text size="2">
              {option.status === 'no' ? (
                <Text weight="medium">
                  {t('page.whyNot')}
                  {t('page.colon')}
                </Text>
              ) : null}
              {option.reason}
            </Text>
          ) : null}
          <HeadedList id={`${headingId}-steps`} heading={t('page.steps')} items={option.steps} ordered />
          <HeadedList id={`${headingId}-caveats`} heading={t('page.caveats')} items={option.caveats} />
          <Flex direction="column" gap="1">
            {cites ? <SourceLine of={option} /> : null}
            <Flex gap="2" align="center" wrap="wrap">
              <Text size="1" color="gray">
                {t('page.confirmWith', { carrier: carrierName })}
              </Text>
              {usesYourEdit ? <Badge color="blue">{t('page.usesYourEdit')}</Badge> : null}
            </Flex>
          </Flex>
        </Flex>
      </article>
    </Card>
  );
}

/** Steps (numbered) or caveats under their small heading, which names the list; nothing when there are none. */
function HeadedList(props: { id: string; heading: string; items: readonly string[]; ordered?: boolean }) {
  if (props.items.length === 0) return null;
  const List = props.ordered ? 'ol' : 'ul';
  return (
    <Box>
      <Heading as="h5" size="2" mb="1" id={props.id}>
        {props.heading}
      </Heading>
      <List className="dp-advice-list" aria-labelledby={props.id}>
        {props.items.map((item) => (
          <li key={item}>
            <Text size="2">{item}</Text>
          </li>
        ))}
      </List>
    </Box>
  );
}
