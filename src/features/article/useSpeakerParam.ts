import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The speaker whose quotes are emphasised (`?speaker=<id>`), and a toggle for it.
 * Kept in the URL so a highlighted view can be bookmarked; replacing the entry keeps the back
 * button for leaving the article rather than for undoing highlights.
 */
export function useSpeakerParam(): [string | null, (speakerId: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const toggle = useCallback(
    (speakerId: string) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (next.get('speaker') === speakerId) next.delete('speaker');
          else next.set('speaker', speakerId);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearchParams],
  );
  return [searchParams.get('speaker') || null, toggle];
}
