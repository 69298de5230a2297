import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { formatIsoDate } from '../cycle/dates';

/**
 * Offers shown at first: a household with years of readings and no recorded
 * totals has dozens, and the page must not grow with its history.
 */
const OFFERS_PAGE = 6;

/** Ended cycles with readings but no total: one click records the last reading as the total. */
export function CycleTotalOffers() {
  const { t } = useTranslation('usage');
  const format = useFormat();
  // Worked out by the backend, which has the older readings the store does not hold.
  const offers = useStore((s) => s.missingTotals);
  const lineName = useStore(useShallow((s) => Object.fromEntries(s.lines.map((l) => [l.id, l.name]))));
  const record = useStore((s) => s.recordCycleTotal);
  const [shownCount, setShownCount] = useState(OFFERS_PAGE);
  if (offers.length === 0) return null;
  // Newest first: the cycle that just ended is the one the user most likely wants to record.
  const shown = offers.slice(-shownCount).reverse();
  const left = offers.length - shown.length;
  const date = (iso: string) => formatIsoDate(iso, format.locale);
  return (
    <Card asChild size="2">
      <section aria-labelledby="usage-cycle-totals">
        <Heading as="h3" size="3" id="usage-cycle-totals">
          {t('cycleTotals.heading')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="2">
          {t('cycleTotals.intro')}
        </Text>
        <Flex direction="column" gap="2">
          {shown.map((o) => (
            <Flex key={`${o.lineId}|${o.cycleStart}`} gap="3" align="center" wrap="wrap">
              <Text size="2">
                {t('cycleTotals.offer', {
                  line: lineName[o.lineId] ?? '',
                  start: date(o.cycleStart),
                  end: date(o.cycleEnd),
                  used: format.gb(o.usedGB),
                  date: date(o.date),
                })}
              </Text>
              <Button size="1" variant="soft" onClick={() => void record(o)}>
                {t('cycleTotals.record', { used: format.gb(o.usedGB) })}
              </Button>
            </Flex>
          ))}
          {left > 0 ? (
            <Flex>
              <Button size="1" variant="ghost" onClick={() => setShownCount(shownCount + OFFERS_PAGE)}>
                {t('cycleTotals.more', { count: Math.min(OFFERS_PAGE, left), left })}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </section>
    </Card>
  );
}
