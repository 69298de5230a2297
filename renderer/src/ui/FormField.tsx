import { Flex, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

/** ids of the hint and error texts, for the control's aria-describedby. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A labelled form control with its hint and, after a failed submit, its error
 * right under it. The control itself must carry `id` and the ids from
 * `describedBy` so screen readers read label, value, hint and error together.
 */
export function FormField(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Share the free width of a row of fields. */
  grow?: boolean;
  children: ReactNode;
}) {
  const { id, label, hint, error, grow, children } = props;
  return (
    <Flex direction="column" gap="1" flexGrow={grow ? '1' : undefined} flexBasis={grow ? '12em' : undefined}>
      <Text as="label" htmlFor={id} size="2" weight="medium">
        {label}
      </Text>
      {children}
      {hint ? (
        <Text id={`${id}-hint`} size="1" color="gray">
          {hint}
        </Text>
      ) : null}
      <FieldErrorText id={id} message={error} />
    </Flex>
  );
}

/** A field's error, in red under it; with the field's `id` it is `${id}-error`, as `describedBy` expects. */
export function FieldErrorText({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <Text id={id === undefined ? undefined : `${id}-error`} size="1" color="red">
      {message}
    </Text>
  );
}
