// @vitest-environment node
// A lede's unnamed subject (`A farmer has said …`), named in a later paragraph.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

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

describe('"The head of …" opening a lede (eighteenth session)', () => {
  it('is the person the next paragraph names, not "the mother of three" or a named apposition', () => {
    const texts = [
      'The head of the nation\'s largest steel company said today a price increase was "unavoidable."\n\n' +
        'Roger M. Blough, chairman of U.S. Steel, told stockholders that costs had risen.',
      'The widow of a slain patrolman told a Senate committee today that her husband had died "for $4,200 a year."\n\n' +
        'Mrs. Irma Cole, whose husband was shot in April, asked the committee to raise police pay.',
      'Lena Holm said she had not been paid in two months.\n\n' +
        '"I intend to keep my word on this," the mother of three said.',
      'The engineer of the train, Fred Olson, 59, said he had blown the whistle "all the way from the bridge."',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Roger M. Blough'],
      ['Irma Cole'],
      ['Lena Holm'],
      ['Fred Olson'],
    ]);
  });
});

describe("a lede's unnamed subject named next after courtesy titles (eighteenth session)", () => {
  it('is "The witness, Mrs. Doris Vandermeer," or "The Rev. Kelly Miller Smith said"', () => {
    const texts = [
      'A former bookkeeper testified today that she saw the defendant change the figures "with an ink eraser."\n\n' +
        'The witness, Mrs. Doris Vandermeer, 38, was questioned by the prosecutor.',
      'A Baptist minister who led a sit-in at a Nashville lunch counter said today the protests would go on "until every counter is open."\n\n' +
        'The Rev. Kelly Miller Smith said 60 students had been arrested.',
    ];
    expect(texts.map((text) => quotesOf(text).map((quote) => quote.speaker))).toEqual([
      ['Doris Vandermeer'],
      ['Kelly Miller Smith'],
    ]);
  });
});

describe("a body's role in a compound lede, named next (eighteenth session)", () => {
  it('is the person the next paragraph opens on, past a bracketed party', () => {
    const quotes = quotesOf(
      'DES MOINES, Iowa (AP) -- A bill cleared the House Judiciary Committee today, and its sponsor said he expected "a real donnybrook" on the floor.\n\n' +
        'Rep. Vernon L. Tjaden (R-Mason City) told reporters the bill would pass.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Vernon L. Tjaden']);
  });
});

describe('a lede whose speaker the next paragraph names in a frame (nineteenth session)', () => {
  it('is the person "The warning came from" or "The speaker was" names', () => {
    const quotes = quotesOf(
      'AUSTIN, Tex. (AP) -- The party faces "its darkest hour since Reconstruction," a Senate ' +
        'leader warned today.\n\n' +
        'The warning came from Sen. Joseph V. Tolliver of Lufkin in a speech to party workers.\n\n' +
        'Cotton Faces Fiber Fight\n\n' +
        'Cotton growers heard Thursday that synthetic fibers "are eating cotton\'s lunch," a ' +
        'Lubbock speaker said.\n\n' +
        'The speaker was J. B. Culpepper, vice-president of Plains Cotton Growers, Inc.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Joseph V. Tolliver', 'J. B. Culpepper']);
  });
});

describe('a lede named by "The NOUN was made by" (twentieth session)', () => {
  it('takes any noun when the verb says who produced it', () => {
    const quotes = quotesOf(
      'Relief for the flooded towns will come "as fast as the trucks can roll," a federal ' +
        'disaster official said tonight.\n\n' +
        'The pledge was made by Carl T. Voss, regional director of the relief agency, after ' +
        'a tour of the river towns.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Carl T. Voss']);
  });
});

it('gives a story’s opening quotation, alone and untagged, to the person the next paragraph opens with', () => {
  const quotes = quotesOf(
    '"A horse will tell you when he\'s hurting, if you know how to listen."\n\n' +
      'Jed Hollister has been listening for 61 years. He is the last blacksmith in the county.\n\n' +
      '"Sam Greenblatt\'s horse knows the way," a neighbour said.',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Jed Hollister', null]);
});
