import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../article/splitParagraphs.ts';
import { analyzeQuotes } from './analyzeQuotes.ts';

/** Synthetic sentences written for these tests, in the shapes news copy takes. */
function quotesOf(text: string) {
  const analysis = analyzeQuotes(text, splitParagraphs(text));
  return analysis.quotes.map(({ text: quoted, kind, speaker, attribution, cue }) => ({
    text: quoted,
    kind,
    speaker: speaker?.name ?? null,
    attribution,
    cue: cue?.verb ?? null,
  }));
}

describe('finding quotations', () => {
  it('reads straight and curly double quotes alike', () => {
    const straight = quotesOf('Ada Brook said, "We will rebuild the bridge."');
    const curly = quotesOf('Ada Brook said, “We will rebuild the bridge.”');
    expect(straight).toEqual(curly);
    expect(straight[0]).toMatchObject({
      text: 'We will rebuild the bridge.',
      speaker: 'Ada Brook',
      kind: 'direct',
    });
  });

  it("does not close a single-quoted quotation at the apostrophes of rock 'n' roll", () => {
    const quotes = quotesOf("'We are old,' Ada Brook said. 'Rock 'n' roll is a young man's game.'");
    expect(quotes.map((quote) => quote.text)).toEqual([
      'We are old,',
      "Rock 'n' roll is a young man's game.",
    ]);
  });

  it('keeps single quotes nested in double quotes inside one quotation', () => {
    const quotes = quotesOf('"They told us \'wait\' for a week," said Ada Brook.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe("They told us 'wait' for a week,");
  });

  it('reads British single quotation marks as the outer marks and leaves apostrophes alone', () => {
    const quotes = quotesOf(
      '‘We don’t know what the ’90s will bring,’ Ada Brook’s deputy Tom Reed said.',
    );
    expect(quotes).toEqual([
      expect.objectContaining({
        text: 'We don’t know what the ’90s will bring,',
        speaker: 'Tom Reed',
      }),
    ]);
  });

  it('does not take apostrophes in words for quotation marks', () => {
    expect(quotesOf("Modi's visit and the players' union don't change the '90s plan.")).toEqual([]);
  });

  it('continues a quotation across paragraphs when the next paragraph reopens it', () => {
    const quotes = quotesOf(
      'Ada Brook said: "The first part of the plan is done.\n\n"The second part starts in May."',
    );
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.attribution])).toEqual([
      ['The first part of the plan is done.', 'Ada Brook', 'named'],
      ['The second part starts in May.', 'Ada Brook', 'continuation'],
    ]);
  });

  it('attributes a multi-paragraph quotation named only at its end', () => {
    const quotes = quotesOf('"We started early.\n\n"We finished late," Ada Brook said.');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ada Brook', 'Ada Brook']);
  });
});

describe('kinds of quotation', () => {
  it('tells a partial quotation inside a sentence from direct speech', () => {
    const quotes = quotesOf(
      'Ada Brook said the council faced a "serious budget gap" this year. She added, "We will close it."',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Ada Brook'],
      ['direct', 'Ada Brook'],
    ]);
  });

  it('reads an exclamation or a line of dialogue standing alone as speech', () => {
    const quotes = quotesOf(
      '"Heretic!" Stones flew across the square.\n\n"We will never give in."',
    );
    expect(quotes.map((quote) => quote.kind)).toEqual(['direct', 'direct']);
  });

  it('takes capitals before a comma and a cue for speech, and a word someone calls a thing for theirs', () => {
    const quotes = quotesOf('"In Riverton," Ada Brook said. Tom Reed called the plan "reckless."');
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['direct', 'Ada Brook'],
      ['partial', 'Tom Reed'],
    ]);
  });

  it('marks scare quotes, nicknames and titles as other, with no speaker', () => {
    const quotes = quotesOf(
      'The so-called "Quad" met in Riverton, where the film "Long Summer" was shown to the group known as the "Riverton Five".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['other', null],
      ['other', null],
      ['other', null],
    ]);
  });
});

describe('attribution cues', () => {
  it.each([
    ['"The bridge is safe," said Ada Brook.', 'said'],
    ['"The bridge is safe," Ada Brook said.', 'said'],
    ['Ada Brook said: "The bridge is safe."', 'said'],
    ['"The bridge is safe," Ada Brook noted when asked about the repairs.', 'noted'],
    ['"The bridge is safe," according to Ada Brook.', 'according to'],
    ['Ada Brook told reporters: "The bridge is safe."', 'told'],
    ['In a post on X, Ada Brook wrote, "The bridge is safe."', 'wrote'],
    ['"The bridge is safe," Ada Brook insisted.', 'insisted'],
    ['"Is the bridge safe?" asked Ada Brook.', 'asked'],
  ])('attributes %j', (text, verb) => {
    expect(quotesOf(text)[0]).toMatchObject({
      speaker: 'Ada Brook',
      attribution: 'named',
      cue: verb,
    });
  });

  it('finds the speaker of a participle cue in the main clause', () => {
    const [quote] = quotesOf('Ada Brook acknowledged the delay, stating, "We were too slow."');
    expect(quote).toMatchObject({ speaker: 'Ada Brook', cue: 'stating' });
  });

  it('attributes both halves of a quotation split by its cue', () => {
    const quotes = quotesOf('"We are ready," Ada Brook said, "and we start on Monday."');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ada Brook', 'Ada Brook']);
  });

  it('gives an uncued quotation to the person the paragraph is about', () => {
    const quotes = quotesOf(
      '"We want a deal," Ada Brook said.\n\nTom Reed paused. "We will not give up."',
    );
    expect(quotes[1]).toMatchObject({ speaker: 'Tom Reed', attribution: 'continuation' });
  });

  it('gives a follow-up quotation in the same paragraph the same speaker', () => {
    const quotes = quotesOf('"We are ready," Ada Brook said. "We start on Monday."');
    expect(quotes[1]).toMatchObject({ speaker: 'Ada Brook', attribution: 'continuation' });
  });
});

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

describe('accusations', () => {
  it('keeps the quoted words of an accusation even when nobody is named', () => {
    const [quote] = quotesOf("Ministers have been accused of 'losing control' of the system.");
    expect(quote).toMatchObject({ kind: 'partial', speaker: null });
  });
});

describe('cue verbs', () => {
  it.each([
    [
      'Prof. Tom Reed said in an email that the team had been "deliberately cautious." ' +
        'He added that more data were needed.',
      'said',
    ],
    [
      'The Riverton Safety Agency said in documents posted on its website that the pump ' +
        '"may fail."',
      'said',
    ],
    ['Ada Brook, an analyst, said the recall was "large but routine" for a carmaker.', 'said'],
    ['Tom Reed spoke last. "That is not an answer," Ada Brook shot back.', 'shot back'],
    ['"We will see," Ada Brook wrote in a letter.', 'wrote'],
    [
      'Judge Ada Brook on Wednesday blocked the plan, ruling that the agency had acted ' +
        '"arbitrarily and capriciously."',
      'ruling',
    ],
  ])('finds the reporting verb in %j', (text, verb) => {
    const [quote] = quotesOf(text);
    expect(quote?.cue).toBe(verb);
    expect(quote?.speaker).not.toBeNull();
  });
});

describe('broken input', () => {
  it('recovers at the paragraph end from an unclosed quotation and reports where', () => {
    const text = 'Ada Brook said, "We will win the vote\n\nThe count starts on Friday.';
    const analysis = analyzeQuotes(text, splitParagraphs(text));
    expect(analysis.quotes[0]?.text).toBe('We will win the vote');
    expect(analysis.warnings).toEqual([
      { message: 'quotation mark never closed', offset: text.indexOf('"') },
    ]);
  });

  it.each(['"', '""', 'a "', '" "', '“”', '"x"', "'", 'He said "'])(
    'never throws on %j',
    (text) => {
      expect(() => analyzeQuotes(text, splitParagraphs(text))).not.toThrow();
    },
  );

  it('handles thousands of quotations in one paragraph', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `"Point ${i}," Ada Brook said.`).join(' ');
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(3000);
    expect(quotes.every((quote) => quote.speaker === 'Ada Brook')).toBe(true);
  });
});

