import { useMemo } from 'react';
import type { Article } from '../../core/schema.ts';
import { QuotePiece } from './QuotePiece.tsx';
import { segmentArticle } from './segmentArticle.ts';
import type { SpeakerStyle } from './speakerColours.ts';

type ArticleBodyProps = {
  article: Article;
  speakers: Map<string, SpeakerStyle>;
  focusId: string | null;
};

/** The article's paragraphs, cut at the dateline and quotation offsets the engine found. */
export function ArticleBody({ article, speakers, focusId }: ArticleBodyProps) {
  const paragraphs = useMemo(
    () => segmentArticle(article.text, article.paragraphs, article.quotes, article.dateline),
    [article],
  );
  return (
    <div className="article__body">
      {paragraphs.map((segments, index) => (
        <p key={index}>
          {segments.map((segment) => {
            switch (segment.kind) {
              case 'text':
                return segment.text;
              case 'dateline':
                return (
                  <span key={segment.start} className="dateline">
                    {segment.text}
                  </span>
                );
              case 'quote':
                return (
                  <QuotePiece
                    key={segment.start}
                    segment={segment}
                    speaker={
                      segment.quote.speakerId === null
                        ? null
                        : (speakers.get(segment.quote.speakerId) ?? null)
                    }
                    focusId={focusId}
                  />
                );
              default: {
                const unreachable: never = segment;
                return unreachable;
              }
            }
          })}
        </p>
      ))}
    </div>
  );
}
