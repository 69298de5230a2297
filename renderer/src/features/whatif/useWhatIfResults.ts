import { useMemo } from 'react';
import type { Evaluation } from '@shared/engine/types';
import { evaluateHousehold } from '@shared/planner/evaluate';
import { useStore } from '@renderer/store';
import { todayIso } from '../cycle/dates';

export interface WhatIfResults {
  now: Evaluation | null;
  whatIf: Evaluation | null;
  /** Why the what-if cannot be evaluated (a half-typed setting), or null. */
  error: string | null;
  asOf: string;
}

function safely(run: () => Evaluation | null): { value: Evaluation | null; error: string | null } {
  try {
    return { value: run(), error: null };
  } catch (err) {
    return { value: null, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The household now and the what-if, both evaluated here by the shared
 * engine on the same readings and history: no round trip, recomputed on every
 * change of the draft.
 */
export function useWhatIfResults(): WhatIfResults {
  const whatIf = useStore((s) => s.whatIf);
  const plan = useStore((s) => s.plan);
  const lines = useStore((s) => s.lines);
  const devices = useStore((s) => s.devices);
  const readings = useStore((s) => s.readings);
  const history = useStore((s) => s.history);
  const asOf = todayIso();

  const now = useMemo(
    () => safely(() => evaluateHousehold({ household: { name: '' }, plan, lines, devices, readings, history }, asOf)),
    [plan, lines, devices, readings, history, asOf],
  );
  const next = useMemo(
    () =>
      whatIf
        ? safely(() => evaluateHousehold({ household: { name: '' }, ...whatIf.draft, readings, history }, asOf))
        : { value: null, error: null },
    [whatIf, readings, history, asOf],
  );
  return { now: now.value, whatIf: next.value, error: next.error, asOf };
}
