import type { Segment } from './segmentArticle.ts';
import type { SpeakerStyle } from './speakerColours.ts';

type QuotePieceProps = {
  segment: Extract<Segment, { kind: 'quote' }>;
  speaker: SpeakerStyle | null;
  /** The speaker the reader chose to follow, if any: their quotes stand out, others recede. */
  focusId: string | null;
};

/**
 * One paragraph's piece of a quotation. Speech is a `<mark>` in the speaker's colour, with the
 * speaker named in text (hidden before the quote for screen readers, visible after it) so the
 * colour is never the only cue. The tag after the quote opens its attribution card. Scare quotes (`kind: 'other'`) are not speech and stay plain.
 */
export function QuotePiece({ segment, speaker, focusId }: QuotePieceProps) {
  const { quote, anchor, last, text } = segment;
  const id = anchor ? quote.id : undefined;
  switch (quote.kind) {
    case 'other':
      return (
        <span className="quote-other" id={id}>
          {text}
        </span>
      );
    case 'direct':
    case 'partial': {
      const name = speaker?.speaker.name ?? null;
      const tone = speaker ? `speaker-${speaker.colour}` : 'unattributed';
      const emphasis =
        focusId === null ? undefined : speaker?.speaker.id === focusId ? 'emphasised' : 'dimmed';
      return (
        <>
          <span className="visually-hidden speaker-prefix">
            {name ? `${name}: ` : 'Unattributed: '}
          </span>
          <mark
            id={id}
            tabIndex={anchor ? -1 : undefined}
            className={`quote ${tone}`}
            data-quote-id={quote.id}
            data-speaker-id={speaker?.speaker.id}
            data-kind={quote.kind}
            data-emphasis={emphasis}
            title={name ?? 'Unattributed'}
          >
            {text}
          </mark>
          {last && (
            <button
              type="button"
              className={`quote-tag ${tone}`}
              data-emphasis={emphasis}
              data-card-for={quote.id}
              aria-haspopup="dialog"
            >
              {name ?? 'unattributed'}
              <span className="visually-hidden">, who said this and how we know</span>
            </button>
          )}
        </>
      );
    }
    default: {
      const unreachable: never = quote.kind;
      return unreachable;
    }
  }
}
