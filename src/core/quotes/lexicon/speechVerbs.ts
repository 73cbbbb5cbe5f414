/**
 * Reporting verbs, every inflection spelled out, with their phrasal forms ("point out", "shot
 * back"), the adverbs that may stand before them, and the words a scare quote or a title follows.
 */

import { words } from './words.ts';

/** Reporting verbs, every inflection spelled out, so cue matching is a set look-up. */
export const SPEECH_VERBS = words(`
  term terms termed terming brand brands branded branding label labels labelled labelling
  labeled labeling
  say says said saying tell tells told telling add adds added adding note notes noted noting
  state states stated stating remark remarks remarked remarking acknowledge acknowledges
  acknowledged acknowledging insist insists insisted insisting write writes wrote writing written
  tweet tweets tweeted tweeting post posts posted posting ask asks asked asking reply replies
  replied replying warn warns warned warning explain explains explained explaining claim claims
  claimed claiming argue argues argued arguing announce announces announced announcing declare
  declares declared declaring emphasise emphasises emphasised emphasising emphasize emphasizes
  emphasized emphasizing stress stresses stressed stressing assert asserts asserted asserting
  affirm affirms affirmed affirming recall recalls recalled recalling report reports reported
  comment comments commented commenting observe observes observed observing suggest suggests
  suggested suggesting concede concedes conceded conceding admit admits admitted admitting
  confirm confirms confirmed confirming deny denies denied denying describe describes described
  describing call calls called calling continue continues continued continuing mention mentions
  mentioned mentioning maintain maintains maintained maintaining predict predicts predicted
  predicting promise promises promised promising vow vows vowed vowing urge urges urged urging
  complain complains complained complaining respond responds responded responding reiterate
  reiterates reiterated reiterating underline underlines underlined underlining highlight
  highlights highlighted highlighting quip quips quipped joke jokes joked lament laments lamented
  conclude concludes concluded concluding recount recounts recounted exclaim exclaimed shout
  shouts shouted shouting testify testifies testified testifying whisper whispered answer
  answers answered answering agree agrees agreed agreeing boast boasts boasted cry cried
  demand demands demanded demanding charge charges charged charging contend contends contended
  contending counter countered declare told interject interjected propose proposed proposes
  indicate indicates indicated indicating reveal reveals revealed revealing recommend recommended
  caution cautions cautioned cautioning pledge pledged pledges tell inform informed informs
  advise advised advises yell yelled scream screamed murmur murmured mutter muttered sigh sighed
  laugh laughed snap snapped retort retorted write opine opined wonder wondered wonders
  bay bayed bellow bellowed roar roared thunder thundered growl growled snort snorted bark barked
  chuckle chuckled sneer sneered hiss hissed gasp gasped groan groaned moan moaned plead pleaded
  beg begged sob sobbed stammer stammered stutter stuttered drawl drawled purr purred grumble
  grumbled mumble mumbled blurt blurted confide confided venture ventured tease teased scoff
  scoffed protest protested object objected interrupt interrupted wail wailed howl howled coo
  cooed assure assured reassure reassured order ordered command commanded instruct instructed
  apologise apologises apologised apologize apologizes apologized appeal appeals appealed
  radioed signalled signaled signalling signaling
  inquire inquired enquire enquired query queried reason reasoned reflect reflected muse mused
  remind reminded repeat repeated echo echoed chime chimed resume resumed shriek shrieked screech
  screeched squeal squealed whimper whimpered rasp rasped croak croaked grunt grunted sputter
  sputtered snarl snarled rage raged fume fumed blast blasted slam slammed accuse accused allege
  alleged brag bragged crow crowed proclaim proclaimed pronounce pronounced brief briefed text
  texted email emailed message messaged rejoin rejoined insisting exclaiming smile smiled grin
  grinned nod nodded shrug shrugged sniff sniffed breathe breathed call called cry cries
  believe believes believed predict predicts forecast forecasts
  confess confesses confessed disclose discloses disclosed elaborate elaborated speculate
  speculates speculated theorize theorized theorise theorised guess guessed volunteer
  volunteered beam beamed gush gushed citing
  hint hints hinted hinting dismiss dismisses dismissed dismissing hail hails hailed hailing
  praise praises praised praising criticise criticises criticised criticising criticize
  criticizes criticized criticizing alleges alleging accuses accusing slams slamming blasts
  blasting clarify clarifies clarified clarifying rule rules ruled ruling hold holds held holding submit submits
  submitted submitting aver avers averred averring began begins
  express expresses expressed expressing thank thanks thanked thanking blame blames blamed blaming
  condemn condemns condemned condemning
  question questions questioned questioning laud lauds lauded lauding jibe jibed jibes estimate estimates estimated reckon reckons
  reckoned direct directs directed exhort exhorts exhorted exhorting request requested
  encourage encourages encouraged reject rejects rejected rejecting denounce denounces denounced
  denouncing decry decries decried welcome welcomes welcomed welcoming liken likens likened
  compare compares compared
  `);

/**
 * Reporting verbs that introduce speech as a phrase ("point out", "shot back"): verb form → its
 * particles. A verb that also reports speech alone ("wrote") is in SPEECH_VERBS as well.
 */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, ReadonlySet<string>> = phrasal(`
  point points pointed pointing:out,to  went goes:on  spelled:out  summed:up
  shot shoots fired fires snapped snaps wrote writes:back  hit hits:back,out
  chimed chimes piped pipes cut:in,up  spoke speaks:up,out  lash lashes lashed lashing:out
  `);

/** Reads "verb verb:particle,particle" groups: every verb before a colon takes its particles. */
function phrasal(table: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  let pending: string[] = [];
  for (const entry of table.trim().split(/\s+/)) {
    const [verb = '', particles] = entry.split(':');
    pending.push(verb);
    if (particles === undefined) continue;
    for (const form of pending) map.set(form, new Set(particles.split(',')));
    pending = [];
  }
  return map;
}

/** Words a scare quote or a title follows: `the so-called "Quad"`, `dubbed "Operation X"`. */
export const NON_SPEECH_LEADS = [
  'so-called',
  'so called',
  'dubbed',
  'nicknamed',
  'known as',
  'titled',
  'entitled',
  'the word',
  'the words',
  'the term',
  'the phrase',
  'the slogan',
  'the hashtag',
  // A creative work's noun, whatever its determiner: "his film 'Aashiqui 3'", "her debut novel";
  // "show" and "play" are verbs too ("will play "a key role"").
  'song',
  'film',
  'movie',
  'book',
  'novel',
  'the show',
  'series',
  'album',
  'the play',
  'poem',
  'documentary',
  'podcast',
  'memoir',
  'biopic',
  'sitcom',
  'the article',
  'the headline',
  'the report',
  'the campaign',
  'the theme',
  'the motto',
];

/** Adverbs and auxiliaries that may stand between a speaker and the verb: "Peskov also said". */
export const CUE_ADVERBS = words(`
  now also then later further again has had have was is would will reportedly previously recently
  earlier once quickly simply only just finally repeatedly publicly separately often angrily
  calmly firmly flatly bluntly candidly openly privately proudly quietly softly loudly sharply
  strongly clearly tersely briefly emphatically frankly jokingly laughingly cheerfully gravely
  solemnly subsequently did does may might could can should must who
  `);
