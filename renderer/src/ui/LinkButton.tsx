import { Button } from '@radix-ui/themes';
import type { ComponentProps } from 'react';

/** A link that looks like a button: it goes to another page (`#/plans`) rather than doing something here. */
export function LinkButton({
  href,
  children,
  ...button
}: Omit<ComponentProps<typeof Button>, 'asChild'> & { href: string }) {
  return (
    <Button asChild {...button}>
      <a href={href}>{children}</a>
    </Button>
  );
}
