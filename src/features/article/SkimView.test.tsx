import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bridgeArticle } from '../../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';
import { assignSpeakerColours } from './speakerColours.ts';
import { groupQuotesBySpeaker, quoteContext } from './SkimViewGroups.ts';

const SKIM = '/articles/riverton-bridge-vote?view=quotes';

describe('skim view (?view=quotes)', () => {
  it('groups speech by speaker in order of first appearance, quotes in order, no scare quotes', () => {
    const groups = groupQuotesBySpeaker(
      bridgeArticle.quotes,
      assignSpeakerColours(bridgeArticle.speakers),
    );
    expect(groups.map((g) => [g.speaker?.speaker.name ?? null, g.quotes.map((q) => q.id)])).toEqual(
      [
        ['Ada Brook', ['q-1', 'q-5']],
        ['Tomas Vell', ['q-2', 'q-3']],
        [null, ['q-6']],
      ],
    );
  });

  it('cuts a quote’s paragraph at its offsets, clipped to the paragraph it opens in', () => {
    const quote = bridgeArticle.quotes[4];
    const paragraph = bridgeArticle.paragraphs[4];
    if (!quote || !paragraph) throw new Error('fixture changed');
    expect(quoteContext(bridgeArticle.text, paragraph, quote)).toEqual({
      before: '"',
      quoted: 'Traffic will ease within a month.',
      after: '',
    });
  });

  it('shows the groups with speaker, role and quotes instead of the full text', async () => {
    renderWithProviders(SKIM);
    const skim = await screen.findByRole('region', { name: 'Quotes by speaker' });
    expect(document.querySelector('.article__body')).not.toBeInTheDocument();
    const groups = within(skim).getAllByRole('heading', { level: 3 });
    expect(groups.map((h) => h.textContent)).toEqual(['Ada Brook', 'Tomas Vell', 'Unattributed']);
    expect(within(skim).getByRole('link', { name: 'Ada Brook' })).toHaveAttribute(
      'href',
      '/speakers/ada-brook',
    );
    const ada = within(skim).getByRole('region', { name: 'Ada Brook' });
    expect(within(ada).getByText('Mayor of Riverton')).toBeInTheDocument();
    expect(within(ada).getByText('2 quotes')).toBeInTheDocument();
    expect(within(skim).queryByText(/bridge tax/)).not.toBeInTheDocument();
  });

  it('shows a quote’s paragraph as context on demand, as text', async () => {
    const { user } = renderWithProviders(SKIM);
    const skim = await screen.findByRole('region', { name: 'Quotes by speaker' });
    const quote = document.getElementById('q-3') as HTMLElement;
    const details = quote.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(within(quote).getByText('Context'));
    expect(details.open).toBe(true);
    expect(details.querySelector('p')).toHaveTextContent(
      'Councillor Tomas Vell called the plan "a costly detour" and said: "The money belongs to the schools."',
    );
    expect(details.querySelector('mark')).toHaveTextContent('The money belongs to the schools.');
    expect(skim).toBeInTheDocument();
  });

  it('toggles between full text and skim view, keeping other parameters', async () => {
    const { user, router } = renderWithProviders(
      '/articles/riverton-bridge-vote?speaker=ada-brook',
    );
    const views = await screen.findByRole('navigation', { name: 'Article view' });
    expect(within(views).getByRole('link', { name: 'Full text' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(views).getByRole('link', { name: 'Quotes by speaker' }));
    await screen.findByRole('region', { name: 'Quotes by speaker' });
    expect(router.state.location.search).toBe('?speaker=ada-brook&view=quotes');

    await user.click(within(views).getByRole('link', { name: 'Full text' }));
    await waitFor(() => expect(document.querySelector('.article__body')).toBeInTheDocument());
    expect(router.state.location.search).toBe('?speaker=ada-brook');
  });

  it('links each quote to its place in the full text', async () => {
    const { user, router } = renderWithProviders(SKIM);
    await screen.findByRole('region', { name: 'Quotes by speaker' });
    const quote = document.getElementById('q-5') as HTMLElement;
    await user.click(within(quote).getByRole('link', { name: 'In the full text' }));
    await waitFor(() => expect(document.querySelector('mark#q-5')).toHaveFocus());
    expect(router.state.location.search).toBe('');
    expect(router.state.location.hash).toBe('#q-5');
  });
});
