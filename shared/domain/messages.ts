/**
 * What the schemas say when a value is wrong: a key of the `errors.field`
 * messages, never a sentence. The edges word it (the renderer with i18next,
 * the CLI and logs through shared/i18n/render.ts), so editing the English of
 * a message can never lose its Chinese.
 *
 * The keys are typed against the English catalog, and the Chinese catalog is
 * typed against the English one, so a key that has no message in either
 * language fails to compile.
 */
import type { MessageResources } from '../i18n/en';

export type FieldMessageKey = keyof MessageResources['errors']['field'];

/** A schema message: the key itself, checked by the compiler. */
export function fieldKey<K extends FieldMessageKey>(key: K): K {
  return key;
}
