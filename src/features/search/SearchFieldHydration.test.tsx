import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { SearchField } from './SearchField.tsx';
import { SearchScope, useSearchTyping } from './SearchScope.tsx';

/** What the results would search for, and the URL's query: the parts of the page that follow. */
function Follows() {
  const { text } = useSearchTyping();
  const { search } = useLocation();
  return (
    <>
      <output aria-label="searching for">{text}</output>
      <output aria-label="address">{search}</output>
    </>
  );
}

const page = (
  <MemoryRouter initialEntries={['/']}>
    <SearchScope>
      <SearchField />
      <Follows />
    </SearchScope>
  </MemoryRouter>
);

/**
 * The list page is prerendered, and its search field can be typed into before the app has
 * loaded and hydrated it (seconds on a slow phone). Hydration keeps the letters in the field
 * without telling the app, so the field showed "re" while nothing searched for it until another
 * key was pressed: bench:scale's search part waited in vain for its first query's results.
 */
describe('the search field typed into before hydration', () => {
  it('searches for what the field holds once the app takes over, and writes it to the URL', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    const prerendered = container.querySelector('input');
    if (!prerendered) throw new Error('no field in the prerendered page');
    prerendered.value = 're';

    render(page, { container, hydrate: true });

    const field = screen.getByRole('searchbox', { name: 'Search headlines, quotes and speakers' });
    expect(field).toHaveValue('re');
    expect(await screen.findByRole('status', { name: 'searching for' })).toHaveTextContent('re');
    expect(await screen.findByText('?q=re', {}, { timeout: 2_000 })).toBeInTheDocument();
  });
});
