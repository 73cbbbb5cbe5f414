// @vitest-environment node
// Given names and surnames that are also words, titles, pronouns or auxiliaries.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

describe('given names that are also words', () => {
  it('reads "Christian Pulisic" and "May Calloway" as names, "Even Han" as an adverb and a name', () => {
    const quotes = quotesOf(
      'Christian Pulisic, the midfielder, scored twice. "It was a great day," said the midfielder.\n\n' +
        'May Calloway chairs the board. "We will decide soon," Calloway said.\n\n' +
        'Even Han Dong-hoon opposed the move. Han said it was "wrong".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Christian Pulisic',
      'May Calloway',
      'Han Dong-hoon',
    ]);
  });
});

describe('surnames that are also words', () => {
  it('reads "Sherry House", "Dr Nick Fox" and "Kathryn Judge" as people, and "Field Marshal" as a rank', () => {
    const quotes = quotesOf(
      'Chief Financial Officer Sherry House spoke. "We will cut costs," House said.\n\n' +
        'Dr Nick Fox, director of the centre, spoke. "We need to be sure," Fox said.\n\n' +
        'Kathryn Judge, a professor at Columbia Law School, said the reserve was "a signal".\n\n' +
        'Field Marshal William Slim spoke. "The fighting man is brave," said Field Marshal Slim.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Sherry House',
      'Nick Fox',
      'Kathryn Judge',
      'William Slim',
    ]);
  });

  it('steps back over an age, a place and a relative clause to the name that speaks', () => {
    const quotes = quotesOf(
      'Jane Walsh, 67, from Stockport, whose husband Peter was diagnosed in 2021, said a test ' +
        'would have spared them "a lot of heartache". "We knew something was wrong," she said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jane Walsh', 'Jane Walsh']);
  });
});

describe('given names of either gender', () => {
  it('lets "he" take a man whose given name the lists file as a woman\'s', () => {
    const quotes = quotesOf(
      '"We must grow," John Hassler said.\n\n' +
        'Philippe Aghion was overwhelmed. "It is a surprise," he said.\n\n' +
        'Barcelona president Joan Laporta was in the stands. "We are back," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'John Hassler',
      'Philippe Aghion',
      'Joan Laporta',
    ]);
  });
});

describe('"He" as a surname', () => {
  it('is a name inside a sentence and a pronoun at its start', () => {
    const quotes = quotesOf(
      'Commerce ministry spokesperson He Yongqian told a regular briefing that China would ' +
        '"firmly implement" the consensus.\n\n' +
        'Foreign Minister Wang Yi met the delegation. He said the talks were "candid".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['He Yongqian', 'Wang Yi']);
  });
});

describe("an honorific's gender (tenth session)", () => {
  it('outweighs the given name\'s: "Mrs. John A. Smith", "Miss Thornton"', () => {
    const quotes = quotesOf(
      'Mrs. John A. Smithson said the group had raised $4,000 for the hospital. "We are very ' +
        'proud of our members," she said.\n\n' +
        'Miss Thornton said the fund was closed. "We did our best," she said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['John A. Smithson', 'Thornton']);
  });
});

describe("a peer's title as a given name (eleventh session)", () => {
  it('keeps "Earl", "Dean" and "Count" before a lone surname, and strips them before a full name', () => {
    const quotes = quotesOf(
      'Chief Justice Earl Warrick opened the session.\n\n' +
        '"We will hear the case," Warrick said.\n\n' +
        'Secretary of State Dean Ruskin flew in. "It went well," Ruskin said.\n\n' +
        'Count Otto Lambsberg, the envoy, spoke next. "Nothing has changed," Lambsberg said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Earl Warrick',
      'Dean Ruskin',
      'Otto Lambsberg',
    ]);
  });
});

describe('a title that is a surname (eleventh session)', () => {
  it('reads "Bishop said", "Dr. King" and "Martin Luther King Jr." as the person, "the King" as a role', () => {
    const quotes = quotesOf(
      'Senator Angus Kingsley-King met voters. Julia Bishop spoke after him.\n\n' +
        '"We will keep at it," Bishop said.\n\n' +
        'Dr. Marten Luther King Jr. led the march. "We are not afraid," Dr. King said.\n\n' +
        'Major to this effort is the budget. "It matters," an aide said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Julia Bishop',
      'Marten Luther King Jr.',
      null,
    ]);
    expect(quotesOf('"We are grateful," the King said.')[0]).toMatchObject({ speaker: null });
  });
});

