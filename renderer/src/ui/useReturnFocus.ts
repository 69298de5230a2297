import { useRef } from 'react';

/**
 * Focus goes back to the control that opened a dialog when it closes (after
 * Save, Cancel, Escape or a confirmed delete), so a keyboard user carries on
 * where they were. When that control is gone (its row was deleted), the
 * nearest surviving landmark, the page's main region, takes focus instead of
 * the document body.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      // Radix calls this before it moves focus into the dialog: the active element is still the opener.
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const target = opener.current;
      opener.current = null;
      event.preventDefault();
      if (target?.isConnected) target.focus();
      else document.getElementById('main')?.focus();
    },
  };
}
