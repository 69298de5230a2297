import { useEffect, useRef } from 'react';
import { useStore } from '@renderer/store';
import { todayIso } from './dates';

/**
 * Keeps a backend-computed view current while a page shows it: every change
 * of the household's members, devices, plan, lines or usage replaces arrays in
 * the store, and each replacement calls `refresh` again (the engine does the
 * work; nothing is computed here). A window left open past midnight refreshes
 * when it is looked at again, since "today" moved. `refresh` must be a stable
 * store action.
 */
export function useRefreshOnHouseholdChange(refresh: () => Promise<void>): void {
  const status = useStore((s) => s.householdStatus);
  const householdId = useStore((s) => s.loadedHouseholdId);
  const members = useStore((s) => s.members);
  const devices = useStore((s) => s.devices);
  const plan = useStore((s) => s.plan);
  const lines = useStore((s) => s.lines);
  const readings = useStore((s) => s.readings);
  const history = useStore((s) => s.history);
  const day = useRef(todayIso());

  useEffect(() => {
    if (status !== 'ready') return;
    day.current = todayIso();
    void refresh();
  }, [refresh, status, householdId, members, devices, plan, lines, readings, history]);

  useEffect(() => {
    const onReturn = () => {
      if (document.visibilityState === 'hidden' || todayIso() === day.current) return;
      day.current = todayIso();
      void refresh();
    };
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
    return () => {
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onReturn);
    };
  }, [refresh]);
}
