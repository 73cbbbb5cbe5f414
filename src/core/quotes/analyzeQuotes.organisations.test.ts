// @vitest-environment node
// Institutions as speakers: their full names, short forms, acronyms and kinds.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it('resolves "the jury" to the organisation introduced earlier, across a split quotation', () => {
  const quotes = quotesOf(
    'The Riverton County Grand Jury said an inquiry produced "no evidence" of fraud.\n\n' +
      '"Only a handful of reports was received," the jury said, "considering the interest."',
  );
  expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
    ['partial', 'Riverton County Grand Jury'],
    ['direct', 'Riverton County Grand Jury'],
    ['direct', 'Riverton County Grand Jury'],
  ]);
});

it('reads "Commission on …" as one organisation, but not "the Commission on Monday"', () => {
  const quotes = quotesOf(
    'The Texas Commission on Environmental Quality said it had sent monitors. ' +
      '"Our staff will stay on site," the agency said.',
  );
  expect(quotes[0]?.speaker).toBe('Texas Commission on Environmental Quality');
  const [monday] = quotesOf('The Electoral Commission on Monday said: "We are ready."');
  expect(monday?.speaker).toBe('Electoral Commission');
});

it('gives a short form of an organisation ("Allied Arts") its full name', () => {
  const [quote] = quotesOf(
    'Allied Arts Corporation listed the dates. Allied Arts said it was "a mistake."',
  );
  expect(quote?.speaker).toBe('Allied Arts Corporation');
  // A name that only opens a longer one is not its short form: the United Nations is not
  // its Emergency Force.
  const [un] = quotesOf(
    'The United Nations Emergency Force left. The United Nations said it was "a sad day" for all.',
  );
  expect(un?.speaker).not.toBe('United Nations Emergency Force');
});

describe('institutions in full', () => {
  it('keeps listed words and "of" inside a long institution name, and the reporter of an agreement', () => {
    const quotes = quotesOf(
      'A spokesperson for the Ministry of Housing, Communities and Local Government said: "We ' +
        'are giving councils new powers."\n\n' +
        'The National Confederation of Industry (CNI) said that "there is no justification".\n\n' +
        'The EAM attended the SCO Council of Foreign Ministers.\n\n' +
        'The Ministry of External Affairs said both ministers had agreed on the need for "early ' +
        'resumption of direct flights".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ministry of Housing, Communities and Local Government',
      'National Confederation of Industry',
      'Ministry of External Affairs',
    ]);
  });
});

describe('business and government sources', () => {
  it('reads joined titles, statements from an office, descriptors and an office "in" a city', () => {
    const quotes = quotesOf(
      '"Our momentum is strong," GM Chair and CEO Mary Barra wrote to shareholders.\n\n' +
        '"The two leaders reviewed the progress," a statement from the Prime Minister\'s Office said.\n\n' +
        '"We remain committed to peace," said a statement from the Chief Minister\'s Office.\n\n' +
        'Rival Samsung Electronics said it welcomed "competition that pushes the industry".\n\n' +
        'Teammate Mookie Betts said the dugout "kind of stopped".\n\n' +
        'The Foreign Affairs Ministry in Dhaka said the arrest was a matter of "internal affairs".\n\n' +
        'Kremlin aide Vladimir Medinsky told Russian state television the talks had been "useful".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Mary Barra',
      "Prime Minister's Office",
      "Chief Minister's Office",
      'Samsung Electronics',
      'Mookie Betts',
      'Foreign Affairs Ministry',
      'Vladimir Medinsky',
    ]);
  });
});

