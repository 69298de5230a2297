import { Button, Card, Flex, Heading, Table, Text, TextField } from '@radix-ui/themes';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviceKindSchema, MemberRoleSchema, type Device, type Member, type Plan } from '@shared/domain/schemas';
import { carrierIdFor, catalogCarrierNamed, planFromCatalog } from '@shared/planner/catalogPlan';
import { useStore } from '@renderer/store';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { FormField } from '@renderer/ui/FormField';
import { Page } from '@renderer/ui/Page';
import { SelectControl } from '@renderer/ui/SelectControl';
import { useApiError } from '@renderer/ui/useApiError';
import { SampleOffer } from './SampleOffer';
import type { SetupSpec } from './setupSlice';

type Step = 0 | 1 | 2 | 3;
const STEPS = ['plan', 'lines', 'people', 'reading'] as const;

interface PlanState {
  householdName: string;
  carrier: string;
  catalogPlan: string;
  name: string;
  kind: Plan['kind'];
  poolGB: string;
  cycleStartDay: string;
  prices: string;
}
interface DeviceRow {
  name: string;
  kind: Device['kind'];
  owner: string;
  line: string;
  monthlyGB: string;
}

const NONE = '-';
const emptyDevices = (n: number): DeviceRow[] =>
  Array.from({ length: n }, () => ({ name: '', kind: 'phone', owner: NONE, line: NONE, monthlyGB: '' }));

/** The list with item `i` changed by `patch`. */
function replaceAt<T extends object>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, j) => (j === i ? { ...x, ...patch } : x));
}

/** An amount typed as text, in GB; named by a visible label (`id`) or by `label`. */
function GBField(props: { id?: string; label?: string; value: string; onChange(text: string): void; width: string }) {
  return (
    <TextField.Root
      id={props.id}
      aria-label={props.label}
      inputMode="decimal"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      style={{ width: props.width }}
    >
      <TextField.Slot side="right">GB</TextField.Slot>
    </TextField.Root>
  );
}

function parseNumber(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : null;
}

