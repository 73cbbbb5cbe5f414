import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('keeps a short quotation whole, with line breaks flattened', () => {
    expect(excerpt('We build.\n\nThen we open.')).toBe('We build. Then we open.');
  });

  it('cuts a long quotation at a word boundary and adds an ellipsis', () => {
    const cut = excerpt(
      'Traffic will ease within a month and residents have waited long enough',
      40,
    );
    expect(cut).toBe('Traffic will ease within a month and…');
    expect(cut.length).toBeLessThanOrEqual(41);
  });
});
