import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '@renderer/i18n/validation';
import { AmountFormField } from '@renderer/ui/AmountFormField';
import { numberOrNull } from '@renderer/ui/numberInput';
import { TextFormField } from '@renderer/ui/TextFormField';
import type { PlanFormValues } from './planForm';
import { PriceListField } from './PriceListField';

type TierGBField = 'dataGB' | 'premiumGB' | 'hotspotGB';

/** Tiers of a per-line plan family (Basic, Plus…), each with its own allowances and prices. */
export function TiersField() {
  const { t } = useTranslation(['planAndLines', 'common']);
  const { control, register, formState } = useFormContext<PlanFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'tiers' });
  const names = useWatch({ control, name: 'tiers' });
  const unlimitedHint = t('common:form.emptyIsUnlimited');

  return (
    <Flex direction="column" gap="3" role="group" aria-labelledby="plan-tiers-legend">
      <div>
        <Heading as="h4" size="3" id="plan-tiers-legend">
          {t('fields.tiers')}
        </Heading>
        <Text size="1" color="gray">
          {t('fields.tiersHint')}
        </Text>
      </div>
      {fields.length === 0 ? (
        <Text size="2" color="gray">
          {t('fields.noTiers')}
        </Text>
      ) : null}
      {fields.map((field, index) => {
        const tierErrors = formState.errors.tiers?.[index];
        const label = names[index]?.name.trim() || t('fields.tierNumber', { number: index + 1 });
        const gbField = (key: TierGBField) => (
          <AmountFormField
            id={`tier-${index}-${key}`}
            label={t(`fields.${key}`)}
            hint={unlimitedHint}
            error={fieldMessage(tierErrors?.[key]?.message)}
            grow
            unit={null}
            {...register(`tiers.${index}.${key}` as const, { setValueAs: numberOrNull })}
          />
        );
        return (
          <Card key={field.id} role="group" aria-label={label}>
            <Flex direction="column" gap="3">
              <Flex justify="between" align="center" gap="2">
                <Text weight="medium">{label}</Text>
                <Button type="button" size="1" variant="soft" color="red" onClick={() => remove(index)}>
                  {t('fields.removeTier', { name: label })}
                </Button>
              </Flex>
              <TextFormField
                id={`tier-${index}-name`}
                label={t('fields.tierName')}
                error={fieldMessage(tierErrors?.name?.message)}
                autoComplete="off"
                {...register(`tiers.${index}.name` as const)}
              />
              <Flex gap="3" wrap="wrap">
                {gbField('dataGB')}
                {gbField('premiumGB')}
                {gbField('hotspotGB')}
              </Flex>
              <PriceListField
                name={`tiers.${index}.pricePerLine`}
                idPrefix={`tier-${index}-price`}
                legend={t('fields.prices')}
              />
            </Flex>
          </Card>
        );
      })}
      <div>
        <Button
          type="button"
          variant="soft"
          onClick={() => append({ name: '', dataGB: null, premiumGB: null, hotspotGB: null, pricePerLine: [] })}
        >
          {t('fields.addTier')}
        </Button>
      </div>
    </Flex>
  );
}
