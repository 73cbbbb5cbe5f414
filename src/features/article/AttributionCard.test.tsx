import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bridgeArticle } from '../../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';
import type { Article } from '../../core/schema.ts';

const BRIDGE = '/articles/riverton-bridge-vote';

/** The bridge article with the cue "said" recorded for its first quote, as the engine would. */
function withCue(): Article {
  const [first, ...rest] = bridgeArticle.quotes;
  if (!first) throw new Error('fixture has no quotes');
  const start = bridgeArticle.text.indexOf('said', first.end);
  return {
    ...bridgeArticle,
    quotes: [{ ...first, cue: { verb: 'said', start, end: start + 4 } }, ...rest],
  };
}

const render = () =>
  renderWithProviders(BRIDGE, {
    responses: { '/data/articles/riverton-bridge-vote.json': { status: 200, json: withCue() } },
  });

const tagOf = (quoteId: string) =>
  document.querySelector<HTMLButtonElement>(`button[data-card-for="${quoteId}"]`);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('attribution card', () => {
  it('opens from the speaker tag with the speaker, role, cue and how the speaker was found', async () => {
    const { user } = render();
    await screen.findByRole('heading', { level: 1 });
    const tag = tagOf('q-1');
    expect(tag).toHaveAccessibleName('Ada Brook, who said this and how we know');

    await user.click(tag as HTMLButtonElement);

    const card = await screen.findByRole('dialog', { name: 'Who said this' });
    expect(within(card).getByRole('link', { name: 'Ada Brook' })).toHaveAttribute(
      'href',
      '/speakers/ada-brook',
    );
    expect(within(card).getByText('Mayor of Riverton')).toBeInTheDocument();
    expect(within(card).getByText('“said”')).toBeInTheDocument();
    expect(within(card).getByText('named in the text')).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the tag that opened it', async () => {
    const { user } = render();
    await screen.findByRole('heading', { level: 1 });
    const tag = tagOf('q-3') as HTMLButtonElement;
    tag.focus();
    await user.keyboard('{Enter}');
    const card = await screen.findByRole('dialog', { name: 'Who said this' });
    expect(within(card).getByText('Tomas Vell')).toBeInTheDocument();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(tag).toHaveFocus());
  });

  it('opens from a click on the highlight too, and says when no speaker was found', async () => {
    const { user } = render();
    await screen.findByRole('heading', { level: 1 });
    const unattributed = document.querySelector('mark[data-quote-id="q-6"]') as HTMLElement;
    await user.click(unattributed);
    const card = await screen.findByRole('dialog', { name: 'Who said this' });
    expect(within(card).getByText('Not found')).toBeInTheDocument();
    expect(within(card).getByText('not found')).toBeInTheDocument();
    expect(within(card).getByText('none in the text')).toBeInTheDocument();
    // Nothing to credit, so nothing to share.
    expect(within(card).queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shares with the Web Share API where the browser has it', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    const { user } = render();
    await screen.findByRole('heading', { level: 1 });
    await user.click(tagOf('q-1') as HTMLButtonElement);
    const card = await screen.findByRole('dialog');

    await user.click(within(card).getByRole('button', { name: 'Share' }));

    const url = new URL('/articles/riverton-bridge-vote#q-1', window.location.origin).href;
    expect(share).toHaveBeenCalledWith({
      title: bridgeArticle.headline,
      url,
      text: `“We promised the bridge and we will deliver it,” — Ada Brook, Mayor of Riverton (Test Wire, 19 November 2024)\n${url}`,
    });
  });

  it('copies the link otherwise and announces "Link copied"', async () => {
    // jsdom has no navigator.share; user-event gives it a clipboard to read back.
    const { user } = render();
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(tagOf('q-3') as HTMLButtonElement);
    const card = await screen.findByRole('dialog');

    await user.click(within(card).getByRole('button', { name: 'Share' }));

    expect(await within(card).findByRole('status')).toHaveTextContent('Link copied');
    expect(await navigator.clipboard.readText()).toEqual(
      expect.stringMatching(
        /^“The money belongs to the schools\.” — Tomas Vell, Councillor \(Test Wire, 19 November 2024\)\nhttp.*\/articles\/riverton-bridge-vote#q-3$/,
      ),
    );
  });
});

describe('quote permalinks', () => {
  it('scrolls to, focuses and briefly marks the linked quote', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { scrollIntoView } = renderWithProviders(`${BRIDGE}#q-3`);
      await screen.findByRole('heading', { level: 1 });
      const mark = document.getElementById('q-3');
      await waitFor(() => expect(mark).toHaveFocus());
      expect(scrollIntoView).toHaveBeenCalled();
      expect(mark).toHaveAttribute('data-flash');
      vi.advanceTimersByTime(2500);
      expect(mark).not.toHaveAttribute('data-flash');
    } finally {
      vi.useRealTimers();
    }
  });
});
