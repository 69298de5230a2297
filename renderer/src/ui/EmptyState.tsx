import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

/** What an empty list says: what belongs here and the button that adds it. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <Card variant="surface">
      <Flex direction="column" gap="2" align="start" p="2">
        <Heading as="h3" size="3">
          {title}
        </Heading>
        <Text size="2" color="gray">
          {body}
        </Text>
        {action}
      </Flex>
    </Card>
  );
}
