import { useSearchParams } from 'react-router-dom';

/** The speaker id the list is filtered by (`?speaker=<id>`), or null for everyone. */
export function useSpeakerFilterParam(): string | null {
  const [searchParams] = useSearchParams();
  return searchParams.get('speaker') || null;
}
