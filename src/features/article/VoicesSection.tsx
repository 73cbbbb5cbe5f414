import { Link, useLocation } from 'react-router-dom';
import type { Quote } from '../../core/schema.ts';
import { countLabel } from '../../ui/countLabel.ts';
import { speakerHref } from '../../ui/speakerHref.ts';
import { excerpt } from './excerpt.ts';
import type { SpeakerStyle } from './speakerColours.ts';

type VoicesSectionProps = {
  speakers: SpeakerStyle[];
  quotes: Quote[];
  focusId: string | null;
  onToggle: (speakerId: string) => void;
};

/**
 * The legend for the highlights: each speaker's colour, name, role and quote count, links to
 * their quotes, and a toggle that emphasises their quotes in the text.
 */
export function VoicesSection({ speakers, quotes, focusId, onToggle }: VoicesSectionProps) {
  const speech = quotes.filter((q) => q.kind !== 'other');
  const unattributed = speech.filter(
    (q) => q.speakerId === null || !speakers.some((s) => s.speaker.id === q.speakerId),
  );
  return (
    <section className="voices" aria-labelledby="voices-title">
      <h2 id="voices-title" tabIndex={-1}>
        Voices
      </h2>
      {speakers.length === 0 ? (
        <p>No one is quoted by name in this article.</p>
      ) : (
        <p className="voices__hint">Choose a voice to highlight what they said.</p>
      )}
      <ul className="voices__list">
        {speakers.map(({ speaker, colour }) => (
          <li key={speaker.id} className="voice">
            <button
              type="button"
              className={`voice__button speaker-${colour}`}
              aria-pressed={speaker.id === focusId}
              onClick={() => onToggle(speaker.id)}
            >
              <span className="swatch" aria-hidden="true" />
              <span className="voice__name">{speaker.name}</span>
            </button>
            <p className="voice__details">
              {speaker.role && <span>{speaker.role}</span>}
              <span>{countLabel(speaker.quoteCount, 'quote')}</span>
              <Link to={speakerHref(speaker.id)}>All quotes by {speaker.name}</Link>
            </p>
            <QuoteLinks
              label={`Quotes by ${speaker.name}`}
              quotes={speech.filter((q) => q.speakerId === speaker.id)}
            />
          </li>
        ))}
        {unattributed.length > 0 && (
          <li className="voice">
            <p className="voice__button voice__button--static unattributed">
              <span className="swatch" aria-hidden="true" />
              <span className="voice__name">Unattributed</span>
            </p>
            <p className="voice__details">
              <span>{countLabel(unattributed.length, 'quote')}</span>
            </p>
            <QuoteLinks label="Unattributed quotes" quotes={unattributed} />
          </li>
        )}
      </ul>
    </section>
  );
}

function QuoteLinks({ label, quotes }: { label: string; quotes: Quote[] }) {
  // Keep `?speaker=` when jumping to a quote: a hash-only change is not a new page.
  const { search } = useLocation();
  if (quotes.length === 0) return null;
  return (
    <ol className="voice__quotes" aria-label={label}>
      {quotes.map((quote) => (
        <li key={quote.id}>
          <Link to={{ search, hash: `#${quote.id}` }} preventScrollReset>
            “{excerpt(quote.text)}”
          </Link>
        </li>
      ))}
    </ol>
  );
}