describe('countries as sources', () => {
  it('reads a country opening its sentence as the state speaking, never a place inside one', () => {
    const quotes = quotesOf(
      'China raised tariffs on Friday and said it would "ignore" any further increases.\n\n' +
        'India on Sunday rejected the goal, calling the pledge "a paltry sum".\n\n' +
        'Officials in Kyiv said the strike was "barbaric".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['China', 'India', null]);
  });
});

describe('institutions named with "and", datelines and counted epithets', () => {
  it('keeps "and" inside an institution\'s name', () => {
    const quotes = quotesOf(
      'The Ministry of Health and Family Welfare said the plan was "sound".\n\n' +
        'The Defence Research and Development Organisation called the launch "textbook".\n\n' +
        'The Hostages and Missing Families Forum said the talks were "urgent".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ministry of Health and Family Welfare',
      'Defence Research and Development Organisation',
      'Hostages and Missing Families Forum',
    ]);
  });

  it('never makes a dateline, a firm before its officer or a champion without that count the speaker', () => {
    const quotes = quotesOf(
      'Ahmedabad: Chief Minister Bhupen Patel on Tuesday opened the plant, calling it "a historic ' +
        'day".\n\n' +
        'Bengaluru: Infosys co-founder NR Narayan Murti has stirred a debate, saying Indians must ' +
        'work "at least 70 hours a week".\n\n' +
        'World champion D Gukesh lost to Magnus Karlsen on Friday.\n\n' +
        'Karlsen was generous. "He is a very strong player," the five-time world champion said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Bhupen Patel',
      'NR Narayan Murti',
      'Magnus Karlsen',
    ]);
  });
});

describe('an institution by its head noun', () => {
  it('reads "the Commission" as the Election Commission named before', () => {
    const quotes = quotesOf(
      'The Election Commission rejected the charge, calling it "baseless". "No vote can be ' +
        'deleted online," the Commission said in a post on X.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Election Commission',
      'Election Commission',
    ]);
  });
});

describe("a person before a long institution's name", () => {
  it('gives the verb to the person named before "of" and the institution', () => {
    const quotes = quotesOf(
      'Economist Bhima Yudha of the Center of Economic and Law Studies said the plan was ' +
        'moving "too fast".\n\n' +
        'Analyst Wen-Ti Sung of the Atlantic Council\'s Global China Hub said the image was "a ' +
        'deliberate message".\n\n' +
        '"This was a horrific attack," the Greater Manchester police chief constable, Sir Stephen ' +
        'Watson, said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Bhima Yudha',
      'Wen-Ti Sung',
      'Stephen Watson',
    ]);
  });
});

describe('"All" opening an institution after "The"', () => {
  it('stays in the name', () => {
    const quotes = quotesOf(
      'The All India Consumer Products Distributors Federation said the discounts were ' +
        '"predatory pricing".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'All India Consumer Products Distributors Federation',
    ]);
  });
});

describe('a kind of body after its name (eleventh session)', () => {
  it('only describes it: "The opposition Chadema party" is Chadema', () => {
    const quotes = quotesOf(
      'The opposition Chadima party called the result "a sham".\n\n' +
        'The United Auto Workerz union called the offer "wholly inadequate".\n\n' +
        'The Chinese foreign ministry called it "a provocation".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Chadima',
      'United Auto Workerz',
      'Chinese foreign ministry',
    ]);
  });
});

describe('a name over "for" or "to" that its acronym spells (twelfth session)', () => {
  it('is one organisation, and the acronym is it', () => {
    const quotes = quotesOf(
      'Transport for Greater Manchestre (TfGM) wants to withdraw the 409 service.\n\n' +
        "A TfGM spokesperson said: 'We understand that any change can be concerning.'\n\n" +
        'The Committee to Protect Reporters (CPR) said the arrest was "an outrage".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Transport for Greater Manchestre',
      'Committee to Protect Reporters',
    ]);
  });

  it('leaves a name with "To" in it a person', () => {
    const quotes = quotesOf('"A new era has begun," General Secretary To Lamm said.');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['To Lamm']);
  });
});

describe('a body named in lower case after its place (twelfth session)', () => {
  it('is one organisation: "The Delhi high court", "the DeKalb County grand jury"', () => {
    const court = quotesOf(
      "The Delhi high court on Monday pulled up the corporation for a drain in east Delhi's " +
        'Ghazipur, saying its approach was "callous".\n\n' +
        '"The residents cannot live next to a sewer," the bench said.',
    );
    expect(court.map((quote) => quote.speaker)).toEqual(['Delhi high court', 'Delhi high court']);
    const jury = quotesOf(
      'The DeKalb County grand jury voted Monday to raise water rates, saying the increase was ' +
        '"the only way" to pay for repairs.\n\n' +
        '"We have put this off for ten years," the jury said in a statement.',
    );
    expect(jury.map((quote) => quote.speaker)).toEqual([
      'DeKalb County grand jury',
      'DeKalb County grand jury',
    ]);
  });
});

