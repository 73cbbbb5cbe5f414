import { useState } from 'react';

type QuoteShareButtonProps = {
  /** The text to share, ending with the permalink (see `quoteShareText`). */
  text: string;
  url: string;
  title: string;
  /** Says which quote the button shares, for screen readers: "Share quote q-3". */
  label?: string;
};

/**
 * Shares a quote with the Web Share API where the browser has it; otherwise copies the text and
 * link to the clipboard and says so in a live region.
 */
export function QuoteShareButton({ text, url, title, label }: QuoteShareButtonProps) {
  const [status, setStatus] = useState('');

  const share = async () => {
    setStatus('');
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do, nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy the link');
    }
  };

  return (
    <span className="quote-share">
      <button type="button" className="button button--quiet" aria-label={label} onClick={share}>
        Share
      </button>
      <span className="quote-share__status" role="status">
        {status}
      </span>
    </span>
  );
}
