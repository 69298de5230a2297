import {
  Badge,
  Button,
  Callout,
  Card,
  Checkbox,
  Flex,
  Grid,
  Heading,
  Select,
  Table,
  Text,
  TextField,
} from '@radix-ui/themes';
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device, Line, Plan } from '@shared/domain/schemas';
import { NEW_LINE } from '@shared/domain/defaults';
import type { Evaluation, LineResult } from '@shared/engine/types';
import type { HouseholdDraft } from '@shared/planner/draft';
import { draftWithCatalogPlan } from '@shared/planner/catalogPlan';
import { differs, warningChanges } from '@shared/planner/evaluate';
import { scenarioFileOf, scenarioOfHousehold } from '@shared/scenario/household';
import { useFormat } from '@renderer/i18n/format';
import { useStore } from '@renderer/store';
import { AmountInput } from '@renderer/ui/AmountInput';
import { ApiErrorCallout } from '@renderer/ui/ApiErrorCallout';
import { Page } from '@renderer/ui/Page';
import { useApiError } from '@renderer/ui/useApiError';
import { downloadTextFile, scenarioFileName } from '../data/download';
import { HouseholdLoaded } from '../household/HouseholdLoaded';
import { formatIsoDate } from '../cycle/dates';
import { useWarningText } from '../cycle/useWarningText';
import { useWhatIfResults } from './useWhatIfResults';

const NONE = '-';

/** `#/whatif`: a copy of the household changed freely and evaluated at once, beside the household as it is. */
export function WhatIfPage() {
  const { t } = useTranslation('whatif');
  return (
    <Page title={t('title')} intro={t('intro')}>
      <HouseholdLoaded>
        <WhatIfBody />
      </HouseholdLoaded>
    </Page>
  );
}

function WhatIfBody() {
  const householdId = useStore((s) => s.loadedHouseholdId);
  const whatIf = useStore((s) => s.whatIf);
  const start = useStore((s) => s.startWhatIf);
  const loadSaved = useStore((s) => s.loadSavedWhatIfs);
  useEffect(() => {
    // Opened by its address, or left from another household: start from a fresh copy.
    if (householdId && whatIf?.householdId !== householdId) start();
  }, [householdId, whatIf?.householdId, start]);
  useEffect(() => void loadSaved(), [householdId, loadSaved]);
  const results = useWhatIfResults();
  if (!whatIf || whatIf.householdId !== householdId) return null;
  const draft = whatIf.draft;

  return (
    <Flex direction="column" gap="4">
      <Actions />
      <Results now={results.now} whatIf={results.whatIf} error={results.error} draft={draft} />
      <Grid columns={{ initial: '1', md: '2' }} gap="4" align="start">
        <PlanEditor plan={draft.plan} />
        <SavedWhatIfs />
      </Grid>
      <LinesEditor draft={draft} />
      <DevicesEditor draft={draft} />
    </Flex>
  );
}

