// @vitest-environment node
// Places and datelines: never a speaker's name, and where a person is from or based.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it('gives the words of "Sen. X of Illinois" to the senator, not the state', () => {
  const quotes = quotesOf(
    'Sen. Dick Durbin of Illinois, the top Democrat on the panel, said the nomination was ' +
      '"a disgrace."\n\nSen. Cory Booker of New Jersey called the vote "a stain on this ' +
      'committee." "We will not forget," he said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual([
    'Dick Durbin',
    'Cory Booker',
    'Cory Booker',
  ]);
});

it('gives "Rep. Jim Jordan of Ohio said" and "Mayor Eric Adams of New York said" to the person', () => {
  const quotes = quotesOf(
    'Rep. Jim Jordan of Ohio said the bill was "dead on arrival".\n\n' +
      'Mayor Eric Adams of New York said the city was "ready".',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Jim Jordan', 'Eric Adams']);
});

describe('a place after a sentence-opening preposition', () => {
  it('is no subject, even when it is also a given name', () => {
    const quotes = quotesOf(
      '"He returned home," Cardinal Kevin Farrell announced.\n\n' +
        'In Austin, Ravi Brown described a night of terror. "We hid in the bath," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kevin Farrell', 'Ravi Brown']);
  });
});

describe('a dateline in title case (tenth session)', () => {
  it('is where the story was filed, not the subject of its first sentence', () => {
    const quotes = quotesOf(
      'Cape Town — President Cyril Ramaphoza on Thursday defended the coalition, telling ' +
        'Parliament that it had "brought stability" to the country.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Cyril Ramaphoza']);
  });
});

describe('where a name is based or born (eleventh session)', () => {
  it('is no part of the name: "Keighley-based Goose Eye Brewery", "Russian-born Ivan Petrovsky"', () => {
    const quotes = quotesOf(
      'Keighley-based Goose Eye Brewerie Ltd called the rise a "perfect storm".\n\n' +
        'Russian-born Ivan Petrovsky said it was "a new chapter".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Goose Eye Brewerie Ltd',
      'Ivan Petrovsky',
    ]);
  });
});

describe('a wire dateline of a day and an agency (twelfth session)', () => {
  it('is not the lede\'s subject: "Nov 5 (Reuters) - Kesler Outdoor Inc cut …"', () => {
    const quotes = quotesOf(
      'Nov 5 (Reuters) - Kesler Outdoor Inc cut its annual profit forecast on Wednesday.\n\n' +
        '"This is a company executing well," said Joseph Feldmann, an analyst at Telsey ' +
        'Advisory Group.\n\n' +
        'The company also said it would close 12 stores.\n\n' +
        '"These are difficult decisions," the company said in a statement.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Joseph Feldmann', 'Kesler Outdoor Inc']);
  });
});

describe('a place named by its kind (fourteenth session)', () => {
  it('is never the antecedent of he or she: "Humboldt County", "County Kerry", "Flat Creek"', () => {
    const quotes = quotesOf(
      'Ole Svenson has cut redwoods for 51 years.\n\n' +
        'The 68-year-old faller, who came to Humboldt County from Norway, still works.\n\n' +
        '"The young fellows use the power saws now," he said.\n\n' +
        'Ora Sizemore teaches at the school on Flat Creek in County Kerry.\n\n' +
        '"They want to close it," she said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ole Svenson', 'Ora Sizemore']);
  });
});

describe('a firm or a place before a described person (fifteenth session)', () => {
  it('is not the person: "Kenya Power managing director Ruth Kinyanjui said" then "she said"', () => {
    const quotes = quotesOf(
      'Analyst Mary Otieno said the outage was "the worst in years."\n\n' +
        'Kenya Power managing director Ruth Kinyanjui said supply had been restored. ' +
        '"Our engineers worked through the night," she said.\n\n' +
        'Union official Tom Barker said the line was down. ' +
        '"We are still waiting," he said.\n\n' +
        'Ford plant manager Jim Baumbick said the line would restart. "We have the parts," he said.\n\n' +
        'Bondi cafe owner Lucy Marsh said she had closed early. "The wind was wild," she said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Mary Otieno',
      'Ruth Kinyanjui',
      'Tom Barker',
      'Jim Baumbick',
      'Lucy Marsh',
    ]);
  });
});

describe('a place after a body or an unnamed noun (fifteenth session)', () => {
  it('only says where they are: "The Weather Bureau at New Orleans said", "A ranger at Halls Gap said"', () => {
    const quotes = quotesOf(
      'Hurricane Carla moved inland today.\n\n' +
        'The Weather Bureau at New Orleans said the storm had "lost much of its punch" overnight.\n\n' +
        'A ranger at Halls Gap said the road was "cut in three places."\n\n' +
        'Diane Swonk, chief economist at KPMG, said the Fed was "walking a tightrope."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Weather Bureau', null, 'Diane Swonk']);
  });
});

