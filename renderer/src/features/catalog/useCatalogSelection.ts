import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The carrier id in `#/catalog/<id>`, or null on the list (`#/catalog`). */
export function useCatalogSelection(): string | null {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const [, route, id] = hash.replace(/^#/, '').split(/[/?]/);
  return route === 'catalog' && id ? decodeURIComponent(id) : null;
}

/** The location of one carrier's page in the catalog. */
export function carrierHref(id: string): string {
  return `#/catalog/${encodeURIComponent(id)}`;
}
