import { useSearchParams } from 'react-router-dom';

/** The search text in the URL (`?q=`), or '' when there is none. */
export function useSearchText(): string {
  const [searchParams] = useSearchParams();
  return searchParams.get('q') ?? '';
}
