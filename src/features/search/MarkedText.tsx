import { splitByMarks } from '../../core/search/markTerms.ts';
import type { MarkedText as Marked } from './clipText.ts';

/** Text with its matched words in `<mark>`, rendered from offsets as text nodes, never HTML. */
export function MarkedText({ value }: { value: Marked }) {
  return (
    <>
      {splitByMarks(value.text, value.marks).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