/** First run: carrier and plan, lines, people and devices, then an optional first reading. */
export function SetupPage() {
  const { t } = useTranslation(['setup', 'household']);
  const loadCatalog = useStore((s) => s.loadCatalog);
  const catalog = useStore((s) => s.catalog);
  const setUp = useStore((s) => s.setUpHousehold);
  useEffect(() => void loadCatalog(), [loadCatalog]);

  const [step, setStep] = useState<Step>(0);
  const [plan, setPlan] = useState<PlanState>({
    householdName: t('plan.householdNameDefault'),
    carrier: '',
    catalogPlan: NONE,
    name: '',
    kind: 'pool',
    poolGB: '',
    cycleStartDay: '1',
    prices: '',
  });
  const [lineCount, setLineCount] = useState('3');
  const [lines, setLines] = useState<{ name: string; owner: string }[]>([]);
  const [people, setPeople] = useState<{ name: string; role: Member['role'] }[]>([]);
  const [devices, setDevices] = useState<DeviceRow[]>(emptyDevices(3));
  const [readings, setReadings] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const { error: submitError, fail, clear } = useApiError();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const carriers = useMemo(() => catalog.map((e) => e.carrier), [catalog]);
  const carrier = catalogCarrierNamed(plan.carrier, carriers);
  const catalogPlans = carrier ? Object.entries(carrier.plans) : [];

  useEffect(() => headingRef.current?.focus(), [step]);

  const pickCatalogPlan = (key: string) => {
    const chosen = carrier && key !== NONE ? carrier.plans[key] : undefined;
    if (!carrier || !chosen) {
      setPlan((p) => ({ ...p, catalogPlan: NONE }));
      return;
    }
    const day = Number(plan.cycleStartDay) || 1;
    const filled = planFromCatalog(carrier, chosen, day);
    setPlan((p) => ({
      ...p,
      catalogPlan: key,
      name: filled.name,
      kind: filled.kind,
      prices: filled.pricePerLine.join(', '),
    }));
  };

  const buildPlan = (): Plan | null => {
    const next: Record<string, string> = {};
    if (!plan.householdName.trim()) next.householdName = t('errors.required');
    if (!plan.carrier.trim()) next.carrier = t('errors.required');
    if (!plan.name.trim()) next.name = t('errors.required');
    const day = Number(plan.cycleStartDay);
    if (!Number.isInteger(day) || day < 1 || day > 31) next.cycleStartDay = t('errors.day');
    const pool = parseNumber(plan.poolGB);
    if (plan.kind === 'pool' && (pool === null || pool <= 0)) next.poolGB = t('errors.pool');
    const prices =
      plan.prices.trim() === ''
        ? []
        : plan.prices
            .split(/[,，、\s]+/)
            .filter(Boolean)
            .map(parseNumber);
    if (prices.some((p) => p === null)) next.prices = t('errors.prices');
    setErrors(next);
    if (Object.keys(next).length > 0) return null;
    const chosen = carrier && plan.catalogPlan !== NONE ? carrier.plans[plan.catalogPlan] : undefined;
    const base = carrier && chosen ? planFromCatalog(carrier, chosen, day) : null;
    return {
      name: plan.name.trim(),
      carrier: carrierIdFor(plan.carrier, carriers),
      kind: plan.kind,
      poolGB: plan.kind === 'pool' ? pool : null,
      cycleStartDay: day,
      cycleLengthDays: null,
      cycleAnchor: null,
      pricePerLine: prices as number[],
      esim: base?.esim ?? null,
      tiers: plan.kind === 'per-line' ? (base?.tiers ?? []) : [],
    };
  };

  const toLines = () => {
    const n = Number(lineCount);
    if (!Number.isInteger(n) || n < 1 || n > 20) {
      setErrors({ lineCount: t('errors.lines') });
      return;
    }
    setErrors({});
    setLines((old) => Array.from({ length: n }, (_, i) => old[i] ?? { name: '', owner: '' }));
    setReadings((old) => Array.from({ length: n }, (_, i) => old[i] ?? ''));
  };

  const toPeople = () => {
    // Everyone named as a line's owner becomes a person, once.
    const names = [...people.map((p) => p.name.trim())];
    const added = [...people];
    for (const l of lines) {
      const owner = l.owner.trim();
      if (owner && !names.includes(owner)) {
        names.push(owner);
        added.push({ name: owner, role: 'adult' });
      }
    }
    setPeople(added);
  };

  const goNext = (event: FormEvent) => {
    event.preventDefault();
    clear();
    if (step === 0) {
      if (!buildPlan()) return;
      toLines();
      setStep(1);
    } else if (step === 1) {
      toPeople();
      setStep(2);
    } else if (step === 2) {
      setStep(3);
    } else {
      void finish(true);
    }
  };

  /** A line's name when none was typed: after its owner, else numbered. */
  const lineLabel = (l: { owner: string }, i: number) =>
    l.owner.trim() ? t('lines.defaultName', { owner: l.owner.trim() }) : t('lines.numbered', { n: i + 1 });

  const finish = async (withReadings: boolean) => {
    const built = buildPlan();
    if (!built) {
      setStep(0);
      return;
    }
    const personIndex = (name: string) => {
      const i = people.findIndex((p) => p.name.trim() === name.trim());
      return i < 0 ? null : i;
    };
    const spec: SetupSpec = {
      householdName: plan.householdName.trim(),
      plan: built,
      lines: lines.map((l, i) => ({
        name: l.name.trim() || lineLabel(l, i),
        owner: l.owner.trim() ? personIndex(l.owner) : null,
      })),
      people: people.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), role: p.role })),
      devices: devices
        .filter((d) => d.name.trim())
        .map((d) => ({
          name: d.name.trim(),
          kind: d.kind,
          owner: d.owner === NONE ? null : Number(d.owner),
          line: d.line === NONE ? null : Number(d.line),
          monthlyGB: parseNumber(d.monthlyGB) ?? 0,
        })),
      readings: withReadings ? readings.map((r) => parseNumber(r)) : [],
    };
    setSaving(true);
    try {
      await setUp(spec);
      window.location.hash = '#/plan';
    } catch (err) {
      fail(err);
    } finally {
      setSaving(false);
    }
  };

  const ownerOptions = [
    { value: NONE, label: t('people.noOwner') },
    ...people.map((p, i) => ({ value: String(i), label: p.name || t('people.person', { n: i + 1 }) })),
  ];
  const roleOptions = MemberRoleSchema.options.map((r) => ({ value: r, label: t(`household:role.${r}`) }));
  const kindOptions = DeviceKindSchema.options.map((k) => ({ value: k, label: t(`household:kind.${k}`) }));
  const lineOptions = lines.map((l, i) => ({ value: String(i), label: l.name.trim() || lineLabel(l, i) }));

  return (
    <Page title={t('title')} intro={t('intro')}>
      <SampleOffer />
      <Card size="3">
        <form onSubmit={goNext} noValidate>
          <Flex direction="column" gap="4">
            <Heading as="h3" size="4" tabIndex={-1} ref={headingRef}>
              {t('stepOf', { step: step + 1, total: STEPS.length, name: t(`steps.${STEPS[step]}`) })}
            </Heading>
            {step === 0 ? (
              <Flex direction="column" gap="3">
                <FormField id="setup-household" label={t('plan.householdName')} error={errors.householdName}>
                  <TextField.Root
                    id="setup-household"
                    value={plan.householdName}
                    onChange={(e) => setPlan({ ...plan, householdName: e.target.value })}
                  />
                </FormField>
                <FormField
                  id="setup-carrier"
                  label={t('plan.carrier')}
                  hint={t('plan.carrierHint')}
                  error={errors.carrier}
                >
                  <TextField.Root
                    id="setup-carrier"
                    list="setup-carrier-names"
                    autoComplete="off"
                    value={plan.carrier}
                    onChange={(e) => setPlan({ ...plan, carrier: e.target.value, catalogPlan: NONE })}
                  />
                  <datalist id="setup-carrier-names">
                    {carriers.map((c) => (
                      <option key={c.id} value={c.name} />
                    ))}
                  </datalist>
                </FormField>
                {catalogPlans.length > 0 ? (
                  <FormField id="setup-catalog-plan" label={t('plan.catalogPlan')} hint={t('plan.catalogPlanHint')}>
                    <SelectControl
                      id="setup-catalog-plan"
                      value={plan.catalogPlan}
                      onChange={pickCatalogPlan}
                      options={[
                        { value: NONE, label: t('plan.noCatalogPlan') },
                        ...catalogPlans.map(([key, p]) => ({ value: key, label: p.name })),
                      ]}
                    />
                  </FormField>
                ) : null}
                <FormField id="setup-plan-name" label={t('plan.name')} error={errors.name}>
                  <TextField.Root
                    id="setup-plan-name"
                    value={plan.name}
                    onChange={(e) => setPlan({ ...plan, name: e.target.value })}
                  />
                </FormField>
                <FormField id="setup-kind" label={t('plan.kind')}>
                  <SelectControl
                    id="setup-kind"
                    value={plan.kind}
                    onChange={(v) => setPlan({ ...plan, kind: v as Plan['kind'] })}
                    options={(['pool', 'per-line'] as const).map((k) => ({ value: k, label: t(`plan.kinds.${k}`) }))}
                  />
                </FormField>
                <Flex gap="3" wrap="wrap">
                  {plan.kind === 'pool' ? (
                    <FormField id="setup-pool" label={t('plan.poolGB')} error={errors.poolGB} grow>
                      <TextField.Root
                        id="setup-pool"
                        inputMode="decimal"
                        value={plan.poolGB}
                        onChange={(e) => setPlan({ ...plan, poolGB: e.target.value })}
                      />
                    </FormField>
                  ) : null}
                  <FormField
                    id="setup-cycle"
                    label={t('plan.cycleStartDay')}
                    hint={t('plan.cycleStartDayHint')}
                    error={errors.cycleStartDay}
                    grow
                  >
                    <TextField.Root
                      id="setup-cycle"
                      inputMode="numeric"
                      value={plan.cycleStartDay}
                      onChange={(e) => setPlan({ ...plan, cycleStartDay: e.target.value })}
                    />
                  </FormField>
                </Flex>
                <FormField id="setup-prices" label={t('plan.prices')} hint={t('plan.pricesHint')} error={errors.prices}>
                  <TextField.Root
                    id="setup-prices"
                    inputMode="decimal"
                    value={plan.prices}
                    onChange={(e) => setPlan({ ...plan, prices: e.target.value })}
                  />
                </FormField>
              </Flex>
            ) : null}

            {step === 1 ? (
              <Flex direction="column" gap="3">
                <FormField id="setup-line-count" label={t('lines.count')} error={errors.lineCount}>
                  <Flex gap="2">
                    <TextField.Root
                      id="setup-line-count"
                      inputMode="numeric"
                      value={lineCount}
                      onChange={(e) => setLineCount(e.target.value)}
                      onBlur={toLines}
                      style={{ width: '6em' }}
                    />
                  </Flex>
                </FormField>
                {lines.map((line, i) => (
                  <Flex key={i} gap="3" wrap="wrap">
                    <FormField
                      id={`setup-line-owner-${i}`}
                      label={`${t('lines.name', { n: i + 1 })} · ${t('lines.owner')}`}
                      grow
                    >
                      <TextField.Root
                        id={`setup-line-owner-${i}`}
                        placeholder={t('lines.ownerPlaceholder')}
                        value={line.owner}
                        onChange={(e) => setLines(replaceAt(lines, i, { owner: e.target.value }))}
                      />
                    </FormField>
                    <FormField id={`setup-line-name-${i}`} label={t('lines.name', { n: i + 1 })} grow>
                      <TextField.Root
                        id={`setup-line-name-${i}`}
                        placeholder={t('lines.namePlaceholder')}
                        value={line.name}
                        onChange={(e) => setLines(replaceAt(lines, i, { name: e.target.value }))}
                      />
                    </FormField>
                  </Flex>
                ))}
              </Flex>
            ) : null}

            {step === 2 ? (
              <Flex direction="column" gap="3">
                <Text size="2">{t('people.intro')}</Text>
                {people.map((person, i) => (
                  <Flex key={i} gap="3" wrap="wrap" align="end">
                    <FormField id={`setup-person-${i}`} label={t('people.person', { n: i + 1 })} grow>
                      <TextField.Root
                        id={`setup-person-${i}`}
                        value={person.name}
                        onChange={(e) => setPeople(replaceAt(people, i, { name: e.target.value }))}
                      />
                    </FormField>
                    <SelectControl
                      id={`setup-person-role-${i}`}
                      ariaLabel={t('people.role', { name: person.name || i + 1 })}
                      value={person.role}
                      onChange={(v) => setPeople(replaceAt(people, i, { role: v as Member['role'] }))}
                      options={roleOptions}
                    />
                  </Flex>
                ))}
                <Button
                  type="button"
                  variant="soft"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setPeople([...people, { name: '', role: 'adult' }])}
                >
                  {t('people.addPerson')}
                </Button>
                <Heading as="h4" size="3">
                  {t('people.devicesHeading')}
                </Heading>
                <Text size="1" color="gray">
                  {t('people.hint')}
                </Text>
                <div className="dp-table-scroll">
                  <Table.Root size="1">
                    <Table.Body>
                      {devices.map((d, i) => {
                        const update = (patch: Partial<DeviceRow>) => setDevices(replaceAt(devices, i, patch));
                        return (
                          <Table.Row key={i}>
                            <Table.Cell>
                              <TextField.Root
                                aria-label={t('people.deviceName', { n: i + 1 })}
                                value={d.name}
                                onChange={(e) => update({ name: e.target.value })}
                              />
                            </Table.Cell>
                            <Table.Cell>
                              <SelectControl
                                id={`setup-device-kind-${i}`}
                                ariaLabel={t('people.deviceKind', { n: i + 1 })}
                                value={d.kind}
                                onChange={(v) => update({ kind: v as Device['kind'] })}
                                options={kindOptions}
                              />
                            </Table.Cell>
                            <Table.Cell>
                              <SelectControl
                                id={`setup-device-owner-${i}`}
                                ariaLabel={t('people.deviceOwner', { n: i + 1 })}
                                value={d.owner}
                                onChange={(owner) => update({ owner })}
                                options={ownerOptions}
                              />
                            </Table.Cell>
                            <Table.Cell>
                              <SelectControl
                                id={`setup-device-line-${i}`}
                                ariaLabel={t('people.deviceLine', { n: i + 1 })}
                                value={d.line}
                                onChange={(line) => update({ line })}
                                options={[{ value: NONE, label: t('people.noLine') }, ...lineOptions]}
                              />
                            </Table.Cell>
                            <Table.Cell>
                              <GBField
                                label={t('people.deviceGB', { n: i + 1 })}
                                value={d.monthlyGB}
                                onChange={(monthlyGB) => update({ monthlyGB })}
                                width="6em"
                              />
                            </Table.Cell>
                          </Table.Row>
                        );
                      })}
                    </Table.Body>
                  </Table.Root>
                </div>
                <Button
                  type="button"
                  variant="soft"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setDevices([...devices, ...emptyDevices(3)])}
                >
                  {t('people.addDevices')}
                </Button>
              </Flex>
            ) : null}

            {step === 3 ? (
              <Flex direction="column" gap="3">
                <Text size="2">{t('reading.intro')}</Text>
                {lines.map((line, i) => (
                  <FormField
                    key={i}
                    id={`setup-reading-${i}`}
                    label={t('reading.usedGB', { line: lineOptions[i]?.label ?? String(i + 1) })}
                  >
                    <GBField
                      id={`setup-reading-${i}`}
                      value={readings[i] ?? ''}
                      onChange={(text) => setReadings(readings.map((r, j) => (j === i ? text : r)))}
                      width="10em"
                    />
                  </FormField>
                ))}
              </Flex>
            ) : null}

            {submitError ? <ApiErrorCallout error={submitError} /> : null}
            <Flex gap="3" wrap="wrap">
              {step > 0 ? (
                <Button type="button" variant="soft" onClick={() => setStep((step - 1) as Step)}>
                  {t('back')}
                </Button>
              ) : null}
              <Button type="submit" disabled={saving}>
                {saving ? t('saving') : step === 3 ? t('finish') : t('next')}
              </Button>
              {step === 3 ? (
                <Button type="button" variant="soft" disabled={saving} onClick={() => void finish(false)}>
                  {t('skipReading')}
                </Button>
              ) : null}
            </Flex>
          </Flex>
        </form>
      </Card>
    </Page>
  );
}
