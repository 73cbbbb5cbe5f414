// @vitest-environment node
// Wire-copy attribution: a table of common sentence shapes and the speakers they give.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

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
});
