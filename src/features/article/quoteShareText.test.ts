import { describe, expect, it } from 'vitest';
import { quoteShareText } from './quoteShareText.ts';

const URL = 'https://example.test/articles/a#q-1';
const dateline = { place: 'RIVERTON', agency: 'Test Wire', start: 0, end: 10 };

describe('quoteShareText', () => {
  it('credits speaker, role, agency and date, then gives the permalink', () => {
    expect(
      quoteShareText(
        { date: '2024-11-19', dateline },
        { text: 'We will deliver it,' },
        { name: 'Ada Brook', role: 'Mayor' },
        URL,
      ),
    ).toBe(`“We will deliver it,” — Ada Brook, Mayor (Test Wire, 19 November 2024)\n${URL}`);
  });

  it('leaves out what the article does not have', () => {
    expect(
      quoteShareText(
        { date: null, dateline: null },
        { text: 'Hi' },
        { name: 'Ada Brook', role: null },
        URL,
      ),
    ).toBe(`“Hi” — Ada Brook\n${URL}`);
    expect(
      quoteShareText(
        { date: '2024-11-19', dateline: { ...dateline, agency: null } },
        { text: 'Hi' },
        null,
        URL,
      ),
    ).toBe(`“Hi” — (19 November 2024)\n${URL}`);
  });
});