/** Apply, Discard, and how many things differ from the household. */
function Actions() {
  const { t } = useTranslation('whatif');
  const apply = useStore((s) => s.applyWhatIf);
  const discard = useStore((s) => s.discardWhatIf);
  const changes = useStore((s) => (s.whatIf ? changeCount(s.whatIf.draft, s.plan, s.lines, s.devices) : 0));
  const { error, fail, clear } = useApiError();
  const [busy, setBusy] = useState(false);
  return (
    <Card className="dp-whatif-actions">
      <Flex align="center" gap="3" wrap="wrap" justify="between">
        <Text size="2" role="status">
          {changes === 0 ? t('noChanges') : t('changes', { count: changes })}
        </Text>
        <Flex gap="2">
          <Button
            data-testid="whatif-apply"
            disabled={busy || changes === 0}
            onClick={async () => {
              clear();
              setBusy(true);
              try {
                await apply();
                window.location.hash = '#/plan';
              } catch (err) {
                fail(err);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('apply')}
          </Button>
          <Button
            variant="soft"
            color="gray"
            data-testid="whatif-discard"
            onClick={() => {
              discard();
              window.location.hash = '#/plan';
            }}
          >
            {t('discard')}
          </Button>
        </Flex>
      </Flex>
      {error ? <ApiErrorCallout error={error} /> : null}
    </Card>
  );
}

function changeCount(draft: HouseholdDraft, plan: Plan | null, lines: Line[], devices: Device[]): number {
  let n = JSON.stringify(draft.plan) === JSON.stringify(plan) ? 0 : 1;
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const deviceById = new Map(devices.map((d) => [d.id, d]));
  for (const l of draft.lines) if (JSON.stringify(lineById.get(l.id)) !== JSON.stringify(l)) n++;
  for (const d of draft.devices) if (JSON.stringify(deviceById.get(d.id)) !== JSON.stringify(d)) n++;
  return n;
}

function useEdit() {
  return useStore((s) => s.editWhatIf);
}

/** The plan: kind, pool size, prices, cycle, or a catalog plan and tier picked by name. */
function PlanEditor({ plan }: { plan: Plan | null }) {
  const { t } = useTranslation('whatif');
  const edit = useEdit();
  const setPlan = (patch: Partial<Plan>) => edit((d) => (d.plan ? { ...d, plan: { ...d.plan, ...patch } } : d));
  // The typed text stays while typing; a price list changed elsewhere (a catalog plan) replaces it.
  const source = plan?.pricePerLine.join(', ') ?? '';
  const [prices, setPrices] = useState(source);
  const [shown, setShown] = useState(source);
  const [typing, setTyping] = useState(false);
  if (source !== shown && !typing) {
    setShown(source);
    setPrices(source);
  }
  return (
    <Card>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3">
          {t('plan.heading')}
        </Heading>
        {plan ? (
          <Text size="2" data-testid="whatif-plan-name">
            {t('plan.current', { name: plan.name })}
          </Text>
        ) : null}
        <CatalogPicker />
        {plan ? (
          <Flex direction="column" gap="3">
            <Flex gap="3" wrap="wrap" align="end">
              <Flex direction="column" gap="1">
                <Text size="2" weight="medium" id="whatif-kind-label">
                  {t('plan.kind')}
                </Text>
                <Select.Root value={plan.kind} onValueChange={(v) => setPlan({ kind: v as Plan['kind'] })}>
                  <Select.Trigger aria-labelledby="whatif-kind-label" />
                  <Select.Content position="popper">
                    <Select.Item value="pool">{t('plan.kinds.pool')}</Select.Item>
                    <Select.Item value="per-line">{t('plan.kinds.per-line')}</Select.Item>
                  </Select.Content>
                </Select.Root>
              </Flex>
              {plan.kind === 'pool' ? (
                <Flex direction="column" gap="1">
                  <Text size="2" weight="medium">
                    {t('plan.poolGB')}
                  </Text>
                  <AmountInput
                    label={t('plan.poolGB')}
                    value={plan.poolGB}
                    unit="GB"
                    onChange={(v) => setPlan({ poolGB: v })}
                    testId="whatif-pool"
                  />
                </Flex>
              ) : null}
              <Flex direction="column" gap="1">
                <Text size="2" weight="medium">
                  {t('plan.cycleStartDay')}
                </Text>
                <AmountInput
                  label={t('plan.cycleStartDay')}
                  value={plan.cycleStartDay}
                  onChange={(v) => {
                    if (v !== null && Number.isInteger(v) && v >= 1 && v <= 31)
                      setPlan({ cycleStartDay: v, cycleLengthDays: null, cycleAnchor: null });
                  }}
                  width="5em"
                />
              </Flex>
            </Flex>
            <Flex direction="column" gap="1">
              <Text as="label" size="2" weight="medium" htmlFor="whatif-prices">
                {t('plan.prices')}
              </Text>
              <TextField.Root
                id="whatif-prices"
                value={prices}
                onFocus={() => setTyping(true)}
                onBlur={() => setTyping(false)}
                onChange={(e) => {
                  setPrices(e.target.value);
                  const parts = e.target.value
                    .split(/[,，、\s]+/)
                    .filter(Boolean)
                    .map(Number);
                  if (parts.every((p) => Number.isFinite(p) && p >= 0)) setPlan({ pricePerLine: parts });
                }}
              />
            </Flex>
          </Flex>
        ) : (
          <Text size="2" color="gray">
            {t('noPlan')}
          </Text>
        )}
      </Flex>
    </Card>
  );
}

/** A catalog plan and tier picked by carrier and plan name; the tier goes to every line. */
function CatalogPicker() {
  const { t } = useTranslation('whatif');
  const loadCatalog = useStore((s) => s.loadCatalog);
  const catalog = useStore((s) => s.catalog);
  const edit = useEdit();
  useEffect(() => void loadCatalog(), [loadCatalog]);
  const [carrierId, setCarrierId] = useState(NONE);
  const [planKey, setPlanKey] = useState(NONE);
  const [tierKey, setTierKey] = useState(NONE);
  const carrier = catalog.find((e) => e.carrier.id === carrierId)?.carrier;
  const plan = carrier?.plans[planKey];
  const tiers = plan ? Object.entries(plan.tiers) : [];
  const use = () => {
    if (!carrier || !plan) return;
    const tierName = plan.tiers[tierKey]?.name ?? null;
    edit((d) => draftWithCatalogPlan(d, carrier, plan, () => tierName));
  };
  return (
    <Flex gap="2" wrap="wrap" align="end">
      <LabeledSelect
        label={t('plan.catalogCarrier')}
        value={carrierId}
        onChange={(v) => {
          setCarrierId(v);
          setPlanKey(NONE);
          setTierKey(NONE);
        }}
        options={catalog.map((e) => ({ value: e.carrier.id, label: e.carrier.name }))}
        placeholder={t('plan.none')}
      />
      {carrier ? (
        <LabeledSelect
          label={t('plan.catalogPlan')}
          value={planKey}
          onChange={(v) => {
            setPlanKey(v);
            setTierKey(NONE);
          }}
          options={Object.entries(carrier.plans).map(([key, p]) => ({ value: key, label: p.name }))}
          placeholder={t('plan.none')}
        />
      ) : null}
      {tiers.length > 1 ? (
        <LabeledSelect
          label={t('plan.catalogTier')}
          value={tierKey}
          onChange={setTierKey}
          options={tiers.map(([key, tier]) => ({ value: key, label: tier.name }))}
          placeholder={t('plan.none')}
        />
      ) : null}
      <Button variant="soft" disabled={!plan} onClick={use}>
        {t('plan.pickCatalog')}
      </Button>
    </Flex>
  );
}

function LabeledSelect(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  placeholder?: string;
}) {
  const { label, value, onChange, options, placeholder } = props;
  return (
    <Flex direction="column" gap="1">
      <Text size="1" weight="medium">
        {label}
      </Text>
      <Select.Root value={value} onValueChange={onChange}>
        <Select.Trigger aria-label={label} style={{ minWidth: '9em' }} />
        <Select.Content position="popper">
          {placeholder ? <Select.Item value={NONE}>{placeholder}</Select.Item> : null}
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}

/** Each line's cap, floor, weight, tier and terms; hypothetical lines can be added and removed. */
function LinesEditor({ draft }: { draft: HouseholdDraft }) {
  const { t } = useTranslation('whatif');
  const edit = useEdit();
  const stored = useStore((s) => s.lines);
  const storedIds = useMemo(() => new Set(stored.map((l) => l.id)), [stored]);
  const setLine = (id: string, patch: Partial<Line>) =>
    edit((d) => ({ ...d, lines: d.lines.map((l) => (l.id === id ? { ...l, ...patch } : l)) }));
  const tiers = draft.plan?.kind === 'per-line' || (draft.plan?.tiers.length ?? 0) > 0 ? (draft.plan?.tiers ?? []) : [];
  const pool = draft.plan?.kind === 'pool';
  const termColumns = ['dataGB', 'premiumGB', 'hotspotGB'] as const;

  return (
    <Card>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3">
          {t('lines.heading')}
        </Heading>
        <div className="dp-table-scroll">
          <Table.Root size="1">
            <caption className="dp-visually-hidden">{t('lines.caption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('lines.line')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('lines.cap')}</Table.ColumnHeaderCell>
                {pool ? <Table.ColumnHeaderCell>{t('lines.floor')}</Table.ColumnHeaderCell> : null}
                {pool ? <Table.ColumnHeaderCell>{t('lines.weight')}</Table.ColumnHeaderCell> : null}
                {tiers.length > 0 ? <Table.ColumnHeaderCell>{t('lines.tier')}</Table.ColumnHeaderCell> : null}
                {termColumns.map((c) => (
                  <Table.ColumnHeaderCell key={c}>{t(`lines.${c}`)}</Table.ColumnHeaderCell>
                ))}
                <Table.ColumnHeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {draft.lines.map((line) => (
                <Table.Row key={line.id}>
                  <Table.RowHeaderCell>
                    <Flex direction="column" gap="1">
                      <TextField.Root
                        aria-label={t('lines.line')}
                        value={line.name}
                        onChange={(e) => setLine(line.id, { name: e.target.value.slice(0, 80) || line.name })}
                        style={{ minWidth: '9em' }}
                      />
                      {storedIds.has(line.id) ? null : (
                        <Badge color="amber" style={{ alignSelf: 'flex-start' }}>
                          {t('lines.hypothetical')}
                        </Badge>
                      )}
                    </Flex>
                  </Table.RowHeaderCell>
                  <Table.Cell>
                    <AmountInput
                      nullable
                      label={t('lines.capOf', { line: line.name })}
                      placeholder={t('lines.noLimit')}
                      value={line.capGB}
                      unit="GB"
                      testId={`whatif-line-cap-${line.id}`}
                      onChange={(v) => setLine(line.id, { capGB: v })}
                    />
                  </Table.Cell>
                  {pool ? (
                    <Table.Cell>
                      <AmountInput
                        label={t('lines.floorOf', { line: line.name })}
                        value={line.floorGB}
                        unit="GB"
                        onChange={(v) => setLine(line.id, { floorGB: v ?? 0 })}
                      />
                    </Table.Cell>
                  ) : null}
                  {pool ? (
                    <Table.Cell>
                      <Flex align="center" gap="2" style={{ minWidth: '9em' }}>
                        <input
                          type="range"
                          className="dp-range"
                          aria-label={t('lines.weightOf', { line: line.name })}
                          min={0.25}
                          max={4}
                          step={0.25}
                          value={Math.min(4, Math.max(0.25, line.weight))}
                          onChange={(e) => setLine(line.id, { weight: Number(e.target.value) })}
                        />
                        <Text size="1" className="dp-nowrap">
                          ×{line.weight}
                        </Text>
                      </Flex>
                    </Table.Cell>
                  ) : null}
                  {tiers.length > 0 ? (
                    <Table.Cell>
                      <Select.Root
                        value={line.tier ?? NONE}
                        onValueChange={(v) => setLine(line.id, { tier: v === NONE ? null : v })}
                      >
                        <Select.Trigger aria-label={t('lines.tierOf', { line: line.name })} />
                        <Select.Content position="popper">
                          <Select.Item value={NONE}>{t('lines.noTier')}</Select.Item>
                          {tiers.map((tier) => (
                            <Select.Item key={tier.name} value={tier.name}>
                              {tier.name}
                            </Select.Item>
                          ))}
                        </Select.Content>
                      </Select.Root>
                    </Table.Cell>
                  ) : null}
                  {termColumns.map((c) => (
                    <Table.Cell key={c}>
                      <AmountInput
                        nullable
                        label={t('lines.termOf', { term: t(`lines.${c}`), line: line.name })}
                        placeholder={t('lines.asPlan')}
                        value={line[c]}
                        unit="GB"
                        onChange={(v) => setLine(line.id, { [c]: v })}
                      />
                    </Table.Cell>
                  ))}
                  <Table.Cell>
                    {storedIds.has(line.id) ? null : (
                      <Button
                        size="1"
                        variant="soft"
                        color="red"
                        aria-label={t('lines.remove', { line: line.name })}
                        onClick={() =>
                          edit((d) => ({
                            ...d,
                            lines: d.lines.filter((l) => l.id !== line.id),
                            devices: d.devices.map((dev) => ({
                              ...dev,
                              lineId: dev.lineId === line.id ? null : dev.lineId,
                              hotspotFrom: dev.hotspotFrom.filter((h) => h !== line.id),
                            })),
                          }))
                        }
                      >
                        <span aria-hidden="true">×</span>
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </div>
        <Button
          variant="soft"
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            edit((d) => {
              const n = d.lines.filter((l) => !storedIds.has(l.id)).length + 1;
              return {
                ...d,
                lines: [...d.lines, { ...NEW_LINE, id: `whatif-line-${Date.now()}`, name: t('lines.newName', { n }) }],
              };
            })
          }
        >
          {t('lines.add')}
        </Button>
      </Flex>
    </Card>
  );
}

/** Which line each device is on, how much it uses, and where it may tether (drag, or tick). */
function DevicesEditor({ draft }: { draft: HouseholdDraft }) {
  const { t } = useTranslation('whatif');
  const edit = useEdit();
  const stored = useStore((s) => s.devices);
  const storedIds = useMemo(() => new Set(stored.map((d) => d.id)), [stored]);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const setDevice = (id: string, patch: Partial<Device>) =>
    edit((d) => ({ ...d, devices: d.devices.map((x) => (x.id === id ? { ...x, ...patch } : x)) }));
  const tetherTo = (deviceId: string, lineId: string, on: boolean) =>
    edit((d) => ({
      ...d,
      devices: d.devices.map((x) =>
        x.id !== deviceId
          ? x
          : {
              ...x,
              // A device that tethers has no line of its own.
              lineId: on ? null : x.lineId,
              sim: on && x.lineId !== null ? 'none' : x.sim,
              hotspotFrom: on
                ? x.hotspotFrom.includes(lineId)
                  ? x.hotspotFrom
                  : [...x.hotspotFrom, lineId]
                : x.hotspotFrom.filter((h) => h !== lineId),
            },
      ),
    }));
  const onDrop = (lineId: string) => (event: DragEvent) => {
    event.preventDefault();
    setDropTarget(null);
    const deviceId = event.dataTransfer.getData('text/plain');
    if (draft.devices.some((d) => d.id === deviceId)) tetherTo(deviceId, lineId, true);
  };

  return (
    <Card>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3">
          {t('devices.heading')}
        </Heading>
        <Text size="2">{t('devices.intro')}</Text>
        <div className="dp-table-scroll">
          <Table.Root size="1">
            <caption className="dp-visually-hidden">{t('devices.caption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('devices.device')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('devices.line')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('devices.monthlyGB')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('devices.tethers')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {draft.devices.map((device) => (
                <Table.Row key={device.id}>
                  <Table.RowHeaderCell>
                    <span
                      className="dp-drag-chip"
                      draggable
                      title={t('devices.dragHint', { device: device.name })}
                      onDragStart={(e) => {
                        e.dataTransfer.setData('text/plain', device.id);
                        e.dataTransfer.effectAllowed = 'link';
                      }}
                    >
                      {device.name}
                    </span>
                    {storedIds.has(device.id) ? null : (
                      <Badge color="amber" ml="2">
                        {t('lines.hypothetical')}
                      </Badge>
                    )}
                  </Table.RowHeaderCell>
                  <Table.Cell>
                    <Select.Root
                      value={device.lineId ?? NONE}
                      onValueChange={(v) =>
                        setDevice(device.id, {
                          lineId: v === NONE ? null : v,
                          hotspotFrom: v === NONE ? device.hotspotFrom : [],
                          sim: v === NONE ? device.sim : device.sim === 'none' ? 'physical' : device.sim,
                        })
                      }
                    >
                      <Select.Trigger aria-label={t('devices.lineOf', { device: device.name })} />
                      <Select.Content position="popper">
                        <Select.Item value={NONE}>{t('devices.noLine')}</Select.Item>
                        {draft.lines.map((l) => (
                          <Select.Item key={l.id} value={l.id}>
                            {l.name}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select.Root>
                  </Table.Cell>
                  <Table.Cell>
                    <AmountInput
                      label={t('devices.monthlyOf', { device: device.name })}
                      value={device.monthlyGB}
                      unit="GB"
                      onChange={(v) => setDevice(device.id, { monthlyGB: v ?? 0 })}
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Flex gap="3" wrap="wrap">
                      {draft.lines.map((l) => (
                        <Text as="label" size="1" key={l.id} className="dp-nowrap">
                          <Flex gap="1" align="center">
                            <Checkbox
                              checked={device.hotspotFrom.includes(l.id)}
                              onCheckedChange={(c) => tetherTo(device.id, l.id, c === true)}
                              aria-label={t('devices.tetherTo', { device: device.name, line: l.name })}
                            />
                            {l.name}
                          </Flex>
                        </Text>
                      ))}
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>
                    {storedIds.has(device.id) ? null : (
                      <Button
                        size="1"
                        variant="soft"
                        color="red"
                        aria-label={t('devices.remove', { device: device.name })}
                        onClick={() => edit((d) => ({ ...d, devices: d.devices.filter((x) => x.id !== device.id) }))}
                      >
                        <span aria-hidden="true">×</span>
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </div>
        <Text size="1" color="gray">
          {t('devices.dropZones')}
        </Text>
        <Flex gap="2" wrap="wrap">
          {draft.lines.map((l) => (
            <div
              key={l.id}
              className={`dp-drop-zone${dropTarget === l.id ? ' dp-drop-zone-active' : ''}`}
              data-testid={`whatif-drop-${l.id}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDropTarget(l.id);
              }}
              onDragLeave={() => setDropTarget(null)}
              onDrop={onDrop(l.id)}
            >
              {t('devices.dropOn', { line: l.name })}
            </div>
          ))}
        </Flex>
        <Button
          variant="soft"
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            edit((d) => {
              const n = d.devices.filter((x) => !storedIds.has(x.id)).length + 1;
              const device: Device = {
                id: `whatif-device-${Date.now()}`,
                name: t('devices.newName', { n }),
                kind: 'tablet',
                ownerId: null,
                sim: 'none',
                lineId: null,
                monthlyGB: 2,
                hotspotFrom: [],
              };
              return { ...d, devices: [...d.devices, device] };
            })
          }
        >
          {t('devices.add')}
        </Button>
      </Flex>
    </Card>
  );
}

/** Now and what-if side by side, every difference marked; the warnings that appear or go away. */
function Results(props: {
  now: Evaluation | null;
  whatIf: Evaluation | null;
  error: string | null;
  draft: HouseholdDraft;
}) {
  const { now, whatIf, error, draft } = props;
  const { t } = useTranslation('whatif');
  const format = useFormat();
  const warningText = useWarningText();
  const nowById = new Map((now?.lines ?? []).map((l) => [l.id, l]));
  const nextById = new Map((whatIf?.lines ?? []).map((l) => [l.id, l]));
  const changes = warningChanges(now?.warnings ?? [], whatIf?.warnings ?? []);
  const gb = (v: number | null | undefined) => (v === null || v === undefined ? '—' : format.gb(v));
  const date = (v: string | null | undefined) =>
    v === null || v === undefined ? t('results.never') : formatIsoDate(v, format.locale);
  const price = (c: Evaluation['cost'] | undefined) => (c ? format.price(c.monthly) : t('results.unknown'));

  const pair = (a: unknown, b: unknown, show: (v: never) => string, testId?: string) => {
    const changed = differs(a as number, b as number);
    return (
      <>
        <Table.Cell className="dp-num">{show(a as never)}</Table.Cell>
        <Table.Cell className={`dp-num${changed ? ' dp-changed' : ''}`}>
          <span data-testid={testId}>{show(b as never)}</span>
          {changed ? <span className="dp-visually-hidden"> ({t('results.changed')})</span> : null}
        </Table.Cell>
      </>
    );
  };
  const lineName = (id: string) => draft.lines.find((l) => l.id === id)?.name ?? '';

  return (
    <Card>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3">
          {t('results.heading')}
        </Heading>
        {error ? (
          <Callout.Root color="amber">
            <Callout.Text>{t('invalid', { reason: error })}</Callout.Text>
          </Callout.Root>
        ) : null}
        <div className="dp-table-scroll">
          <Table.Root size="1">
            <caption className="dp-visually-hidden">{t('results.caption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('results.line')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('results.budgetNow')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('results.budgetWhatIf')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('results.forecastNow')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('results.forecastWhatIf')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('results.runsOutNow')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('results.runsOutWhatIf')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {draft.lines.map((line) => {
                const a: LineResult | undefined = nowById.get(line.id);
                const b: LineResult | undefined = nextById.get(line.id);
                return (
                  <Table.Row key={line.id}>
                    <Table.RowHeaderCell>{line.name}</Table.RowHeaderCell>
                    {pair(a?.budgetGB, b?.budgetGB, gb, `whatif-line-budget-${line.id}`)}
                    {pair(a?.forecastGB, b?.forecastGB, gb)}
                    {pair(a?.exhaustsOn, b?.exhaustsOn, date)}
                  </Table.Row>
                );
              })}
              {now?.pool || whatIf?.pool ? (
                <Table.Row>
                  <Table.RowHeaderCell>{t('results.pool')}</Table.RowHeaderCell>
                  {pair(now?.pool?.sizeGB, whatIf?.pool?.sizeGB, gb)}
                  {pair(now?.pool?.forecastGB, whatIf?.pool?.forecastGB, gb)}
                  {pair(now?.pool?.exhaustsOn, whatIf?.pool?.exhaustsOn, date)}
                </Table.Row>
              ) : null}
            </Table.Body>
          </Table.Root>
        </div>
        <Flex gap="4" wrap="wrap">
          <Text size="2">
            {t('results.costNow')}: <strong className="dp-nowrap">{price(now?.cost)}</strong>
          </Text>
          <Text size="2" className={differs(now?.cost?.monthly, whatIf?.cost?.monthly) ? 'dp-changed' : undefined}>
            {t('results.costWhatIf')}: <strong className="dp-nowrap">{price(whatIf?.cost)}</strong>
          </Text>
        </Flex>
        {changes.appeared.length === 0 && changes.disappeared.length === 0 ? (
          <Text size="2" color="gray">
            {t('results.noWarningChanges')}
          </Text>
        ) : (
          <Grid columns={{ initial: '1', sm: '2' }} gap="3">
            {(['appeared', 'disappeared'] as const).map((kind) =>
              changes[kind].length > 0 ? (
                <Flex direction="column" gap="1" key={kind}>
                  <Heading as="h4" size="2">
                    {t(`results.${kind}`)}
                  </Heading>
                  <ul className="dp-plain-list">
                    {changes[kind].map((w) => (
                      <li key={`${w.code}-${w.line}-${w.device}`}>
                        <Badge color={kind === 'appeared' ? 'red' : 'green'} mr="2">
                          {kind === 'appeared' ? '+' : '−'}
                        </Badge>
                        <Text size="2">
                          {warningText(w).title}
                          {w.line ? ` (${lineName(w.line)})` : ''}
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Flex>
              ) : null,
            )}
          </Grid>
        )}
      </Flex>
    </Card>
  );
}

/** What-ifs saved by name for this household: save, reopen, export as a scenario file, delete. */
function SavedWhatIfs() {
  const { t } = useTranslation('whatif');
  const saved = useStore((s) => s.savedWhatIfs);
  const current = useStore((s) => s.whatIf);
  const save = useStore((s) => s.saveWhatIf);
  const open = useStore((s) => s.openSavedWhatIf);
  const remove = useStore((s) => s.deleteSavedWhatIf);
  const readings = useStore((s) => s.readings);
  const history = useStore((s) => s.history);
  const householdName = useStore((s) => s.households.find((h) => h.id === s.loadedHouseholdId)?.name ?? '');
  const [name, setName] = useState(current?.savedName ?? '');
  const [message, setMessage] = useState('');
  const { error, fail, clear } = useApiError();
  const exportOne = (draft: HouseholdDraft, whatIfName: string) => {
    const { scenario } = scenarioOfHousehold(
      { household: { name: `${householdName} – ${whatIfName}`.slice(0, 80) }, ...draft, readings, history },
      new Date().toISOString().slice(0, 10),
    );
    downloadTextFile(
      scenarioFileName(`${householdName} – ${whatIfName}`),
      `${JSON.stringify(scenarioFileOf(scenario), null, 2)}\n`,
    );
  };
  return (
    <Card>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3">
          {t('saved.heading')}
        </Heading>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            clear();
            setMessage('');
            if (!name.trim()) return;
            try {
              const s = await save(name.trim());
              setMessage(t('saved.savedAs', { name: s.name }));
            } catch (err) {
              fail(err);
            }
          }}
        >
          <Flex gap="2" align="end" wrap="wrap">
            <Flex direction="column" gap="1" flexGrow="1">
              <Text as="label" size="2" weight="medium" htmlFor="whatif-save-name">
                {t('saved.name')}
              </Text>
              <TextField.Root
                id="whatif-save-name"
                value={name}
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
              />
            </Flex>
            <Button type="submit" variant="soft">
              {t('saved.save')}
            </Button>
          </Flex>
        </form>
        <Text size="2" role="status">
          {message}
        </Text>
        {error ? <ApiErrorCallout error={error} /> : null}
        {saved.length === 0 ? (
          <Text size="2" color="gray">
            {t('saved.none')}
          </Text>
        ) : (
          <Table.Root size="1">
            <caption className="dp-visually-hidden">{t('saved.caption')}</caption>
            <Table.Body>
              {saved.map((w) => (
                <Table.Row key={w.id}>
                  <Table.RowHeaderCell>{w.name}</Table.RowHeaderCell>
                  <Table.Cell>
                    <Flex gap="2" justify="end">
                      <Button
                        size="1"
                        variant="soft"
                        aria-label={t('saved.openNamed', { name: w.name })}
                        onClick={() => open(w)}
                      >
                        {t('saved.open')}
                      </Button>
                      <Button
                        size="1"
                        variant="soft"
                        aria-label={t('saved.exportNamed', { name: w.name })}
                        onClick={() => exportOne(w.draft, w.name)}
                      >
                        {t('saved.export')}
                      </Button>
                      <Button
                        size="1"
                        variant="soft"
                        color="red"
                        aria-label={t('saved.deleteNamed', { name: w.name })}
                        onClick={() => void remove(w.id)}
                      >
                        {t('saved.delete')}
                      </Button>
                    </Flex>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Flex>
    </Card>
  );
}
