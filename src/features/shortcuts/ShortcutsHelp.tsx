import { useEffect, useRef } from 'react';

type ShortcutsHelpProps = { open: boolean; onClose: () => void };

const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'j', action: 'Next article' },
  { keys: 'k', action: 'Previous article' },
  { keys: '?', action: 'Show these shortcuts' },
  { keys: '/', action: 'Search articles' },
];

/**
 * The list of keyboard shortcuts in a modal `<dialog>`: Escape or Close shuts it and focus goes
 * back to where it was.
 */
export function ShortcutsHelp({ open, onClose }: ShortcutsHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      returnTo?.focus({ preventScroll: true });
    };
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="shortcuts-help"
      aria-labelledby="shortcuts-title"
      // Escape closes a modal dialog natively; keep React's state in step with it.
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl className="shortcuts-help__list">
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={keys} className="shortcuts-help__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts-help__note">Shortcuts do nothing while you type in a field.</p>
      <button type="button" className="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