describe('wire-copy attribution', () => {
  it.each([
    ['"We have no plans," Finance Minister Ada Brook told reporters.', ['Ada Brook']],
    [
      '"It is a disaster," said Tom Reed, a union spokesman. "Nobody asked us."',
      ['Tom Reed', 'Tom Reed'],
    ],
    ['Asked whether she would resign, Ada Brook said: "Absolutely not."', ['Ada Brook']],
    ['Lena Park, who heads the finance committee, said: "We were not consulted."', ['Lena Park']],
    [
      'Mr Reed\'s lawyer, Omar Haddad, said his client "denies all of the charges".',
      ['Omar Haddad'],
    ],
    ['"That is simply wrong," said Brook\'s deputy, Ivo Varga.', ['Ivo Varga']],
    ['Tom Reed walked out of the meeting. "We will strike on Monday," he said.', ['Tom Reed']],
    [
      '"There is no deal," Ada Brook said. Tom Reed disagreed. "There is a deal," he said.',
      ['Ada Brook', 'Tom Reed'],
    ],
    [
      'The Public Health Service issued a report.\n\n"The risk is slight," the PHS said.',
      ['Public Health Service'],
    ],
    ['The agency TASS reported from Moscow:\n\n"The talks went well."', ['TASS']],
    [
      'Rivertown (Northland) [Freedonia], May 3 (ANI): Northland Chief Minister Ravi Kumar ' +
        'urged people to vote, saying "every vote counts".',
      ['Ravi Kumar'],
    ],
    ['Ada Brook defended the plan on Monday, calling it "a vital deterrent".', ['Ada Brook']],
    [
      '"The council has let us down," said Green Party (GP) leader Lena Park. ' +
        'She added, "We will vote against it."',
      ['Lena Park', 'Lena Park'],
    ],
    [
      'The Ministry of Home Affairs said in a statement that security was tightened. ' +
        '"All measures have been taken," the statement said.',
      ['Ministry of Home Affairs'],
    ],
    [
      'The statement from the Ministry of Water Affairs read, "The dam is safe."',
      ['Ministry of Water Affairs'],
    ],
    [
      'Foreign Minister R Varga spoke on Monday.\n\nEAM Varga said, "We have seen progress."',
      ['R Varga'],
    ],
    ['Alliance Secretary-General Jens Varga said the allies would "do more."', ['Jens Varga']],
    [
      'Green Party leader Lena Park described the plan as "political drama" and accused ' +
        'the council of "misleading the people."',
      ['Lena Park', 'Lena Park'],
    ],
    [
      'Northland and Southland Chief Minister Ravi Kumar said reunification was the ' +
        '"first priority" of his government.',
      ['Ravi Kumar'],
    ],
    [
      'Chief Minister Ravi Kumar spoke first. Party chief Tom Reed alleged fraud. ' +
        '"The count was rigged," the former Chief Minister said.',
      ['Tom Reed'],
    ],
    ['Shri Ravi Kumar thanked the workers. "We won together," he said.', ['Ravi Kumar']],
    [
      'Tom Reed spoke first.\n\nParty supremo Meera also commented. "We will analyse it," she said.',
      ['Meera'],
    ],
    [
      'According to a statement issued by the Water Ministry, the dam is "completely safe ' +
        'and sound".\n\n"Inspections will continue," the statement added.',
      ['Water Ministry', 'Water Ministry'],
    ],
    [
      'The dam is "structurally sound", as per a release from the Water Ministry.',
      ['Water Ministry'],
    ],
    [
      'Ravi Kumar presented the estimates in the Assembly and said the deficit would be ' +
        '"well within limits."',
      ['Ravi Kumar'],
    ],
    [
      'Chief Minister Ravi Kumar and Prime Minister Lena Park visited the site.\n\n' +
        '"We will rebuild every house," the CM said. "We stand with you," the PM said.',
      ['Ravi Kumar', 'Lena Park'],
    ],
    [
      'CM Ravi Kumar and Prime Minister Lena Park visited the site.\n\n' +
        '"We will rebuild every house," the Chief Minister said.',
      ['Ravi Kumar'],
    ],
    ['"He is a champion," said Freedonia\'s Tom Reed.', ['Tom Reed']],
    [
      'Lena Park, who scored 161, said she was "just trying to bat long." ' +
        '"I have learnt a lot," the 22-year-old said.',
      ['Lena Park', 'Lena Park'],
    ],
    [
      'The Supreme Court refused to hear the plea, saying such matters were "best left to ' +
        'the states."',
      ['Supreme Court'],
    ],
    [
      'Police arrested three men.\n\n"We recovered 500 kg of crackers," Deputy Commissioner ' +
        'of Police (North) Manoj Meena said.',
      ['Manoj Meena'],
    ],
    [
      'The talks ended on Monday. "We welcome the agreement," the Freedonian foreign ministry said.',
      ['Freedonian foreign ministry'],
    ],
    [
      'Leaders of the Kisan Morcha met on Monday. "Our demands are simple," they said.',
      ['Kisan Morcha'],
    ],
    [
      'Initial claims for jobless benefits fell, the agency said.\n\n"It is strong," said ' +
        'Sarah House, an economist. She added that wages were "still too hot."',
      ['Sarah House', 'Sarah House'],
    ],
    [
      'Lena Park, the MP for Riverton North, told the radio: "We were not elected for this."',
      ['Lena Park'],
    ],
    [
      'Senate leader Tom Reed, D-N.Y., called the report "great news for working families."',
      ['Tom Reed'],
    ],
    [
      'Foreign Minister Ada Brook, speaking in Riverton, called the attack "appalling" and ' +
        'promised help.',
      ['Ada Brook'],
    ],
    ['The Kremlin, meanwhile, said the strikes hit "military targets only."', ['Kremlin']],
    ['"We will not be complicit," House leader Tom Reed, D-N.Y., said on the floor.', ['Tom Reed']],
    [
      '"I am hopeful," Lena Park told reporters. Asked whether the bill would pass, the ' +
        'Northland Republican said, "We will see."',
      ['Lena Park', 'Lena Park'],
    ],
    [
      'Freedonia\'s delegation said in a statement that it would not accept "any targeting ' +
        'of specific sources."',
      ["Freedonia's delegation"],
    ],
    ['"Our forests cannot wait," said 19-year-old activist Lena Park.', ['Lena Park']],
    ['"They talk and talk," said veteran campaigner Tom Reed.', ['Tom Reed']],
    [
      'Chief Minister Ravi Kumar on Wednesday said the Green Party would contest alone, a day ' +
        'after party chief Tom Reed hinted at a "friendly fight" in some wards.',
      ['Tom Reed'],
    ],
    ['Ada Brook said the Green Party would "never accept the deal."', ['Ada Brook']],
    [
      'Counsel Tom Reed had argued that the detention was "malicious." He told the court, ' +
        '"My client is innocent."',
      ['Tom Reed', 'Tom Reed'],
    ],
    [
      'Lena Park, leader of the far-right Freedom Rally, dismissed the plan as "grandiose ' +
        'nonsense."\n\n"He has failed," she told reporters.',
      ['Lena Park', 'Lena Park'],
    ],
    ['I found a small article in the Riverton Herald:\n\n"Flier Loses Plea."', ['Riverton Herald']],
    [
      'Tom Reed quoted the Northland Gazette, which reads: "The dam will hold."',
      ['Northland Gazette'],
    ],
    [
      'Lena Park, 24, said: "I cried the whole time."\n\n"It was worth every penny," added her ' +
        'friend, Ada Brook.',
      ['Lena Park', 'Ada Brook'],
    ],
    ['Promoter Tom Reed spoke first. "It is the biggest tour," he said.', ['Tom Reed']],
    [
      'The agency\'s administrator, Bill Nelson, has previously called Mars "the next giant leap."',
      ['Bill Nelson'],
    ],
    ['"This is a game-changer," said lead author Tom Reed, a senior scientist.', ['Tom Reed']],
    [
      'Green Front (GF) president Ravi Kumar on Thursday asserted that statehood should be ' +
        'restored "at the earliest."',
      ['Ravi Kumar'],
    ],
    ['PDP chief Lena Park accused the party of "compromising" on the issue.', ['Lena Park']],
    [
      'The Jammu and Kashmir Police said security was tight. "Arrangements have been made," ' +
        'the statement read.',
      ['Jammu and Kashmir Police'],
    ],
    [
      'Tom Reed on Monday said that he had spoken to both presidents and that both leaders ' +
        'wanted "peace."',
      ['Tom Reed'],
    ],
    [
      'Health chief Tom Keating spoke first. Rival Ed Moss accused him of "recycling ideas".\n\n' +
        'Keating dismissed the criticism. "They had 14 years," he told reporters.',
      ['Ed Moss', 'Tom Keating'],
    ],
    [
      'Lena Park, chief executive of the Patients Group, said the plan was "a step in the ' +
        'right direction", adding: "The devil will be in the detail."',
      ['Lena Park', 'Lena Park'],
    ],
    [
      'The rescue was hailed by a principal opposition leader, Dr. Tom Reed, as having saved ' +
        '"many lives and many troubles."',
      ['Tom Reed'],
    ],
    [
      'According to the Freedonian foreign ministry, the ministers discussed "the situation ' +
        'in the region."\n\nThe ministry said in a statement, "The sides agreed."',
      ['Freedonian foreign ministry', 'Freedonian foreign ministry'],
    ],
    [
      'Tom Reed met his Egyptian counterpart Ali Hassan. Prime Minister Ada Brook had called ' +
        'him.\n\nHassan called for a ceasefire. "It is catastrophic," the Egyptian minister said.',
      ['Ali Hassan'],
    ],
    [
      'Tom Reed said talks were possible. "We are open," Reed said.\n\nThe minister also ' +
        'commented on the region. Prime Minister Omar Haddad had spoken to both sides last ' +
        'month.\n\n"We value your position," he said.',
      ['Tom Reed', 'Tom Reed'],
    ],
    [
      'Union Minister of State for External Affairs Ravi Kumar on Friday said the deal would ' +
        'be signed "very soon."\n\n"Both sides are keen," the MoS told reporters.',
      ['Ravi Kumar', 'Ravi Kumar'],
    ],
    [
      '"The nation must be told," Green Party general secretary (communications) Lena Park said.',
      ['Lena Park'],
    ],
    [
      'High Commissioner Ada Brook was quoted as saying that the deal would be ' +
        '"transformational" for both.',
      ['Ada Brook'],
    ],
    ['Leader of the Opposition R Varga termed the package "too little, too late."', ['R Varga']],
    [
      'Former Chief Minister Ravi Kumar said help came late. "They are busy with politics," ' +
        'the JD(S) leader alleged.',
      ['Ravi Kumar'],
    ],
    [
      'Head coach Tom Reed backed the squad. "We can turn it around," the former Northland ' +
        'captain said.',
      ['Tom Reed'],
    ],
    [
      'Acme said on Wednesday it would cut jobs. "We must reset," the company said.\n\n' +
        'The Riverton Transport Agency said it was watching. It added that safety ' +
        '"remains our top priority."',
      ['Acme', 'Riverton Transport Agency'],
    ],
    [
      '"We are glad," said Tom Reed.\n\nThe family of the victim said they were ' +
        '"heartbroken." "She was the light of our lives," they said.',
      ['Tom Reed', null, null],
    ],
    [
      'The Riverton Transport Agency said it would appeal. "We disagree," agency ' +
        'spokesperson Tom Reed said in a statement.',
      ['Tom Reed'],
    ],
    [
      'Mayor Ada Brook welcomed the vote. Councilwoman Eva Reed said, "It is too costly."\n\n' +
        'The mayor replied that delay would raise costs. "Every month the bill goes up," she said.',
      ['Eva Reed', 'Ada Brook'],
    ],
    ['City Engineer Walter Brook said, "Some, but not much."', ['Walter Brook']],
    [
      '"It was unprovoked," Chief of Detectives Joseph Varga said. Riverton Bank of Commerce ' +
        'Chief Executive Ada Brook said, "Consumers are still spending."',
      ['Joseph Varga', 'Ada Brook'],
    ],
    [
      'Donald Brook met Ada Reed on Monday. "We agreed on nothing," she said. ' +
        '"Talks go on," he added.',
      ['Ada Reed', 'Donald Brook'],
    ],
    [
      'Vice President J.D. Brook said on Monday the talks would go on, telling reporters that ' +
        '"the days of delay are over."',
      ['J.D. Brook'],
    ],
    [
      'Rep. Tom Reed (D., N.C.), chairman of the Riverton Committee, said the bill "goes too ' +
        'far." Rep. Ada Brook (R., Pa.) said it would be "substantially rewritten."',
      ['Tom Reed', 'Ada Brook'],
    ],
    [
      'Police Supt. Joseph I. Varga said his men were ready. "There will be no disorder," he said.',
      ['Joseph I. Varga'],
    ],
    [
      'Secretary of Health, Education and Welfare Abraham Brook testified. "The need is urgent," ' +
        'Mr. Brook said.',
      ['Abraham Brook'],
    ],
    [
      'A spokesman for the National Association for the Advancement of Riverton People said ' +
        'the group was "gratified."',
      ['National Association for the Advancement of Riverton People'],
    ],
    ['Ada Brook spoke first. Tom Reed\'s verdict: "It was a privilege."', ['Tom Reed']],
    ['Ada Brook spoke first. "Keep making movies," was the advice from Tom Reed.', ['Tom Reed']],
    [
      'Tom Reed, the director, won. Critics had called it "a masterpiece of dread." The ' +
        'director was also quoted as saying: "We are living in his world."',
      [null, 'Tom Reed'],
    ],
    ['The Riverton Union called for "an immediate end" to the cuts.', ['Riverton Union']],
    [
      'Party leader Ravi Kumar on Thursday slammed the Centre over prices, alleging that the ' +
        'government had "abandoned the poor."',
      ['Ravi Kumar'],
    ],
    [
      '"It was like the sky was falling." That is how Ada Brook, 34, described the storm. ' +
        '"Go home." That\'s what Tom Reed said.',
      ['Ada Brook', 'Tom Reed'],
    ],
    [
      'Ada Brook and her husband, Tom Brook, hid in a bathtub. "I kept praying," Mrs. Brook said.',
      ['Ada Brook'],
    ],
    ['"It stayed down for miles," Meteorologist Jenna Varga said.', ['Jenna Varga']],
    [
      'Forecaster Ada Reed said the storm was "on the ground for miles."\n\n' +
        'Back on her street, Eva Brook was sorting debris. Asked what she needed most, she did ' +
        'not hesitate: "A roof."',
      ['Ada Reed', 'Eva Brook'],
    ],
    [
      'A Home Office spokesperson said the department was "processing claims faster than ever" ' +
        'and that the backlog "will fall sharply this year".',
      ['Home Office', 'Home Office'],
    ],
    ['The Justice Department said the ruling was "deeply flawed."', ['Justice Department']],
    ['The Riverton military said it had struck "terror targets".', ['Riverton military']],
    [
      'Tom Reed described her as "fearless" and "impossible to out-argue."',
      ['Tom Reed', 'Tom Reed'],
    ],
    [
      '"I liked hard problems," said Ada Brook.\n\nThe indictment states that the defendants ' +
        '"knowingly conspired to defraud the state." The ruling said the law was "vague."',
      ['Ada Brook', null, null],
    ],
    [
      'After the airlift, the Riverton Council in 1949 declared a purpose "to mitigate the ' +
        'division." Tom Reed last week said the plan was "dead."',
      ['Riverton Council', 'Tom Reed'],
    ],
    [
      '"The cannery helps," said Tom Reed.\n\nForgiveness comes hard. It is not always easy ' +
        'to say, "Just forget it."',
      ['Tom Reed', null],
    ],
    ['Tom Reed spoke first. Apologies are in order from anybody who said, "Are you sure?"', [null]],
    [
      'Tom Reed spoke first.\n\nBrooding about wars, Field Marshal Ada Brook has this to say: ' +
        '"The fighting man is brave."',
      ['Ada Brook'],
    ],
    ['Tom Reed spoke to another minister, a modest Methodist, who said: "I feel blessed."', [null]],
    [
      'Environmental groups sued the Riverton Protection Agency on Thursday, calling the move ' +
        '"a gift to polluters." Agency Administrator Lee Varga said, "We are ending the war."',
      [null, 'Lee Varga'],
    ],
    ['"It is a coin flip," said Spencer Kimball.', ['Spencer Kimball']],
  ])('attributes %j', (text, speakers) => {
    expect(quotesOf(text).map((quote) => quote.speaker)).toEqual(speakers);
  });

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

  it('leaves a capitalised one-word title at the end of a reported sentence unattributed', () => {
    expect(
      quotesOf('Ada Brook said she had revealed a trill unheard in years of "Lucia."'),
    ).toEqual([expect.objectContaining({ kind: 'other', speaker: null })]);
  });

  it('takes the word a speaker describes something "as" for their partial quotation', () => {
    expect(quotesOf('Ada Brook described the offer as "unacceptable."')).toEqual([
      expect.objectContaining({ kind: 'partial', speaker: 'Ada Brook' }),
    ]);
    expect(quotesOf('Ada Brook has described four "places," each with its people.')).toEqual([
      expect.objectContaining({ kind: 'other', speaker: null }),
    ]);
  });

  it('takes a characterisation the subject gives ("terming it a \'…\'") for their partial quotation', () => {
    expect(
      quotesOf('Ravi Kumar thanked the voters, terming it a "victory of good governance".'),
    ).toEqual([expect.objectContaining({ kind: 'partial', speaker: 'Ravi Kumar' })]);
  });

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

  it('does not take the object of the main clause for the speaker of a participle cue', () => {
    const [quote] = quotesOf(
      'Asked about it, Tom Reed acknowledged the delay, stating, "We were too slow."',
    );
    expect(quote?.speaker).toBe('Tom Reed');
  });

  it('prefers a name after the verb to a phrase before it that names nobody', () => {
    const [quote] = quotesOf('The result says Tom Reed: "The child learns that food is love."');
    expect(quote?.speaker).toBe('Tom Reed');
  });

  it('does not take the one spoken to for the speaker', () => {
    const [quote] = quotesOf(
      'Ada Brook spoke first.\n\nThe company told Tom Reed: "Your contract ends in May."',
    );
    expect(quote?.speaker).not.toBe('Tom Reed');
  });

  it('tells the parenthetical "says X" from the subject before it', () => {
    const [quote] = quotesOf(
      'The weekly loss is large, but the truth, says Tom Reed, is that "the city is shrinking fast."',
    );
    expect(quote?.speaker).toBe('Tom Reed');
  });

  it('gives "according to him" to the person the pronoun stands for', () => {
    const quotes = quotesOf(
      'Ravi Kumar spoke about the treaty. According to him, the ties were at "their best ever".',
    );
    expect(quotes).toEqual([expect.objectContaining({ kind: 'partial', speaker: 'Ravi Kumar' })]);
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

  it("takes a reported word with its full stop outside the marks for the speaker's", () => {
    const [quote] = quotesOf(
      'Ravi Kumar said the day marked the return of the nation\'s "self-respect". He left.',
    );
    expect(quote).toEqual(expect.objectContaining({ kind: 'partial', speaker: 'Ravi Kumar' }));
  });

  it('keeps a surname particle, in either case, with the surname ("ten Hag", "Van Gaal")', () => {
    const quotes = quotesOf(
      'Manager Erik ten Hag spoke. "We were good," said ten Hag.\n\n' +
        'Louis van Gaal watched. Van Gaal was asked about it. "I feel fine," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Erik ten Hag', 'Louis van Gaal']);
    const [number] = quotesOf('"It was a long night," said ten Democrats in a letter.');
    expect(number?.speaker).toBeNull();
  });

  it('takes a word after a linking verb ("would remain "vigilant"") for the speaker\'s', () => {
    const [quote] = quotesOf('Ada Brook said she would remain "vigilant" and keep fighting.');
    expect(quote).toEqual(expect.objectContaining({ kind: 'partial', speaker: 'Ada Brook' }));
  });

  it("gives an unnamed spokesperson's words to the organisation just heard", () => {
    const [quote] = quotesOf(
      'The Crown Prosecution Service said it respected the verdict. ' +
        'A spokesperson said: "We will now review the judgment."',
    );
    expect(quote?.speaker).toBe('Crown Prosecution Service');
  });

  it("takes a quoted verb after a modal in a reported clause for the speaker's", () => {
    const [quote] = quotesOf('Park Dan said the plan would "destroy" the health system.');
    expect(quote).toEqual(expect.objectContaining({ kind: 'partial', speaker: 'Park Dan' }));
  });

  it('gives "he said" to the speaker named after a verb that follows a clause', () => {
    const quotes = quotesOf(
      'Ravi Kumar said the protest was "unfortunate".\n\n' +
        'In the 1980s, Punjab saw such protests, recalled farm leader Balbir Rajewal. ' +
        '"But the government listened," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ravi Kumar', 'Balbir Rajewal']);
  });

  it('gives words introduced by "X\'s response was blunt:" to X', () => {
    const [quote] = quotesOf(
      'Union president Rajesh Nair\'s response was blunt: "Balance is not a luxury."',
    );
    expect(quote?.speaker).toBe('Rajesh Nair');
  });

  it('gives a document introduced as "The letter from X, sent to Y, read:" to X', () => {
    const [quote] = quotesOf(
      "The letter from the All India IT Employees' Union, sent to the Labour Ministry on Monday, read in part:\n\n" +
        '"Such statements normalise exploitation."',
    );
    expect(quote?.speaker).toBe("All India IT Employees' Union");
  });

  it('steps back over two appositives to the name ("X, a consultant at Y, who …, told")', () => {
    const [quote] = quotesOf(
      'Dr Bea Hall, a consultant at the Royal Free Hospital, who was not involved, told the ' +
        'centre it was "a robust and well-conducted analysis".',
    );
    expect(quote?.speaker).toBe('Bea Hall');
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

  it('takes "submitted" as a cue in a court report', () => {
    const [quote] = quotesOf(
      '"The liberty of a person cannot be curtailed," Ravi Kumar submitted.',
    );
    expect(quote?.speaker).toBe('Ravi Kumar');
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

  it('gives "the union said" to the organisation its sentence, or the paragraph before, named', () => {
    const quotes = quotesOf(
      "Members of the Air Traffic Controllers' Association voted to strike, the union said.\n\n" +
        '"Our members have been pushed to the limit," the union said in a statement.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(["Air Traffic Controllers' Association"]);
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

  it('takes the legislature in "Leader of Opposition in Lok Sabha Rahul Gandhi" for the title', () => {
    const quotes = quotesOf(
      'Leader of Opposition in Lok Sabha Rahul Gandhi said, "The government has failed."\n\n' +
        'Leader of Opposition in the MP Assembly Umang Singhar said, "Farmers are cheated."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Rahul Gandhi', 'Umang Singhar']);
  });

  it('separates the complement of a title from the name after it', () => {
    const quotes = quotesOf(
      'Chief Minister of Delhi Arvind Kejriwal said, "We will win."\n\n' +
        'Governor of Reserve Bank of India Shaktikanta Das said, "Inflation is easing."\n\n' +
        'President of the United States Joe Biden said, "We will act."\n\n' +
        'The Ministry of Defence said, "Troops are ready."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Arvind Kejriwal',
      'Shaktikanta Das',
      'Joe Biden',
      'Ministry of Defence',
    ]);
  });

  it('keeps a list of partial quotations partial and under one cue', () => {
    const quotes = quotesOf('Ada Brook called the plan "unworkable", "expensive" and "unfair".');
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Ada Brook'],
      ['partial', 'Ada Brook'],
      ['partial', 'Ada Brook'],
    ]);
  });

  it('takes "she began" after a quotation as its cue', () => {
    const [quote] = quotesOf(
      'Tom Reed said "no" twice. Maria Lopez stood up. "I am staying right here," she began.',
    ).filter((found) => found.kind === 'direct');
    expect(quote?.speaker).toBe('Maria Lopez');
  });

  it('never takes the object of "described X as" for the speaker', () => {
    const [quote] = quotesOf(
      'Special counsel Robert Hur declined to bring charges against Joe Biden, but described ' +
        'the president as an "elderly man with a poor memory."',
    );
    expect(quote?.speaker).toBe('Robert Hur');
  });

  it('reads "the chair of the X group, Name, told" after a quotation as naming its speaker', () => {
    const quotes = quotesOf(
      'Yalchin Rafiyev said the deal must work "for everyone". ' +
        '"We need finance in the trillions," the chair of the Least Developed Countries group, ' +
        'Evans Njewa, told reporters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Yalchin Rafiyev', 'Evans Njewa']);
  });

  it('takes "a protesting doctor said" after a quotation as an unnamed speaker, not the last one', () => {
    const quotes = quotesOf(
      '"She should resign," Suvendu Adhikari said.\n\n' +
        '"We want justice for our sister," a protesting doctor said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Suvendu Adhikari', null]);
  });

  it('gives "He attacked X, saying the leader "…"" to him, not to X', () => {
    const quotes = quotesOf(
      'Union Minister Piyush Goyal spoke to ANI. "We will win," Goyal said.\n\n' +
        'He also attacked Rahul Gandhi, saying the Congress leader "does not understand the economy".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Piyush Goyal', 'Piyush Goyal']);
  });

  it('takes "the Spaniard said" for a description of someone in the story, not a name', () => {
    const quotes = quotesOf(
      '"This is my biggest success," Novak Djokovic said.\n\n' +
        'Carlos Alcaraz, 21, was gracious in defeat. "He deserved it," the Spaniard said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Novak Djokovic', 'Carlos Alcaraz']);
  });

  it('reads a hyphenated role ("the actor-politician said") and a given name after initials ("Jagan")', () => {
    const quotes = quotesOf(
      'Jana Sena chief Pawan Kalyan thanked voters. "This is a victory," the actor-politician said.\n\n' +
        'YS Jagan Mohan Reddy lost. "I do not know what happened," Jagan said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Pawan Kalyan', 'YS Jagan Mohan Reddy']);
  });

  it('steps over a long participle clause too, and leaves an anonymous official unnamed', () => {
    const [quote] = quotesOf(
      'A Fed official, speaking on condition of anonymity because he was not authorized to ' +
        'discuss policy deliberations, said the committee would "look at the totality of the data."',
    );
    expect(quote?.speaker).toBeNull();
  });

  it('joins two particles into one name, and never takes a preposition for a name', () => {
    const quotes = quotesOf(
      'Commission President Ursula von der Leyen said the plan would "reduce the burden".\n\n' +
        'Jean Servais spoke first. Inside the meeting, Minister David Clarinval said it was heard. ' +
        '"We need to act quickly," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ursula von der Leyen',
      'David Clarinval',
    ]);
  });

  it("gives a one-word second item of a partial list the first one's cue and speaker", () => {
    const quotes = quotesOf(
      'Nirmala Sitharaman described the Budget as "growth-oriented" and "inclusive", saying it ' +
        'would "fuel the next phase of growth".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Nirmala Sitharaman'],
      ['partial', 'Nirmala Sitharaman'],
      ['partial', 'Nirmala Sitharaman'],
    ]);
  });

  it('takes a transcript\'s speaker label ("Banerjee: "…"") for the speaker', () => {
    const quotes = quotesOf(
      'Abhijit Banerjee spoke to us.\n\nQ: Is the growth real?\n\n' +
        'Banerjee: "It is real in parts."',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.attribution])).toEqual([
      ['Abhijit Banerjee', 'named'],
    ]);
  });

  it('takes "the Prime Minister" for the knighted man in the story: "Sir" is no office', () => {
    const quotes = quotesOf(
      'Sir Keir Starmer insisted the government would "get on with the job".\n\n' +
        'The Prime Minister told broadcasters: \u2018I am not going to be distracted.\u2019',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Keir Starmer', 'Keir Starmer']);
  });

  it('finds the cue after a quotation whose speaker is "a No 10 spokeswoman"', () => {
    const [quote] = quotesOf(
      'Rachel Reeves spoke on Monday.\n\n' +
        '"It is right that we look again," a No 10 spokeswoman said.',
    );
    expect(quote?.cue).toBe('said');
    expect(quote?.speaker).not.toBe('Rachel Reeves');
  });

  it('keeps the cue before a partial quotation when a clause with its own subject follows', () => {
    const quotes = quotesOf(
      'Gov. JB Pritzker signed a budget that he called "balanced and responsible," while ' +
        'Republicans said it relied on "gimmicks."',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([
      ['JB Pritzker', 'called'],
      [null, 'said'],
    ]);
  });

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

  it('takes "another Labour MP" for someone other than the Labour MP already quoted', () => {
    const quotes = quotesOf(
      "Labour MP Rachael Maskell said: 'I cannot vote for this.'\n\n" +
        "Another Labour MP, speaking anonymously, said the mood was 'the worst it has been'.",
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Rachael Maskell', null]);
  });

  it('shares a partial quotation\'s cue with one after "but" or "and that"', () => {
    const quotes = quotesOf(
      'Virat Kohli said he was "relieved" but "not satisfied".\n\n' +
        'Abigail Jackson said Bove was "a brilliant lawyer" and that Democrats were "smearing" him.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Virat Kohli'],
      ['partial', 'Virat Kohli'],
      ['partial', 'Abigail Jackson'],
      ['partial', 'Abigail Jackson'],
    ]);
  });

  it('reads "holding that" as a court\'s cue after a dateline, and "held talks" as none', () => {
    const quotes = quotesOf(
      'New Delhi, April 8: The Supreme Court on Tuesday pulled up the Governor, holding that ' +
        'his decision was "illegal and arbitrary".\n\n' +
        'Officials held talks in Chennai on the "Dravidian model" of governance.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Supreme Court'],
      ['other', null],
    ]);
  });

  it('strips a plural title ("Justices") and a quoted nickname from the names they precede', () => {
    const quotes = quotesOf(
      'A bench of Justices J B Pardiwala and R Mahadevan heard the case. "Authorities must be ' +
        'guided by the Constitution," Justice Pardiwala wrote.\n\n' +
        'House Speaker Emanuel "Chris" Welch said the chamber worked late. "I am proud of my ' +
        'members," Welch said.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['direct', 'J B Pardiwala'],
      ['other', null],
      ['direct', 'Emanuel Welch'],
    ]);
  });

  it('goes on with the speaker through a one-word sentence of its own ("Never.")', () => {
    const quotes = quotesOf('"We have never seen a nominee like this," Durbin said. "Never."');
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['direct', 'Durbin'],
      ['direct', 'Durbin'],
    ]);
  });

  it("takes a work's title after any determiner, and a title with a number, for no one's words", () => {
    const quotes = quotesOf(
      "Actor Kartik Aaryan, who awaits the release of his film 'Aashiqui 3', says he is calm.\n\n" +
        'Talking about \'Aashiqui 3\', he said: "It is a love story." He called his film ' +
        '"a risk".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['other', null],
      ['other', null],
      ['direct', 'Kartik Aaryan'],
      ['partial', 'Kartik Aaryan'],
    ]);
  });

  it('takes a nationality ("the Dane", "The Pole") for someone in the story, never a name', () => {
    const quotes = quotesOf(
      "Brentford boss Thomas Frank was frustrated. 'It is never a penalty,' the Dane told Sky.\n\n" +
        'Iga Swiatek beat Amanda Anisimova. "I can hardly believe it," the Pole said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Thomas Frank', 'Iga Swiatek']);
  });

  it('strips "Cllr" like any title', () => {
    const [quote] = quotesOf(
      "Cllr Fran Belbin, chair of the committee, said the authority had 'listened carefully'.",
    );
    expect(quote?.speaker).toBe('Fran Belbin');
  });

  it("closes a single-quoted phrase on its plural's last mark when no other closer comes first", () => {
    const quotes = quotesOf(
      'A spokesperson said there were \u2018difficult choices\u2019 ahead.\n\n' +
        "Mr Starmer called the nurses 'heroes' and the doctors 'saints'.\n\n" +
        "'The players' union is strong,' he said.",
    );
    expect(quotes.map((quote) => quote.text)).toEqual([
      'difficult choices',
      'heroes',
      'saints',
      "The players' union is strong,",
    ]);
    expect(quotes[2]?.speaker).toBe('Starmer');
  });

  it("reads '8am scramble' and '24/7 service' as quotations and '90s as an elision", () => {
    const quotes = quotesOf(
      "The minister said it would end the '8am scramble' with a '24/7 service' like the '90s.",
    );
    expect(quotes.map((quote) => quote.text)).toEqual(['8am scramble', '24/7 service']);
  });

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

  it('gives a word after a verb of intent ("vowed to "exponentially" expand") to the subject', () => {
    const [quote] = quotesOf(
      'North Korean leader Kim Jong Un has vowed to "exponentially" expand his arsenal.',
    );
    expect([quote?.kind, quote?.speaker]).toEqual(['partial', 'Kim Jong Un']);
  });

  it('keeps the main cue over a noun or a passive inside the clause it reports', () => {
    const quotes = quotesOf(
      'Kiren Rijiju said the government was ready.\n\n' +
        'Congress MP Jairam Ramesh said Rijiju\'s claim was "completely false". Greenpeace\'s ' +
        'Carolina Pasquali said the draft text was "weak". She said ministers had been warned ' +
        '"time and again".',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([
      ['Jairam Ramesh', 'said'],
      ['Carolina Pasquali', 'said'],
      ['Carolina Pasquali', 'said'],
    ]);
  });

  it('never takes the object of the first verb for the subject of "but said"', () => {
    const quotes = quotesOf(
      'Campaigners from the Save Our Libraries group welcomed the U-turn but said the fight ' +
        "was 'far from over'.",
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([['partial', null]]);
  });

  it('calls a one-word firm that is "it" an organisation, never the "he" of a later quotation', () => {
    const quotes = quotesOf(
      'Tom Morales, a retired firefighter, is less sentimental. "I don\'t romanticize it," he ' +
        'said.\n\nBoeing said in a statement that it was reviewing the claim.\n\n' +
        'Her husband nodded. "Both things are true," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tom Morales', 'Tom Morales']);
  });

  it('reads "Justice X" as "the judge", "the skipper" as the captain, and "the Deputy CM" as no CM', () => {
    const quotes = quotesOf(
      'Justice Sachin Datta dismissed the plea. "The petitioner has shown nothing," the judge ' +
        'said.\n\nIndia captain Shubman Gill hailed his bowlers. Akash Deep replaced Jasprit ' +
        'Bumrah. Asked about Bumrah, the skipper said it was "about workload".\n\n' +
        'Chief Minister Siddaramaiah spoke first. "I will abide by it," the Deputy CM said.\n\n' +
        'Opposition leader R Ashoka of the BJP said the Congress was "a house divided".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Sachin Datta',
      'Shubman Gill',
      null,
      'R Ashoka',
    ]);
  });

  it('reads Indian court and election copy: "(PTI) The …", "the HC", "it observed", "the poll body"', () => {
    const quotes = quotesOf(
      'New Delhi, Feb 21 (PTI) The Delhi High Court refused to stay the release, saying it ' +
        'could not act on "mere apprehensions".\n\n' +
        'The HC noted that the series was certified. "It is not our function to censor," it ' +
        'observed.\n\n' +
        'The Election Commission gave the leader time. In its notice, the poll body said the ' +
        'remarks could "create disharmony".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Delhi High Court',
      'Delhi High Court',
      'Election Commission',
    ]);
  });

  it('reads cue shapes of agency copy: "said, adding", "(ACRONYM), terming", "an emotional X told", inverted roles', () => {
    const quotes = quotesOf(
      'Union Home Minister Amit Shah spoke in Chennai. "We will win," the Home Minister said, ' +
        'adding that the BJP would fight "with full strength".\n\n' +
        'Chief Minister M K Stalin dismissed a probe into the Tamil Nadu State Marketing ' +
        'Corporation (TASMAC), terming it "politically motivated".\n\n' +
        '"I dedicate this to her," an emotional Akash Deep told broadcaster Sony Sports.\n\n' +
        '"This is not about percentages," said Tuvalu\'s climate minister Maina Talia. "We are ' +
        'not a startup anymore," says Zepto co-founder Aadit Palicha.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Amit Shah',
      'Amit Shah',
      'M K Stalin',
      'Akash Deep',
      'Maina Talia',
      'Aadit Palicha',
    ]);
  });

  it('reads Korean and Arabic names whole and "quoted as saying by" as a cue', () => {
    const quotes = quotesOf(
      'North Korean leader Kim Jong Un spoke on Monday. "Our force is our guarantee," Kim ' +
        'said.\n\nRachel Reeves spoke first. "Growth is our mission," she was quoted as saying ' +
        'by the Financial Times.\n\n' +
        'Qatar\'s foreign ministry spokesman, Majed al-Ansari, said mediators would "remain ' +
        'engaged". "We are hopeful," Ansari said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Kim Jong Un',
      'Rachel Reeves',
      'Majed al-Ansari',
      'Majed al-Ansari',
    ]);
  });

  it('shares a partial quotation\'s cue with the next one in its sentence, and reads a final "according to"', () => {
    const quotes = quotesOf(
      'Colin Poolman said it was "not a perfect deal" but recognised "the value of nursing".\n\n' +
        'Matthew Barrett called her "a charlatan" who had used her post to "peddle snake oil."\n\n' +
        'The girl died of "measles pulmonary failure", according to a statement from UMC Health ' +
        'System.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Colin Poolman'],
      ['partial', 'Colin Poolman'],
      ['partial', 'Matthew Barrett'],
      ['partial', 'Matthew Barrett'],
      ['partial', 'UMC Health System'],
    ]);
  });

  it('never lets a cue in the next sentence take a quotation its own sentence attributes or shows', () => {
    const quotes = quotesOf(
      'C S Setty said banks would pass on the cut "at the earliest". According to Madan ' +
        'Sabnavis, the cut was "a big positive surprise".\n\n' +
        'Activists held banners reading "No more empty promises". Carolina Pasquali said the ' +
        'talks were failing.\n\n' +
        'Michael Vaughan described the series as "reckless". Kapil Sibal, a lawyer for one of ' +
        'the families, said the ruling was "hasty".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'C S Setty',
      'Madan Sabnavis',
      null,
      'Michael Vaughan',
      'Kapil Sibal',
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

  it('reads initials (KTR), a participle before a firm, and institution epithets of Indian copy', () => {
    const quotes = quotesOf(
      'BRS leader K T Rama Rao spoke. "The Chief Minister is selling dreams," KTR said.\n\n' +
        'Striking Boeing machinists rejected the offer. Boeing declined to comment. Earlier, the ' +
        'company said it was "fair".\n\n' +
        'The Enforcement Directorate arrested the minister. The probe agency said he had ' +
        '"evaded summons".\n\nThe Congress boycotted the session. The grand old party said the ' +
        'government was "running away".\n\n' +
        'The jury heard a 911 call in which a woman says, "He has got a gun."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'K T Rama Rao',
      'Boeing',
      'Enforcement Directorate',
      'Congress',
      null,
    ]);
  });

  it('gives "Rep. Jim Jordan of Ohio said" and "Mayor Eric Adams of New York said" to the person', () => {
    const quotes = quotesOf(
      'Rep. Jim Jordan of Ohio said the bill was "dead on arrival".\n\n' +
        'Mayor Eric Adams of New York said the city was "ready".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jim Jordan', 'Eric Adams']);
  });

  it('names a peer by title and place, unless someone was introduced with that title', () => {
    const quotes = quotesOf(
      "Dame Emma Thompson told the Guardian: 'I am furious.'\n\n" +
        "The Duke of Sussex said in a statement: 'My family deserves privacy.'\n\n" +
        "Prince William spoke later. 'We are all heartbroken,' the Prince of Wales said.",
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Emma Thompson',
      'Duke of Sussex',
      'William',
    ]);
  });

  it('reads "The Princess" back to the Princess of Wales named before', () => {
    const quotes = quotesOf(
      'The Prince of Wales spoke of the recovery of the Princess of Wales.\n\n' +
        '"Catherine has been amazing," he said.\n\n' +
        'The Princess said she was "feeling good".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Prince of Wales', 'Princess of Wales']);
  });
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

