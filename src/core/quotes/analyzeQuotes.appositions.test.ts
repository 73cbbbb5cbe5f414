// @vitest-environment node
// Appositions and relative clauses around a name: which name speaks.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it('steps back over two appositives to the name ("X, a consultant at Y, who …, told")', () => {
  const [quote] = quotesOf(
    'Dr Bea Hall, a consultant at the Royal Free Hospital, who was not involved, told the ' +
      'centre it was "a robust and well-conducted analysis".',
  );
  expect(quote?.speaker).toBe('Bea Hall');
});

it('reads "the chair of the X group, Name, told" after a quotation as naming its speaker', () => {
  const quotes = quotesOf(
    'Yalchin Rafiyev said the deal must work "for everyone". ' +
      '"We need finance in the trillions," the chair of the Least Developed Countries group, ' +
      'Evans Njewa, told reporters.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Yalchin Rafiyev', 'Evans Njewa']);
});

it('steps over a town and its state after an appositive ("X, a youngster from Y, Ala., said")', () => {
  const quotes = quotesOf(
    'Curtis Lamb, 19, reported to camp on Monday.\n\n' +
      'Lamb, a youngster from Anniston, Ala., said he was trying "not to think about it."\n\n' +
      'Reed, a tall, quiet catcher from Hilo, Hawaii, said he had "no idea" where he would play.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Curtis Lamb', 'Reed']);
});

describe('relatives and relative clauses', () => {
  it('marks "his wife, former first lady Jill Biden" a relative, and "X, who said" as X speaking', () => {
    const quotes = quotesOf(
      'Former President Joe Biden spoke on Monday. He was introduced by his wife, former first ' +
        'lady Jill Biden, who said her husband had "faced every challenge with courage."\n\n' +
        '"We are going to beat this thing," Biden said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jill Biden', 'Joe Biden']);
  });
});

describe('descriptors and joint subjects', () => {
  it('drops "Superstar" from a name and gives joint condemnation to no one', () => {
    const quotes = quotesOf(
      'Superstar Salman Khan spoke in Mumbai on Sunday.\n\n' +
        'Salman, however, responded with humour. "Why do you have a problem?" he said.\n\n' +
        'Five countries recognised a Palestinian state, in a move that Israel and the United ' +
        'States condemned as a "reward for terrorism".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['direct', 'Salman Khan'],
      ['partial', null],
    ]);
  });
});

describe('names in apposition after a relative or a role', () => {
  it('makes the name set off after a kin noun the speaker, role words and all', () => {
    const quotes = quotesOf(
      'Actor Dev Malhotra was arrested on Friday. His father Arun Malhotra said the family ' +
        'would cooperate.\n\n' +
        'A woman died at the premiere. Her husband, Bhaskar, said he did not blame the actor. ' +
        '"It was not his fault," he said.\n\n' +
        'His mother, veteran actress Leela Rao, said the evening was "a joy".\n\n' +
        'The ministry spokesperson, veteran diplomat Ravi Rao, said it was "a relief".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Bhaskar', 'Leela Rao', 'Ravi Rao']);
  });
});

describe('a subject named in apposition or after a plural possessive', () => {
  it('takes the next pronoun', () => {
    const quotes = quotesOf(
      '"We are with the families," Air India Chairman N Chandrasekaran said.\n\n' +
        'The sole survivor, a British national identified as Viswashkumar Ramesh, told Indian ' +
        'media he did not know how he had survived. "It all happened so quickly," he said.\n\n' +
        'Relief Commissioner Nabeel Javed said 33 people had died. The NDMA chairman, Lt Gen ' +
        'Inam Haider Malik, warned that more rain was expected. "We are preparing for the ' +
        'worst," he said.\n\n' +
        "Suni Williams returned to Earth. Williams' cousin, Falguni Pandya, told reporters the " +
        'family had prayed. "We are all so relieved," she said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'N Chandrasekaran',
      'Viswashkumar Ramesh',
      'Inam Haider Malik',
      'Falguni Pandya',
    ]);
  });

  it('is not replaced by an institution before a noun like "posts"', () => {
    const quotes = quotesOf(
      'Japan Innovation Party leader Hirofumi Yoshimura said his party would not take Cabinet ' +
        'posts but would support the government "from outside".',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([
      ['Hirofumi Yoshimura', 'said'],
    ]);
  });
});

