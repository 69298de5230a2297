/**
 * Text for the places that render without i18next (the CLI, the advisor's
 * English for scenario files, desktop notifications): the same catalogs and
 * the same `{{name}}` placeholders.
 */

/** Fills `{{name}}` placeholders; a missing value leaves the placeholder visible rather than printing "undefined". */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
