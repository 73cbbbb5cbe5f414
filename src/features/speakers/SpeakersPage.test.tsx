import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { speakerResponses } from '../../../tests/fixtures/syntheticSpeakers.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

const render = (path: string) => renderWithProviders(path, { responses: speakerResponses });

describe('speaker pages', () => {
  it('lists everyone quoted, most quoted first, with roles and counts, linking to their pages', async () => {
    render('/speakers');
    await screen.findByRole('heading', { level: 1, name: 'Voices' });
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(['Ada Brook', 'Tomas Vell', 'Mina Okafor']);
    expect(screen.getByRole('link', { name: 'Ada Brook' })).toHaveAttribute(
      'href',
      '/speakers/ada-brook',
    );
    expect(screen.getByText('3 quotes in 2 articles')).toBeInTheDocument();
    expect(screen.getByText('Mayor of Riverton')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Voices – Saywire'));
  });

  it('shows every quote by a speaker, newest first, each linked to its place in its article', async () => {
    const { user, router } = render('/speakers/ada-brook');
    await screen.findByRole('heading', { level: 1, name: 'Ada Brook' });
    const items = [...document.querySelectorAll('.speaker-quote')];
    expect(items.map((item) => item.querySelector('blockquote')?.textContent)).toEqual([
      '“Our towns should do this together.”',
      '“We promised the bridge and we will deliver it,”',
      '“Traffic will ease within a month.\n\nResidents have waited long enough,”',
    ]);
    const links = screen.getAllByRole('link', { name: /Riverton votes|Port Ellis/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/articles/port-ellis-lantern-festival#q-2',
      '/articles/riverton-bridge-vote#q-1',
      '/articles/riverton-bridge-vote#q-5',
    ]);
    expect(screen.getAllByText('as Mayor of Riverton')).toHaveLength(3);

    await user.click(links[1] as HTMLElement);
    await waitFor(() => expect(router.state.location.hash).toBe('#q-1'));
    expect(router.state.location.pathname).toBe('/articles/riverton-bridge-vote');
  });

  it('links each voice of an article to the speaker page', async () => {
    const { user, router } = render('/articles/riverton-bridge-vote');
    const link = await screen.findByRole('link', { name: 'All quotes by Tomas Vell' });
    expect(link).toHaveAttribute('href', '/speakers/tomas-vell');
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tomas Vell' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/speakers/tomas-vell');
  });

  it('is reachable from the "Voices" link in the site header', async () => {
    const { user, router } = render('/');
    const site = await screen.findByRole('navigation', { name: 'Site' });
    await user.click(within(site).getByRole('link', { name: 'Voices' }));
    await screen.findByRole('heading', { level: 1, name: 'Voices' });
    expect(router.state.location.pathname).toBe('/speakers');
    expect(within(site).getByRole('link', { name: 'Voices' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('says "Speaker not found" for an id no one has', async () => {
    render('/speakers/nobody-here');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Speaker not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See everyone quoted' })).toHaveAttribute(
      'href',
      '/speakers',
    );
  });

  it('shows an error with Retry when the list fails to load', async () => {
    renderWithProviders('/speakers', {
      responses: { '/data/speakers.json': { status: 500, body: 'boom' } },
    });
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
