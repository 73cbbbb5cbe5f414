// @vitest-environment node
// Pronouns and continuation: he, she and they, and the speaker of a split quotation, across
// paragraphs and among namesakes.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

describe('resolving speakers', () => {
  it('resolves "he said" to the person named in the previous paragraph', () => {
    const quotes = quotesOf(
      'Mayor Tom Reed spoke to residents on Monday.\n\n"The water is clean," he said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Reed', attribution: 'pronoun' });
  });

  it('skips people merely mentioned and keeps the speaker of the conversation', () => {
    const quotes = quotesOf(
      [
        'Council spokesperson Tom Reed said the budget would pass.',
        'On Monday, Ada Brook and Lena Park met at the town hall.',
        '"We are glad the two met," he said.',
      ].join('\n\n'),
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Reed', attribution: 'pronoun' });
  });

  it('gives "he said" to the single subject of the paragraph before, even a new voice', () => {
    const quotes = quotesOf(
      '"We want a fair deal," Ada Brook said.\n\nTom Reed, the union leader, walked out of the talks.\n\n"We will strike on Monday," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ada Brook', 'Tom Reed']);
  });

  it('maps surnames and titled names to the fullest name in the article', () => {
    const quotes = quotesOf(
      'Prime Minister Ada Brook arrived late.\n\n"We are here," Brook said.\n\n"We stay," PM Brook added.\n\n"Thank you," Ms Brook said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ada Brook', 'Ada Brook', 'Ada Brook']);
  });

  it('learns full names from inside quotations, without taking them for speakers', () => {
    const quotes = quotesOf(
      'I kept saying, "If I could be known, like Peter Askington, for instance."\n\n"By yourself?" I asked. "No," Askington said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, 'Peter Askington']);
  });

  it('resolves a role reference to the person introduced with that role', () => {
    const quotes = quotesOf(
      'The council press secretary, Tom Reed, opened the briefing.\n\n"No comment," the press secretary said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Reed', attribution: 'role' });
  });

  it('resolves "it added" to the organisation that spoke before', () => {
    const quotes = quotesOf(
      '"The risk is slight," the Riverton Health Service said. Then it added: "Few people will be affected."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Riverton Health Service',
      'Riverton Health Service',
    ]);
  });

  it('lets organisations speak', () => {
    const [quote] = quotesOf(
      '"The road stays closed," the Riverton Transport Office said in a statement.',
    );
    expect(quote?.speaker).toBe('Riverton Transport Office');
  });

  it('leaves a quotation with no cue and no speaker before it unattributed', () => {
    expect(quotesOf('"Nobody knows what happens next."')[0]).toMatchObject({
      speaker: null,
      attribution: 'unknown',
    });
  });
});

it('gives "according to him" to the person the pronoun stands for', () => {
  const quotes = quotesOf(
    'Ravi Kumar spoke about the treaty. According to him, the ties were at "their best ever".',
  );
  expect(quotes).toEqual([expect.objectContaining({ kind: 'partial', speaker: 'Ravi Kumar' })]);
});

it('gives "he said" to the speaker named after a verb that follows a clause', () => {
  const quotes = quotesOf(
    'Ravi Kumar said the protest was "unfortunate".\n\n' +
      'In the 1980s, Punjab saw such protests, recalled farm leader Balbir Rajewal. ' +
      '"But the government listened," he said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Ravi Kumar', 'Balbir Rajewal']);
});

it('steps over a long relative clause, and the pronoun inside it, to the subject', () => {
  const quotes = quotesOf(
    'Tom Reed spoke first.\n\n' +
      'A ministry official, who spoke on condition of anonymity because he was not authorised ' +
      'to brief the media, said hospitals were "overwhelmed".\n\n' +
      'Ada Brook, who spoke on condition of anonymity because she was not authorised to brief ' +
      'the media, said hospitals were "overwhelmed".',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual([null, 'Ada Brook']);
});

it('gives "she says" after a shared surname to the namesake the pronoun fits', () => {
  const quotes = quotesOf(
    'Maya Patel runs a bakery. "I love bread," she says.\n\n' +
      'Her husband, Raj Patel, remembers it differently. "She never gave up," he says.\n\n' +
      'Patel now plans a second shop. "I am glad I did not listen," she says.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Maya Patel', 'Raj Patel', 'Maya Patel']);
});

it('reads a sentence opened by a definite role as about its holder, not the names after it', () => {
  const quotes = quotesOf(
    'India captain Jasprit Bumrah said, "I am very happy."\n\n' +
      'The pacer, who took eight wickets, also praised opener Yashasvi Jaiswal. ' +
      '"That was the best innings I have seen from him," the 30-year-old said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Jasprit Bumrah', 'Jasprit Bumrah']);
});

