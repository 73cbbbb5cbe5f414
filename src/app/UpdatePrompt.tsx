import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './updatePrompt.css';

type UpdatePromptProps = {
  /** Switches to the new version and reloads the page. */
  onReload: () => void;
};

/**
 * "A new version is ready" with Reload and Not now. A polite live region, so it is announced
 * without taking focus from what the reader is doing; nothing changes until they choose Reload.
 */
export function UpdatePrompt({ onReload }: UpdatePromptProps) {
  const [open, setOpen] = useState(true);
  const [reloading, setReloading] = useState(false);
  // Filled after mounting: a live region announces changes, not what it held when it appeared.
  const [message, setMessage] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setMessage('A new version of Saywire is ready.'), 50);
    return () => clearTimeout(timer);
  }, []);
  if (!open) return null;
  return (
    <aside className="update-prompt" aria-label="Update">
      <p role="status">{message}</p>
      <div className="update-prompt__actions">
        <button
          type="button"
          className="button"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            onReload();
          }}
        >
          {reloading ? 'Reloading…' : 'Reload'}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          Not now
        </button>
      </div>
    </aside>
  );
}

let shown = false;

/** Shows the prompt once, in its own root after the app's, so the app's tree is untouched. */
export function showUpdatePrompt(onReload: () => void): void {
  if (shown) return;
  shown = true;
  const container = document.createElement('div');
  document.body.append(container);
  createRoot(container).render(<UpdatePrompt onReload={onReload} />);
}
