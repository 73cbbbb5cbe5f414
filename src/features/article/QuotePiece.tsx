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
 * colour is never the only cue. Scare quotes (`kind: 'other'`) are not speech and stay plain.
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
            <span className={`quote-tag ${tone}`} data-emphasis={emphasis} aria-hidden="true">
              {name ?? 'unattributed'}
            </span>
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
