// @vitest-environment node
// Companies as speakers: firms named in passing, legal suffixes, `the company`.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it('finds "the company" named earlier in its paragraph, and never takes a company for "the union"', () => {
  const quotes = quotesOf(
    'Boeing declined to comment. Earlier this week, the company said the offer was "fair" ' +
      'and warned that it would have to "reevaluate" plans.\n\n' +
      'The union representing machinists called the move "a betrayal."',
  );
  expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
    ['partial', 'Boeing'],
    ['partial', 'Boeing'],
    ['partial', null],
  ]);
});

it('calls a one-word firm that is "it" an organisation, never the "he" of a later quotation', () => {
  const quotes = quotesOf(
    'Tom Morales, a retired firefighter, is less sentimental. "I don\'t romanticize it," he ' +
      'said.\n\nBoeing said in a statement that it was reviewing the claim.\n\n' +
      'Her husband nodded. "Both things are true," he said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Tom Morales', 'Tom Morales']);
});

describe('companies', () => {
  it('reads multi-word company names and the trade nouns that stand for them', () => {
    const quotes = quotesOf(
      'Ford Motor Co. said it would cut jobs. "We have to make tough choices," the carmaker said.\n\n' +
        'General Motors reported higher profit. "Our trucks sell well," the company said.\n\n' +
        'Delta Air Lines cut its forecast. JPMorgan Chase analysts were not surprised.\n\n' +
        '"We see more pressure ahead," the bank said in a note.\n\n' +
        'The Alzheimer\'s Society welcomed the move. "This is a major step," the charity said.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.attribution])).toEqual([
      ['Ford Motor Co.', 'role'],
      ['General Motors', 'role'],
      ['JPMorgan Chase', 'role'],
      ["Alzheimer's Society", 'role'],
    ]);
  });

  it('never gives an airline\'s words to "the bank", nor a firm in apposition\'s to nobody', () => {
    const quotes = quotesOf(
      'Delta Air Lines cut its forecast. "We see more pressure ahead," the bank said.\n\n' +
        'The plant\'s owner, Gulfline Chemical Co., said it was "cooperating fully" with regulators.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, 'Gulfline Chemical Co.']);
  });

  it('keeps "India\'s Parliament" a place\'s parliament, not one name', () => {
    const quotes = quotesOf(
      'Om Birla addressed India\'s Parliament on Monday. "We will debate it," he said.',
    );
    expect(quotes[0]?.speaker).toBe('Om Birla');
  });
});

describe('kinds of firm and firms named with an "s"', () => {
  it('drops the kind of firm before its name and keeps the "s" of a firm before its verb', () => {
    const quotes = quotesOf(
      'Carmaker Tata Motors said demand was "robust".\n\n' +
        'Brokerage Ambit Capital said the sell-off was "overdone".\n\n' +
        'Moody\'s said the outlook was "stable".\n\n' +
        'Governor Kazuo Ueda\'s comments lifted the yen, and Ueda said rates would rise "gradually".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Tata Motors',
      'Ambit Capital',
      "Moody's",
      'Kazuo Ueda',
    ]);
  });
});

describe('firms named in passing (tenth session)', () => {
  it('reads names joined by an ampersand as one firm', () => {
    const quotes = quotesOf(
      'Brandt & Kessler said it would appeal. "We will defend our products," the company ' +
        'said.\n\n' +
        'Rival KT&W won the contract. "This is a landmark," KT&W said in a filing.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Brandt & Kessler', 'KT&W']);
  });

  it('gives "the bank said" to a subject the text calls "it"', () => {
    const quotes = quotesOf(
      'Halvard Strom cut its forecast for growth on Tuesday.\n\n' +
        '"We now expect growth of 1.7% this year," the bank said in a note to clients.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Halvard Strom']);
  });

  it('gives "the company said" to the firm named last, not to the one that said it before', () => {
    const quotes = quotesOf(
      'Halvard Strom cut its forecast. "Growth will slow," the bank said.\n\n' +
        'Orvane Motors Kerala reported a 12% rise in sales. "Rural demand held up," the ' +
        'company said.\n\n' +
        'Brandt & Kessler said it would appeal. "We will fight on," the company said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Halvard Strom',
      'Orvane Motors Kerala',
      'Brandt & Kessler',
    ]);
  });
});

describe('firms opening the paragraph before (tenth session)', () => {
  it('gives "the bank said" to the firm whose sentence opened the story', () => {
    const quotes = quotesOf(
      'City, Jan 1 (PTI) Halvorsen Kvist on Monday reported a rise in quarterly profit.\n\n' +
        'The bank said demand was strong. "We expect the momentum to continue," the bank said.\n\n' +
        'Skyling on Monday reported record deliveries.\n\n' +
        '"Our order book is full," the planemaker said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Halvorsen Kvist', 'Skyling']);
  });
});

describe('firms named in passing, as a last resort (tenth session)', () => {
  it('gives "the bank said" to a firm after "at" or before "\'s" when no other is named', () => {
    const quotes = quotesOf(
      'Mumbai, Jan 1: Markets were mixed on Monday.\n\n' +
        'Analysts at Halvard Kvist cut their forecast for the index.\n\n' +
        '"We remain cautious," the bank said in a note.\n\n' +
        "Orvane Kerala's net profit rose 10% in the quarter.\n\n" +
        '"We remain confident," the company said in a statement.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Halvard Kvist', 'Orvane Kerala']);
  });

  it('prefers a firm that is a subject to one named in passing', () => {
    const quotes = quotesOf(
      'Zeptora reported a loss.\n\n' +
        'The company, which competes with Blinkart, said orders rose. "We are focused on ' +
        'growth," the company said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Zeptora']);
  });
});

describe("a company's one-word name without its legal suffix (eleventh session)", () => {
  it('is the company named with it: "Starbucks Corp … Starbucks said … the company said"', () => {
    const quotes = quotesOf(
      'Starbux Corp reported higher sales on Wednesday.\n\n' +
        'Starbux said it would close stores. "These are difficult decisions," the company said.\n\n' +
        '"We are on track," Starbux said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Starbux Corp', 'Starbux Corp']);
  });
});

describe('the firm a business story opens with (eleventh session)', () => {
  it('is "the company" two paragraphs on, before a word opening the paragraph between', () => {
    const quotes = quotesOf(
      'Hiro MotoKorp on Tuesday reported a 10 per cent rise in net profit for the quarter.\n\n' +
        'Revenue rose 6 per cent to Rs 10,200 crore.\n\n' +
        '"We are committed to being a leader," the company said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Hiro MotoKorp']);
    const markets = quotesOf(
      'Markets were mixed on Monday.\n\n' +
        "Wipra's revenue fell 1% in the quarter.\n\n" +
        '"We remain confident," the company said in a statement.',
    );
    expect(markets.map((quote) => quote.speaker)).toEqual(['Wipra']);
  });
});

describe("a firm's first word after its full name with a legal suffix (twelfth session)", () => {
  it('is the firm, unless a person of that surname was named', () => {
    const firm = quotesOf(
      'Kesler Outdoor Inc cut its annual profit forecast on Wednesday.\n\n' +
        'Kesler said tariffs would add "about $45 million" to its costs.',
    );
    expect(firm.map((quote) => quote.speaker)).toEqual(['Kesler Outdoor Inc']);
    const person = quotesOf(
      'Kesler Outdoor Inc cut its annual profit forecast on Wednesday, and analyst Ruth Kesler ' +
        'was not surprised.\n\n' +
        'Kesler said the cut was "long overdue".',
    );
    expect(person.map((quote) => quote.speaker)).toEqual(['Ruth Kesler']);
  });
});
