import { Box, Flex, Heading, Text } from '@radix-ui/themes';
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** Theme colours, so the charts follow light and dark mode like the rest of the page. */
export const CHART_COLORS = {
  demand: 'var(--gray-8)',
  budget: 'var(--accent-9)',
  forecast: 'var(--amber-9)',
  used: 'var(--blue-9)',
  axis: 'var(--gray-11)',
  grid: 'var(--gray-a5)',
  limit: 'var(--red-9)',
} as const;

/**
 * A chart as a figure named by its title and described by the sentence under
 * it (the tables on the page hold the same numbers for every reader).
 * `id` prefixes the ids of title and description.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  description: string;
  heightPx: number;
  children: ReactElement;
}) {
  const titleId = `${props.id}-title`;
  const descriptionId = `${props.id}-description`;
  return (
    <Flex asChild direction="column" gap="2">
      <figure aria-labelledby={titleId} aria-describedby={descriptionId} style={{ margin: 0 }}>
        <Heading as="h3" size="3" id={titleId}>
          {props.title}
        </Heading>
        <Text as="p" size="1" color="gray" id={descriptionId}>
          {props.description}
        </Text>
        <Box width="100%">
          <ResponsiveContainer width="100%" height={props.heightPx}>
            {props.children}
          </ResponsiveContainer>
        </Box>
      </figure>
    </Flex>
  );
}

/** Tooltip values in GB, as everywhere else on the page. */
export function gbTooltip(gb: (value: number) => string) {
  return (value: unknown) => (typeof value === 'number' ? gb(value) : String(value ?? ''));
}
