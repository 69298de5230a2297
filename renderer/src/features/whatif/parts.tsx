import { Badge, Button, Card, Flex, Heading, Table, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDraft } from '@shared/planner/draft';
import { useStore } from '@renderer/store';

/** Changes the what-if in progress. */
export function useEdit(): (change: (draft: HouseholdDraft) => HouseholdDraft) => void {
  return useStore((s) => s.editWhatIf);
}

/** One part of the what-if: a card with its heading. */
export function EditorCard({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Card>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3">
          {heading}
        </Heading>
        {children}
      </Flex>
    </Card>
  );
}

/** "×" that takes a line or device out of the what-if, named for screen readers. */
export function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Button size="1" variant="soft" color="red" aria-label={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </Button>
  );
}

/** An amber "hypothetical" or "removed" marker. */
export function Marker({ children }: { children: ReactNode }) {
  return (
    <Badge color="amber" style={{ alignSelf: 'flex-start' }}>
      {children}
    </Badge>
  );
}

/** A line or device of the household the what-if removes, shown struck through with a way back. */
export function RemovedRow(props: { name: string; colSpan: number; restoreLabel: string; onRestore(): void }) {
  const { t } = useTranslation('whatif');
  return (
    <Table.Row>
      <Table.RowHeaderCell>
        <Flex gap="2" align="center" wrap="wrap">
          <Text as="span" className="dp-strike">
            {props.name}
          </Text>
          <Marker>{t('removed')}</Marker>
        </Flex>
      </Table.RowHeaderCell>
      <Table.Cell colSpan={props.colSpan}>
        <Button size="1" variant="soft" aria-label={props.restoreLabel} onClick={props.onRestore}>
          {t('restore')}
        </Button>
      </Table.Cell>
    </Table.Row>
  );
}
