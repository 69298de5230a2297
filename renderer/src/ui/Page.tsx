import { Flex, Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

/**
 * A page: its title, the paragraph on what it is for, then its content. A page
 * that refreshes in the background passes `status` ("Updating…" while it does,
 * "" otherwise): it stands beside the title and screen readers hear it change.
 */
export function Page({
  title,
  intro,
  status,
  children,
}: {
  title: string;
  intro: string;
  status?: string | undefined;
  children: ReactNode;
}) {
  const heading = (
    <Heading as="h2" size="6">
      {title}
    </Heading>
  );
  return (
    <Flex direction="column" gap="5">
      <div>
        {status === undefined ? (
          heading
        ) : (
          <Flex align="baseline" gap="3" wrap="wrap">
            {heading}
            <Text size="1" color="gray" role="status">
              {status}
            </Text>
          </Flex>
        )}
        {/* A reading width: some intros are a few sentences long. */}
        <Text as="p" color="gray" size="2" style={{ maxWidth: '70ch' }}>
          {intro}
        </Text>
      </div>
      {children}
    </Flex>
  );
}
