// @vitest-environment node
// Sports copy: players by position, epithets, sports writers' nouns for a player.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

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

describe('a player described as former (eleventh session)', () => {
  it('may be the manager now: "said the former Middlesbrough midfielder"', () => {
    const quotes = quotesOf(
      'Scarborough manager Jonathan Greenings was delighted with a third clean sheet. ' +
        "'The lads were outstanding,' said the former Middlesbrough midfielder.",
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jonathan Greenings']);
  });
});

describe('positions and occupations the role lists lacked (seventeenth session)', () => {
  it('are titles before a name and epithets after it', () => {
    const quotes = quotesOf(
      'Halfback Paul Hornung said the Army pass was "the best of the year."\n\n' +
        'Librarian Dorman H. Winfrey said the archive held "every official record of the state."\n\n' +
        'Evacuee Siti Aminah Abdullah said the water "came into the house at night."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Paul Hornung',
      'Dorman H. Winfrey',
      'Siti Aminah Abdullah',
    ]);
  });
});

describe('a weight class or a look before the name (twentieth session)', () => {
  it('is no part of it: "Welterweight Rudy Banks", "Lanky Cal Dorn", "Tall, bony Hal Pryor"', () => {
    const quotes = quotesOf(
      'Welterweight Rudy Banks won a split decision. "He never stopped coming," Banks said.\n\n' +
        'Lanky Cal Dorn took the high jump. "I felt light," Dorn said.\n\n' +
        'Tall, bony Hal Pryor won the mile and said he could run "a lot faster."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Rudy Banks', 'Cal Dorn', 'Hal Pryor']);
  });

  it('keeps a nickname: "Curly Weems", "Slim Hardy"', () => {
    const quotes = quotesOf(
      'Curly Weems drove in three runs. "It felt good," Weems said.\n\n' +
        'Slim Hardy pitched the ninth. "I was ready," Hardy said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Curly Weems', 'Slim Hardy']);
  });
});