describe('a weekday right after a name (fifteenth session)', () => {
  it('says when, and ends the name: "Sen. Culver Kidd Thursday told"', () => {
    const quotes = quotesOf(
      'Sen. Culver Kidd Thursday told reporters the bill was "dead for this session."\n\n' +
        'Mr. Herring Saturday said the vote was "a disgrace."\n\n' +
        'The bill went to Gov. Price Daniel Thursday. "I will sign it," Daniel said.\n\n' +
        'Joe Friday said the case was "closed."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Culver Kidd',
      'Herring',
      'Price Daniel',
      'Joe Friday',
    ]);
  });
});

describe('a town and its state inside a chain of appositives (fifteenth session)', () => {
  it('is where the person is from: "Mrs. Ada Greer, 72, of Ashland, Ky., a retired teacher, said"', () => {
    const quotes = quotesOf(
      'Mrs. Ada Greer, 72, of Ashland, Ky., a retired teacher, said she had crossed by ferry "every Saturday for 50 years."\n\n' +
        'Tom Akers of Portsmouth, Ohio, who drove across first, said the bridge was "a long time coming."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ada Greer', 'Tom Akers']);
  });
});

describe('a place opened by a compass point, "Greater" or "Fort" (sixteenth session)', () => {
  it('is no one\'s name: "Ruth Hale, 61, from Harrogate, North Yorkshire, said"', () => {
    const quotes = quotesOf(
      'Ruth Hale, 61, from Harrogate, North Yorkshire, said the flood had left her "with nothing".\n\n' +
        '"I lost every photograph," she told reporters.\n\n' +
        'Dean Cole, of Fort Myers, Florida, said the storm was "worse than Ian".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ruth Hale', 'Ruth Hale', 'Dean Cole']);
  });
});

describe('a weekday after a title and one name, or after a party tag (sixteenth session)', () => {
  it('says when: "President Kennedy Monday", "Sen. Harry F. Byrd (D-Va.) Thursday called"', () => {
    const quotes = quotesOf(
      'Sen. Harry F. Byrd (D-Va.) Thursday called the plan "back-door spending."\n\n' +
        'Rep. Hale Boggs (D-La.) Monday said the vote was "very close."\n\n' +
        'Gov. Russell Friday asked for calm. "We will keep order," Russell said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Harry F. Byrd',
      'Hale Boggs',
      'Russell',
    ]);
  });
});

describe('a dateline opening a later story of a file (sixteenth session)', () => {
  it('is where the story was filed, not its subject: "DES MOINES, Iowa -- Gov. X returned … and told"', () => {
    const quotes = quotesOf(
      'Council meets\n\nThe council met on Monday to set the budget.\n\nFarmers back bill\n\n' +
        'DES MOINES, Iowa -- Gov. Norman Erbe returned from Washington Thursday and told reporters the bill was "good for Iowa."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Norman Erbe']);
  });
});

describe('a dateline in title case opening a later story (seventeenth session)', () => {
  it('is where the story was filed, never its speaker', () => {
    const quotes = quotesOf(
      'Governor home\n\n' +
        'Austin, Texas -- Price Daniel returned Thursday and told newsmen the city was "in good ' +
        'shape."\n\nMayor back\n\n' +
        'Atlanta, Ga. -- Ernest Vandiver said Thursday the roads were "a disgrace."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Price Daniel', 'Ernest Vandiver']);
  });
});

describe('a place after a preposition is not who speaks (nineteenth session)', () => {
  it('gives "said a grocer on Greene Street" to nobody and "Prof. X of Yale, who said" to X', () => {
    const quotes = quotesOf(
      '"The water is still rising," said a grocer on Greene Street who was piling sandbags.\n\n' +
        'The committee heard Prof. Emil Strand of Yale, who said the plan was "honest but foolish."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, 'Emil Strand']);
  });
});

describe('a town named for its kind (twentieth session)', () => {
  it('is no person: after "above Lenoir City", "the driver said" names nobody', () => {
    const quotes = quotesOf(
      'Police said the truck overturned on the grade above Lenoir City.\n\n' +
        '"The brakes just quit," the driver said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null]);
  });

  it('still ends a person\'s name after a given name: "Mrs. Carla Springs"', () => {
    const quotes = quotesOf(
      'Mrs. Carla Springs, who lives in Palm Springs, said the road "needs a guard rail."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Carla Springs']);
  });
});

it('gives nobody the words of people in the plural before places ("Farmers near Parkes and Forbes")', () => {
  const quotes = quotesOf(
    'Farmers near Parkes and Forbes have reported mice "in their thousands".\n\n' +
      'Farmers in north-west St Catherine say they are losing "thousands of dollars".\n\n' +
      'Residents of Anand Vihar said the air was "unbreathable".',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, null]);
});
