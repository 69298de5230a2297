/**
 * The pages of the app, in navigation order. A feature adds its page by
 * appending an entry; the header and the hash router read only this list.
 * Locations are hashes (`#/household`) so one index.html serves every page,
 * from the app:// protocol in Electron and from the loopback server alike.
 */
import type { ParseKeys, TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { Namespace } from '@shared/i18n';
import { AdvicePage } from '../features/advice/AdvicePage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { ComparePage } from '../features/compare/ComparePage';
import { DataPage } from '../features/data/DataPage';
import { HouseholdPage } from '../features/household/HouseholdPage';
import { PlanPage } from '../features/cycle/PlanPage';
import { PlansPage } from '../features/planAndLines/PlansPage';
import { SetupPage } from '../features/setup/SetupPage';
import { WhatIfPage } from '../features/whatif/WhatIfPage';
import { UsagePage } from '../features/usage/UsagePage';

export interface AppRoute {
  /** Path segment after `#/`; stable, used in links. */
  id: string;
  /** The navigation label, as `namespace:key`. */
  labelKey: ParseKeys<Namespace[]>;
  Page: ComponentType;
  /** Reached by links and buttons, not listed in the navigation (first run, the what-if). */
  hidden?: boolean;
}

export const routes: AppRoute[] = [
  { id: 'household', labelKey: 'common:nav.household', Page: HouseholdPage },
  { id: 'plans', labelKey: 'common:nav.plans', Page: PlansPage },
  { id: 'plan', labelKey: 'cycle:nav', Page: PlanPage },
  { id: 'usage', labelKey: 'usage:nav', Page: UsagePage },
  { id: 'compare', labelKey: 'compare:nav', Page: ComparePage },
  { id: 'advice', labelKey: 'advice:page.nav', Page: AdvicePage },
  { id: 'catalog', labelKey: 'catalog:nav', Page: CatalogPage },
  { id: 'data', labelKey: 'data:nav', Page: DataPage },
  { id: 'setup', labelKey: 'setup:title', Page: SetupPage, hidden: true },
  { id: 'whatif', labelKey: 'whatif:title', Page: WhatIfPage, hidden: true },
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
