// @vitest-environment node
// Attribution cues: the verbs and shapes that say who spoke, before, after or inside a quotation.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

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

it('gives words introduced by "X\'s response was blunt:" to X', () => {
  const [quote] = quotesOf(
    'Union president Rajesh Nair\'s response was blunt: "Balance is not a luxury."',
  );
  expect(quote?.speaker).toBe('Rajesh Nair');
});

it('takes "submitted" as a cue in a court report', () => {
  const [quote] = quotesOf('"The liberty of a person cannot be curtailed," Ravi Kumar submitted.');
  expect(quote?.speaker).toBe('Ravi Kumar');
});

it('takes "she began" after a quotation as its cue', () => {
  const [quote] = quotesOf(
    'Tom Reed said "no" twice. Maria Lopez stood up. "I am staying right here," she began.',
  ).filter((found) => found.kind === 'direct');
  expect(quote?.speaker).toBe('Maria Lopez');
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

it('finds the cue after a quotation whose speaker is "a No 10 spokeswoman"', () => {
  const [quote] = quotesOf(
    'Rachel Reeves spoke on Monday.\n\n' +
      '"It is right that we look again," a No 10 spokeswoman said.',
  );
  expect(quote?.cue).toBe('said');
  expect(quote?.speaker).not.toBe('Rachel Reeves');
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

it('goes on with the speaker through a one-word sentence of its own ("Never.")', () => {
  const quotes = quotesOf('"We have never seen a nominee like this," Durbin said. "Never."');
  expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
    ['direct', 'Durbin'],
    ['direct', 'Durbin'],
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

describe('"message" after an owner', () => {
  it('is a noun, and the reporting verb before it keeps the quotation', () => {
    const quotes = quotesOf(
      "President Droupadi Murmu said the Father of the Nation's message of non-violence was " +
        '"more relevant today than ever before".',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([['Droupadi Murmu', 'said']]);
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

describe('phrases that say whose words a quotation was (eighteenth session)', () => {
  it('give the speaker after the quotation or before its colon', () => {
    const opening = 'Judge Lew Sterling said the bonds were "the best bargain in years."\n\n';
    const texts = [
      '"The people just don\'t trust it," was the way Commissioner Oren Batts put it.',
      '"This plan is a shambles" was how Commissioner Oren Batts put it.',
      '"It is a blank check." So said Commissioner Oren Batts on Tuesday.',
      '"This plan is a shambles," came the reply from Commissioner Oren Batts.',
      'The verdict of Commissioner Oren Batts: "A blank check."',
      'The response from Commissioner Oren Batts was blunt: "This plan is a shambles."',
    ];
    expect(texts.map((text) => quotesOf(opening + text).map((quote) => quote.speaker))).toEqual(
      texts.map(() => ['Lew Sterling', 'Oren Batts']),
    );
  });
});

describe('"quoted him as saying" (twentieth session)', () => {
  it('is the man the pronoun stands for, not the agency that quoted him', () => {
    const quotes = quotesOf(
      'Marshal Ivan Petrenko spoke at a Kremlin reception on Friday. Tass, the Soviet news ' +
        'agency, quoted him as saying the West was "arming for a war it cannot win."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ivan Petrenko']);
  });
});

describe('"the 22-year-old Tomasso said" after a quotation (twentieth session)', () => {
  it('reads an age or an adjective between "the" and the name as describing it', () => {
    const quotes = quotesOf(
      'Hard-hitting Vic Moreno, the Newark welterweight, won in the fourth.\n\n' +
        '"I want Gaines," the 22-year-old Moreno said.\n\n' +
        '"He was tired," the grinning Moreno added.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Vic Moreno', 'Vic Moreno']);
  });

  it('reads a word the article never used before, after the age, as where the person is from', () => {
    const quotes = quotesOf(
      'Tom Hale, 26, of Glasgow, won the Edinburgh marathon on Sunday.\n\n' +
        '"I was tired by the end," the 26-year-old Glaswegian said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tom Hale']);
  });
});
