import { Badge, Button, DataList, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '@shared/catalog/schema';
import { factAt, isChanged, labelKeyOf, valueKindOf } from './factPaths';
import { SourceLine } from './SourceLine';
import { useFactFormat } from './useFactFormat';

export interface FactEditRequest {
  path: string;
  label: string;
  /** Where the fact belongs ("Verizon", "Verizon · myPlan Unlimited"), for the dialog. */
  scope: string;
}

/**
 * Facts of one part of a carrier (the account, a plan, a tier) as label/value
 * rows: the value (or "Unknown — check with the carrier"), a mark and the
 * built-in value when the user changed it, the app's note, where the fact
 * comes from, and a button to correct it.
 */
export function FactList(props: {
  entry: CatalogEntry;
  paths: readonly string[];
  /** The plan or tier the facts belong to, for button names; null for the carrier's own facts. */
  part: string | null;
  scope: string;
  onEdit(request: FactEditRequest): void;
}) {
  const { t } = useTranslation(['catalog', 'advice']);
  const format = useFactFormat();
  const { entry, paths, part, scope, onEdit } = props;
  return (
    <DataList.Root orientation={{ initial: 'vertical', sm: 'horizontal' }} size="2">
      {paths.map((path) => {
        const fact = factAt(entry.carrier, path);
        if (!fact) return null;
        const kind = valueKindOf(path);
        const label = t(`advice:facts.${labelKeyOf(path)}`);
        const changed = isChanged(entry.changedPaths, path);
        const builtin = changed && entry.builtin ? factAt(entry.builtin, path) : undefined;
        const note = fact.note ? (format.locale === 'zh-CN' ? fact.note.zh : fact.note.en) : null;
        return (
          <DataList.Item key={path} align="start">
            <DataList.Label minWidth="14em">{label}</DataList.Label>
            <DataList.Value>
              <Flex direction="column" gap="1" width="100%">
                <Flex gap="2" align="center" wrap="wrap" justify="between">
                  <Flex gap="2" align="center" wrap="wrap">
                    <Text weight="medium" color={fact.value === null ? 'amber' : undefined}>
                      {format.value(kind, fact.value)}
                    </Text>
                    {changed ? <Badge color="blue">{t('fact.changed')}</Badge> : null}
                  </Flex>
                  <Button
                    size="1"
                    variant="soft"
                    aria-label={
                      part ? t('fact.editNamedIn', { fact: label, scope: part }) : t('fact.editNamed', { fact: label })
                    }
                    onClick={() => onEdit({ path, label, scope })}
                  >
                    {t('fact.edit')}
                  </Button>
                </Flex>
                {builtin ? (
                  <Text size="1" color="gray">
                    {t('fact.builtin', { value: format.value(kind, builtin.value) })}
                  </Text>
                ) : null}
                {note ? <Text size="2">{note}</Text> : null}
                <SourceLine of={fact} />
              </Flex>
            </DataList.Value>
          </DataList.Item>
        );
      })}
    </DataList.Root>
  );
}
