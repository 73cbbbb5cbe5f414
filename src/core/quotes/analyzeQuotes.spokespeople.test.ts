// @vitest-environment node
// Spokespeople and documents: words given to the organisation or the person they speak for.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it("gives an unnamed spokesperson's words to the organisation just heard", () => {
  const [quote] = quotesOf(
    'The Crown Prosecution Service said it respected the verdict. ' +
      'A spokesperson said: "We will now review the judgment."',
  );
  expect(quote?.speaker).toBe('Crown Prosecution Service');
});

it('gives a document introduced as "The letter from X, sent to Y, read:" to X', () => {
  const [quote] = quotesOf(
    "The letter from the All India IT Employees' Union, sent to the Labour Ministry on Monday, read in part:\n\n" +
      '"Such statements normalise exploitation."',
  );
  expect(quote?.speaker).toBe("All India IT Employees' Union");
});

it('does not give words of "the family of X" or "a bench of Justices X and Y" to X or Y', () => {
  const [family] = quotesOf('The family of Ravi Kumar said the verdict was "a travesty".');
  expect(family?.speaker).toBeNull();
  const [bench] = quotesOf(
    'A bench of Justices Manoj Misra and Ravi Kumar said it was "very unusual" for a court.',
  );
  expect(bench?.speaker).toBeNull();
});

it('gives the words of "the bench" to the court that was just heard', () => {
  const quotes = quotesOf(
    'The High Court quashed the order, saying the police had acted "in complete disregard of the law."\n\n' +
      '"Liberty is not a matter of convenience," the bench observed.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['High Court', 'High Court']);
});

it('gives "the union said" to the organisation its sentence, or the paragraph before, named', () => {
  const quotes = quotesOf(
    "Members of the Air Traffic Controllers' Association voted to strike, the union said.\n\n" +
      '"Our members have been pushed to the limit," the union said in a statement.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(["Air Traffic Controllers' Association"]);
});

it('gives the words of "X\'s office", "the senator\'s office" and "his campaign" to X', () => {
  const quotes = quotesOf(
    'Senator Joe Manchin spoke on Monday. Ada Brook disagreed.\n\n' +
      'The senator\'s office said in a statement: "He has no further comment."\n\n' +
      'Manchin\'s office said: "He will vote no."\n\n' +
      'Donald Trump spoke later. His campaign said: "We will win."',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual([
    'Joe Manchin',
    'Joe Manchin',
    'Donald Trump',
  ]);
});

describe('documents of an unnamed issuer, descriptions and name particles', () => {
  it('gives "the statement said" to no one when its issuer was not named', () => {
    const quotes = quotesOf(
      'Party leader Edwin Palan said the police had failed. "Where was the intelligence wing?" ' +
        'he asked.\n\n' +
        'The police, in a statement, said the organisers had been warned. "The delay led to ' +
        'overcrowding," the statement said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Edwin Palan', null]);
  });

  it('drops "Mother-of-three" and "Fourteen-year-old" and keeps "ap", "des" and "zu"', () => {
    const quotes = quotesOf(
      'Mother-of-three Kerry Walsh said: "They stopped putting money in."\n\n' +
        'Fourteen-year-old Vaibhav Rana became the youngest centurion. "It is a dream," he said.\n\n' +
        'Plaid leader Rhun ap Iorwerth said the result was "a huge moment".\n\n' +
        'Louvre director Laurence des Cars said the building was "obsolete".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Kerry Walsh',
      'Vaibhav Rana',
      'Rhun ap Iorwerth',
      'Laurence des Cars',
    ]);
  });
});

describe("an institution's spokesperson (tenth session)", () => {
  it('gives "A Tesco spokeswoman said" to the firm whatever its name', () => {
    const quotes = quotesOf(
      'Ministers were split over the plan. A Kremlov spokesman said the president was ' +
        '"listening" to concerns.\n\n' +
        'A Tescora spokeswoman said: "No decision has been taken."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kremlov', 'Tescora']);
  });
});

describe("the Prime Minister's office in British copy (eleventh session)", () => {
  it('is the speaker of "a No 10 spokesperson" and "said a No. 10 spokeswoman"', () => {
    const quotes = quotesOf(
      'Downing Street said the offer was "fair and generous". "The prime minister wants a deal," ' +
        'a No 10 spokesperson said.\n\n"Talks go on," said a No. 10 spokeswoman.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Downing Street',
      'Downing Street',
      'Downing Street',
    ]);
  });
});

describe('a court whose order a bench reviews (eleventh session)', () => {
  it('is not the bench\'s court: "stayed an Allahabad High Court order"', () => {
    const quotes = quotesOf(
      'The Supreme Court on Monday stayed an Allahabad High Court order that had acquitted the ' +
        'accused.\n\n' +
        'A bench of Justices B R Gavaii and A G Masihh said the observations were "totally ' +
        'insensitive".\n\n' +
        '"We are pained to say this," the bench said.\n\n' +
        'The Bombay High Court on Tuesday set aside a family court order. "The child comes ' +
        'first," the bench said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Supreme Court',
      'Supreme Court',
      'Bombay High Court',
    ]);
  });
});

describe('"the spokesman said" after a spokesperson introduced for someone (eleventh session)', () => {
  it('speaks for the organisation named with them, not for a titled person', () => {
    const quotes = quotesOf(
      'Union members voted Sunday to strike.\n\n' +
        'A spokesman for Georgia Powers said the company had offered 8 cents an hour.\n\n' +
        '"We believe our offer is fair," the spokesman said.\n\n' +
        'A spokesman for Senator Jim Tallow said the senator was away. "He will be back," the ' +
        'spokesman said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Georgia Powers', null]);
  });
});