describe('a surname that is a common word (thirteenth session)', () => {
  it('is the person named in full before: "Dan Player won … Player said"', () => {
    const quotes = quotesOf(
      'Dan Player won the tournament on Sunday by one stroke, and Tom Head made a century.\n\n' +
        '"I feel sorry for the others," Player said.\n\n' +
        '"I just tried to be positive," Head said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Dan Player', 'Tom Head']);
  });
});

describe("a peer's title that is a given name before a middle initial (fourteenth session)", () => {
  it('stays in the name: "Mayor Earl C. Pruitt", "Dean G. Acheson"', () => {
    const quotes = quotesOf(
      'Mayor Earl C. Pruitt said the program had been pared "to what this city must have."\n\n' +
        '"We are ready," said Dean G. Acheson.\n\n' +
        '"It is over," the Duke of Kent said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Earl C. Pruitt',
      'Dean G. Acheson',
      'Duke of Kent',
    ]);
  });

  it('and so are "Prince" before an initial and a peer\'s title after another title', () => {
    const quotes = quotesOf(
      'Sen. Prince H. Tolliver said the bill was "dead."\n\n' +
        'City Manager Earl Sims said the plan was "the least we can do."\n\n' +
        '"We must help," Prince Harry said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Prince H. Tolliver',
      'Earl Sims',
      'Harry',
    ]);
  });
});

describe('a surname that is also an auxiliary (fourteenth session)', () => {
  it('stays the subject: "Theresa May said", "Dr May said"', () => {
    const quotes = quotesOf(
      'Former prime minister Theresa May said the win was "a proud moment". "We should all be ' +
        'proud," Mrs May said.\n\n' +
        'Peter May said the plan "may well work".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Theresa May',
      'Theresa May',
      'Peter May',
    ]);
  });
});

describe('Irish and Welsh given names (fifteenth session)', () => {
  it('tell "he" from "she": Tom Evans, then Cerys Morgan, then "he said"', () => {
    const quotes = quotesOf(
      'Tom Evans, the union secretary, said the talks had been "hard going."\n\n' +
        'Cerys Morgan, who chairs the trust, said a timetable had been agreed.\n\n' +
        '"There is more to do," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tom Evans', 'Tom Evans']);
  });
});

describe('a title word as a surname after a middle initial (fifteenth session)', () => {
  it('is a name: "Walter H. King", "Robert J. Bishop"', () => {
    const quotes = quotesOf(
      'Walter H. King, the chief negotiator, said he was "shocked but not surprised."\n\n' +
        '"They were never serious," King said.\n\n' +
        'Robert J. Bishop said the vote was "a disgrace."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Walter H. King',
      'Walter H. King',
      'Robert J. Bishop',
    ]);
  });
});

describe('given names of world news (seventeenth session)', () => {
  it('knows the gender of modern British, African and other names the lists lack', () => {
    const quotes = quotesOf(
      'One of the victims, a driver identified only as Chinedu, said they were fed once a day.\n\n' +
        '"They beat us and told us to keep quiet," he said.\n\n' +
        'A former assistant to Shane Bellamy testified on Tuesday that she had been told to lie.\n\n' +
        '"I was terrified of him," she told jurors.\n\n' +
        'Thandeka Mokoena, a nurse, said the ward was full. Her colleague Kwame Asante, a porter, ' +
        'agreed. "We had nowhere to put them," she said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Chinedu', null, 'Thandeka Mokoena']);
  });
});

describe('a given name in -ly opening a sentence (eighteenth session)', () => {
  it('is a name before a surname, an adverb before a comma', () => {
    const texts = [
      'Curly Ledbetter of Spartanburg, S.C., nursed a smoking Pontiac into the pits. "It\'s done," Ledbetter said.',
      'Wendell Cagle finished third. Finally, Ledbetter arrived. "It\'s done," Cagle said.',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Curly Ledbetter'],
      ['Wendell Cagle'],
    ]);
  });
});