it('skips sentences a pronoun reports when looking for who "he" is', () => {
  const quotes = quotesOf(
    'Congress MP Shashi Tharoor spoke. "The government has no answer," Tharoor told reporters.\n\n' +
      'He said that Prime Minister Narendra Modi had promised jobs. Home Minister Amit Shah had ' +
      'also made similar promises, he added.\n\n' +
      '"Where are those jobs?" he said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Shashi Tharoor', 'Shashi Tharoor']);
});

it('takes "another Labour MP" for someone other than the Labour MP already quoted', () => {
  const quotes = quotesOf(
    "Labour MP Rachael Maskell said: 'I cannot vote for this.'\n\n" +
      "Another Labour MP, speaking anonymously, said the mood was 'the worst it has been'.",
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Rachael Maskell', null]);
});

describe('namesakes', () => {
  it('gives the bare surname to the namesake not introduced as a relative', () => {
    const quotes = quotesOf(
      'Former President Joe Biden appeared at a fundraiser with his wife, Jill Biden.\n\n' +
        '"We are not going anywhere," Biden said.\n\n' +
        'Jill Biden spoke about schools. "Teachers are the backbone of this country," she said.\n\n' +
        'Later, Biden told reporters he felt "great."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Joe Biden', 'Jill Biden', 'Joe Biden']);
  });

  it('reads "the senior Abdullah" as the parent and a quoted participle after "had" as his word', () => {
    const quotes = quotesOf(
      'Farooq Abdullah and his son Omar Abdullah addressed the rally. "Kashmir deserves ' +
        'statehood," Omar Abdullah said. The senior Abdullah said the Centre had "betrayed" the people.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['direct', 'Omar Abdullah'],
      ['partial', 'Farooq Abdullah'],
    ]);
  });
});

describe('namesakes named inside a phrase', () => {
  it('gives the surname to the grandson who speaks, not the grandfather named in "the deaths of"', () => {
    const quotes = quotesOf(
      'Kayla Dunn pleaded no contest in the deaths of Helen Ostrowski, 88, and Walter Finch, 91.\n\n' +
        'Finch\'s grandson, Marcus Finch, said his grandfather had served in Korea. "He survived a ' +
        'war," Finch said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Marcus Finch']);
  });
});

describe('the latter', () => {
  it('is the person named last before it', () => {
    const quotes = quotesOf(
      'Satwik Reddy and Chirag Shetty won the final. Satwik was tired, while Chirag was elated. ' +
        '"Today everything came together," the latter said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Chirag Shetty']);
  });
});

describe('a title among namesakes and a definite spokesman', () => {
  it('picks the namesake the title fits and the person introduced with the role', () => {
    const quotes = quotesOf(
      'Solicitor General Tushar Mehta said the rules were followed. A bench of Justices Vikram ' +
        'Nath and Sandeep Mehta heard the case. Justice Mehta asked how many shelters worked. ' +
        '"Twenty shelters for a city this size?" the judge said.\n\n' +
        '"We read about it in the media," Kremlin spokesman Dmitry Peskov told reporters. The ' +
        'Kremlin spokesman said a meeting would make sense only "at the final stage".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Sandeep Mehta',
      'Dmitry Peskov',
      'Dmitry Peskov',
    ]);
  });
});

describe('a pronoun and the names inside its quotation (eleventh session)', () => {
  it('never goes to the person the quotation names: "\'Rob has been brilliant,\' he added"', () => {
    const quotes = quotesOf(
      "Manager Steve Watsford said the team had been unlucky. 'We were the better side,' he said.\n\n" +
        'Watsford also defended goalkeeper Rob Deane, who has been criticised by some fans.\n\n' +
        "'Rob has been brilliant for us. One bad afternoon doesn't make him a bad keeper,' he added.",
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Steve Watsford', 'Steve Watsford']);
  });
});

describe('"he added" after a sentence about someone else (eleventh session)', () => {
  it('goes on with the speaker, not the subject of a sentence that reports no speech', () => {
    const quotes = quotesOf(
      'Newcastle manager Eddie Howes praised Alexander Isaak after the striker scored twice.\n\n' +
        '"He is a top player," Howes said.\n\n' +
        'Isaak has now scored 23 league goals this season.\n\n' +
        '"I don\'t want to talk about other clubs," he added.\n\n' +
        'Isaak said he was happy. "I love it here," he added.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Eddie Howes',
      'Eddie Howes',
      'Alexander Isaak',
    ]);
  });
});

