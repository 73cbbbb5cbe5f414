/** What a key press asks for. */
export type Shortcut = 'next' | 'previous' | 'help' | 'search';

/** True when keys typed at `target` are text: fields, selects and editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const editable = target.closest('input, textarea, select, [contenteditable]');
  if (!editable) return false;
  if (editable instanceof HTMLElement && editable.getAttribute('contenteditable') === 'false') {
    return false;
  }
  return true;
}

/**
 * The shortcut a key press means, or null. Nothing fires while typing in a field, with Ctrl, Alt
 * or Meta held (browser and system shortcuts), or for a press something else already handled.
 * Shift is allowed only where the key needs it: `?` is Shift+/ on most layouts, `J` is not `j`.
 */
export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case '?':
      return 'help';
    case '/':
      return 'search';
    default:
      return null;
  }
}
