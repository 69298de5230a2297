import { Box, Flex, Heading, Text } from '@radix-ui/themes';
import { useEffect, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/*
 * Series are drawn without animation (`isAnimationActive={false}`): the charts
 * redraw after every edit, and a bar growing for a second and a half each time
 * is noise, and work, at the moment the user looks at the new numbers.
 */

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
 * False for the first paint, true from the frame after: a page shows its
 * numbers first and draws its charts a frame later, so opening it after an
 * edit is not held up by the charts' layout.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

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
  const painted = usePainted();
  return (
    <Flex asChild direction="column" gap="2">
      <figure aria-labelledby={titleId} aria-describedby={descriptionId} style={{ margin: 0 }}>
        <Heading as="h3" size="3" id={titleId}>
          {props.title}
        </Heading>
        <Text as="p" size="1" color="gray" id={descriptionId}>
          {props.description}
        </Text>
        {/* The same height before the chart is drawn, so nothing below it moves. */}
        <Box width="100%" minHeight={`${props.heightPx}px`}>
          {painted ? (
            <ResponsiveContainer width="100%" height={props.heightPx}>
              {props.children}
            </ResponsiveContainer>
          ) : null}
        </Box>
      </figure>
    </Flex>
  );
}

/** Tooltip values in GB, as everywhere else on the page. */
export function gbTooltip(gb: (value: number) => string) {
  return (value: unknown) => (typeof value === 'number' ? gb(value) : String(value ?? ''));
}
