import { useMemo, type ReactNode } from 'react';
import type { Article } from '../../core/schema.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { AttributionCard } from './AttributionCard.tsx';
import { SkimView } from './SkimView.tsx';
import { SkimViewToggle, useSkimView } from './SkimViewToggle.tsx';
import { assignSpeakerColours } from './speakerColours.ts';
import { useScrollToHash } from './useScrollToHash.ts';
import { useQuoteChooser } from './useQuoteChooser.ts';
import { useSpeakerParam } from './useSpeakerParam.ts';
import { VoicesSection } from './VoicesSection.tsx';

/**
 * One article with its quotations highlighted per speaker and the Voices legend.
 * `actions` is a slot the app fills (a save toggle) so features stay independent.
 */
export function ArticleView({ article, actions }: { article: Article; actions?: ReactNode }) {
  useDocumentTitle(article.headline);
  useScrollToHash();
  const [speakerParam, toggleSpeaker] = useSpeakerParam();
  const speakers = useMemo(() => assignSpeakerColours(article.speakers), [article.speakers]);
  // A bookmarked speaker who is not in this (edited) article emphasises nothing.
  const focusId = speakerParam !== null && speakers.has(speakerParam) ? speakerParam : null;
  const skim = useSkimView();
  const chooser = useQuoteChooser();
  const chosen = article.quotes.find((quote) => quote.id === chooser.chosen?.id);

  return (
    <article className="article" aria-labelledby="article-title" onClick={chooser.onClick}>
      <ArticleHeader article={article} actions={actions} />
      <SkimViewToggle skim={skim} />
      {skim ? (
        <SkimView article={article} speakers={speakers} />
      ) : (
        <ArticleBody article={article} speakers={speakers} focusId={focusId} />
      )}
      <VoicesSection
        speakers={[...speakers.values()]}
        quotes={article.quotes}
        focusId={focusId}
        onToggle={toggleSpeaker}
      />
      {chosen && (
        <AttributionCard
          article={article}
          quote={chosen}
          speaker={chosen.speakerId === null ? null : (speakers.get(chosen.speakerId) ?? null)}
          onClose={chooser.close}
        />
      )}
    </article>
  );
}
