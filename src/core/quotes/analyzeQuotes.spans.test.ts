// @vitest-environment node
// Where quotations start and end, and their kinds: direct speech, partial quotations, and marks
// that are nobody's words (titles, scare quotes, terms); broken input.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../article/splitParagraphs.ts';
import { analyzeQuotes } from './analyzeQuotes.ts';
import { quotesOf } from './quotesOf.testing.ts';

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

describe('accusations', () => {
  it('keeps the quoted words of an accusation even when nobody is named', () => {
    const [quote] = quotesOf("Ministers have been accused of 'losing control' of the system.");
    expect(quote).toMatchObject({ kind: 'partial', speaker: null });
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

it('leaves a capitalised one-word title at the end of a reported sentence unattributed', () => {
  expect(quotesOf('Ada Brook said she had revealed a trill unheard in years of "Lucia."')).toEqual([
    expect.objectContaining({ kind: 'other', speaker: null }),
  ]);
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

it("takes a reported word with its full stop outside the marks for the speaker's", () => {
  const [quote] = quotesOf(
    'Ravi Kumar said the day marked the return of the nation\'s "self-respect". He left.',
  );
  expect(quote).toEqual(expect.objectContaining({ kind: 'partial', speaker: 'Ravi Kumar' }));
});

it('takes a word after a linking verb ("would remain "vigilant"") for the speaker\'s', () => {
  const [quote] = quotesOf('Ada Brook said she would remain "vigilant" and keep fighting.');
  expect(quote).toEqual(expect.objectContaining({ kind: 'partial', speaker: 'Ada Brook' }));
});

it("takes a quoted verb after a modal in a reported clause for the speaker's", () => {
  const [quote] = quotesOf('Park Dan said the plan would "destroy" the health system.');
  expect(quote).toEqual(expect.objectContaining({ kind: 'partial', speaker: 'Park Dan' }));
});

it('keeps a list of partial quotations partial and under one cue', () => {
  const quotes = quotesOf('Ada Brook called the plan "unworkable", "expensive" and "unfair".');
  expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
    ['partial', 'Ada Brook'],
    ['partial', 'Ada Brook'],
    ['partial', 'Ada Brook'],
  ]);
});

it('never takes the object of "described X as" for the speaker', () => {
  const [quote] = quotesOf(
    'Special counsel Robert Hur declined to bring charges against Joe Biden, but described ' +
      'the president as an "elderly man with a poor memory."',
  );
  expect(quote?.speaker).toBe('Robert Hur');
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

it('gives a word after a verb of intent ("vowed to "exponentially" expand") to the subject', () => {
  const [quote] = quotesOf(
    'North Korean leader Kim Jong Un has vowed to "exponentially" expand his arsenal.',
  );
  expect([quote?.kind, quote?.speaker]).toEqual(['partial', 'Kim Jong Un']);
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

describe("two quoted words said of a reported clause's subject (fifteenth session)", () => {
  it('are partial, whoever speaks: "said the president was "taking stock""', () => {
    const quotes = quotesOf(
      'A senior aide to the president said the president was "taking stock".',
    );
    expect(quotes.map((quote) => quote.kind)).toEqual(['partial']);
  });
});

describe('a verb with no subject after a partial quotation (eighteenth session)', () => {
  it('goes on with the sentence the cue before reports', () => {
    const quotes = quotesOf(
      'Another volunteer, Thomas J. Oyler, 24, a former Marine from Terre Haute, Ind., said the hike "was nothing" compared with Parris Island.',
    );
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Thomas J. Oyler'],
    ]);
  });
});
