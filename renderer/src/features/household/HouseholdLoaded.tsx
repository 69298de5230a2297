import type { ReactNode } from 'react';
import { useStore } from '@renderer/store';
import { Loading } from '@renderer/ui/Loading';

/**
 * A household page's content once the active household has loaded; a spinner
 * until then. (With no household at all the app shows its start screen
 * instead of any page.)
 */
export function HouseholdLoaded({ children }: { children: ReactNode }) {
  const status = useStore((s) => s.householdStatus);
  return status === 'ready' ? children : <Loading />;
}
