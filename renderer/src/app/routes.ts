/**
 * The pages of the app, in navigation order. A feature adds its page by
 * appending an entry; the header and the hash router read only this list.
 * Locations are hashes (`#/household`) so the built app works from a file
 * URL in Electron and from the loopback server alike.
 */
import type { ParseKeys, TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { Namespace } from '../../../shared/i18n';
import { HouseholdPage } from '../features/household/HouseholdPage';
import { PlansPage } from '../features/plans/PlansPage';

export interface AppRoute {
  /** Path segment after `#/`; stable, used in links. */
  id: string;
  /** The navigation label, as `namespace:key`. */
  labelKey: ParseKeys<Namespace[]>;
  Page: ComponentType;
}

export const routes: AppRoute[] = [
  { id: 'household', labelKey: 'common:nav.household', Page: HouseholdPage },
  { id: 'plans', labelKey: 'common:nav.plans', Page: PlansPage },
];

/** The route's navigation label; its id if the key names a group of messages rather than one. */
export function labelOf(t: TFunction<Namespace[]>, route: AppRoute): string {
  const label: unknown = t(route.labelKey);
  return typeof label === 'string' ? label : route.id;
}

export function hrefOf(route: AppRoute): string {
  return `#/${route.id}`;
}

/** The route a location hash names; the first route for an empty or unknown hash. */
export function routeForHash(hash: string): AppRoute {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  const fallback = routes[0];
  if (!fallback) throw new Error('routes is empty');
  return routes.find((r) => r.id === id) ?? fallback;
}
