import type { Article, Quote } from '../../core/schema.ts';

/** How far either side of the cue a pronoun subject is looked for. */
const PRONOUN_WINDOW = 40;
const PRONOUN = /\b(he|she|they|it|we|i)\b/gi;

/**
 * How the engine found a quote's speaker, in words a reader can check against the text:
 * "named in the text", "from “he”, referring to Dmitry Peskov", "from the role …",
 * "continues the previous quotation" or "not found".
 */
export function describeAttribution(
  article: Pick<Article, 'text'>,
  quote: Pick<Quote, 'attribution' | 'cue' | 'start' | 'end'>,
  speaker: { name: string; role: string | null } | null,
): string {
  switch (quote.attribution) {
    case 'named':
      return 'named in the text';
    case 'pronoun': {
      const pronoun = pronounNear(article.text, quote);
      const target = speaker ? `, referring to ${speaker.name}` : '';
      return pronoun ? `from “${pronoun}”${target}` : `from a pronoun${target}`;
    }
    case 'role':
      return speaker?.role ? `from the role “${speaker.role}”` : 'from the role the text names';
    case 'continuation':
      return 'continues the previous quotation';
    case 'unknown':
      return 'not found';
    default: {
      const unreachable: never = quote.attribution;
      return unreachable;
    }
  }
}

/**
 * The engine records which cue it used but not the pronoun, so the pronoun nearest the cue (outside
 * the quotation itself) stands in for it; with no cue there is nothing to point at.
 */
function pronounNear(
  text: string,
  { cue, start, end }: Pick<Quote, 'cue' | 'start' | 'end'>,
): string | null {
  if (!cue) return null;
  const from = Math.max(0, cue.start - PRONOUN_WINDOW);
  const to = Math.min(text.length, cue.end + PRONOUN_WINDOW);
  let best: { word: string; distance: number } | null = null;
  for (const match of text.slice(from, to).matchAll(PRONOUN)) {
    const at = from + match.index;
    if (at >= start && at < end) continue;
    const distance = at < cue.start ? cue.start - at : at - cue.end;
    if (!best || distance < best.distance) best = { word: match[0], distance };
  }
  return best?.word ?? null;
}
