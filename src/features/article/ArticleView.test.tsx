import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bridgeArticle, festivalArticle } from '../../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';
import { decodeArticle } from '../../core/decodeWire.ts';

const BRIDGE = '/articles/riverton-bridge-vote';
const marks = () => [...document.querySelectorAll<HTMLElement>('mark[data-quote-id]')];
const voices = () => screen.getByRole('region', { name: 'Voices' });

describe('article view', () => {
  it('uses fixtures that pass the wire schema', () => {
    expect(decodeArticle(bridgeArticle).ok).toBe(true);
    expect(decodeArticle(festivalArticle).ok).toBe(true);
  });

  it('shows the headline, date, byline, reading time, dateline and topic links', async () => {
    renderWithProviders(BRIDGE);
    const article = await screen.findByRole('article', { name: bridgeArticle.headline });
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent(
      bridgeArticle.headline,
    );
    expect(within(article).getByText('19 November 2024')).toHaveAttribute('dateTime', '2024-11-19');
    expect(within(article).getByText('By Jun Park')).toBeInTheDocument();
    expect(within(article).getByText('1 min read')).toBeInTheDocument();
    expect(within(article).getByText('RIVERTON, November 19 (Test Wire) -')).toHaveClass(
      'dateline',
    );
    expect(within(article).getByRole('link', { name: 'Local government' })).toHaveAttribute(
      'href',
      '/topics/local-government',
    );
    await waitFor(() => expect(document.title).toBe(`${bridgeArticle.headline} – Saywire`));
  });

  it('highlights each piece of speech as a mark carrying its quote and speaker ids', async () => {
    renderWithProviders(BRIDGE);
    await screen.findByRole('heading', { level: 1 });
    // Five quotations are speech; the one spanning two paragraphs is marked in both.
    expect(marks().map((m) => m.dataset.quoteId)).toEqual([
      'q-1',
      'q-2',
      'q-3',
      'q-5',
      'q-5',
      'q-6',
    ]);
    expect(marks().map((m) => m.dataset.speakerId)).toEqual([
      'ada-brook',
      'tomas-vell',
      'tomas-vell',
      'ada-brook',
      'ada-brook',
      undefined,
    ]);
    expect(marks()[0]).toHaveTextContent('We promised the bridge and we will deliver it,');
    expect(marks()[0]).toHaveAttribute('id', 'q-1');
    expect(marks()[3]).toHaveAttribute('id', 'q-5');
    expect(marks()[4]).not.toHaveAttribute('id');
  });

  it('names the speaker of each quote in text, not by colour alone', async () => {
    renderWithProviders(BRIDGE);
    await screen.findByRole('heading', { level: 1 });
    const [first, second] = marks();
    expect(first?.previousSibling).toHaveTextContent('Ada Brook:');
    expect(first?.className).toMatch(/speaker-0/);
    expect(second?.previousSibling).toHaveTextContent('Tomas Vell:');
    expect(second?.className).toMatch(/speaker-1/);
    expect(first?.nextSibling).toHaveTextContent('Ada Brook');
    const unattributed = marks().at(-1);
    expect(unattributed?.previousSibling).toHaveTextContent('Unattributed:');
    expect(unattributed?.nextSibling).toHaveTextContent('unattributed');
  });

  it('does not highlight scare quotes as speech', async () => {
    renderWithProviders(BRIDGE);
    await screen.findByRole('heading', { level: 1 });
    const scare = screen.getByText('bridge tax');
    expect(scare.tagName).not.toBe('MARK');
    expect(scare.closest('mark')).toBeNull();
  });

  it('lists the voices with role, quote count and links to their quotes', async () => {
    renderWithProviders(BRIDGE);
    await screen.findByRole('heading', { level: 1 });
    expect(within(voices()).getByRole('heading', { name: 'Voices' })).toBeInTheDocument();
    const speakers = within(voices()).getAllByRole('button');
    expect(speakers.map((b) => b.textContent)).toEqual(['Ada Brook', 'Tomas Vell']);
    const brook = speakers[0]?.closest('li') as HTMLElement;
    expect(within(brook).getByText('Mayor of Riverton')).toBeInTheDocument();
    expect(within(brook).getByText('2 quotes')).toBeInTheDocument();
    const links = within(
      within(brook).getByRole('list', { name: 'Quotes by Ada Brook' }),
    ).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`${BRIDGE}#q-1`, `${BRIDGE}#q-5`]);
    const unattributed = within(voices()).getByRole('list', { name: 'Unattributed quotes' });
    expect(within(unattributed).getByRole('link')).toHaveAttribute('href', `${BRIDGE}#q-6`);
  });

  it('emphasises only the chosen speaker’s quotes and keeps the choice in the URL', async () => {
    const { router, user } = renderWithProviders(BRIDGE);
    await screen.findByRole('heading', { level: 1 });
    const vell = within(voices()).getByRole('button', { name: 'Tomas Vell' });
    expect(vell).toHaveAttribute('aria-pressed', 'false');
    expect(marks().every((m) => !m.dataset.emphasis)).toBe(true);

    await user.click(vell);
    await waitFor(() => expect(vell).toHaveAttribute('aria-pressed', 'true'));
    expect(router.state.location.search).toBe('?speaker=tomas-vell');
    const emphasis = marks().map((m) => [m.dataset.quoteId, m.dataset.emphasis]);
    expect(emphasis).toEqual([
      ['q-1', 'dimmed'],
      ['q-2', 'emphasised'],
      ['q-3', 'emphasised'],
      ['q-5', 'dimmed'],
      ['q-5', 'dimmed'],
      ['q-6', 'dimmed'],
    ]);

    await user.click(vell);
    await waitFor(() => expect(vell).toHaveAttribute('aria-pressed', 'false'));
    expect(router.state.location.search).toBe('');
    expect(marks().every((m) => !m.dataset.emphasis)).toBe(true);
  });

  it('restores the chosen speaker from a bookmarked URL', async () => {
    renderWithProviders(`${BRIDGE}?speaker=ada-brook`);
    const brook = await screen.findByRole('button', { name: 'Ada Brook' });
    expect(brook).toHaveAttribute('aria-pressed', 'true');
    expect(document.getElementById('q-1')).toHaveAttribute('data-emphasis', 'emphasised');
    expect(document.getElementById('q-2')).toHaveAttribute('data-emphasis', 'dimmed');
  });

  it('ignores a bookmarked speaker who is not in the article', async () => {
    renderWithProviders(`${BRIDGE}?speaker=mina-okafor`);
    await screen.findByRole('heading', { level: 1 });
    expect(within(voices()).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    expect(marks().every((m) => !m.dataset.emphasis)).toBe(true);
  });

  it('scrolls to and focuses the quote named in the URL hash once the article has loaded', async () => {
    const { scrollIntoView } = renderWithProviders(`${BRIDGE}#q-3`);
    await screen.findByRole('heading', { level: 1 });
    const target = document.getElementById('q-3');
    await waitFor(() => expect(target).toHaveFocus());
    expect(scrollIntoView.mock.contexts).toContain(target);
  });

  it('jumps to a quote from the Voices list', async () => {
    const { router, scrollIntoView, user } = renderWithProviders(BRIDGE);
    await screen.findByRole('heading', { level: 1 });
    const list = within(voices()).getByRole('list', { name: 'Quotes by Tomas Vell' });
    await user.click(within(list).getByRole('link', { name: /The money belongs/ }));
    await waitFor(() => expect(router.state.location.hash).toBe('#q-3'));
    await waitFor(() => expect(document.getElementById('q-3')).toHaveFocus());
    expect(scrollIntoView.mock.contexts).toContain(document.getElementById('q-3'));
  });

  it('says so when nobody is quoted', async () => {
    renderWithProviders('/articles/northvale-school-roof');
    await screen.findByRole('heading', { level: 1 });
    expect(marks()).toHaveLength(0);
    expect(within(voices()).getByText('No one is quoted by name in this article.')).toBeVisible();
  });
});
