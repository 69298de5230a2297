import { useSyncExternalStore } from 'react';
import { routeForHash, type AppRoute } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The page the location hash points at; follows back/forward and link clicks. */
export function useHashRoute(): AppRoute {
  return routeForHash(useSyncExternalStore(subscribe, currentHash));
}