describe("a name inside a reporter's question (eleventh session)", () => {
  it('is not who answers it, while "Asked about his future, Isak" is Isak', () => {
    const quotes = quotesOf(
      '"We should have had a deal," President Donald Trumpp said in the Oval Office.\n\n' +
        'A reporter asked whether he trusted Vladimir Putinn.\n\n' +
        '"I don\'t trust anybody," he said.\n\n' +
        'Asked about his future, Alexander Isaac was coy.\n\n' +
        '"I just want to keep scoring," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Donald Trumpp',
      'Donald Trumpp',
      'Alexander Isaac',
    ]);
  });
});

describe('a couple named together (eleventh session)', () => {
  it('gives the first given name the surname too: "Darren and Michelle Lowe"', () => {
    const quotes = quotesOf(
      'Darren and Michelle Lowy, from Bulwell, woke at 3am to find their car in flames.\n\n' +
        '"The kids were screaming," Mrs Lowy said.\n\n' +
        '"We just want it to stop," Mr Lowy said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Michelle Lowy', 'Darren Lowy']);
  });
});

describe('a pronoun after someone unnamed spoke last, in the paragraph before (thirteenth session)', () => {
  it('is that unnamed person, not the official named before them', () => {
    const quotes = quotesOf(
      'Gov. Burt Comber, who flew over the area, called it "a disaster."\n\n' +
        'At Hazard, a Red Cross worker said families were "sleeping in churches and schools."\n\n' +
        '"Some of these people have lost everything they own," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Burt Comber', null, null]);
  });

  it('is still the named person when one is named or heard after the unnamed one', () => {
    const quotes = quotesOf(
      'At Hazard, a Red Cross worker said families were "sleeping in churches and schools."\n\n' +
        'Gov. Burt Comber, who flew over the area, called it "a disaster."\n\n' +
        '"We will rebuild," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, 'Burt Comber', 'Burt Comber']);
  });
});

describe('someone unnamed who reported in the paragraph before, without a quotation (thirteenth session)', () => {
  it('is the "he" of the next paragraph, whatever noun named them', () => {
    const quotes = quotesOf(
      'The mine\'s owner, Stanley Kopchak, wept as the bodies were brought up. "They were my ' +
        'friends," he said.\n\n' +
        'A rescuer, covered in coal dust, said the crew had dug through 30 feet of rock.\n\n' +
        '"We kept hoping we\'d hear them tapping," he said.\n\n' +
        'A Ford spokesman, John Hales, said the plant would reopen. "We expect it Monday," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Stanley Kopchak', null, 'John Hales']);
  });
});

describe('an answer to a quoted question (fourteenth session)', () => {
  it("is not the asker's, by role or by pronoun", () => {
    const quotes = quotesOf(
      "Stanley J. Kowal, 47, was the state's first witness. Defense Atty. George Kerrigan " +
        'cross-examined him for an hour.\n\n' +
        '"And you never told anyone about this money?" Kerrigan asked.\n\n' +
        '"No, sir," the witness replied.\n\n' +
        '"Did you keep any of it?" Kerrigan asked.\n\n' +
        '"Not a dime," he answered.\n\n' +
        '"That is all," Kerrigan said. "I have no more questions," he added.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'George Kerrigan',
      'Stanley J. Kowal',
      'George Kerrigan',
      'Stanley J. Kowal',
      'George Kerrigan',
      'George Kerrigan',
    ]);
  });
});

describe('an answer after "asked" (fourteenth session)', () => {
  it('is not the asker\'s when its verb is "said"', () => {
    const quotes = quotesOf(
      'Ruth Ames, 52, took the stand on Tuesday. Prosecutor Paul Stein questioned her.\n\n' +
        '"Did you sign the cheques?" Stein asked.\n\n' +
        '"I did not," the defendant said.\n\n' +
        '"We will see about that," Stein said. "The jury will decide," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Paul Stein',
      'Ruth Ames',
      'Paul Stein',
      'Paul Stein',
    ]);
  });
});

describe('a reply after the narration says who asked whom (eighteenth session)', () => {
  it('is the one asked, not the asker', () => {
    const texts = [
      'Rep. Thaddeus R. Kowalski asked Frederick B. Stimmel, the deputy postmaster general, how many letters would be lost. "We have no way of knowing," he replied.',
      'Rep. Thaddeus R. Kowalski asked Frederick B. Stimmel how many letters would be lost.\n\n"We have no way of knowing," he answered.',
      'Rep. Thaddeus R. Kowalski questioned the figures. "We will see," he said.',
      'When Rep. Thaddeus R. Kowalski asked Frederick B. Stimmel how many would be lost, he replied, "We have no way of knowing."',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Frederick B. Stimmel'],
      ['Frederick B. Stimmel'],
      ['Thaddeus R. Kowalski'],
      ['Frederick B. Stimmel'],
    ]);
  });
});