describe("a government department's spokesperson (eleventh session)", () => {
  it('speaks for a department whose name has "for" or "and" in it', () => {
    const quotes = quotesOf(
      'A Department for Education spokesperson said: "We are taking action."\n\n' +
        'A Department for Work and Pensions spokeswoman said: "Payments will rise."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Department for Education',
      'Department for Work and Pensions',
    ]);
  });
});

describe('a document the text said someone issued (twelfth session)', () => {
  it('speaks for its issuer, and for no one when the issuer is unnamed', () => {
    const named = quotesOf(
      'The Texas Teachers Guild released a report on Saturday calling for higher pay.\n\n' +
        'The report said that the state "can no longer afford to be at the bottom of the list".',
    );
    expect(named.map((quote) => quote.speaker)).toEqual(['Texas Teachers Guild']);
    const unnamed = quotesOf(
      'A special House committee issued its report Tuesday.\n\n' +
        '"We find no evidence of wrongdoing," the report said.',
    );
    expect(unnamed.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('a capitalised Bench (twelfth session)', () => {
  it('speaks for the court, as a bench in lower case does', () => {
    const quotes = quotesOf(
      'The Kerala High Court on Wednesday directed the Devaswom Board to cut queue times.\n\n' +
        'A Division Bench of Justices Anil K. Narendren and Muralee Krishnan S. said the board ' +
        'had a duty to provide "basic amenities" to devotees.\n\n' +
        '"Devotees cannot be treated as a mere crowd," the Bench observed.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Kerala High Court',
      'Kerala High Court',
    ]);
  });
});

describe("a person's spokesperson by possessive (thirteenth session)", () => {
  it('speaks for that person, as "a spokesman for X" does', () => {
    const quotes = quotesOf(
      'Mayor Eric Adamson was absent from the signing on Tuesday.\n\n' +
        'Adamson\'s spokesman said the mayor "remains committed" to the bill.\n\n' +
        'Gov. Kathy Hochman stayed in Albany. Her spokeswoman said she was "fully briefed."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Eric Adamson', 'Kathy Hochman']);
  });
});

describe("an organisation's unnamed spokesperson, then he or she (thirteenth session)", () => {
  it('speaks for the organisation, not for the official quoted before', () => {
    const quotes = quotesOf(
      'Atty. Gen. Joe T. Pattersen said the state laws "remain in full force."\n\n' +
        'In Washington, a Greyhound spokesman said the company would comply. "The order is ' +
        'clear and it applies everywhere," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Joe T. Pattersen', 'Greyhound']);
  });
});

describe('a spokesperson for the company (fourteenth session)', () => {
  it('speaks for the firm heard before, as "the company said" does', () => {
    const quotes = quotesOf(
      "Thames Water said it accepted the regulator's findings. A spokesperson for the company " +
        'said: "We are committed to turning things around."\n\n' +
        'Ryanair said it would appeal. A spokesman for the airline said: "We disagree."\n\n' +
        'Transport Minister Ana Lopes gave no date. A spokeswoman for the ministry said it would ' +
        'come "in the coming weeks".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Thames Water', 'Ryanair', null]);
  });
});

describe('a document of its issuer (sixteenth session)', () => {
  it('speaks for its owner or the person who issued it: "the commission\'s report said", "the findings said"', () => {
    const quotes = quotesOf(
      'The Harlan County Planning Commission on Tuesday rejected the mall plan.\n\n' +
        '"The traffic study is unconvincing," the commission\'s report said.\n\n' +
        'The coroner, Ruth Ames, issued her findings on Friday.\n\n' +
        '"There were missed chances," the findings said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Harlan County Planning Commission',
      'Ruth Ames',
    ]);
  });
});

describe("where an institution's spokesperson is (sixteenth session, after the held-out run)", () => {
  it('says nothing of who speaks: "A Bureau of Mines spokesman in Washington said"', () => {
    const quotes = quotesOf(
      'A Bureau of Mines spokesman in Washington said the mine had been cited for "excessive coal dust."\n\n' +
        'A spokeswoman at Gatwick said the road was "completely blocked".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Bureau of Mines', 'Gatwick']);
  });
});

describe('a spokesperson placed in a city (nineteenth session)', () => {
  it('gives "A union spokesman in Detroit said" to no city', () => {
    const quotes = quotesOf(
      'A union spokesman in Detroit said the company "has not moved an inch."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null]);
  });

  it('gives "A spokesman for ORG at CITY, ST., said" to the organisation, not the town', () => {
    const quotes = quotesOf(
      'A spokesman for the Ford Motor Co. at Dearborn, Mich., said the plant would reopen "as soon as possible."\n\n' +
        'A spokesman for the Pennsylvania Railroad at Philadelphia said, "The cable was cut by a contractor."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ford Motor Co.',
      'Pennsylvania Railroad',
    ]);
  });
});

describe('a name set off after an inverted description (nineteenth session)', () => {
  it('speaks: "said a spokesman for the railroad, NAME.", "said the pastor, the Rev. NAME."', () => {
    const quotes = quotesOf(
      '"We will run the trains on time," said a spokesman for the railroad, Wallace J. Pruett.\n\n' +
        '"Pete was reaching for a towel, not a gun," said one of the customers, Frank Janik, 63.\n\n' +
        '"He used to say that," said the pastor, the Rev. Jack Billings.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Wallace J. Pruett',
      'Frank Janik',
      'Jack Billings',
    ]);
  });

  it('leaves the body to speak when no name follows: "said a spokesman for the Department of Labor"', () => {
    const quotes = quotesOf(
      '"No comment," said a spokesman for the Department of Labor.\n\n' +
        '"The plan is dead," said a spokesman for the Ford Motor Co., which employs 4,000 here.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Department of Labor', 'Ford Motor Co.']);
  });
});