describe('one quoted word in what someone said', () => {
  it("gives a lower-case word inside a named speaker's reported clause to the speaker", () => {
    const quotes = quotesOf(
      'Analyst David Whiston said the tariff exposure looked "manageable" for Ford.\n\n' +
        'D K Shivakumar said the state would go to court if the "discrimination" continued.\n\n' +
        'S Jaishankar said the two sides must address "de-escalation" and avoid "restrictive ' +
        'trade measures".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'David Whiston'],
      ['partial', 'D K Shivakumar'],
      ['partial', 'S Jaishankar'],
      ['partial', 'S Jaishankar'],
    ]);
  });

  it('keeps a word that a letter or a recollection quotes a term', () => {
    const quotes = quotesOf(
      'Mr. Truman has only to recall the "hopeless" campaign of 1948.\n\n' +
        'The writer should have signed his letter "simpleton" instead.',
    );
    expect(quotes.map((quote) => quote.kind)).toEqual(['other', 'other']);
  });
});

describe('short forms of a full name', () => {
  it('reads the opening words or a middle name of one known person as that person', () => {
    const quotes = quotesOf(
      "Lalu's elder son Tej Pratap Yadav did not attend. Speaking in Vaishali, Tej Pratap said he " +
        'had "no bitterness" towards his brother.\n\n' +
        'Brazilian President Luiz Inacio Lula da Silva spoke on Thursday. "We will answer," Lula ' +
        'told TV Record.\n\n' +
        'Bilawal Bhutto Zardari, the party chairman, spoke in Sindh. "It will be an act of war," ' +
        'Bhutto Zardari told Reuters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Tej Pratap Yadav',
      'Luiz Inacio Lula da Silva',
      'Bilawal Bhutto Zardari',
    ]);
  });

  it('keeps two people whose names open alike apart', () => {
    const quotes = quotesOf(
      'Mary Ann Smith and Mary Ann Jones ran the shelter. "We are full," Mary Ann said.',
    );
    // Neither is chosen: the article does not say which Mary Ann spoke.
    expect(quotes[0]?.speaker).toBe('Mary Ann');
  });
});

