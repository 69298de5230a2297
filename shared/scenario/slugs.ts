/**
 * Readable ids for scenario files: a slug of the name (`Mom's phone` →
 * `moms-phone`), made unique with a counter (`mom`, `mom-2`), and a numbered
 * fallback (`line-1`) for names with no Latin letters or digits.
 */
const MAX_SLUG = 40;

export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/** Gives each name a unique slug, in order; `fallback` names the numbered ids (`line` → `line-1`). */
export function uniqueSlugs(names: readonly string[], fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = slugOf(name) || `${fallback}-${i + 1}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
