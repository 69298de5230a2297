import { Card, Flex, Heading } from '@radix-ui/themes';
import type { ReactNode } from 'react';

/** One of the small cards at the top of the cycle page: a heading, then what it sums up. */
export function SummaryCard({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Card size="2">
      <Flex direction="column" gap="2">
        <Heading as="h3" size="3">
          {heading}
        </Heading>
        {children}
      </Flex>
    </Card>
  );
}
