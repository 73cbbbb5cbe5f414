// @vitest-environment node
// Speakers the story does not name stay unnamed: never handed to the last named speaker.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it.each([
  ['"We are watching closely," a senior official told reporters.'],
  ['According to police, the suspect "acted alone and without any help".'],
  [
    'Ada Brook spoke first.\n\n"We are deeply saddened by the news," the family said in a statement.',
  ],
  [
    'Ada Brook spoke first. "We are ready," she said.\n\n' +
      'A senior official, speaking on condition of anonymity, said talks were continuing. ' +
      '"No decision has been made," the official said.',
  ],
  ['An officer of the city police, on condition of anonymity, told ANI, "Security is tight."'],
  [
    'Delhi Police arrested three men. "A case has been registered," a senior police ' +
      'officer said.',
  ],
  ['"It is a balancing act," said one FRB official.'],
  [
    "The Labour MP Lena Park said: 'We do not know the plan.'\n\n'I am not going anywhere,' " +
      'the prime minister insisted.',
  ],
  [
    "The Labour MP Lena Park spoke first.\n\nThe minister's spokesman said the claims were 'nonsense'.",
  ],
  ['Ada Brook spoke first.\n\nThe plan was widely criticised as "a giveaway to the rich."'],
  [
    'Ada Brook opened the hospital. "It is a proud day," she said.\n\nAccording to an ' +
      'official release, the hospital has 300 beds. "It will serve two states," the release stated.',
  ],
  ['A Riverton County judge denied bail, calling the evidence "overwhelming and clear."'],
])('leaves unnamed speakers unnamed in %j', (text) => {
  expect(quotesOf(text).at(-1)?.speaker).toBeNull();
});

it('takes "a protesting doctor said" after a quotation as an unnamed speaker, not the last one', () => {
  const quotes = quotesOf(
    '"She should resign," Suvendu Adhikari said.\n\n' +
      '"We want justice for our sister," a protesting doctor said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Suvendu Adhikari', null]);
});

it('steps over a long participle clause too, and leaves an anonymous official unnamed', () => {
  const [quote] = quotesOf(
    'A Fed official, speaking on condition of anonymity because he was not authorized to ' +
      'discuss policy deliberations, said the committee would "look at the totality of the data."',
  );
  expect(quote?.speaker).toBeNull();
});

it('leaves "one of them said" unnamed instead of handing it to the story so far', () => {
  const quotes = quotesOf(
    'Josep Borrell spoke first. "We are ready," he said.\n\n' +
      'Two diplomats said sanctions were planned. "Nobody believes Moscow," one of them said.',
  );
  expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([
    ['Josep Borrell', 'said'],
    [null, 'said'],
  ]);
});

it('keeps an unnamed source unnamed: a later pronoun and a relative clause do not reach a named speaker', () => {
  const quotes = quotesOf(
    "Dr Sandesh Gulhane said: 'The money has to come from somewhere.'\n\n" +
      'One nurse in Glasgow, who asked not to be named, said the rise would barely cover ' +
      "bills. 'I voted yes because I cannot afford to strike,' she said.\n\n" +
      'A Saudi delegate, who requested anonymity, told AFP the kingdom would "not accept" ' +
      'language that "singles out any energy source".',
  );
  expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
    ['direct', 'Sandesh Gulhane'],
    ['direct', null],
    ['partial', null],
    ['partial', null],
  ]);
});

describe('someone who did not speak (tenth session)', () => {
  it('is not the "he" of the next quotation', () => {
    const quotes = quotesOf(
      'Mayor John Smithers said the budget was balanced. "We have not raised taxes," Smithers ' +
        'said.\n\n' +
        'Robert Joness, who chairs the finance committee, did not return calls.\n\n' +
        '"The numbers speak for themselves," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['John Smithers', 'John Smithers']);
  });
});

describe('an unnamed questioner (tenth session)', () => {
  it('leaves the "he said" of the answer to the person asked', () => {
    const quotes = quotesOf(
      '"Things are going all right," Harold S. Trueman said.\n\n' +
        'One woman asked him whether he would campaign. "You bet I do," he said.\n\n' +
        'A man in the crowd shouted a question about the election. "Of course," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Harold S. Trueman',
      'Harold S. Trueman',
      'Harold S. Trueman',
    ]);
  });
});

