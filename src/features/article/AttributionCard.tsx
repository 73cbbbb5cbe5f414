import { useEffect, useRef } from 'react';
import { Link, useHref } from 'react-router-dom';
import type { Article, Quote } from '../../core/schema.ts';
import { speakerHref } from '../../ui/speakerHref.ts';
import './AttributionCard.css';
import { describeAttribution } from './describeAttribution.ts';
import { excerpt } from './excerpt.ts';
import { QuoteShareButton } from './QuoteShareButton.tsx';
import { quoteShareText } from './quoteShareText.ts';
import type { SpeakerStyle } from './speakerColours.ts';

type AttributionCardProps = {
  article: Article;
  quote: Quote;
  speaker: SpeakerStyle | null;
  onClose: () => void;
};

/**
 * Who said a quote and how the engine decided: speaker, role, the cue verb as written, and the
 * way the speaker was found, so a reader can check the engine's work. A modal `<dialog>`:
 * Escape, the Close button or a click outside it closes it.
 */
export function AttributionCard({ article, quote, speaker, onClose }: AttributionCardProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const permalink = useAbsoluteHref(`/articles/${article.slug}`, quote.id);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // jsdom has no showModal; an open non-modal dialog behaves the same for its tests.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const person = speaker?.speaker ?? null;
  const cue = quote.cue ? article.text.slice(quote.cue.start, quote.cue.end) : null;
  const titleId = `card-title-${quote.id}`;
  return (
    <dialog
      ref={dialog}
      className="attribution-card"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="attribution-card__inner">
        <h2 id={titleId} className="attribution-card__title">
          Who said this
        </h2>
        <blockquote className="attribution-card__quote">“{excerpt(quote.text)}”</blockquote>
        <dl className="attribution-card__facts">
          <dt>Speaker</dt>
          <dd>{person ? <Link to={speakerHref(person.id)}>{person.name}</Link> : 'Not found'}</dd>
          {person?.role && (
            <>
              <dt>Role</dt>
              <dd>{person.role}</dd>
            </>
          )}
          <dt>Cue</dt>
          <dd>{cue ? `“${cue}”` : 'none in the text'}</dd>
          <dt>How the speaker was found</dt>
          <dd>{describeAttribution(article, quote, person)}</dd>
        </dl>
        <div className="attribution-card__actions">
          {person && (
            <QuoteShareButton
              text={quoteShareText(article, quote, person, permalink)}
              url={permalink}
              title={article.headline}
            />
          )}
          <button type="button" className="button" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** The absolute URL of `path#hash` in this app, honouring the router's base path. */
function useAbsoluteHref(path: string, hash: string): string {
  const href = useHref(path);
  return new URL(`${href}#${hash}`, window.location.origin).href;
}
