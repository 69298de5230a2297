/**
 * Schema versions 3 and 4 belong to features developed alongside the planner
 * (usage imports and alerts). Until their migrations are in this list, these
 * stand-ins keep the version numbers without gaps; each is replaced by the
 * real migration of that number, never shipped as it is.
 */
import type { Migration } from './types';

const reserved = (version: number, name: string): Migration => ({ version, name, up: () => undefined });

export const migration003Reserved = reserved(3, 'reserved-usage');
export const migration004Reserved = reserved(4, 'reserved-alerts');
