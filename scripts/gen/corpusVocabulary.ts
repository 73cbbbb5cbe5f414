/**
 * The invented world the synthetic corpus is written about: fictional towns, roles, agencies and
 * the narration, speech and phrases its articles are made of (its people are in corpusNames.ts,
 * its fifty topics in corpusTopics.ts). None of it is news.
 */

/** Fictional towns: datelines, roles and narration. */
export const PLACES = [
  'Riverton',
  'Eastmoor',
  'Lakeside',
  'Northgate',
  'Pinehurst',
  'Westfield',
  'Port Ellis',
  'Northvale',
  'Ashford Bay',
  'Kestrel Point',
  'Marrow Hill',
  'Stonebridge',
  'Greywater',
  'Elmsworth',
  'Harlow Cross',
  'Brackenridge',
  'Oakhaven',
  'Silverdale',
  'Millbrook',
  'Thornbury',
] as const;

/** What speakers are: "the mayor of Riverton", "Riverton council's finance chief". */
export const ROLES = [
  'mayor',
  'spokesperson',
  'finance chief',
  'union leader',
  'council chair',
  'police chief',
  'health director',
  'school superintendent',
  'opposition leader',
  'deputy mayor',
  'chamber of commerce president',
  'planning officer',
  'port captain',
  'district judge',
  'community organiser',
  'university rector',
] as const;

export const AGENCIES = ['Test Wire', 'Synthetic Press', 'Northvale News', 'SWN'] as const;

/** Narration that names no topic word: the connective tissue of every article. */
export const NARRATION = [
  'The council met for three hours before the vote was called.',
  'Residents had gathered outside the town hall since early morning, many of them holding signs.',
  'Officials said the figures would be reviewed by an independent panel before the summer.',
  'Opposition members walked out of the chamber shortly after the debate began.',
  'The region has seen its population grow by almost a fifth since the last census.',
  'A final decision is expected at the next full session of the council.',
  'The proposal was first tabled two years ago and has been revised several times since.',
  'Several local groups have asked for a public hearing before any money is committed.',
  'The meeting was broadcast live, and more than a thousand people followed it online.',
  'The schedule has been questioned by several residents’ groups.',
  'Waiting any longer would only raise the final bill.',
  'The district has missed its own deadlines twice in the past decade.',
] as const;

/** Generic speech, joined with topic speech in quotations. */
export const SPEECH = [
  'We will not accept any delay',
  'The numbers speak for themselves',
  'Nobody wants another winter like the last one',
  'This is a fair deal for every resident',
  'We are ready to talk, but not at any price',
  'People deserve straight answers, not more reports',
  'We have listened, and we have changed the plan',
  'I am confident the council will do the right thing',
  'Every family in this district will feel the difference',
  'It is too early to say what the final cost will be',
] as const;

/** Short phrases quoted inside narration: the partial quotes ("called it a “quiet failure”"). */
export const PHRASES = [
  'quiet failure',
  'bold step',
  'fair start',
  'costly detour',
  'missed chance',
  'turning point',
  'half measure',
  'long overdue',
  'reckless gamble',
  'practical compromise',
] as const;
