import { useMemo } from 'react';
import { Link, useHref } from 'react-router-dom';
import type { Article, Quote } from '../../core/schema.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { speakerHref } from '../../ui/speakerHref.ts';
import { QuoteShareButton } from './QuoteShareButton.tsx';
import { quoteShareText } from './quoteShareText.ts';
import './SkimView.css';
import { groupQuotesBySpeaker, quoteContext } from './SkimViewGroups.ts';
import type { SpeakerStyle } from './speakerColours.ts';

type SkimViewProps = { article: Article; speakers: Map<string, SpeakerStyle> };

/**
 * Skim mode (`?view=quotes`): the article's quotations grouped by speaker in order of first
 * appearance, each with its paragraph on demand and a link to its place in the full text.
 */
export function SkimView({ article, speakers }: SkimViewProps) {
  const groups = useMemo(
    () => groupQuotesBySpeaker(article.quotes, speakers),
    [article.quotes, speakers],
  );
  return (
    <section className="skim" aria-labelledby="skim-title">
      <h2 id="skim-title">Quotes by speaker</h2>
      {groups.length === 0 && <p>No one is quoted in this article.</p>}
      {groups.map(({ key, speaker, quotes }) => {
        const headingId = `skim-${key || 'unattributed'}`;
        const person = speaker?.speaker ?? null;
        return (
          <section
            key={key}
            className={`skim__group ${speaker ? `speaker-${speaker.colour}` : 'unattributed'}`}
            aria-labelledby={headingId}
          >
            <h3 id={headingId} className="skim__speaker">
              {person ? <Link to={speakerHref(person.id)}>{person.name}</Link> : 'Unattributed'}
            </h3>
            <p className="skim__details">
              {person?.role && <span>{person.role}</span>}
              <span>{countLabel(quotes.length, 'quote')}</span>
            </p>
            <ol className="skim__quotes">
              {quotes.map((quote) => (
                <SkimQuote key={quote.id} article={article} quote={quote} speaker={person} />
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

type SkimQuoteProps = {
  article: Article;
  quote: Quote;
  speaker: { name: string; role: string | null } | null;
};

function SkimQuote({ article, quote, speaker }: SkimQuoteProps) {
  const href = useHref(`/articles/${article.slug}`);
  const permalink = new URL(`${href}#${quote.id}`, window.location.origin).href;
  const paragraph = article.paragraphs[quote.paragraph];
  const context = paragraph ? quoteContext(article.text, paragraph, quote) : null;
  return (
    <li id={quote.id} tabIndex={-1} className="skim__quote">
      <blockquote className="skim__text">
        <p>“{quote.text}”</p>
      </blockquote>
      {context && (
        <details className="skim__context">
          <summary>Context</summary>
          <p>
            {context.before}
            <mark className="skim__context-quote">{context.quoted}</mark>
            {context.after}
          </p>
        </details>
      )}
      <p className="skim__actions">
        <Link to={{ hash: `#${quote.id}` }}>In the full text</Link>
        {speaker && (
          <QuoteShareButton
            text={quoteShareText(article, quote, speaker, permalink)}
            url={permalink}
            title={article.headline}
          />
        )}
      </p>
    </li>
  );
}