describe('reported clauses, kin appositions and seats', () => {
  it('keeps the quotation with the reporter, the named relative and the seat holder', () => {
    const quotes = quotesOf(
      'Special judge AV Gujarathi said continued incarceration would amount to "punishment ' +
        'before conviction".\n\n' +
        'Zohran Mamdani won. His mother, the filmmaker Mira Nair, said she was "bursting with ' +
        'pride".\n\n' +
        'TMC national general secretary Abhishek Banerjee hit back. "The BJP has no faith in the ' +
        'people," the Diamond Harbour MP said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'AV Gujarathi',
      'Mira Nair',
      'Abhishek Banerjee',
    ]);
  });
});

describe("an occupation before the name in a relative's apposition", () => {
  it('keeps the name as the subject', () => {
    const quotes = quotesOf(
      'The threat came from the Lawrence Bishnoi gang, police said.\n\n' +
        'The actor\'s father, veteran screenwriter Salim Khan, said the family was "used to it ' +
        'by now".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Salim Khan']);
  });
});

describe('relatives (tenth session)', () => {
  it('gives "the victim\'s father said" to nobody when no father was named', () => {
    const quotes = quotesOf(
      'Superintendent of Police Deven Rathore said a case had been registered.\n\n' +
        '"The police did nothing," the victim\'s father said.\n\n' +
        '"He had gone to bathe," the boy\'s uncle said.\n\n' +
        '"My son was everything to us," the mother said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, null]);
  });

  it("gives the pronoun after an unnamed relative's report to nobody", () => {
    const quotes = quotesOf(
      'Senior Inspector Vikas Kumbhare said, "We have booked the driver."\n\n' +
        'The victim\'s father said the family had lost everything. "He was our only son," he ' +
        'said.\n\n' +
        'Her brother said she had been threatened. "She was scared," he said.\n\n' +
        'Her brother Tomas Varga said she had called him. "She was calm," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Vikas Kumbhare',
      null,
      null,
      'Tomas Varga',
    ]);
  });

  it('gives a relative introduced by name their words', () => {
    const quotes = quotesOf(
      "The boy's father, Ramesh Kovind, said the police came late. Superintendent Deven " +
        'Rathore said teams had found the body.\n\n' +
        '"Nobody helped us," the father said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ramesh Kovind']);
  });
});

describe('affiliations and ranks around a name (tenth session)', () => {
  it('gives the words to the person, not to the firm or city after "of", "in" or "at"', () => {
    const quotes = quotesOf(
      '"The market is caught between fears," said Tamas Varkonyi of oil broker PVX.\n\n' +
        'District Judge William Alsford in San Francisco said the rule was "a sham".\n\n' +
        'Economist Mary Leland at the Peterson Institute said the plan was "bold".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Tamas Varkonyi',
      'William Alsford',
      'Mary Leland',
    ]);
  });

  it('reads police and council ranks as titles', () => {
    const quotes = quotesOf(
      'Officers chased the snowplow. "Thankfully no one was hurt," Const. Dani McKeown told ' +
        'reporters.\n\n' +
        'Coun Greg Whitby, the executive member for culture, said: "We are delighted."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Dani McKeown', 'Greg Whitby']);
  });

  it('reads "He" opening a sentence before one more name word and an apposition as a surname', () => {
    const quotes = quotesOf(
      'He Yadong, a spokesperson for the commerce ministry, said the door remained "open".\n\n' +
        'He said the talks would go on. "We are ready," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['He Yadong', 'He Yadong']);
  });
});

describe('a role and a titled name in apposition after "said" (tenth session)', () => {
  it("gives the words to the titled name: said the study's lead author, Professor …", () => {
    const quotes = quotesOf(
      '"The association held," said the study\'s lead author, Professor Nita Forouzi of the ' +
        'University of Cambridge.\n\n' +
        '"It did not," said the lead author, Dr Ravi Mehrotra.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Nita Forouzi', 'Ravi Mehrotra']);
  });
});

