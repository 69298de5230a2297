import { Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { CaptionedTable } from '@renderer/ui/CaptionedTable';

/**
 * A section of the cycle page built around one table: its heading (which
 * names the section), a sentence on what it shows if any, the captioned
 * table, then notes under it (`children`).
 */
export function TableSection(props: {
  headingId: string;
  heading: string;
  intro?: string;
  caption: string;
  /** The table's header and body. */
  table: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={props.headingId}>
      <Heading as="h3" size="4" mb={props.intro ? '1' : '3'} id={props.headingId}>
        {props.heading}
      </Heading>
      {props.intro ? (
        <Text as="p" size="2" color="gray" mb="3">
          {props.intro}
        </Text>
      ) : null}
      <CaptionedTable caption={props.caption}>{props.table}</CaptionedTable>
      {props.children}
    </section>
  );
}
