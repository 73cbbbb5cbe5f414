// @vitest-environment node
// Files of several stories under headlines. Every text here is synthetic.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';
import { storyStarts } from './stories.ts';

function paragraphsOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^\n]+/g))
    spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

describe('story starts', () => {
  it('opens a story at a short line with no closing stop after a finished paragraph', () => {
    const text =
      'Strike talks resume\n\nTalks resumed Monday.\n\nFarm Boy Wins Prize\n\n' +
      'A boy won a prize.\n\nHe said so.';
    expect(storyStarts(text, paragraphsOf(text))).toEqual([2]);
  });

  it('opens none at a quotation, a sentence or a line after an unfinished paragraph', () => {
    const text =
      'Talks resumed Monday.\n\n"We are hopeful"\n\nThe mayor spoke.\n\nand then\n\n' +
      'Officials met at noon.\n\nHe left.';
    expect(storyStarts(text, paragraphsOf(text))).toEqual([]);
  });

  it("opens none at a line of speech in single marks: Labour MP Jo Reid said: 'No'", () => {
    const text =
      "Talks resumed Monday.\n\nLabour MP Jo Reid said: 'I will vote against it'\n\n" +
      'Officials met at noon.\n\nThe chair said it was \u2018the end\u2019\n\nHe left.';
    expect(storyStarts(text, paragraphsOf(text))).toEqual([]);
  });
});

describe('a headline between stories (nineteenth session)', () => {
  it("gives the next story's lede to the person its next paragraph names, not to the story before", () => {
    const quotes = quotesOf(
      'Senate Passes Farm Bill\n\n' +
        'WASHINGTON (AP) -- Sen. Homer Jessup said today the bill was "a fair deal for farmers."\n\n' +
        'Civil Defense Plea\n\n' +
        'The nation\'s civil defense director told a House subcommittee today that "every family ' +
        'should store food."\n\n' +
        'Gerald W. Ostrom, director of the Office of Civil Defense, asked for $90 million.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Homer Jessup', 'Gerald W. Ostrom']);
  });
});

describe("a headline's capitals (twentieth session)", () => {
  it('are no names: "Kelly said" after "Ortiz Decisions Kelly" is the boxer the story named', () => {
    const quotes = quotesOf(
      'Harbor Board Meets\n\nThe harbor board met Monday. "We need a new pier," said Adm. ' +
        'Carl Voigt.\n\nMendez Outpoints Farr\n\nRudy Mendez took a split decision from ' +
        'Tommy Farr at the Arena tonight.\n\n"I thought I won it," Farr said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Carl Voigt', 'Tommy Farr']);
  });

  it('never speak for a lede: "Budget Chief Testifies" gives "Testifies" to nobody', () => {
    const quotes = quotesOf(
      'Budget Chief Testifies\n\nThe budget director told a Senate committee today that ' +
        'the deficit would be "under control by 1964."\n\nDirector Lyle Haskett said the ' +
        'figures were firm.',
    );
    expect(quotes.map((quote) => quote.speaker)).not.toContain('Testifies');
  });
});

describe('a role across a headline (twentieth session)', () => {
  it('is never held by a person only the story before named', () => {
    const quotes = quotesOf(
      'Tigers Win Opener\n\nThe Tigers beat Elmira 71-60. Coach Pudge Dunlap said the team ' +
        'was "still learning."\n\nFoster Quits at Alden\n\nGlenn Foster, who built Alden into ' +
        'a winner in 11 seasons, resigned today.\n\n"I still love the game," the 46-year-old ' +
        'coach said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Pudge Dunlap', 'Glenn Foster']);
  });
});

describe('headline lines in a row (twentieth session)', () => {
  it('all lose their names: the body gives the fuller name', () => {
    const quotes = quotesOf(
      'The council adjourned at noon.\n\nObituaries\n\nJudge Ray Dunn, Ex-Mayor\n\n' +
        'Ray T. Dunn, 81, who served 20 years as county judge, died Sunday.\n\n' +
        'Judge Dunn once called the office "a place to listen, mostly."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ray T. Dunn']);
  });
});
