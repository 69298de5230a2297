/**
 * Turning what was typed into the numbers the schemas expect. Full-width
 * digits and the full-width point (what a Chinese IME types) count as their
 * ASCII forms; anything else that is not a number stays NaN so the schema
 * reports "Enter a number" and the typed text stays in the field.
 */
function normalize(raw: unknown): string {
  return String(raw ?? '')
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\uFF0E\u3002]/g, '.');
}

function parse(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

/** Required number: empty → undefined (reported as "Required"). */
export function numberOrUndefined(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  const text = normalize(raw);
  return text === '' ? undefined : parse(text);
}

/** Optional limit: empty → null, which the domain reads as "no limit". */
export function numberOrNull(raw: unknown): number | null {
  if (typeof raw === 'number' || raw === null) return raw;
  const text = normalize(raw);
  return text === '' ? null : parse(text);
}

/** Number with a default for an empty field (a floor of 0, a weight of 1). */
export function numberOr(fallback: number): (raw: unknown) => number {
  return (raw) => {
    if (typeof raw === 'number') return raw;
    const text = normalize(raw);
    return text === '' ? fallback : parse(text);
  };
}