describe('someone unnamed whom a place describes (eleventh session)', () => {
  it('gives "said an elderly Galveston man" and "a Galveston woman said" to no one', () => {
    const quotes = quotesOf(
      'Gov. Price Danielson toured the area. "It is the worst I have ever seen," said an ' +
        'elderly Galveston man who refused to leave.\n\n' +
        '"We lost everything," a Galveston woman said.\n\n' +
        '"We will rebuild," Danielson said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, 'Price Danielson']);
  });
});

describe('someone unnamed from a place (eleventh session)', () => {
  it('gives "a resident of Buner told AFP" and the next "he said" to no one', () => {
    const quotes = quotesOf(
      'Flash floods killed more than 300 people, officials said.\n\n' +
        '"The water came down like a wall," a resident of Bunerr told AFP by phone.\n\n' +
        '"We had no time," he said.\n\n' +
        '"It is gone," a shopkeeper in Mingorra said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, null]);
  });
});

describe('a definite role that refers back to someone unnamed (twelfth session)', () => {
  it('is not the person the next paragraph opens on', () => {
    const quotes = quotesOf(
      'The strikes hit 12 sites in an operation a senior U.S. official described as "flawless."\n\n' +
        '"Every target was hit," the official, who spoke on condition of anonymity, told ' +
        'Reuters.\n\n' +
        'Defense Secretary Pete Hegsett told a news briefing the strikes had succeeded.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null]);
  });
});

describe('someone unnamed after a quotation, whatever the noun (twelfth session)', () => {
  it('is the cue\'s subject: "a patrolman said" names no one, and is no continuation', () => {
    const quotes = quotesOf(
      'The Weather Bureau warned of "near-zero visibility" in western Kansas.\n\n' +
        'At Goodland, the highway patrol closed U.S. 24. "We\'ve got cars in the ditch every ' +
        'mile," a patrolman said.\n\n' +
        '"Nobody should be driving tonight," a bartender told reporters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Weather Bureau', null, null]);
    expect(quotes[1]?.cue).not.toBeNull();
  });
});

describe('someone unnamed with words after the noun (twelfth session)', () => {
  it('is the cue\'s subject: "a source familiar with the matter said"', () => {
    const quotes = quotesOf(
      'Ford chief executive Jim Farlee said the plant would reopen. "We are ready," Farlee ' +
        'said.\n\n' +
        '"Nobody saw this coming," a source familiar with the matter said.\n\n' +
        '"The line has been idle for weeks," a worker at the plant told Reuters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jim Farlee', null, null]);
  });
});

describe("a people's name for one of them after a quotation (twelfth session)", () => {
  it('is the person the passage is about, not someone named "Queenslander"', () => {
    const quotes = quotesOf(
      'Roy Emmerson won the championship on Sunday, beating Rod Lavere in straight sets.\n\n' +
        '"Rod and I have played each other so many times," the Queenslander said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Roy Emmerson']);
  });
});

describe('"the PLACE man" after a quotation (thirteenth session)', () => {
  it('is the person the passage is about', () => {
    const quotes = quotesOf(
      'Shane Lowrie said he was "gutted" after a closing 72 at Quail Hollow.\n\n' +
        '"I putted like a drain all week," the Offaly man said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Shane Lowrie', 'Shane Lowrie']);
  });
});

describe('"one rescuer said" after a quotation (fourteenth session)', () => {
  it('is someone unnamed, not the official quoted before', () => {
    const quotes = quotesOf(
      'Civil defence spokesman Raffy Alejandro said the toll had risen to 40. "We are still ' +
        'searching," he said.\n\n' +
        '"It\'s like digging through cement," one rescuer said, his boots caked in grey mud.\n\n' +
        '"Nobody sleeps here," no one said aloud, but Alejandro added: "We will keep going."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Raffy Alejandro',
      null,
      null,
      'Raffy Alejandro',
    ]);
  });
});

describe('"A NOUN who …" opening a sentence (fourteenth session)', () => {
  it('is someone unnamed whatever the noun, never a place inside the clause', () => {
    const quotes = quotesOf(
      'A coal miner who was trapped for five days in a flooded mine near Hazleton last week ' +
        'said today he had kept alive by "prayer and rainwater."\n\n' +
        'Joseph Kowalski, 44, said the rescuers had been "angels."\n\n' +
        'Roy Mayonde said panic set in. "The miners rushed onto the bridge," he told AFP.\n\n' +
        'A miner who survived the collapse, speaking on condition of anonymity, said many ' +
        'victims were "young boys".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Joseph Kowalski',
      'Joseph Kowalski',
      'Roy Mayonde',
      null,
    ]);
  });
});

