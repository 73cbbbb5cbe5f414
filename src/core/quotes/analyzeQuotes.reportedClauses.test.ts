// @vitest-environment node
// Verbs, nouns and participles inside a reported clause or a fronted phrase: which of them is the
// speaker's cue, and whose subject speaks.
// Every text here is synthetic: written for the test in the shapes news copy takes.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotesOf.testing.ts';

it('does not take the object of the main clause for the speaker of a participle cue', () => {
  const [quote] = quotesOf(
    'Asked about it, Tom Reed acknowledged the delay, stating, "We were too slow."',
  );
  expect(quote?.speaker).toBe('Tom Reed');
});

it('tells the parenthetical "says X" from the subject before it', () => {
  const [quote] = quotesOf(
    'The weekly loss is large, but the truth, says Tom Reed, is that "the city is shrinking fast."',
  );
  expect(quote?.speaker).toBe('Tom Reed');
});

it('gives "He attacked X, saying the leader "…"" to him, not to X', () => {
  const quotes = quotesOf(
    'Union Minister Piyush Goyal spoke to ANI. "We will win," Goyal said.\n\n' +
      'He also attacked Rahul Gandhi, saying the Congress leader "does not understand the economy".',
  );
  expect(quotes.map((quote) => quote.speaker)).toEqual(['Piyush Goyal', 'Piyush Goyal']);
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

describe('a described name after an inverted verb', () => {
  it('reads "said a visibly emotional Kumar" as Kumar speaking', () => {
    const quotes = quotesOf(
      'Ravi Kumar arrived at the hospital on Monday. "I just want my son back," said a visibly ' +
        'emotional Kumar.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ravi Kumar']);
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

describe('a past participle set off after an organisation (fourteenth session)', () => {
  it('is stepped over: "The Kenya Human Rights Commission, formed in 1992, said"', () => {
    const quotes = quotesOf(
      'The Kenya Human Rights Commission, formed in 1992, said the arrests were "unlawful."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Kenya Human Rights Commission']);
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

describe("a verb after a modal in a spokesperson's report (fifteenth session)", () => {
  it('is no cue of its own: "a State Department spokesman said the United States would protest "…""', () => {
    const quotes = quotesOf(
      'The Soviet Union shot down the plane on Monday.\n\n' +
        'A State Department spokesman said the United States would protest "in the strongest terms."',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['State Department']);
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

describe('a participle after the person something is sent to (fifteenth session)', () => {
  it('shares the clause\'s subject: "sent a telegram to Robert F. Kennedy Thursday asking that …"', () => {
    const quotes = quotesOf(
      'Gov. Ernest Vandiver sent a telegram to Atty. Gen. Robert F. Kennedy Thursday asking that marshals be kept out of the state "unless and until the state requests them."\n\n' +
        'The council voted to sell its shares, with Mayor Wayne Brown saying the money would be "put to work" at once.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ernest Vandiver', 'Wayne Brown']);
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

describe('a fronted participle clause with a pronoun in it (seventeenth session)', () => {
  it('comes before the subject of "smiled and said"', () => {
    const quotes = quotesOf(
      'Asked whether he would run again, Gov. Price Daniel smiled and said, "Ask me in January."\n\n' +
        'Outgoing premier Steven Miles conceded defeat, but said Labor had run "a fine campaign".',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Price Daniel', 'Steven Miles']);
  });
});
