import { useEffect, useRef } from 'react';
import { shortcutFor, type Shortcut } from './shortcutFor.ts';

/** A handler per shortcut; a missing one leaves that key to the browser. */
export type ShortcutHandlers = Partial<Record<Shortcut, () => void>>;

/** Listens for the reader's shortcuts on the whole document while `enabled`. */
export function useShortcutKeys(handlers: ShortcutHandlers, enabled = true): void {
  // The latest handlers without re-subscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      const handler = shortcut === null ? undefined : latest.current[shortcut];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/**
 * Moves focus `step` places along `items` from the one holding focus (the first if none does),
 * stopping at either end. Returns the element focused, if any.
 */
export function moveFocus(items: HTMLElement[], step: 1 | -1): HTMLElement | null {
  if (items.length === 0) return null;
  const active = document.activeElement;
  const at = items.findIndex((item) => item === active || item.contains(active));
  const next = at < 0 ? 0 : Math.min(items.length - 1, Math.max(0, at + step));
  const target = items[next] ?? null;
  target?.focus();
  return target;
}
