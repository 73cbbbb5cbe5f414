// @vitest-environment node
// Titles and offices before a name: where the title ends, where the name starts, and whom it names.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

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

describe('a learned occupation before a name the lists lack (seventeenth session)', () => {
  it('is a title, not the name', () => {
    const quotes = quotesOf(
      'Environmentalist Rafay Alam said the measures were "reactive, not preventive".\n\n' +
        'Paediatrician Ama Serwaa Owusu said the wards were "full of coughing children".\n\n' +
        'Manjinder Singh Sirsa said the city was "doing everything possible".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Rafay Alam',
      'Ama Serwaa Owusu',
      'Manjinder Singh Sirsa',
    ]);
  });
});

describe('a given name the lists lack before a middle initial (seventeenth session)', () => {
  it("is no posting after an officer's title", () => {
    const quotes = quotesOf(
      'Agriculture Commissioner Thad W. Mobley said it was "too early to tell."\n\n' +
        '"We will know more in ten days," Mobley said.\n\n' +
        'SSP Baramulla Ravi Kumar said the roads were "safe".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Thad W. Mobley',
      'Thad W. Mobley',
      'Ravi Kumar',
    ]);
  });
});

describe('a Member of the Scottish Parliament before a name (eighteenth session)', () => {
  it('is no part of it: "Local MSP Ewan Cattanach said"', () => {
    const texts = [
      'Local MSP Ewan Cattanach said it was "the third time in two years".',
      '"This is the third time in two years," said Argyll MSP Ewan Cattanach.',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Ewan Cattanach'],
      ['Ewan Cattanach'],
    ]);
  });
});

describe('an office before a given name that ends like an occupation (eighteenth session)', () => {
  it('leaves the name whole: "Dallas Mayor Lorimer J. Haugland", not "Chief Auditor J. Hale"', () => {
    const texts = [
      'Great Falls Mayor Lorimer J. Haugland said the city would grow. "We\'ll need schools," the mayor said.',
      'Chief Auditor J. Hale said the books were "in order".',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Lorimer J. Haugland'],
      ['J. Hale'],
    ]);
  });
});

describe('"LG", "CP" and "DSP" before a name (eighteenth session)', () => {
  it('are titles: "LG Manoj Varma said", "CP Adamu Garba-Musa said"', () => {
    const texts = [
      'LG Manoj Varma said help would be "immediate".',
      'Police Commissioner Adamu Garba-Musa visited the scene. "They are in custody," CP Garba-Musa said.',
      'DSP Adamu Garba-Musa said the men were "in custody".',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Manoj Varma'],
      ['Adamu Garba-Musa'],
      ['Adamu Garba-Musa'],
    ]);
  });
});

describe('"Father" or "Sister" before a surname (eighteenth session)', () => {
  it('is a clergy title, not a relative', () => {
    const texts = [
      'The Rev. Manuel Silveira, pastor of the church, held a prayer service.\n\n"We pray for them every year," Father Silveira said.',
      'Mary Agnes Dolan runs the school.\n\n"It never gets easier," Sister Dolan said.',
      'Manuel Silveira held a service. His father, August, watched.\n\n"I am proud," he said.',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Manuel Silveira'],
      ['Mary Agnes Dolan'],
      ['August'],
    ]);
  });
});

describe('"Msgr.", "Brig." and "Hon." before a name (twentieth session)', () => {
  it('are titles whose stop ends no sentence: the speaker is the priest, not "Msgr"', () => {
    const quotes = quotesOf(
      '"She taught half this parish to read," said Msgr. Francis X. Mulcahy, pastor of ' +
        "St. Brigid's.\n\n" +
        '"We will hold the line," said Brig. Gen. Ray Hale.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Francis X. Mulcahy', 'Ray Hale']);
  });
});

it('reads a hyphenated title by its first word when its head is none ("Councilman-at-large")', () => {
  const quotes = quotesOf(
    'Councilman-at-large Ray Fontenot was asked about the pay rise. "Ask them," said Fontenot.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Ray Fontenot']);
});

it('reads a role noun opening the sentence before a full name as a title ("Retiree Goh Beng Huat")', () => {
  const quotes = quotesOf(
    'Retiree Goh Beng Huat, 67, said the pool was "part of my life".\n\n' +
      'Pulane Moloi, 67, has waited a week for water. "I am tired," the pensioner said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Goh Beng Huat', 'Pulane Moloi']);
});
