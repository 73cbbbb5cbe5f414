import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bridgeArticle,
  festivalArticle,
  schoolArticle,
} from '../../../tests/fixtures/syntheticArticles.ts';
import { renderWithProviders } from '../../../tests/setup/renderWithProviders.tsx';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; the browser's behaviour is in the e2e tests.
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

describe('keyboard shortcuts', () => {
  it('j and k move focus between the articles of a list, stopping at the ends', async () => {
    const { user } = renderWithProviders('/');
    const link = (headline: string) => screen.getByRole('link', { name: headline });
    await screen.findByRole('link', { name: festivalArticle.headline });

    await user.keyboard('j');
    expect(link(festivalArticle.headline)).toHaveFocus();
    await user.keyboard('jjj');
    expect(link(schoolArticle.headline)).toHaveFocus();
    await user.keyboard('k');
    expect(link(bridgeArticle.headline)).toHaveFocus();
  });

  it('on an article, j and k open the next and previous article in the index order', async () => {
    const { user, router } = renderWithProviders(`/articles/${bridgeArticle.slug}`);
    await screen.findByRole('heading', { level: 1, name: bridgeArticle.headline });
    await user.keyboard('j');
    expect(
      await screen.findByRole('heading', { level: 1, name: schoolArticle.headline }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(`/articles/${schoolArticle.slug}`);
    await user.keyboard('j');
    expect(router.state.location.pathname).toBe(`/articles/${schoolArticle.slug}`);
    await user.keyboard('k');
    await screen.findByRole('heading', { level: 1, name: bridgeArticle.headline });
    await user.keyboard('k');
    expect(
      await screen.findByRole('heading', { level: 1, name: festivalArticle.headline }),
    ).toBeVisible();
    await user.keyboard('k');
    expect(router.state.location.pathname).toBe(`/articles/${festivalArticle.slug}`);
  });

  it('? opens the help in a dialog; Close shuts it and focus returns', async () => {
    const { user } = renderWithProviders('/');
    const first = await screen.findByRole('link', { name: festivalArticle.headline });
    first.focus();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Next article');
    expect(dialog).toHaveTextContent('Search articles');

    // Shortcuts are off while the help is open.
    await user.keyboard('j');
    expect(first).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(first).toHaveFocus();
  });

  it('do nothing while typing in a field or with a modifier held', async () => {
    const { user } = renderWithProviders('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await user.keyboard('j?k');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    field.blur();
    await user.keyboard('{Control>}?{/Control}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    field.remove();
  });
});
