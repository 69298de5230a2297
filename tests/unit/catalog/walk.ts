/** Test helpers: every fact and every bilingual note in a carrier entry, with its dotted path. */
import type { BilingualText, Carrier, Fact } from '@shared/catalog/schema';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFact(value: unknown): value is Fact<unknown> {
  return isRecord(value) && 'value' in value && 'source' in value && 'verified' in value;
}

export function factsOf(carrier: Carrier): [string, Fact<unknown>][] {
  const out: [string, Fact<unknown>][] = [];
  const walk = (node: unknown, path: string): void => {
    if (isFact(node)) {
      out.push([path, node]);
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) walk(child, path === '' ? key : `${path}.${key}`);
  };
  walk(carrier, '');
  return out;
}

export function textsOf(carrier: Carrier): BilingualText[] {
  return [...factsOf(carrier).flatMap(([, f]) => (f.note ? [f.note] : [])), ...carrier.notes.map((n) => n.text)];
}

/** Han characters: a Chinese text that is not just a copy of the English one. */
export const HAN = /\p{Script=Han}/u;