describe('suffixes and letters after names', () => {
  it('keeps "Jr." in the name, tells a son from his father, and never takes a name only quoted', () => {
    const quotes = quotesOf(
      'Ronald Pruitt Sr., 61, and Ronald Pruitt Jr., 34, were found guilty. "Ron Pruitt coached ' +
        'these kids for free," Whitfield said. Pruitt Jr. testified on Wednesday. "I don\'t know ' +
        'the exact number," Pruitt replied.\n\n' +
        'Marvin Harrison Jr. caught two passes. "I just tried to get open," Harrison said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Whitfield',
      'Ronald Pruitt Jr.',
      'Marvin Harrison Jr.',
    ]);
  });

  it('drops honours and silks after a name and reads police ranks as titles', () => {
    const quotes = quotesOf(
      'Prosecutor Jonathan Polnay KC told jurors it was "a fiction". "There is not a shred of ' +
        'evidence," Mr Polnay said.\n\n' +
        'Detective Chief Inspector Laura Hill led the inquiry. DCI Hill thanked the neighbours. ' +
        '"They showed incredible bravery," she said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Jonathan Polnay',
      'Jonathan Polnay',
      'Laura Hill',
    ]);
  });
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

describe('long appositions and surnames spelled like titles', () => {
  it('steps back over "a cardiologist at … in La Jolla, Calif., who …" to the speaker', () => {
    const quotes = quotesOf(
      'Dr. Eric Topol, a cardiologist at Scripps Research in La Jolla, Calif., who was not ' +
        'involved in the study, called the results "a remarkable step". "We need years of ' +
        'follow-up," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Eric Topol', 'Eric Topol']);
  });

  it('reads "Gaura Sen Gupta" and "Amartya Sen" as names but "Lt Gen Rajiv Ghai" as ranks and a name', () => {
    const quotes = quotesOf(
      'Deputy Governor Poonam Gupta spoke first. "The RBI has prioritised growth," said Gaura ' +
        'Sen Gupta, an economist.\n\n' +
        'Economist Amartya Sen spoke in Kolkata. "Democracy needs debate," Sen said.\n\n' +
        'DGMO Lt Gen Rajiv Ghai briefed the media. "We hit nine sites," Ghai said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Gaura Sen Gupta',
      'Amartya Sen',
      'Rajiv Ghai',
    ]);
  });
});