describe('"he" after a sentence whose subject is a role with a titled name set off (eighteenth session)', () => {
  it('is that name, not the one who spoke before', () => {
    const quotes = quotesOf(
      'Rep. Vernon L. Tjaden (R-Mason City) told reporters the bill would pass. "We have the votes," Tjaden said.\n\n' +
        "The committee's chairman, Rep. Clarence O. Hummel of Cedar Falls, voted against the bill. " +
        'He said he had received 400 letters, "and I could count on one hand the ones that were for it."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Vernon L. Tjaden',
      'Clarence O. Hummel',
    ]);
  });
});

describe('"the elder X" and "the younger X" (nineteenth session)', () => {
  it('tells a father from his son by the stated relation', () => {
    const quotes = quotesOf(
      'John Frates and his son, Paul Frates, both ran for the council.\n\n' +
        '"I have served this town for 30 years," the elder Frates said.\n\n' +
        '"Dad taught me everything," the younger Frates said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['John Frates', 'Paul Frates']);
  });

  it('tells them apart by the suffix of the name', () => {
    const quotes = quotesOf(
      'John Frates Jr. and John Frates Sr. both ran for the council.\n\n' +
        'The elder Frates said, "I have served this town for 30 years."\n\n' +
        'The younger Frates said, "Dad taught me everything."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['John Frates Sr.', 'John Frates Jr.']);
  });
});

describe('an exchange of untagged questions and answers after the sentence that sets it up', () => {
  it('gives the questions to the questioner and the answers to the one questioned', () => {
    const quotes = quotesOf(
      'Mrs. Irene Castell, 44, testified on Tuesday. "He was white as a sheet," she said.\n\n' +
        'State Attorney Rufus Tolbert led her through the next three days.\n\n' +
        '"Did your husband say anything else?"\n\n' +
        '"He said he was afraid. He said it twice."\n\n' +
        '"Did he ever say that before?"\n\n' +
        '"Never."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Irene Castell',
      'Rufus Tolbert',
      'Irene Castell',
      'Rufus Tolbert',
      'Irene Castell',
    ]);
  });

  it('finds the one questioned by the role the sentence gives ("questioned the surgeon")', () => {
    const quotes = quotesOf(
      'Dr. Emil Hofstra, chief of surgery at Lakeview Hospital, was called as a witness.\n\n' +
        'The plaintiff’s attorney, Jerome Katz, questioned the surgeon.\n\n' +
        '"Was the rule followed in this case?"\n\n' +
        '"It was not."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jerome Katz', 'Emil Hofstra']);
  });

  it('keeps the turns of a press conference after an unnamed reporter’s question', () => {
    const quotes = quotesOf(
      'Lt. Col. Dale Rittenhouse, 38, was named today as the pilot of the next flight.\n\n' +
        'Rittenhouse fielded questions for twenty minutes.\n\n' +
        '“Are you afraid, Colonel?” one reporter asked.\n\n' +
        '“I’d be a liar if I said I never thought about it,” the astronaut said.\n\n' +
        '“What does your wife think?”\n\n' +
        '“She thinks I’m crazy.”',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      null,
      'Dale Rittenhouse',
      null,
      'Dale Rittenhouse',
    ]);
  });

  it('reads "another asked" as someone unnamed asking, not the one who answered before', () => {
    const quotes = quotesOf(
      'Dr. Harold Brenneman met reporters today.\n\n' +
        '"Is it safe?" one reporter asked.\n\n' +
        '"Perfectly safe," Dr. Brenneman said.\n\n' +
        '"How soon will it be in the drug stores?" another asked.\n\n' +
        '"Not this year," he replied.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      null,
      'Harold Brenneman',
      null,
      'Harold Brenneman',
    ]);
  });
});

it('finds the name set off after a role and its relative clause as the next "she"', () => {
  const quotes = quotesOf(
    'Irene Pollard, 16, said she had read the book twice and "liked it."\n\n' +
      'The English teacher who assigned the book, Miss Dorothy Grebe, was in the audience. ' +
      'Afterward she told a reporter: "I stand by it."',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Irene Pollard', 'Dorothy Grebe']);
});
