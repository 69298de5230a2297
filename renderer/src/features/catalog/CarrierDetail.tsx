import { Badge, Box, Callout, Card, Flex, Heading, Link, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '@shared/catalog/schema';
import { factAt, CARRIER_SECTIONS, PLAN_FACTS, TIER_FACTS } from './factPaths';
import { FactDialog } from './FactDialog';
import { FactList, type FactEditRequest } from './FactList';
import { NetworkText } from './NetworkText';
import { AddPlan, PlanToolbar, RemovedPlans, TierToolbar } from './PlanEditing';
import { ResetCarrier } from './ResetCarrier';
import { SourceLine } from './SourceLine';
import { useFactFormat } from './useFactFormat';

/** Every fact of one carrier, each with its source, ready to correct. */
export function CarrierDetail({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation(['catalog', 'common']);
  const format = useFactFormat();
  const { carrier } = entry;
  const [editing, setEditing] = useState<FactEditRequest | null>(null);
  const [saved, setSaved] = useState(false);
  const editingFact = editing ? factAt(carrier, editing.path) : undefined;
  const edit = (request: FactEditRequest) => {
    setSaved(false);
    setEditing(request);
  };

  return (
    <Flex direction="column" gap="4">
      <div>
        <Link href="#/catalog" size="2">
          ← {t('detail.back')}
        </Link>
      </div>
      <Flex justify="between" align="start" gap="3" wrap="wrap">
        <Flex direction="column" gap="1">
          <Heading as="h3" size="5" id="carrier-heading">
            {carrier.name}
          </Heading>
          <Text size="2" color="gray">
            <NetworkText carrier={carrier} builtin={entry.builtin !== null} />
          </Text>
        </Flex>
        <ResetCarrier entry={entry} />
      </Flex>
      {saved ? (
        <Callout.Root color="green" role="status">
          <Callout.Text>{t('form.saved')}</Callout.Text>
        </Callout.Root>
      ) : null}

      {CARRIER_SECTIONS.map((section) => (
        <Card key={section.id} asChild>
          <section aria-labelledby={`section-${section.id}`}>
            <Heading as="h4" size="3" mb="3" id={`section-${section.id}`}>
              {t(`detail.sections.${section.id}`)}
            </Heading>
            <FactList entry={entry} paths={section.paths} part={null} scope={carrier.name} onEdit={edit} />
          </section>
        </Card>
      ))}

      <section aria-labelledby="plans-heading">
        <Heading as="h4" size="4" mb="3" id="plans-heading">
          {t('detail.plans')}
        </Heading>
        {Object.keys(carrier.plans).length === 0 ? (
          <Text size="2" color="gray">
            {t('detail.noPlans')}
          </Text>
        ) : (
          <Flex direction="column" gap="3">
            {Object.entries(carrier.plans).map(([planId, plan]) => {
              const planScope = `${carrier.name} · ${plan.name}`;
              return (
                <Card key={planId} asChild>
                  <section aria-labelledby={`plan-${planId}`}>
                    <Heading as="h5" size="3" mb="2" id={`plan-${planId}`}>
                      {plan.name}
                    </Heading>
                    <PlanToolbar entry={entry} planId={planId} />
                    <FactList
                      entry={entry}
                      paths={PLAN_FACTS.map((f) => `plans.${planId}.${f}`)}
                      part={plan.name}
                      scope={planScope}
                      onEdit={edit}
                    />
                    {Object.entries(plan.tiers).map(([tierId, tier]) => (
                      <Box key={tierId} mt="4" asChild>
                        <section aria-labelledby={`tier-${planId}-${tierId}`}>
                          <Heading as="h6" size="2" mb="2" id={`tier-${planId}-${tierId}`}>
                            {tier.name}
                          </Heading>
                          <TierToolbar entry={entry} planId={planId} tierId={tierId} />
                          <FactList
                            entry={entry}
                            paths={TIER_FACTS.map((f) => `plans.${planId}.tiers.${tierId}.${f}`)}
                            part={tier.name}
                            scope={`${planScope} · ${tier.name}`}
                            onEdit={edit}
                          />
                        </section>
                      </Box>
                    ))}
                    {plan.notes.length > 0 ? (
                      <Flex direction="column" gap="2" mt="3">
                        {plan.notes.map((note, i) => (
                          <Flex key={i} direction="column" gap="1">
                            <Text size="2">{format.locale === 'zh-CN' ? note.text.zh : note.text.en}</Text>
                            <SourceLine of={note} />
                          </Flex>
                        ))}
                      </Flex>
                    ) : null}
                  </section>
                </Card>
              );
            })}
          </Flex>
        )}
        <Flex direction="column" gap="2" mt="3">
          <RemovedPlans entry={entry} />
          <AddPlan entry={entry} />
        </Flex>
      </section>

      {carrier.notes.length > 0 ? (
        <section aria-labelledby="notes-heading">
          <Heading as="h4" size="4" mb="3" id="notes-heading">
            {t('detail.notes')}
          </Heading>
          <Flex direction="column" gap="3">
            {carrier.notes.map((note, i) => (
              <Card key={i}>
                <Flex direction="column" gap="1">
                  <Text size="2">{format.locale === 'zh-CN' ? note.text.zh : note.text.en}</Text>
                  <SourceLine of={note} />
                </Flex>
              </Card>
            ))}
          </Flex>
        </section>
      ) : null}

      {entry.builtin === null ? (
        <Badge color="gray" size="2">
          {t('detail.userAdded')}
        </Badge>
      ) : null}

      {editing && editingFact ? (
        <FactDialog
          entry={entry}
          path={editing.path}
          fact={editingFact}
          label={editing.label}
          scope={editing.scope}
          open
          onOpenChange={(open) => (open ? undefined : setEditing(null))}
          onSaved={() => setSaved(true)}
        />
      ) : null}
    </Flex>
  );
}
