import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

/** One thing to do with the data file: what it is, its button, and how it went. */
export function DataCard({ heading, body, children }: { heading: string; body: string; children: ReactNode }) {
  return (
    <Card size="3">
      <Flex direction="column" gap="3" align="start">
        <Heading as="h3" size="4">
          {heading}
        </Heading>
        <Text size="2">{body}</Text>
        {children}
      </Flex>
    </Card>
  );
}
