import { useEffect } from 'react';
import { useStore } from '../store';

/**
 * Ctrl+Z (⌘Z on macOS) undoes the last change — except while typing, where
 * it keeps undoing text, and inside a dialog, which has its own focus.
 */
const TEXT_OR_OPEN_DIALOG =
  'input, textarea, select, [contenteditable="true"], [role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"]';

export function useUndoShortcut(): void {
  const undo = useStore((s) => s.undoLast);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || event.shiftKey || event.altKey) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const target = event.target instanceof Element ? event.target : null;
      // A closing dialog keeps focus for its exit animation; only an open one counts.
      if (target?.closest(TEXT_OR_OPEN_DIALOG)) return;
      if (useStore.getState().undoStack.length === 0) return;
      event.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo]);
}
