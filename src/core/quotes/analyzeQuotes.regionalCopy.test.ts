// @vitest-environment node
// Conventions of Indian, Malaysian, Nigerian, British and American copy: honorifics, offices,
// postings, party tags and courts.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

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

describe('an undotted initial "A" or "I" opening an Indian name (seventeenth session)', () => {
  it('is no article and no pronoun, so the title before it is the role', () => {
    const quotes = quotesOf(
      'Energy minister A K Sharma said supply would be "normal within 48 hours".\n\n' +
        '"Any engineer found absent will face action," the minister said.\n\n' +
        'Power minister I S Sodhi said supply in Punjab was "stable".\n\n' +
        '"We have coal for ten days," the minister added.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.attribution])).toEqual([
      ['A K Sharma', 'named'],
      ['A K Sharma', 'role'],
      ['I S Sodhi', 'named'],
      ['I S Sodhi', 'role'],
    ]);
  });
});

it('drops Kenyan and Maori honorifics and a rank written in capitals from the speaker’s name', () => {
  const quotes = quotesOf(
    'Nakuru Central OCPD Josephine Atieno said officers would clear the road. "We will not ' +
      'allow it," Atieno said.\n\n' +
      'Mama Grace Wanjiku sells tomatoes by the road. "I have four children," she said.\n\n' +
      'Kuia Mere Takarangi, 91, was there. "I am a stubborn woman," Mrs Takarangi said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual([
    'Josephine Atieno',
    'Grace Wanjiku',
    'Mere Takarangi',
  ]);
});

it('drops "Madam" before a West African name, as "Mrs" would be', () => {
  const quotes = quotesOf(
    'Madam Akosua Mensah has sold yams at Makola for 30 years. "Prices are high," Madam ' +
      'Mensah said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Akosua Mensah']);
});

it('reads a portfolio after a title as the title’s ("Deputy Director Agriculture (Extension)")', () => {
  const quotes = quotesOf(
    'Deputy Director Agriculture (Extension) Rana Muhammad Arshad, who led the raid, said the ' +
      'samples had failed.\n\n' +
      '"This is not just cheating," he said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Rana Muhammad Arshad']);
});