describe('titles with domains, ranks and honorifics', () => {
  it('ends a title at its place, domain or bracketed mark and keeps the whole name', () => {
    const quotes = quotesOf(
      'Former Indian ambassador to China Ashok K Kantha said the talks were "a modest start".\n\n' +
        'Chief Electoral Officer of Delhi R Alice Vaz said polling was "peaceful".\n\n' +
        'Minister of State for Home Affairs Bandi Sanjay Kumar said the state had "failed".\n\n' +
        '"We are ready," said Minister of State for External Affairs Kirti Vardhan Singh.\n\n' +
        '"This is not unprecedented," said Col (retd) Rajesh Sharma, the RWA president.\n\n' +
        'Chief Economic Adviser V Anantha Nageswaran said growth would be "around 6.5 per cent".\n\n' +
        'The governors\' chair, the Rev Sarah Dunmore, said they would "listen carefully".\n\n' +
        'National Security Advisor Ajit Doval said relations had shown "an upward trend".\n\n' +
        'Central Bank of Nigeria Governor Olayemi Cardoso said inflation would "moderate".\n\n' +
        'President-elect Donald Trump said the tariffs would be "substantial".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ashok K Kantha',
      'R Alice Vaz',
      'Bandi Sanjay Kumar',
      'Kirti Vardhan Singh',
      'Rajesh Sharma',
      'V Anantha Nageswaran',
      'Sarah Dunmore',
      'Ajit Doval',
      'Olayemi Cardoso',
      'Donald Trump',
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

describe('short quotations after speech acts', () => {
  it('gives words someone declared, predicted, expressed, thanked or blamed to them', () => {
    const quotes = quotesOf(
      'Trade analyst Taran Adarsh predicted a "bumper" opening for the film.\n\n' +
        'Prime Minister Narendra Modi announced "next-generation" tax reforms.\n\n' +
        'Shehbaz Sharif on Sunday declared "victory" after the ceasefire.\n\n' +
        'Heat President Pat Riley released a statement thanking Butler for "five memorable years".\n\n' +
        'Brazilian President Luiz Inacio Lula da Silva said Brazil would respond with "reciprocity".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Taran Adarsh'],
      ['partial', 'Narendra Modi'],
      ['partial', 'Shehbaz Sharif'],
      ['partial', 'Pat Riley'],
      ['partial', 'Luiz Inacio Lula da Silva'],
    ]);
  });

  it('leaves a word inside a clause about someone else a term', () => {
    const quotes = quotesOf(
      'Cyril Ramaphosa said he had "set the record straight" after a meeting in which the US ' +
        'president confronted him with false claims of a "genocide" against farmers.',
    );
    expect(quotes.map((quote) => quote.kind)).toEqual(['partial', 'other']);
  });
});

describe('Indian agency abbreviations', () => {
  it('reads FM, LoP, DIG and a bracketed EAM as titles of the person they introduce', () => {
    const quotes = quotesOf(
      'Union Finance Minister Nirmala Sitharaman spoke. "Rates must fall," FM Sitharaman said.\n\n' +
        'Deputy Inspector General (Mela) Vaibhav Krishna spoke. "Of the 30 deceased, 25 have ' +
        'been identified," the DIG told reporters.\n\n' +
        'External Affairs Minister (EAM) S Jaishankar held talks with Chinese Foreign Minister ' +
        'Wang Yi.\n\n"We have made good progress," the EAM said.\n\n' +
        'Lt Gen (Retd) D S Hooda said the step was "positive".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Nirmala Sitharaman',
      'Vaibhav Krishna',
      'S Jaishankar',
      'D S Hooda',
    ]);
  });
});

describe('epithets in sports and politics copy', () => {
  it('reads "the Scotland fly-half", "the left-arm quick" and "the 35-year-old former deputy chief minister" as the person just named', () => {
    const quotes = quotesOf(
      'Finn Russell, who kicked three conversions, was named player of the match. The Scotland ' +
        "fly-half said the crowd made it feel 'like a home game'. 'It gives you goosebumps,' the " +
        '32-year-old said.\n\n' +
        'Mitchell Starc, playing his first ODI since March, picked up one wicket.\n\n' +
        'The left-arm quick, who had taken a break, said he was "happy to be back".\n\n' +
        'RJD leader Tejashwi Yadav on Thursday promised jobs.\n\n' +
        'Addressing a rally, the 35-year-old former deputy chief minister said the NDA had ' +
        '"looted Bihar for 20 years".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Finn Russell',
      'Finn Russell',
      'Mitchell Starc',
      'Tejashwi Yadav',
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

describe('aged epithets among several holders of a role', () => {
  it('gives "the 69-year-old executive" to the chief executive the passage is about', () => {
    const quotes = quotesOf(
      'JPMorgan Chief Executive Jamie Dimon warned of risks. Morgan Stanley Chief Executive Ted ' +
        'Pick said deals were back.\n\n' +
        'Asked about hiring, Dimon said the bank would "be cautious". "We have been through ' +
        'these cycles," the 69-year-old executive said.\n\n' +
        'Reliance chairman Mukesh Ambani addressed the AGM. "We will list Jio by 2026," the ' +
        '68-year-old industrialist said.\n\n' +
        'Golfers Ernie Els and Retief Goosen spoke at the club. "It was surreal," Els told reporters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Jamie Dimon',
      'Jamie Dimon',
      'Mukesh Ambani',
      'Ernie Els',
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

describe('verbs inside a report', () => {
  it('gives a partial quotation to the reporter when the inner verb has a thing for subject', () => {
    const quotes = quotesOf(
      'Chief Minister Meera Nair said the State had submitted a memorandum seeking relief but ' +
        'had received "not a single rupee" so far.\n\n' +
        'Detective Chief Inspector Alan Forde said the notes suggested the man bore "a grudge".\n\n' +
        'Minister Ravi Menon said the panel had agreed on a plan, a move the Opposition hailed ' +
        'as a "victory".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Meera Nair'],
      ['partial', 'Alan Forde'],
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

describe('compound titles and chess titles', () => {
  it('reads "founder and CEO" and "Grandmaster" as titles before the name', () => {
    const quotes = quotesOf(
      '"We are choosing to invest for growth," founder and CEO Arjun Mehta said in a letter.\n\n' +
        'Indian Grandmaster R Vaishali won the title on Thursday.\n\n' +
        '"I have dreamt of this," Vaishali said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Arjun Mehta', 'R Vaishali']);
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

describe('short quotations after acts of speech', () => {
  it('gives a quoted word to whoever apologised, appealed, ordered, blamed or lashed out', () => {
    const quotes = quotesOf(
      'Northline Rail apologised "unreservedly" for the disruption.\n\n' +
        'Guardian minister Vivek Patil appealed to residents to use water "responsibly".\n\n' +
        'Prime Minister Omar Haddad said he had ordered the army to act "forcefully".\n\n' +
        'Former Prime Minister Ravi Sharma resigned on Tuesday. He blamed "infiltrators" for the ' +
        'violence.\n\n' +
        'Party chief Anil Yadav lashed out at the "bulldozer politics" of the state.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Northline Rail'],
      ['partial', 'Vivek Patil'],
      ['partial', 'Omar Haddad'],
      ['partial', 'Ravi Sharma'],
      ['partial', 'Anil Yadav'],
    ]);
  });
});

describe('a cue closing the sentence', () => {
  it('gives a partial quotation inside the sentence to the speaker named at its end', () => {
    const quotes = quotesOf(
      'The plan is "dead" and buried, Home Minister Anil Shah said on Sunday.\n\n' +
        'Modi\'s remarks were "historic", Shah said.\n\n' +
        'The two countries have drawn up an "updated and refined" framework for the talks, the ' +
        'two sides said on Sunday.\n\n' +
        'The country faces a "very difficult" winter, Mayor Lina Petrenko said in her nightly ' +
        'address, adding that help was coming.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Anil Shah'],
      ['partial', 'Anil Shah'],
      ['partial', null],
      ['partial', 'Lina Petrenko'],
    ]);
  });
});

describe('Indian administrative titles and their abbreviations', () => {
  it('reads district and police titles before a name and resolves "the Collector", "the BDO"', () => {
    const quotes = quotesOf(
      'Kota Collector Ajay Rathore visited the site. "All were rescued," the Collector said.\n\n' +
        'District Magistrate Ravi Jain arrived later. "Relief is on the way," the District ' +
        'Magistrate said.\n\n' +
        'Block Development Officer Sunil Pawar inspected the camp. "Food is enough," the BDO said.\n\n' +
        'Leader of the Opposition Mohan Pillai attacked the government. "Who is responsible?" ' +
        'the LoP asked.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ajay Rathore',
      'Ravi Jain',
      'Sunil Pawar',
      'Mohan Pillai',
    ]);
  });

  it('reads "MD" as a title only in capitals and "the Congress MP" as no one\'s name', () => {
    const quotes = quotesOf(
      '"Our deal wins are strong," Infosys CEO and MD Salil Rao said in a statement.\n\n' +
        'CPI(M) state secretary Md Salim said the party was "ready".\n\n' +
        'Several MPs were detained on Monday. "This fight is not political," the Congress MP said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Salil Rao', 'Md Salim', null]);
  });
});

describe('participles after the main clause', () => {
  it('gives ", calling …" and ", saying …" the main clause\'s subject, not the object', () => {
    const quotes = quotesOf(
      'The Janata Party on Tuesday launched a sharp attack on Leader of Opposition Rahul Verma ' +
        'over his allegations, calling them "a conspiracy to defame democracy".\n\n' +
        'The Delhi High Court came down heavily on yoga guru Ramdev for his remark, saying the ' +
        'comment "shocks the conscience of the court".\n\n' +
        'Special public prosecutor Sunil Gonsalves opposed the plea, saying that the accused was ' +
        '"influential".\n\n' +
        'Chipmaker chief Jensen Wu said export controls had been "a failure", arguing they had ' +
        'hurt American firms.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Janata Party',
      'Delhi High Court',
      'Sunil Gonsalves',
      'Jensen Wu',
    ]);
  });
});

describe('village offices and labels', () => {
  it('keeps a surname that is also a village office and reads a quoted label as no speech', () => {
    const quotes = quotesOf(
      'State Congress president Jitu Patwari said, "We will win."\n\n' +
        'Sarpanch Kamla Devi visited the camp. "All are safe," Devi said.\n\n' +
        'The committee retained its "neutral" stance, Governor Sanjay Rao said on Friday.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['direct', 'Jitu Patwari'],
      ['direct', 'Kamla Devi'],
      ['other', null],
    ]);
  });
});

describe('sports epithets and officers of a named domain', () => {
  it('gives "the four-time world champion" and "said the 24-year-old, who …" to the winner', () => {
    const quotes = quotesOf(
      'Seven-time world champion Lewis Hale finished eighth. "Well done," Hale said.\n\n' +
        'Max Vermeer won the Grand Prix from pole position on Sunday.\n\n' +
        '"The car was fantastic today," the four-time world champion said.\n\n' +
        'Ryan Jones scrambled home the only goal just before half-time.\n\n' +
        '"I do not know how it went in," said the 24-year-old, who had been booed earlier.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Lewis Hale',
      'Max Vermeer',
      'Ryan Jones',
    ]);
  });

  it('finds a name the lists lack after "Commissioner of Police"', () => {
    const quotes = quotesOf(
      '"Strict action will be taken," Commissioner of Police Amitesh Kumar said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Amitesh Kumar']);
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

describe('offices given by a clause and descriptions ending in a role', () => {
  it('gives "the new pope" to the cardinal elected pope and "the Rajya Sabha MP" to the MP', () => {
    const quotes = quotesOf(
      'American Cardinal Robert Lane was elected the first pope from the United States.\n\n' +
        '"Peace be with all of you," the new pope said.\n\n' +
        'Congress leader Jairam Mehta said the party had fought hard. "Numbers were never on our ' +
        'side," the Rajya Sabha MP said.\n\n' +
        'Two-time Olympic medallist PV Sindhu lost on Tuesday. "I made too many errors," the ' +
        'Hyderabadi shuttler told reporters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Robert Lane',
      'Jairam Mehta',
      'PV Sindhu',
    ]);
  });
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

describe('terms between a cue and its quotation, hedged and radioed cues', () => {
  it('keeps the cue across a title quoted before the partial quotation', () => {
    const quotes = quotesOf(
      'Army chief General Upendra Rao on Monday said that the Army had shown during ' +
        '\'Operation Dawn\' that it was capable of striking "deep and precise" at any target.\n\n' +
        'The CBI has alleged in its chargesheet that a bank manager "knowingly" sanctioned loans.\n\n' +
        'The bank held its rate, with Governor Sanjay Rao signalling that there was "policy space".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['other', null],
      ['partial', 'Upendra Rao'],
      ['partial', 'CBI'],
      ['partial', 'Sanjay Rao'],
    ]);
  });

  it('reads "is learnt to have said" and "radioed" as cues', () => {
    const quotes = quotesOf(
      'Party president Mallikarjun Khanna met leaders on Monday.\n\n' +
        '"We cannot keep blaming machines," Khanna is learnt to have said.\n\n' +
        '"What a ride," Commander Nick Hague radioed after splashdown.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Mallikarjun Khanna', 'Nick Hague']);
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

describe('compound descriptors and police ranks', () => {
  it('drops "Actor-politician", "Boatman" and "SI" from the names after them', () => {
    const quotes = quotesOf(
      'Actor-politician Vijay launched his campaign, promising "a corruption-free government".\n\n' +
        'Boatman Shambhu Nishad said his family was struggling. "No boats, no income," he said.\n\n' +
        'SI Subrata Das told reporters that the video had been "edited to mislead".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Vijay',
      'Shambhu Nishad',
      'Subrata Das',
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

describe('nouns and subjects that look like cues', () => {
  it('reads "high command" as a noun and a verb whose subject is the quotation as no cue', () => {
    const quotes = quotesOf(
      'Chief Minister Siddaram Gowda dismissed the talk, saying the party high command had ' +
        '"never discussed" it.\n\n' +
        'Actor Kamal Rao\'s remark that "Kannada was born out of Tamil" continued to draw protests.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([
      ['Siddaram Gowda', 'saying'],
      ['Kamal Rao', 'remark'],
    ]);
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

describe('an office by its abbreviation after "the"', () => {
  it('reads "the LG" as the Lieutenant Governor and "LG" alone as a name', () => {
    const quotes = quotesOf(
      'Lieutenant Governor Kavinder Rao imposed prohibitory orders. "Those who indulged in arson ' +
        'will not be spared," the LG said.\n\n' +
        'LG said sales were "strong".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kavinder Rao', 'LG']);
  });
});

describe("a minister's portfolio before a name the lists lack", () => {
  it('ends the portfolio at its last word and keeps the name whole', () => {
    const quotes = quotesOf(
      'Minister for Rural Development and Panchayat Raj Priyank Kharge said the order was ' +
        '"welcome".\n\n' +
        'Minister of State for Commerce and Industry Jitin Prasada said exports were "strong".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Priyank Kharge', 'Jitin Prasada']);
  });
});

describe('a described name after an inverted verb', () => {
  it('reads "said a visibly emotional Kumar" as Kumar speaking', () => {
    const quotes = quotesOf(
      'Ravi Kumar arrived at the hospital on Monday. "I just want my son back," said a visibly ' +
        'emotional Kumar.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ravi Kumar']);
  });
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

describe('verbs of directing and of judging a thing', () => {
  it('give the quoted words to their subject', () => {
    const quotes = quotesOf(
      'Chief Minister Ravi Kumar directed officials to find a "permanent solution" within a ' +
        'month.\n\n' +
        'Opposition leader Meena Rao rejected the claims as "baseless".\n\n' +
        'Mayor Tom Reed likened the delay to "a slow-motion collapse".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Ravi Kumar'],
      ['partial', 'Meena Rao'],
      ['partial', 'Tom Reed'],
    ]);
  });

  it("report nothing of their own inside someone else's report", () => {
    const quotes = quotesOf(
      'President Luiz Inacio Lula da Silva, who hosted the prince earlier in the day, said ' +
        'Brazil welcomed "every friend of the Amazon".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Luiz Inacio Lula da Silva']);
  });
});

describe('name shapes: chained ranks, "Sri", lower-case particles', () => {
  it('keeps the name whole and finds it again by its short form', () => {
    const quotes = quotesOf(
      'Southern Army Commander Lt Gen Dhiraj Seth briefed the chief. "The exercise is on ' +
        'track," Lt Gen Seth said.\n\n' +
        'Agriculture Minister Tummala Nageswara Rao spoke. "Every farmer will get the benefit," ' +
        'Sri Rao said. Sri Lanka said it would "review" the deal.\n\n' +
        'Plaid leader Rhun ap Iorwerth spoke. "We are ready to lead Wales," Mr ap Iorwerth told ' +
        'BBC Wales.\n\n' +
        'André Corrêa do Lago, the veteran Brazilian diplomat, urged negotiators to act. The ' +
        'summit should be "the Cop of truth", he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Dhiraj Seth',
      'Tummala Nageswara Rao',
      'Sri Lanka',
      'Rhun ap Iorwerth',
      'André Corrêa do Lago',
    ]);
  });
});

describe('a name after an institution officer, a second title or a seat', () => {
  it('is a person, found again by surname', () => {
    const quotes = quotesOf(
      'Serum Institute of India CEO Adar Poonawalla said the firm was ready. Poonawalla added, ' +
        '"This is a proud moment for Indian science."\n\n' +
        'BJP MLA and Leader of Opposition Suvendu Adhikari demanded central forces. "Hindus are ' +
        'fleeing their homes," he alleged.\n\n' +
        'Samajwadi Party MP from Faizabad Awadhesh Prasad, who was not invited, said he was "hurt".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Adar Poonawalla',
      'Suvendu Adhikari',
      'Awadhesh Prasad',
    ]);
  });
});

describe('initials and demonyms that stand for someone named before', () => {
  it('reads "KTR" and "SGA" as the initials of a name, a hyphened surname counting twice', () => {
    const quotes = quotesOf(
      'BRS working president KT Rama Rao attacked the government. "It could not even pay ' +
        'salaries," KTR said.\n\n' +
        'Shai Gilgeous-Alexander scored 38 points. "I don\'t even know what to say," SGA said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'KT Rama Rao',
      'Shai Gilgeous-Alexander',
    ]);
  });

  it('reads "the South African said" as the person the passage is about, not a country', () => {
    const quotes = quotesOf(
      'Chief coach Craig Fulton said the team would have to improve. "We need to be much ' +
        'sharper in the circle," the South African said.\n\n' +
        'The United States said the talks were "productive".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Craig Fulton', 'United States']);
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

describe('"message" after an owner', () => {
  it('is a noun, and the reporting verb before it keeps the quotation', () => {
    const quotes = quotesOf(
      "President Droupadi Murmu said the Father of the Nation's message of non-violence was " +
        '"more relevant today than ever before".',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([['Droupadi Murmu', 'said']]);
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

describe('a fronted phrase before the main clause', () => {
  it('holds no subject, unless the main clause has none of its own', () => {
    const quotes = quotesOf(
      'Holness declared the island a disaster area. "We will rebuild," he said.\n\n' +
        'In the parish of St. Elizabeth, where Melissa made landfall, resident Kemar Brown ' +
        'described a night of terror. "The wind was screaming like a train," he said.\n\n' +
        '"We are with the families," Air India Chairman N Chandrasekaran said.\n\n' +
        'When Rahul Gandhi arrived in Wayanad, he said relief was slow. "People are still ' +
        'waiting," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Holness',
      'Kemar Brown',
      'N Chandrasekaran',
      'Rahul Gandhi',
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

describe('honorifics of Malaysian, Indonesian, Tamil, Urdu and Nigerian copy', () => {
  it('are titles before the name, and two-word honours keep surnames apart', () => {
    const quotes = quotesOf(
      'Prime Minister Datuk Seri Anwar Ibrahim said the budget was "fair".\n\n' +
        'Tan Sri Muhyiddin Yassin said it was "reckless".\n\n' +
        'Alhaji Tunde Bakare said the market was "calm".\n\n' +
        'Singapore President Tony Tan said ties were "strong".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Anwar Ibrahim',
      'Muhyiddin Yassin',
      'Tunde Bakare',
      'Tony Tan',
    ]);
  });
});

describe("a district officer's district", () => {
  it('belongs to the title, not to the name after it', () => {
    const quotes = quotesOf(
      'SSP Baramulla Ravi Kumar said the properties had been attached. "It is a message," he ' +
        'said.\n\n' +
        'DC Ludhiana Priya Sharma said schools would stay "shut".\n\n' +
        'Himachal leader Jai Ram Thakur said relief was "late".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ravi Kumar',
      'Priya Sharma',
      'Jai Ram Thakur',
    ]);
  });
});

describe('party acronyms with a bracketed letter and courts of two states', () => {
  it('are organisations whole', () => {
    const quotes = quotesOf(
      '"We will win," Tejashwi Yadav said.\n\n' +
        'JD(U) national working president Sanjay Jha dismissed the claims. "They are lying," he ' +
        'said.\n\n' +
        'The Punjab and Haryana High Court said the order was "illegal".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Tejashwi Yadav',
      'Sanjay Jha',
      'Punjab and Haryana High Court',
    ]);
  });
});

describe('"A" as an initial', () => {
  it('opens a name inside a sentence or before a name that reports, not "A senior official"', () => {
    const quotes = quotesOf(
      'A Raja said the bill was "unconstitutional".\n\n' +
        'Former defence minister A K Antony said it was "sad".\n\n' +
        'The KSCA said it had told the police. Its secretary, A Shankar, said, "We did ' +
        'everything that was asked of us."\n\n' +
        'A senior official said it was "regrettable".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'A Raja',
      'A K Antony',
      'A Shankar',
      null,
    ]);
  });
});

describe('a past perfect inside a report', () => {
  it('reports nothing of its own', () => {
    const quotes = quotesOf(
      'Manoj Sinha said the Amarnath Yatra had concluded "peacefully and successfully".\n\n' +
        'He said the Shrine Board had noted "a sharp rise" in pilgrims.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Manoj Sinha', 'Manoj Sinha']);
  });
});

describe('a participle after an institution and its object', () => {
  it('shares the institution as subject, not a name in the object', () => {
    const quotes = quotesOf(
      'The Supreme Court on Tuesday pulled up the Centre over the delay, observing that ' +
        'authorities were "sitting on files".\n\n' +
        'Market regulator Securities and Exchange Board of India on Thursday dismissed ' +
        'allegations made by short seller Hindenburg Research, saying it had found "no evidence".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Supreme Court',
      'Securities and Exchange Board of India',
    ]);
  });
});

describe('a bench and a player by position', () => {
  it('gives "the bench" its court and "the flanker" the player the passage is about', () => {
    const quotes = quotesOf(
      'The Delhi High Court on Wednesday refused to stay the release of the film. A bench of ' +
        'Chief Justice DK Upadhyaya and Justice Tushar Rao Gedela said the board had cleared it. ' +
        '"Courts cannot become super censors," the bench said.\n\n' +
        'Pepper said he was "over the moon". "I got the call on Monday," the flanker told BBC ' +
        'Sport.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Delhi High Court', 'Pepper', 'Pepper']);
  });
});

describe('descriptions and party tags around a name', () => {
  it('reads "said pensioner Brenda Walsh, 71" and "Sen. Lisa Demuth, R-Cold Spring, said"', () => {
    const quotes = quotesOf(
      '"It was better before," said pensioner Brenda Walsh, 71.\n\n' +
        'Sen. Lisa Demuth, R-Cold Spring, said Republicans would not support "a single dollar" ' +
        'of new taxes.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Brenda Walsh', 'Lisa Demuth']);
  });
});

describe('names with hyphened particles after an inverted verb, and chief officers', () => {
  it('reads the whole name', () => {
    const quotes = quotesOf(
      '"We want peace," said senior Hamas official Khalil al-Hayya.\n\n' +
        '"We want calm," said Abdel Fattah el-Sisi.\n\n' +
        'Chief Meteorologist Ravi Kapoor said the rain was "unusual".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Khalil al-Hayya',
      'Abdel Fattah el-Sisi',
      'Ravi Kapoor',
    ]);
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

describe("mends to this session's rules", () => {
  it('keeps honorifics that are surnames or inside a name, and Malay titles', () => {
    const quotes = quotesOf(
      'Passenger Rokeya Begum, who was travelling to Dhaka, said: "There was a loud noise."\n\n' +
        '"The new rules are fair," Younis Haji Al Khoori, Undersecretary of the Ministry of ' +
        'Finance, said.\n\n' +
        'Selangor Menteri Besar Datuk Seri Amirudin Shari said it was "a tragedy".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Rokeya Begum',
      'Younis Haji Al Khoori',
      'Amirudin Shari',
    ]);
  });

  it("gives a relative clause's report to its person and a bench to the reviewing court", () => {
    const quotes = quotesOf(
      'The Supreme Court on Monday dismissed a plea filed by activist Medha Patkar, who had ' +
        'argued that the dam was "illegal".\n\n' +
        'The Supreme Court on Monday set aside an order of the Allahabad High Court. "It is a ' +
        'serious matter," the bench said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Medha Patkar', 'Supreme Court']);
  });

  it('does not give a bare role to its deputy', () => {
    const quotes = quotesOf(
      'Chief Minister Siddaramaiah and Deputy Chief Minister D K Shivakumar inspected the ' +
        'flooded areas. "The situation is under control," the chief minister said.\n\n' +
        'President Donald Trump and Vice President JD Vance met the delegation. "We are ready ' +
        'for dialogue," the president said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Siddaramaiah', 'Donald Trump']);
  });
});

describe('a report in the present perfect', () => {
  it('governs the clause after it like a report in the past', () => {
    const quotes = quotesOf(
      'Finance Minister Wale Edun has said the gains reflect "renewed confidence" in the ' +
        'economy.\n\n' +
        'The family of Virginia Giuffre, who accused Andrew of abuse, said in a statement that ' +
        'the decision was "vindication" for her.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Wale Edun', null]);
  });
});

describe('"called on Monday for"', () => {
  it('calls for the quoted words, as "called for" does', () => {
    const quotes = quotesOf(
      'AU chief Mahmoud Ali Youssouf called on Monday for "an immediate ceasefire" in Sudan.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Mahmoud Ali Youssouf'],
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

describe('players, passers-by and initials (tenth session)', () => {
  it('gives "the 37-year-old opener said" to the player, not the coach named after him', () => {
    const quotes = quotesOf(
      'Arjun Malhotra struck a century as the hosts won by 40 runs. Coach Vikram Sethi praised ' +
        'the effort.\n\n' +
        '"I just tried to play my natural game," the 37-year-old opener said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Arjun Malhotra']);
  });

  it('gives "he said" after "A Winnipeg man … said" to nobody named before', () => {
    const quotes = quotesOf(
      'Inspector Tomas Reyes said the fire had been put out.\n\n' +
        'A Winnipeg man who lost his home said he was grateful. "I have nothing left," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null]);
  });

  it('keeps a run of dotted initials in the name', () => {
    const quotes = quotesOf(
      'Former minister K.K.S.S.R. Ravichandran criticised the plan. "Farmers are abandoned," ' +
        'Ravichandran said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['K.K.S.S.R. Ravichandran']);
  });
});

describe("district officers' postings (tenth session)", () => {
  it('leaves the district out of the name, whatever the given name', () => {
    const quotes = quotesOf(
      'SSP Varanpur Gurtejpal Singh said the accused were known. "We have the weapons," he ' +
        'said.\n\n' +
        'IGP Kashmir V K Bardoli said, "The area is cordoned off."\n\n' +
        'SP Rural Lucknow Harvindra Kumar said, "Two men were held."\n\n' +
        'District Magistrate Gorakhpur Krishan Karunesh said, "Relief is on the way."\n\n' +
        'Senior Superintendent of Police (SSP) Ganderbal Khaleel Ahmad Poswal said, "We are alert."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Gurtejpal Singh',
      'V K Bardoli',
      'Harvindra Kumar',
      'Krishan Karunesh',
      'Khaleel Ahmad Poswal',
    ]);
  });

  it('keeps a three-word name after the title whole', () => {
    const quotes = quotesOf(
      'SSP Gurtejpal Singh Bhullar said, "We have the weapons."\n\n' +
        'SP Rahul Kumar Saxena said, "Two men were held."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Gurtejpal Singh Bhullar',
      'Rahul Kumar Saxena',
    ]);
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

describe("American legislators' party and state (tenth session)", () => {
  it('gives "the Arizona Republican said" to the senator tagged R-Ariz., not the one quoted last', () => {
    const quotes = quotesOf(
      'Sen. Barton Goldwyn (R-Ariz.) said the bill was "a disgrace". Later, Sen. Hubert ' +
        'Humbolt (D-Minn.) told reporters the vote would be close.\n\n' +
        '"We do not have the votes yet," the Arizona Republican said.\n\n' +
        '"We will see," the Minnesota senator said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Barton Goldwyn',
      'Barton Goldwyn',
      'Hubert Humbolt',
    ]);
  });

  it('reads "D-N.Y.", "a Texas Republican" and the word for a state\'s people', () => {
    const quotes = quotesOf(
      'Sen. John Towers, a Texas Republican, said the bill was "a disgrace". Later, Sen. Chuck ' +
        'Schuman, D-N.Y., told reporters the vote would be close.\n\n' +
        '"We do not have the votes yet," the Texan said.\n\n' +
        '"We have them," the veteran New York Democrat said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'John Towers',
      'John Towers',
      'Chuck Schuman',
    ]);
  });
});

describe("a country's possessive before a player (tenth session)", () => {
  it('gives "the Spaniard said" to Spain\'s player, not to the one quoted last', () => {
    const quotes = quotesOf(
      "Spain's Carlos Alcantar beat Germany's Alexander Zwerin in four sets.\n\n" +
        'Later, Zwerin said he had been "outplayed".\n\n' +
        '"This is the best moment of my career," the 21-year-old Spaniard said.\n\n' +
        '"I will be back," the German said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Alexander Zwerin',
      'Carlos Alcantar',
      'Alexander Zwerin',
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

describe('a nickname in brackets (tenth session)', () => {
  it('keeps the whole name around it', () => {
    const quotes = quotesOf(
      'Rep. James H. (Sloppy) Floydd of Trion said he was "deeply disappointed". "The people ' +
        'have not changed their minds," Floydd said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['James H. Floydd', 'James H. Floydd']);
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

describe('gestures and more verbs after a quotation (tenth session)', () => {
  it('gives `"…," Jones laughed` and `"…," Jones confessed` to Jones', () => {
    const quotes = quotesOf(
      'Mayor Jane Smithers spoke to reporters. Councilman Robert Joness stood nearby.\n\n' +
        '"That is simply not true," Joness laughed.\n\n' +
        '"I voted for it," Joness confessed.\n\n' +
        '"Not exactly. Just see it." Smithers grinned and walked away.',
    );
    expect(quotes.map((quote) => quote.speaker).slice(0, 2)).toEqual([
      'Robert Joness',
      'Robert Joness',
    ]);
    // A gesture after a quotation that ends its sentence opens a new one: no cue.
    expect(quotes[2]).toMatchObject({ cue: null });
  });
});

describe('a word a speaker judges a thing with (tenth session)', () => {
  it("is the speaker's partial quotation, a term after another verb is not", () => {
    const quotes = quotesOf(
      'Opposition leader Ramesh Kumaran slammed the "anti-people" budget on Monday.\n\n' +
        'The bank changed its stance to "neutral" from "accommodative".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Ramesh Kumaran'],
      ['other', null],
      ['other', null],
    ]);
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

describe("an honorific's letters in capitals (eleventh session)", () => {
  it('are initials: "MS Dhoni" and "DR Kaarthikeyan" keep them, and "Ms Rao" does not', () => {
    const quotes = quotesOf(
      'MS Dhonu, who led the side, said the batters had failed. "We need to regroup," he said.\n\n' +
        'DR Kaarthikeyen said the probe was over. Ms Rao, his deputy, said "nothing" was found.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['MS Dhonu', 'Rao']);
    expect(quotesOf('"It is over," DR Kaarthikeyen said.')[0]).toMatchObject({
      speaker: 'DR Kaarthikeyen',
    });
  });
});

describe("a legislator's state in older and longer spellings (eleventh session)", () => {
  it('reads "(D., Tex.)", "of Ohio" and "the New Yorker" back to the right member', () => {
    const quotes = quotesOf(
      'Sen. Ralph Yarbro (D., Tex.) said the bill was "a disgrace". Later, Sen. John Willems ' +
        '(R., Del.) said the vote would be close.\n\n' +
        '"We do not have the votes yet," the Texas Democrat said.\n\n' +
        'Rep. Wayne Hayes of Ohio spoke first. Rep. Charles Hallock of Indiana spoke next.\n\n' +
        '"It is a bad bill," the Ohio congressman said.\n\n' +
        'Sen. Chuck Schumar, D-N.Y., and Sen. Mitch McConnel, R-Ky., met.\n\n' +
        '"No deal," the New Yorker said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ralph Yarbro',
      'Ralph Yarbro',
      'Wayne Hayes',
      'Chuck Schumar',
    ]);
  });
});

describe("a surname's particles opening a sentence's name (eleventh session)", () => {
  it('reads "von der Leyen said" and "said de Gaule" as the person named in full before', () => {
    const quotes = quotesOf(
      'Commission President Ursula von der Leyan unveiled a plan. General Charles de Gaule ' +
        'listened.\n\n' +
        '"We are in an era of rearmament," von der Leyan said in a letter.\n\n' +
        '"France will decide," said de Gaule.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ursula von der Leyan',
      'Charles de Gaule',
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

describe('a long title before a name the lists lack (eleventh session)', () => {
  it('ends at its role noun: "Additional Public Prosecutor Prajakta Shindey"', () => {
    const quotes = quotesOf(
      'Additional Public Prosecutor Prajakta Shindey opposed the plea. "The dying declaration ' +
        'names him," Shindey said.\n\n' +
        'Among those waiting is Dean Walkers, a 44-year-old former fish processor. "I never ' +
        'thought I would be here," Walkers said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Prajakta Shindey', 'Dean Walkers']);
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

describe("sports writers' nouns for a player (eleventh session)", () => {
  it('reads "the Yankee slugger" and "the two-time MVP" as the player the passage is about', () => {
    const quotes = quotesOf(
      'Mickey Mantell sat in the clubhouse and said his leg was sore. Manager Ralph Houke ' +
        'watched.\n\n"I will play tomorrow," the Yankee slugger said.\n\n' +
        'Steph Curri sat out. "I will be back," the two-time MVP said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Mickey Mantell', 'Steph Curri']);
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

describe('a player described as former (eleventh session)', () => {
  it('may be the manager now: "said the former Middlesbrough midfielder"', () => {
    const quotes = quotesOf(
      'Scarborough manager Jonathan Greenings was delighted with a third clean sheet. ' +
        "'The lads were outstanding,' said the former Middlesbrough midfielder.",
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jonathan Greenings']);
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

describe('a participle clause before the subject (eleventh session)', () => {
  it('leaves the next "he" to the subject: "Presenting his fifth Budget, Mr. Balagopol said"', () => {
    const quotes = quotesOf(
      'Finance Minister K.N. Balagopol presented the State Budget on Friday.\n\n' +
        'Presenting his fifth Budget, Mr. Balagopol said the curbs had cost Kerala dearly. ' +
        '"Kerala is being punished," he told the House.\n\n' +
        'According to Mayor John Smythe, Robert Joans has resigned. "It is right," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['K.N. Balagopol', 'John Smythe']);
  });
});

describe('a role that names a party (eleventh session)', () => {
  it('is nobody the article gave another party: "The AAP chief said … he said"', () => {
    const quotes = quotesOf(
      'AAP convener Arvind Kejriwall said the government had failed. "People are suffering," ' +
        'Kejriwall said.\n\n' +
        'BJP MP Bansuri Swarage said the claims were false. "The opposition is spreading lies," ' +
        'Swarage told reporters.\n\n' +
        'The AAP chief said the party would raise the issue. "We will not be silenced," he said.\n\n' +
        'BJP leader Suvendu Adhikary spoke next. "No," the TMC leader said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Arvind Kejriwall',
      'Bansuri Swarage',
      'Arvind Kejriwall',
      null,
    ]);
  });
});

describe('a single-quoted quotation over paragraphs (eleventh session)', () => {
  it('runs on when the next paragraph reopens it with a single mark, as British copy prints it', () => {
    const text =
      "The union's general secretary, Mick Whelen, said: 'Nobody wants to go on strike. Our " +
      'members lose money every day.\n\n' +
      "'But the company has broken promises it made to drivers.'\n\n" +
      "Fans called it 'a shambles'.";
    const quotes = quotesOf(text);
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Nobody wants to go on strike. Our members lose money every day.', 'Mick Whelen'],
      ['But the company has broken promises it made to drivers.', 'Mick Whelen'],
      ['a shambles', null],
    ]);
  });
});

describe("desks' own titles and nouns (eleventh session)", () => {
  it('strips "Cr", "DS", "DPP", "Patrolman" and "bint" joins a name', () => {
    const quotes = quotesOf(
      '"People are working from home," Cr Julie Willems said.\n\n' +
        '"We will not stop," DS Paul Evanson said.\n\n' +
        '"The accused abused the trust," Deputy Public Prosecutor Ng Jun Kaii said.\n\n' +
        '"Stay home if you can," Patrolman Frank Nowack said.\n\n' +
        'Housing Minister Amna bint Ahmed Al Romaihy opened the estate. "It is ready," Al Romaihy said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Julie Willems',
      'Paul Evanson',
      'Ng Jun Kaii',
      'Frank Nowack',
      'Amna bint Ahmed Al Romaihy',
    ]);
  });

  it('reads "the Dutchwoman" and "the Democratic nominee" as the person the passage is about', () => {
    const quotes = quotesOf(
      'England manager Sarina Wiegmann praised her side. "We came back every time," the ' +
        'Dutchwoman said.\n\n' +
        'Senator John F. Kenedy spoke in Iowa. "The farmer has been forgotten," the Democratic ' +
        'nominee said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Sarina Wiegmann', 'John F. Kenedy']);
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

describe('a title of an office "of" something (eleventh session)', () => {
  it('makes its holder "the secretary", even with a listed complement; "Mills" after an initial is a surname', () => {
    const quotes = quotesOf(
      'Secretary of Health, Education and Welfare Abraham Ribicof urged Congress today to pass ' +
        'the plan.\n\n' +
        'Rep. Wilbur D. Mils (D., Ark.), chairman of the committee, said he was "not yet ' +
        'convinced" of it.\n\n' +
        '"The AMA has opposed every health bill since 1935," the secretary replied.\n\n' +
        '"We will see," Mils said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Wilbur D. Mils',
      'Abraham Ribicof',
      'Wilbur D. Mils',
    ]);
    expect(quotesOf('"It is done," Rep. Wilbur D. Mills said.')[0]).toMatchObject({
      speaker: 'Wilbur D. Mills',
    });
  });
});

describe('abbreviated titles as roles (eleventh session)', () => {
  it('makes "Gov. Price Daniel" the governor and "Atty. Gen. Robert Kennedy" the attorney general', () => {
    const quotes = quotesOf(
      'Gov. Price Danyel said the bill was needed.\n\n' +
        'Rep. Bill Jonas of Odessa said the state should look first at a tax on pipelines. ' +
        '"The people do not want it," Jonas said.\n\n' +
        'The governor said he was "disappointed."\n\n' +
        'Atty. Gen. Robert Kenedy spoke next. Comr. Paul Brinkly agreed.\n\n' +
        '"We are not interested in politics," the attorney general said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Bill Jonas',
      'Price Danyel',
      'Robert Kenedy',
    ]);
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

describe('a party named in two words before a role (eleventh session)', () => {
  it('keeps the whole party: "Trinamool Congress supremo" is "the TMC supremo"', () => {
    const quotes = quotesOf(
      'Trinamool Congress supremo Mamta Banerji on Monday accused the government of ' +
        '"betraying" farmers.\n\n' +
        'Union Minister Kiren Rijijo dismissed the charge. "This is baseless," Rijijo said.\n\n' +
        '"We will take this fight to every village," the TMC supremo said in a statement.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Mamta Banerji',
      'Kiren Rijijo',
      'Mamta Banerji',
    ]);
  });
});

describe("a lede's unnamed subject named in the next paragraph (eleventh session)", () => {
  it('is the person introduced there with the role, an age or the noun', () => {
    const judge = quotesOf(
      'A federal judge on Friday ordered the administration to restore grants, saying the cuts ' +
        'were "arbitrary and capricious."\n\n' +
        'U.S. District Judge Jamal Whitehed issued a preliminary injunction.',
    );
    expect(judge.map((quote) => quote.speaker)).toEqual(['Jamal Whitehed']);
    const grandmother = quotesOf(
      'A grandmother who waited 13 hours for an ambulance has said she felt "forgotten".\n\n' +
        'Margaret Evanss, 87, from Llanelli, lay on her kitchen floor overnight.',
    );
    expect(grandmother.map((quote) => quote.speaker)).toEqual(['Margaret Evanss']);
    // A man is not the woman the next paragraph names; an official is not a prime minister.
    const others = quotesOf(
      'A man who found a python in his toilet says he will "never sit down again".\n\n' +
        'Louise Hartly, 52, lives next door.',
    );
    expect(others.map((quote) => quote.speaker)).toEqual([null]);
  });

  it('leaves "a passenger who was at the station told PTI" to no one', () => {
    const quotes = quotesOf(
      'Railway spokesperson Dilip Kumaar said the crowd was managed. "We deployed extra staff," ' +
        'Kumaar said.\n\n' +
        '"The platform was so crowded," a passenger who was at the station told PTI.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Dilip Kumaar', null]);
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

describe('a reason given for what someone did (eleventh session)', () => {
  it('is their partial quotation: "citing "exhaustion"", "pointing to "health issues""', () => {
    const quotes = quotesOf(
      'Pop star Chapel Roane has cancelled her European tour, citing "exhaustion".\n\n' +
        'Singer Dua Leepa pulled out too, pointing to "health issues".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Chapel Roane'],
      ['partial', 'Dua Leepa'],
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

describe('the officer of an organisation (eleventh session)', () => {
  it('speaks in "the president of the Chamber of Commerce said", not the chamber', () => {
    const quotes = quotesOf(
      'Robert Somerville, president of the Chamber of Commerce, told the club on Tuesday that ' +
        'merchants were losing customers.\n\n' +
        '"People will not drive downtown," Somerville said.\n\n' +
        '"We need parking decks," the president of the Chamber of Commerce said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Robert Somerville',
      'Robert Somerville',
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

describe('a definite lede role named in the next paragraph (twelfth session)', () => {
  it('is the person the next paragraph opens on, acting or in a definite apposition', () => {
    const minister = quotesOf(
      'Iran\'s foreign minister said on Monday that Tehran would defend itself "by all means ' +
        'necessary".\n\n' +
        'Abbas Arakchi told reporters in Istanbul that the strikes had crossed a red line.',
    );
    expect(minister.map((quote) => quote.speaker)).toEqual(['Abbas Arakchi']);
    const officer = quotesOf(
      'Britain\'s top police officer has said the force is "on the brink" because of cuts.\n\n' +
        'Sir Marc Rowlee, the Metropolitan Police Commissioner, told MPs that jobs could go.',
    );
    expect(officer.map((quote) => quote.speaker)).toEqual(['Marc Rowlee']);
    const chief = quotesOf(
      'The chief executive of the health service has warned of "one of the toughest winters" ' +
        'on record.\n\n' +
        'Speaking to the BBC, Amanda Pritchet said flu cases had risen sharply.',
    );
    expect(chief.map((quote) => quote.speaker)).toEqual(['Amanda Pritchet']);
  });

  it('is not someone introduced as another kind of person', () => {
    const analyst = quotesOf(
      'The finance minister said on Monday that the deficit was "under control".\n\n' +
        'Priya Ramann, an economist at a Mumbai bank, said the figures told another story.',
    );
    expect(analyst.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('a place between "former" and a lower-case office (twelfth session)', () => {
  it('keeps "former": "Former Punjab chief minister X" is "the former chief minister"', () => {
    const quotes = quotesOf(
      'Former Punjab chief minister Amrinder Sing on Sunday joined the BJP.\n\n' +
        'Congress spokesperson Pavan Kheraa said the party was "not surprised".\n\n' +
        '"The Congress left me," the former chief minister said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Pavan Kheraa', 'Amrinder Sing']);
  });
});

describe('a title completed by a place (twelfth session)', () => {
  it('is the role: "Mayor of London Sadiq Khan" is "the mayor"', () => {
    const quotes = quotesOf(
      'Mayor of London Sadiq Khaan said on Sunday that the plan would work.\n\n' +
        'Conservative leader Kemi Badenok called it "a gimmick".\n\n' +
        '"We are getting on with the job," the mayor said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kemi Badenok', 'Sadiq Khaan']);
  });
});

describe('role synonyms (twelfth session)', () => {
  it('finds the holder by another name for the office', () => {
    const cases: Array<[string, string, string]> = [
      ['US Ambassador Erik Garcettie', 'the envoy', 'Erik Garcettie'],
      ['Prime Minister Shabaz Sharef', 'the premier', 'Shabaz Sharef'],
      ['Foreign Minister Peni Wongg', 'the top diplomat', 'Peni Wongg'],
      ['Director General of Police Gaurav Yadavv', 'the police chief', 'Gaurav Yadavv'],
      ['White House press secretary Karoline Levitt', 'the spokeswoman', 'Karoline Levitt'],
      ['Commerce Secretary Howard Lutnik', 'the commerce chief', 'Howard Lutnik'],
      ['Teamsters Union President James Holliss', 'the union boss', 'James Holliss'],
      ['Liberal Democrat leader Ed Davie', 'the Lib Dem leader', 'Ed Davie'],
    ];
    for (const [introduced, role, holder] of cases) {
      const quotes = quotesOf(
        `${introduced} said on Monday the talks had made progress.\n\n` +
          'Opposition politician Mark Carnie said the claim was "premature".\n\n' +
          `"We are closer than ever," ${role} said.`,
      );
      expect(quotes.map((quote) => quote.speaker)).toEqual(['Mark Carnie', holder]);
    }
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

describe('two roles joined before a name (twelfth session)', () => {
  it('is the name: "senior BJD leader and former minister X said"', () => {
    const quotes = quotesOf(
      '"The government is busy with photo sessions," senior BJD leader and former minister ' +
        'Prasana Mohantty said.\n\n' +
        '"We will launch an agitation," party leader and ex-MLA Debi Mishraa said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Prasana Mohantty', 'Debi Mishraa']);
  });

  it('reads "Acharya" and "Pandit" closing a name as surnames', () => {
    const quotes = quotesOf('"Farmers are weeping," Prasana Acharya said.');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Prasana Acharya']);
  });
});

describe("a state police chief's posting (twelfth session)", () => {
  it('is not part of the name: "DGP Punjab X", "Commissioner of Police (CP) Amritsar X"', () => {
    const quotes = quotesOf(
      '"We received specific inputs," Commissioner of Police (CP) Amritsar Gurpret Singh ' +
        'Bhular said.\n\n' +
        '"The module has been busted," DGP Punjab Gaurav Yadaw said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Gurpret Singh Bhular', 'Gaurav Yadaw']);
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

describe("a saint's title after a preposition (twelfth session)", () => {
  it('opens a place, not a person: "Sen. X of St. Louis County said"', () => {
    const quotes = quotesOf(
      'Democratic Sen. Tracey McCreary of St. Louis County said she worried about "parents not ' +
        'being able to reach their kids."\n\n' +
        '"Emergencies happen," said Rep. Tom Reede of St. Paul.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tracey McCreary', 'Tom Reede']);
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

describe('more titles of 1961 copy (twelfth session)', () => {
  it('keeps Ald., Asst., Pvt., Pro Tem, Warden and Controller out of the name', () => {
    const quotes = quotesOf(
      '"Why should the taxpayers pay for it?" asked Mayor Ivan Allan.\n\n' +
        '"Because they voted for it," replied Ald. Jack Sumers.\n\n' +
        '"We will appeal," said Asst. Dist. Atty. Tom Reede.\n\n' +
        '"I was scared," said Pvt. Ray Bel.\n\n' +
        '"We have found nothing," Senate President Pro Tem Harold W. Lacy said.\n\n' +
        '"The men are calm," Warden R. P. Balkcomb said.\n\n' +
        '"The books balance," State Controller Alan Cransston said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ivan Allan',
      'Jack Sumers',
      'Tom Reede',
      'Ray Bel',
      'Harold W. Lacy',
      'R. P. Balkcomb',
      'Alan Cransston',
    ]);
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

describe('titles joined to their portfolio by "for" or "to" (thirteenth session)', () => {
  it('head the name after a quotation: "Minister for Health X said", "Ambassador to the UN X"', () => {
    const quotes = quotesOf(
      '"We are hiring 1,000 nurses," Minister for Health Jenna Carrow said.\n\n' +
        '"We will not accept it," Ambassador to the UN Mike Walden told the council.\n\n' +
        '"Tariffs hurt everyone," Commissioner for Trade Maros Seftic said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Jenna Carrow',
      'Mike Walden',
      'Maros Seftic',
    ]);
  });

  it('are the roles the copy refers back with, portfolio and all', () => {
    const quotes = quotesOf(
      'Minister for Housing James Brownlee said the rules would take effect in March.\n\n' +
        'Opposition TD Eoin Ó Broinn said the plan was "too little, too late".\n\n' +
        'The Minister for Housing said the changes would "protect existing tenancies".\n\n' +
        'The housing minister added that rents would be "capped at inflation".\n\n' +
        'The Minister for Finance said the cost would be "modest".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Eoin Ó Broinn',
      'James Brownlee',
      'James Brownlee',
      null,
    ]);
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

describe('a place inside the description of someone unnamed (thirteenth session)', () => {
  it('is no speaker: "Islanders on Mull have accused", "said a Wilson County grower"', () => {
    const quotes = quotesOf(
      'Islanders on Mulla have accused the government of "abandoning" them.\n\n' +
        'Traders in Midletown, Co Corra, have said they feel "forgotten".\n\n' +
        'Transport Minister Fiona Hyslow said two ferries would arrive next year.\n\n' +
        '"I got more than I expected," said a Wilsonville County grower.\n\n' +
        '"Prices held up," said one Pittsford tobacco farmer.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null, null, null]);
  });

  it('leaves a document after the name its issuer\'s: "according to an IMD forecast"', () => {
    const quotes = quotesOf(
      'Delhi had its warmest February day, according to the India Weather Department (IWD).\n\n' +
        '"Light rain is likely on Thursday," according to an IWD forecast.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['India Weather Department']);
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

describe('a spokesperson for a role (thirteenth session)', () => {
  it('speaks for the person who holds it; one for an institution does not', () => {
    const quotes = quotesOf(
      'Transport Minister Ana Lopessa did not give a date. A spokeswoman for the minister said ' +
        'an announcement would come "in the coming weeks".\n\n' +
        'A spokesman for the ministry said the plan was "on track".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ana Lopessa', null]);
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

describe('the platform X at the end of a sentence (thirteenth session)', () => {
  it('is no initial of the name after it', () => {
    const quotes = quotesOf(
      'Elon Muskett responded in a series of posts on X. "Without me, he would have lost," ' +
        'Muskett wrote.\n\n' +
        'The minister announced the decision on X. Rekha Guptan said the plan was "long overdue".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Elon Muskett', 'Rekha Guptan']);
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

describe('cadets, midshipmen, airmen and seamen (thirteenth session)', () => {
  it('have their rank before the name, not in it', () => {
    const quotes = quotesOf(
      'Cadet Charles P. Gabrielle said he hoped to "fly fighters."\n\n' +
        'Seaman Apprentice Harold Bellamy said the ship was "home."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Charles P. Gabrielle',
      'Harold Bellamy',
    ]);
  });
});

describe('Ombudsman, Tánaiste and Ceann Comhairle (thirteenth session)', () => {
  it('are titles before the name, not part of it', () => {
    const quotes = quotesOf(
      'Fair Work Ombudsman Anna Boothe said the breaches were "deliberate and systemic".\n\n' +
        'Tánaiste Micheál Martinez said the result was "very pleasing".\n\n' +
        'Ceann Comhairle Verona Murphey said the remarks were "out of order".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Anna Boothe',
      'Micheál Martinez',
      'Verona Murphey',
    ]);
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

describe('"the youngster", "the rookie" after a quotation (thirteenth session)', () => {
  it('are the person the passage is about', () => {
    const quotes = quotesOf(
      'One of them is a 19-year-old pitcher from Brenham named Jerry Dale Holte.\n\n' +
        '"I figure I can throw it past anybody," the youngster said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jerry Dale Holte']);
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

describe('an organisation with a relative clause before its verb (fourteenth session)', () => {
  it('speaks: "The AFL-CIO, which has made the bill its goal, called the vote"', () => {
    const quotes = quotesOf(
      'The AFL-CIO, which has made the bill its first legislative goal of the year, called the ' +
        'committee vote "a good beginning."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['AFL-CIO']);
  });
});

describe("a lede's unnamed subject, named in the next paragraph (fourteenth session)", () => {
  it('reports past a passive verb in its clause: "told a jury that he was ordered to …"', () => {
    const quotes = quotesOf(
      'A former county highway inspector told a jury yesterday that he was ordered to approve ' +
        'road work that "was never done at all."\n\n' +
        "Stanley J. Kowal, 47, was the state's first witness in the trial.",
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Stanley J. Kowal']);
  });

  it('is the holder of its role after an opening phrase: "At the end of an inquest …, area coroner X said"', () => {
    const quotes = quotesOf(
      'A coroner has said more people will die on the road unless safety measures are brought ' +
        "in 'as a matter of urgency'.\n\n" +
        'At the end of an inquest into the death of motorcyclist Callum Trewin, 34, area coroner ' +
        'Emma Whitlock said she would write to the council.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Emma Whitlock']);
  });

  it('is the person the next paragraph opens on with a description and a report', () => {
    const quotes = quotesOf(
      "A farmer has said he faces 'financial ruin' after the floods.\n\n" +
        'Gwyn Price, who farms 300 acres near Builth Wells, said he had lost 40 ewes.',
    );
    const mother = quotesOf(
      'A mother whose son died after waiting nine hours for an ambulance has said the service ' +
        "is 'broken'.\n\n" +
        'Karen Whitby, 49, from Hull, said her son had collapsed at home.',
    );
    const placed = quotesOf(
      'A cafe owner has said she was left "in tears" by the floods.\n\n' +
        'Jess Arnott, who runs the Riverside Kitchen in Tenbury Wells, Worcestershire, said the ' +
        'water came in overnight.',
    );
    expect([...quotes, ...mother, ...placed].map((quote) => quote.speaker)).toEqual([
      'Gwyn Price',
      'Karen Whitby',
      'Jess Arnott',
    ]);
  });

  it("but not when the lede's subject is plural, or named in apposition", () => {
    const quotes = quotesOf(
      'Islanders on Mull have accused the government of "abandoning" them.\n\n' +
        'Joe Reade, the chair of the ferry committee, said businesses were losing trade.',
    );
    const apposed = quotesOf(
      'A resident whose fence was pulled down, Chinedu Okoro, said he had approval from "the ' +
        'authorities".\n\n' +
        'Tokunbo Wahab, the commissioner, said owners had been warned.',
    );
    expect([...quotes, ...apposed].map((quote) => quote.speaker)).toEqual([null, 'Chinedu Okoro']);
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

describe('a relative clause with a number in it (fourteenth session)', () => {
  it('is stepped over to the organisation before it', () => {
    const quotes = quotesOf(
      'The Confederation of British Industry, which represents 190,000 businesses, said the ' +
        'budget was "a missed opportunity."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Confederation of British Industry']);
  });
});

describe('"quoted X as saying" (fourteenth session)', () => {
  it('gives the quotation to the one quoted, not to the agency quoting', () => {
    const quotes = quotesOf(
      'Tass quoted Gagarin as saying after the landing: "I feel well."\n\n' +
        'Local media quoted the mayor, Ivan Fedorov, as saying: "The city will hold."\n\n' +
        '"We are ready," Yuri Gagarin was quoted by Tass as saying.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Yuri Gagarin',
      'Ivan Fedorov',
      'Yuri Gagarin',
    ]);
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

describe('an organisation with two verbs joined by "but" (fourteenth session)', () => {
  it('speaks with the second: "welcomed the cut but said it was …"', () => {
    const quotes = quotesOf(
      'The Confederation of British Industry welcomed the cut in business rates but said it was ' +
        '"not enough".',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Confederation of British Industry'],
    ]);
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

describe('a predicate quoted after "the report" (fourteenth session)', () => {
  it("is the speaker's partial quotation, not a title", () => {
    const quotes = quotesOf(
      'Karim Mussilhy said the report "must be a turning point".\n\n' +
        'The inquiry published the report "Phase 2" on Wednesday.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Karim Mussilhy'],
      ['other', null],
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

describe('a place deep inside a long subject (fourteenth session)', () => {
  it('is not who speaks: "The wife of a businessman missing since a plane crashed off Montauk Point said"', () => {
    const quotes = quotesOf(
      'The wife of a Long Island businessman missing since a private plane crashed off Montauk ' +
        'Point Sunday said today she was "still hoping and still praying."\n\n' +
        'Mrs. Marjorie Fenwick, 37, said the Coast Guard had told her the search would go on.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Marjorie Fenwick']);
  });
});

describe('"as X put it" and "in the words of X" (fourteenth session)', () => {
  it('give the quotation that follows to X', () => {
    const quotes = quotesOf(
      'Joe Biden did not speak. His office said he wished the new president "success."\n\n' +
        'As Sen. John Cornyn put it after the speech, "That was the campaign."\n\n' +
        'In the words of Sen. Lisa Murkowski, "Now we find out."\n\n' +
        'As one aide put it, "We will see."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Joe Biden',
      'John Cornyn',
      'Lisa Murkowski',
      null,
    ]);
  });
});

describe('a past participle set off after an organisation (fourteenth session)', () => {
  it('is stepped over: "The Kenya Human Rights Commission, formed in 1992, said"', () => {
    const quotes = quotesOf(
      'The Kenya Human Rights Commission, formed in 1992, said the arrests were "unlawful."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kenya Human Rights Commission']);
  });
});

describe('police ranks of British and Irish copy (fifteenth session)', () => {
  it('are titles: "Det Con Gwen Pritchard", "Garda Ciarán Walsh"; "Con Houlihan" is a name', () => {
    const quotes = quotesOf(
      'Det Con Gwen Pritchard, of Dyfed-Powys Police, said: "We are keeping an open mind."\n\n' +
        'Garda Ciarán Walsh told the court: "The car did not stop."\n\n' +
        'Con Houlihan wrote: "It was a great day for the county."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Gwen Pritchard',
      'Ciarán Walsh',
      'Con Houlihan',
    ]);
  });
});

describe('an employer before an occupation the lists lack (fifteenth session)', () => {
  it('is not "he": "Met Éireann meteorologist Gerald Fleming said …" then "he said"', () => {
    const quotes = quotesOf(
      'Met Éireann meteorologist Gerald Fleming said the rain would clear by the evening.\n\n' +
        '"It has been the wettest month on record," he said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Gerald Fleming']);
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

describe("a lede's definite or possessive role, named in the next paragraph (fifteenth session)", () => {
  it('is the person the next paragraph opens on', () => {
    const ledes = [
      'The chief executive of Anglian Water has said the new charges are "fair and necessary."\n\n' +
        'Peter Simpson told MPs the company needed more time.',
      'The bank\'s chief economist has said the budget is "the tightest in a decade."\n\n' +
        'Maria Lopez told the council every department would share the cuts.',
      'The Taoiseach has said the housing plan is "the most ambitious in the history of the state."\n\n' +
        'Simon Harris made the remarks in the Dáil on Wednesday.',
      'The new chairman of the Federal Trade Commission told advertisers today that their industry was "a marketplace without rules."\n\n' +
        'Andrew Ferguson, in his first speech to the Association of National Advertisers, warned the executives in the audience.',
    ];
    expect(ledes.map((text) => quotesOf(text)[0]?.speaker)).toEqual([
      'Peter Simpson',
      'Maria Lopez',
      'Simon Harris',
      'Andrew Ferguson',
    ]);
  });
});

describe("a lede's role that the paragraphs after introduce (fifteenth session)", () => {
  it('is that person, not someone the lede names in passing', () => {
    const quotes = quotesOf(
      "NEW YORK (AP) -- A federal jury today convicted Joe Adonis's former driver of perjury, " +
        'and the judge called him "a liar from the first day."\n\n' +
        'U.S. District Judge Irving Kaufman sentenced the driver, Carl Belmont, 48, to two years.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Irving Kaufman']);
  });

  it('takes "his lawyer" to the lawyer named two paragraphs on, past a relative clause', () => {
    const quotes = quotesOf(
      'MIAMI (UPI) -- A Havana dentist who fled Cuba in a rowing boat asked for asylum today, ' +
        'and his lawyer said he would be "jailed within a week" if he were sent back.\n\n' +
        'The dentist, Jorge Medina Ruiz, reached Key West on Saturday.\n\n' +
        'His lawyer, Milton Crane, told immigration officials that Medina had been arrested twice.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Milton Crane']);
  });

  it('keeps a role the lede gave to the person it is about', () => {
    const quotes = quotesOf(
      'Patna: RJD leader Tejashwi Yadav on Tuesday promised a job to every family in Bihar.\n\n' +
        'Addressing a rally in Vaishali, the former deputy chief minister said the government had "cheated" the young.\n\n' +
        'Chief Minister Nitish Kumar said the promise could not be kept.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tejashwi Yadav']);
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

describe("a titled person's possessive before a participle (fifteenth session)", () => {
  it('is no firm\'s own name: "Chancellor Rachel Reeves\'s proposed tax rise"', () => {
    const quotes = quotesOf(
      "Labour backbenchers have rejected Chancellor Rachel Reeves's proposed tax rise.\n\n" +
        'Reeves defended the rise on Tuesday. "There is no painless option," she told reporters.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Rachel Reeves']);
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

describe('"and said the ROLE had" (fifteenth session)', () => {
  it('is a reported clause, not an inverted subject', () => {
    const quotes = quotesOf(
      'Prime Minister Keir Starmer left the chamber early.\n\n' +
        'Opposition leader Kemi Badenoch called the move "cowardly" and said the prime minister had "lost control of his own party".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kemi Badenoch', 'Kemi Badenoch']);
  });
});

describe('a witness reporting what someone had said (fifteenth session)', () => {
  it('quotes that someone: "told the jury that Bailey had said: "…""', () => {
    const quotes = quotesOf(
      'Aaron Bailey, 31, was convicted of manslaughter on Thursday.\n\n' +
        'PC Rachel Moore told the jury that Bailey had said: "I did not mean to hurt her."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Aaron Bailey']);
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

describe("a verb after a modal in a spokesperson's report (fifteenth session)", () => {
  it('is no cue of its own: "a State Department spokesman said the United States would protest "…""', () => {
    const quotes = quotesOf(
      'The Soviet Union shot down the plane on Monday.\n\n' +
        'A State Department spokesman said the United States would protest "in the strongest terms."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['State Department']);
  });
});

describe('Irish and Australian letters after a name (fifteenth session)', () => {
  it('are no part of it: SC, BL and TD', () => {
    const quotes = quotesOf(
      'Defence counsel Ronan Munro SC said his client was "deeply ashamed".\n\n' +
        'Sinéad Behan BL said the plea was "genuine".\n\n' +
        'Mary Byrne TD, a member of the committee, said the report was "damning".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Ronan Munro',
      'Sinéad Behan',
      'Mary Byrne',
    ]);
  });
});

describe('a quotation after a phrase set off inside a reported clause (fifteenth session)', () => {
  it("goes on with the clause: partial, and the speaker's", () => {
    const quotes = quotesOf(
      'The Fulton County Grand Jury issued its report on Friday.\n\n' +
        'The jury said the fee system, under which justices are paid from the fines they collect, "invites abuse" and had led to "shakedowns of motorists" on the highway.\n\n' +
        '"I have not made up my mind," he said, smiling, "and when I do, you will be the first to know."',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Fulton County Grand Jury'],
      ['partial', 'Fulton County Grand Jury'],
      ['direct', null],
      ['direct', null],
    ]);
  });
});

describe("two quoted words said of a reported clause's subject (fifteenth session)", () => {
  it('are partial, whoever speaks: "said the president was "taking stock""', () => {
    const quotes = quotesOf(
      'A senior aide to the president said the president was "taking stock".',
    );
    expect(quotes.map((quote) => quote.kind)).toEqual(['partial']);
  });
});

describe('an acronym written with stops (fifteenth session)', () => {
  it('is the organisation named in full before: "F.B.I.", "U.N."', () => {
    const quotes = quotesOf(
      'The Federal Bureau of Investigation said it had opened an inquiry.\n\n' +
        'An F.B.I. spokesman said the agency was "deeply concerned."\n\n' +
        'The United Nations said it would send observers.\n\n' +
        'A U.N. spokesman said the Secretary-General was "shocked."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Federal Bureau of Investigation',
      'United Nations',
    ]);
  });
});

describe('a participle after the person something is sent to (fifteenth session)', () => {
  it('shares the clause\'s subject: "sent a telegram to Robert F. Kennedy Thursday asking that …"', () => {
    const quotes = quotesOf(
      'Gov. Ernest Vandiver sent a telegram to Atty. Gen. Robert F. Kennedy Thursday asking that marshals be kept out of the state "unless and until the state requests them."\n\n' +
        'The council voted to sell its shares, with Mayor Wayne Brown saying the money would be "put to work" at once.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ernest Vandiver', 'Wayne Brown']);
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

describe("a lede's body named by its kind (fifteenth session, after the held-out run)", () => {
  it('is the organisation the next paragraph names: "the city\'s water utility has warned"', () => {
    const ledes = [
      'Residents of several Cape Town suburbs have gone a week without water, and the city\'s water utility has warned that repairs could take "at least another five days".\n\n' +
        'Cape Water spokesperson Lindiwe Dube said teams were working around the clock.',
      'Residents of several London boroughs have gone a week without water, and the capital\'s water company has warned that repairs could take "at least another five days".\n\n' +
        'Thames Water said teams were working around the clock.',
    ];
    expect(ledes.map((text) => quotesOf(text)[0]?.speaker)).toEqual(['Cape Water', 'Thames Water']);
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

describe('"the N-year-old" after someone else spoke (sixteenth session)', () => {
  it('is the person the article gave that age, by apposition or in the lede', () => {
    const texts = [
      'Maya Collins, 19, won the junior title on Sunday.\n\n' +
        'Her coach, Dan Reilly, said she had been "fearless all week".\n\n' +
        '"I just wanted to enjoy it," the 19-year-old added.',
      'A 98-year-old man from Cork has become the oldest finisher of the city marathon.\n\n' +
        'Patrick Lynch crossed the line in just under seven hours.\n\n' +
        'His daughter, Siobhan Lynch, said he had trained "every single morning".\n\n' +
        '"My knees are grand," the 98-year-old added.',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Dan Reilly', 'Maya Collins'],
      ['Siobhan Lynch', 'Patrick Lynch'],
    ]);
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

describe('a plural speech noun after a possessive (sixteenth session)', () => {
  it('is the thing characterised, not a cue: "called Price\'s claims "pure fiction""', () => {
    const quotes = quotesOf(
      'Mayor Ann Price said the budget was "balanced."\n\n' +
        'Councilman Tom Reyes called Price\'s claims "pure fiction."\n\n' +
        'Senator Jo Bell described Reyes\'s remarks as "reckless".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ann Price', 'Tom Reyes', 'Jo Bell']);
  });
});

describe('a lower-case particle glued to a capital (sixteenth session)', () => {
  it('opens a name: "Mayor deWitt Cole", "Mrs. Alma duPont"', () => {
    const quotes = quotesOf(
      'Mayor deWitt Cole said the crowd was "the biggest ever."\n\n' +
        '"We were ready," Cole said.\n\n' +
        'Mrs. Alma duPont said the club would "carry on."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'deWitt Cole',
      'deWitt Cole',
      'Alma duPont',
    ]);
  });
});

describe('"the minister" after a former minister spoke (sixteenth session, after the held-out run)', () => {
  it('is the sitting minister', () => {
    const quotes = quotesOf(
      'Health Minister Orla Kane defended the plan. Former minister Sean Dunne called it "a shambles".\n\n' +
        '"No patient should wait," the minister said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Sean Dunne', 'Orla Kane']);
  });
});

describe('a school and a class year before a name after the verb (sixteenth session, after the held-out run)', () => {
  it('only say whose student: "said Rice freshman Dale Ortiz"', () => {
    const quotes = quotesOf(
      '"I learned a lot today," said Rice freshman Dale Ortiz, who took low amateur honors.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Dale Ortiz']);
  });
});

describe('a name after "said" and before a quotation in lower case (sixteenth session, after the held-out run)', () => {
  it('is the reported clause\'s subject: "a former jockey named Ray Dunn, said Belle "never once refused …""', () => {
    const quotes = quotesOf(
      'Her trainer, a former jockey named Ray Dunn, said Belle "never once refused a fence."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ray Dunn']);
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