describe('a definite description set off after a name (twelfth session)', () => {
  it('only describes it: "Kenvue, the company that makes the painkiller, said"', () => {
    const quotes = quotesOf(
      'Health officials warned of a link between the painkiller and autism on Monday.\n\n' +
        'Kenvuee, the company that makes the painkiller, said it "strongly disagrees".\n\n' +
        'Ciplla, the drugmaker, said the claim was "unfounded".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kenvuee', 'Ciplla']);
  });
});

describe('a relative named by a given name alone (thirteenth session)', () => {
  it('has the gender the relation gives, and the surname "Mrs." is read by', () => {
    const quotes = quotesOf(
      'Mrs. Dorothy Kernsby said she and her two children took shelter in a bathtub. Her ' +
        'husband, Ray, was at work.\n\n' +
        '"I heard it coming like a freight train," she said.\n\n' +
        'Cmdr. Walter Halewood came home safely on Friday. "Everything worked," Halewood said.\n\n' +
        "At Halewood's home in Virginia Beach, Va., his wife, Louise, watched on television.\n\n" +
        '"I was so proud," Mrs. Halewood said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Dorothy Kernsby',
      'Walter Halewood',
      'Louise',
    ]);
  });
});

describe('a relative clause with a number in it (fourteenth session)', () => {
  it('is stepped over to the organisation before it', () => {
    const quotes = quotesOf(
      'The Confederation of British Industry, which represents 190,000 businesses, said the ' +
        'budget was "a missed opportunity."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Confederation of British Industry']);
  });
});

describe('an age or a street address before the verb (seventeenth session)', () => {
  it('leaves the person, not the town or the street, as the subject', () => {
    const quotes = quotesOf(
      'Pfc. Larry Dawes, 19, of Waco said the men were "itching to go."\n\n' +
        'Mrs. Ann Pike, 41, of Tyler told newsmen the base was "like a small town."\n\n' +
        'J. W. Bass of 2707 North Haskell said the fire was "going like a torch."\n\n' +
        'Ed Tully of 1215 E. 8th St. said it was "over in ten minutes."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Larry Dawes',
      'Ann Pike',
      'J. W. Bass',
      'Ed Tully',
    ]);
  });
});

describe('a role set off after where someone is from (eighteenth session)', () => {
  it('is theirs: "W. W. Jackson of San Antonio, the board chairman," named after a lede', () => {
    const quotes = quotesOf(
      'The State Board of Education recommended Friday a $600 raise, and its chairman said the Legislature would be "making a serious mistake" if it failed to act.\n\n' +
        'W. W. Jackson of San Antonio, the board chairman, said Texas was losing teachers.\n\n' +
        '"We cannot wait," the chairman said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['W. W. Jackson', 'W. W. Jackson']);
  });
});

describe('a relative clause naming someone with an age (eighteenth session)', () => {
  it('is stepped over whole: the name before it speaks', () => {
    const texts = [
      'Mrs. Odessa Vickery of Sylvester, whose son Donnie, 6, is under treatment at the Georgia Warm Springs Foundation, said she would be "first in line."',
      'Resident Graham Price, 68, whose home in Frankwell was flooded, said: "We\'re just exhausted."',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Odessa Vickery'],
      ['Graham Price'],
    ]);
  });
});

describe('"who said" after appositions (nineteenth session)', () => {
  it('is the person named before the appositions set off ahead of "who"', () => {
    const quotes = quotesOf(
      'He was opposed by Stanley Wozniak, a 39-year-old real estate man, who charged that "at ' +
        'least 300 ballots were stolen."\n\n' +
        'The bill was fought by Rep. Carl Henning of Hays, who argued that it would "ruin the ' +
        'small farmer."\n\n' +
        'The defense called Dr. Albert Fenn, 58, a Cambridge surgeon who has practiced for 30 ' +
        'years and who testified that the wound was "not fatal."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Stanley Wozniak',
      'Carl Henning',
      'Albert Fenn',
    ]);
  });

  it('steps over a bracketed party and state before ", who"', () => {
    const quotes = quotesOf(
      'The plan drew fire from Rep. Noah Pruitt (R-Ill.), who said it would fall hardest on ' +
        '"the small saver."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Noah Pruitt']);
  });
});
