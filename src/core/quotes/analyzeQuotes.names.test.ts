// @vitest-environment node
// Name shapes: particles, initials, suffixes and letters after a name, nicknames, titles stripped.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it('keeps a surname particle, in either case, with the surname ("ten Hag", "Van Gaal")', () => {
  const quotes = quotesOf(
    'Manager Erik ten Hag spoke. "We were good," said ten Hag.\n\n' +
      'Louis van Gaal watched. Van Gaal was asked about it. "I feel fine," he said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Erik ten Hag', 'Louis van Gaal']);
  const [number] = quotesOf('"It was a long night," said ten Democrats in a letter.');
  expect(number?.speaker).toBeNull();
});

it('reads a hyphenated role ("the actor-politician said") and a given name after initials ("Jagan")', () => {
  const quotes = quotesOf(
    'Jana Sena chief Pawan Kalyan thanked voters. "This is a victory," the actor-politician said.\n\n' +
      'YS Jagan Mohan Reddy lost. "I do not know what happened," Jagan said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Pawan Kalyan', 'YS Jagan Mohan Reddy']);
});

it('joins two particles into one name, and never takes a preposition for a name', () => {
  const quotes = quotesOf(
    'Commission President Ursula von der Leyen said the plan would "reduce the burden".\n\n' +
      'Jean Servais spoke first. Inside the meeting, Minister David Clarinval said it was heard. ' +
      '"We need to act quickly," he said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Ursula von der Leyen', 'David Clarinval']);
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

it('strips "Cllr" like any title', () => {
  const [quote] = quotesOf(
    "Cllr Fran Belbin, chair of the committee, said the authority had 'listened carefully'.",
  );
  expect(quote?.speaker).toBe('Fran Belbin');
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

describe('a nickname in brackets (tenth session)', () => {
  it('keeps the whole name around it', () => {
    const quotes = quotesOf(
      'Rep. James H. (Sloppy) Floydd of Trion said he was "deeply disappointed". "The people ' +
        'have not changed their minds," Floydd said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['James H. Floydd', 'James H. Floydd']);
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

describe("a Member of the Senedd's letters (seventeenth session)", () => {
  it('are no part of the name', () => {
    const quotes = quotesOf(
      'Welsh Conservative health spokesman James Evans MS said the figures were "a scandal".\n\n' +
        '"It cannot go on," said Mabon ap Gwynfor MS.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['James Evans', 'Mabon ap Gwynfor']);
  });
});

describe('"Will" as a given name (eighteenth session)', () => {
  it('opens a name inside a sentence, or before a reporting verb, not a question', () => {
    const texts = [
      "The state's attorney general, Will Wilson, spoke next.\n\n" +
        '"The law is clear," the attorney general said.',
      'Will Wilson said the law was clear. "We will appeal," he said.',
      'Will Congress act? "We will see," Rep. Ana Ortiz said.',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Will Wilson'],
      ['Will Wilson'],
      ['Ana Ortiz'],
    ]);
  });
});

describe('two capitals after "a" (nineteenth session)', () => {
  it('are a thing, not a person "the carrier" could stand for: "in a Model T"', () => {
    const quotes = quotesOf(
      'Mail carrier retires\n\n' +
        'DENTON, Tex. -- When Claude Ferrell started carrying mail out of Denton in 1926, he made ' +
        'the trip in a Model T.\n\n' +
        'Friday he made it for the last time, and the people along the route met him with pies.\n\n' +
        '"I have been snowed in twice," the 65-year-old carrier said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Claude Ferrell']);
  });
});

describe('"Mrs. Lutz" among namesakes (twentieth session)', () => {
  it('is never the child: the girl and her mother share the surname', () => {
    const quotes = quotesOf(
      'The girl, Carol Becker, was treated for burns and released. Her mother, Mrs. Ruth ' +
        'Becker, said the stove had been left on.\n\n' +
        '"I only went out to the porch," Mrs. Becker said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ruth Becker']);
  });

  it('is never a boy the article gave an age: "Mr. Hale" is the father', () => {
    const quotes = quotesOf(
      'Tommy Hale, 8, and his father, Walter Hale, walked out of the woods at dawn.\n\n' +
        'Tommy Hale spent the night under a pine tree. "We kept each other warm," Mr. Hale said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Walter Hale']);
  });
});
