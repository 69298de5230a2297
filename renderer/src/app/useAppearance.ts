import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from '../features/settings/settingsSlice';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemIsDark = () => window.matchMedia(DARK_QUERY).matches;

/** Light or dark: the user's choice, or the system's when they chose "System". */
export function useAppearance(theme: ThemeChoice): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, systemIsDark);
  if (theme === 'system') return dark ? 'dark' : 'light';
  return theme;
}