describe('"Transport for" a place (thirteenth session)', () => {
  it('is one authority, the one its spokespeople and acronym speak for', () => {
    const quotes = quotesOf(
      'Transport for Wessex said services were running up to 40 minutes late. A spokeswoman ' +
        'said technicians were "working to fix the fault".\n\n' +
        '"We apologise to passengers," a TfW spokesperson said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Transport for Wessex',
      'Transport for Wessex',
    ]);
  });
});

describe('an institution named by its kind after its name alone (thirteenth session)', () => {
  it('is the institution the story named: "the Louvre" … "The museum said"', () => {
    const quotes = quotesOf(
      'Thieves broke into the Louvra on Sunday, police said.\n\n' +
        'Interior Minister Laurent Nunex said nobody had been hurt. The museum said it would ' +
        'remain closed "for exceptional reasons."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Louvra']);
  });
});

describe("a union's local or district by its number (thirteenth session)", () => {
  it('is one organisation, and its officer is the person named after it', () => {
    const quotes = quotesOf(
      'UAW Local 6000 said members would vote on Sunday. Local 6000 president Frank Morenz said ' +
        'the deal protected jobs. "That was the whole fight," he said.\n\n' +
        'The International Association of Machinists District 8370 said members wanted "a ' +
        'contract that reflects our work".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Frank Morenz',
      'International Association of Machinists District 8370',
    ]);
  });
});

describe('an organisation with a relative clause before its verb (fourteenth session)', () => {
  it('speaks: "The AFL-CIO, which has made the bill its goal, called the vote"', () => {
    const quotes = quotesOf(
      'The AFL-CIO, which has made the bill its first legislative goal of the year, called the ' +
        'committee vote "a good beginning."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['AFL-CIO']);
  });
});

describe('a given name and a word for a body (fourteenth session)', () => {
  it('is a person: "Jack Chambers", "Johnny Bench"', () => {
    const quotes = quotesOf(
      'The Minister for Finance has said the Budget is "the biggest package of supports" ever.\n\n' +
        'Jack Chambers told the Dáil the measures would help every household.\n\n' +
        '"I caught every game," Johnny Bench said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jack Chambers', 'Johnny Bench']);
  });
});

describe('a campus set off after an institution in an apposition (fifteenth session)', () => {
  it('is no speaker: "an expert at the University of Texas, Austin, said"', () => {
    const quotes = quotesOf(
      'Ann Ruiz, a labor economist at the University of Texas, Austin, said the vote showed "deep frustration."\n\n' +
        'An engineer with the Highway Department, Carl Lindgren, said the bridge had "weakened for years."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ann Ruiz', 'Carl Lindgren']);
  });
});

describe("an ordinal or a denomination opening an institution's name (sixteenth session)", () => {
  it('is part of the name: "the Second Methodist Church", "The First National Bank"', () => {
    const quotes = quotesOf(
      'The pastor of the Second Methodist Church told his congregation Sunday that "grace is no reward."\n\n' +
        'Dr. Carl J. Owens preached to a crowd of 900 at the morning service.\n\n' +
        'The First National Bank said the loan was "fully secured."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Carl J. Owens', 'First National Bank']);
  });
});

describe('government departments named with "and" (sixteenth session)', () => {
  it('keep their whole names, a spokesperson after one speaking for it', () => {
    const quotes = quotesOf(
      'A Department of Health and Social Care spokesperson said: "Waiting lists are falling."\n\n' +
        '"We take the report seriously," a Department for Environment, Food and Rural Affairs spokeswoman said.\n\n' +
        'The Department of Agriculture, Food and the Marine said the figures were "encouraging".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Department of Health and Social Care',
      'Department for Environment, Food and Rural Affairs',
      'Department of Agriculture, Food and the Marine',
    ]);
  });
});

it('gives a second verb to the body a capitalised descriptor names ("Industry body FICCI … and said")', () => {
  const quotes = quotesOf(
    'Industry body FICCI welcomed the move and said it would "go a long way".\n\n' +
      'Modi thanked Xi and said the talks were "very productive".',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['FICCI', 'Modi']);
});

it('knows a property firm by its last word, so "the company said" is the landlord, not the paper', () => {
  const [quote] = quotesOf(
    'The building’s owner, Rideau Crest Properties, did not respond. In a letter obtained by ' +
      'the Citizen, the company said the work was “necessary to bring the units up to standard”.',
  );
  expect(quote?.speaker).toBe('Rideau Crest Properties');
});