describe('a role whose name the story withholds (fourteenth session)', () => {
  it('is nobody named before: "the headteacher, who did not want to be named, said"', () => {
    const quotes = quotesOf(
      'Paul Whiteman, general secretary of the head teachers\' union, said: "This is shocking."\n\n' +
        'At one school in Essex, the headteacher, who did not want to be named, said staff had ' +
        '"48 hours to find somewhere to teach".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Paul Whiteman', null]);
  });
});

describe('a common noun opening a sentence (fourteenth session)', () => {
  it('is no name: "Fishermen said", "Dealers said", "Aid agencies have warned"', () => {
    const quotes = quotesOf(
      'Fishermen said the catch was "the worst in living memory".\n\n' +
        'Dealers said the central bank was "selling dollars".\n\n' +
        'Relief agencies said conditions were "dire".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, null]);
  });
});

describe('an unnamed noun with a prepositional phrase, then a name (fifteenth session)', () => {
  it('is the name: "An economist at Capital Economics, Paul Dales, said"', () => {
    const quotes = quotesOf(
      'An economist at a Sydney bank, Tom Wheeler, said rates would stay "higher for longer."\n\n' +
        'A nurse from the county hospital, Mrs. Ada Fenn, said the ward was "full to the doors."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tom Wheeler', 'Ada Fenn']);
  });
});

describe('an indefinite noun and an "of" phrase opening a clause (sixteenth session)', () => {
  it('is someone unnamed, whom the next paragraph of a lede may name: "A former nurse of the county hospital told"', () => {
    const quotes = quotesOf(
      'A former nurse of the county hospital told a grand jury Monday that she saw patients left "for days without food."\n\n' +
        'The witness, Ruth A. Kessler, 52, said she quit in 1959.\n\n' +
        'Flood water rose through the night in Millbrook. A member of the town council said the levee was "never finished." "It rose in minutes," a resident of Millbrook named Carla Diaz told reporters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ruth A. Kessler', null, 'Carla Diaz']);
  });
});

describe('lower-case words before any noun after "a" (sixteenth session)', () => {
  it('describe someone unnamed: "A former city water clerk testified", "a motel night clerk told"', () => {
    const quotes = quotesOf(
      'A former city water clerk testified Tuesday that she had been paid "to lose the files."\n\n' +
        'The witness, Edna M. Rourke, 58, is testifying under a grant of immunity.\n\n' +
        'Mayor Tom Reese said the roads were closed. "Cars are in every ditch," a motel night clerk told reporters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Edna M. Rourke', null]);
  });
});

describe('a plural noun for people opening a sentence (seventeenth session)', () => {
  it('is nobody named, as it is in lower case', () => {
    const quotes = quotesOf(
      'A gunman fled on foot.\n\n' +
        'Police said the man was "armed and dangerous."\n\n' +
        'Witnesses said he was "waving a pistol."\n\n' +
        'Firemen said the house was "a total loss."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, null]);
  });
});

describe('someone unnamed described at length, then "he said" (seventeenth session)', () => {
  it('is nobody named, not the last named speaker', () => {
    const quotes = quotesOf(
      'Dr. J. Howard Williams said the resolution would go to every merchant. "We are trying ' +
        'to reach a conscience," he said.\n\n' +
        'A downtown department store executive said his store had no plans to open. "We never ' +
        'have," he said.\n\n' +
        'One grocer, who asked that his name not be used, said he would stay open. "My ' +
        'customers work all week," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['J. Howard Williams', null, null]);
  });
});

describe('someone unnamed and where they are (seventeenth session)', () => {
  it('is nobody named, not the place, also after a clause set off before the verb', () => {
    const quotes = quotesOf(
      'A Chevrolet dealer on Ross Avenue said the car was "outselling everything."\n\n' +
        'A Belgian businessman in Elisabethville, who declined to be named, said the city was ' +
        '"quiet but very tense".\n\n' +
        'An editorial in the Atlanta Constitution said the schools must stay "open at any cost."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, 'Atlanta Constitution']);
  });
});

describe('a plural noun for people that reports a short phrase (seventeenth session)', () => {
  it('keeps the phrase a partial quotation of someone unnamed', () => {
    const quotes = quotesOf(
      'The Fire Department sent two trucks.\n\nWitnesses said the attack happened "very fast".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([['partial', null]]);
  });
});
