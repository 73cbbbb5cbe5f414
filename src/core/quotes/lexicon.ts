/**
 * The small lexicons the quote engine's rules stand on: reporting verbs, titles, role nouns,
 * organisation words and the places and common words that look like names but are not people.
 * Every list is lower-case; look-ups lower-case the word first.
 */

import { STATE_PEOPLE } from './partyTags.ts';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

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

/** Pronouns that can be a speaker, with the gender they imply; 'plural' stands for organisations. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'plural'],
  ['we', 'plural'],
]);

/** Words shaped like an occupation: "meteorologist", "screenwriter", "historian", "consultant". */
export const OCCUPATION = /^\p{Ll}{4,}(?:ist|er|or|ian|ant|ent)$/u;

/** Seats in a house ("MP from Faizabad"), held beside other offices. */
export const SEATS = words(`mp mla mlc mep legislator lawmaker councillor senator`);

/**
 * Honorifics of Malaysian, Indonesian, Thai, Indian, Urdu and Nigerian copy: titles before a name,
 * but never a role, and several are also surnames ("Rokeya Begum", "Aung Tun", "Tunde Oba",
 * "Prasanna Acharya", "Vijay Pandit").
 */
export const HONORIFICS = words(`
  acharya pandit datuk datin dato seri tun puan encik bapak ibu khun thiru janab haji hajji begum alhaji alhaja
  hajiya engr otunba mallam comrade mazi oba ustaz cikgu berhormat
  `);

/** Honorifics and titles written before a name; they are not part of the name. */
export const TITLES: ReadonlySet<string> = new Set([
  ...words(`
  mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sheikh sheikha imam rabbi
  president prime minister pm premier chancellor king queen prince princess emperor pope
  senator sen rep representative congressman congresswoman gov governor mayor judge justice
  general gen lieutenant lt colonel col major maj captain capt sergeant sgt commander cmdr
  admiral adm marshal officer chief secretary spokesperson spokesman spokeswoman ambassador
  envoy director chairman chairwoman chair ceo cfo coo founder professor inspector detective
  commissioner superintendent deputy vice foreign defence defense finance home interior external
  press leader speaker chairperson minister-in-charge mp mla mep councillor councilman
  councilwoman attorney solicitor barrister coach manager captain president-elect
  vice-president sultan emir crown chief-minister cm ayatollah bishop archbishop cardinal
  father sister brother saint st state union cabinet junior senior acting former interim
  executive principal auditor comptroller treasurer registrar magistrate sheriff constable
  trooper agent pastor reverend dean provost chancellor-elect monsignor monsieur madame
  mademoiselle mme mlle herr frau signor signora senor senora senhor doctor viscount earl
  baron baroness duke duchess marquess count countess shri shrimati smt sushri eam mos nsa cji cds dgp dcp sho mlc
  affairs opposition counsel advocate councilmember councilor councillor alderman alderwoman assemblymember
  assemblyman assemblywoman delegate supervisor trustee selectman
  supt atty det insp cpl pvt sgt brig msgr hon comdr cllr coun const cst dci dcs pcso
  justices judges senators sens reps drs messrs profs
  mahant maulana ustad fm hm lop dig igp adgp ssp acp sdm cec
  grandmaster md cmd dg sg asg ig bdo dm cto td si asi taoiseach tanaiste tánaiste ceann comhairle
  ombudsman cadet midshipman airman seaman ensign plebe apprentice sp4 sp5 spec4 pfc
  undersecretary ald sp dc whip menteri besar
  cr ds di pc ch dpp app patrolman patrolwoman fireman comr secy dist asst warden controller mec
  pro tem coroner
  `),
  ...HONORIFICS,
]);

/** Titles that are titles only in capitals: "MD Salil Parekh", but "Md Salim" is Mohammed. */
export const CAPITALS_ONLY_TITLES = words(
  `md cmd dg sg asg ig dm bdo cto si asi sp dc ds di pc dpp app`,
);

/** Words that end a minister's portfolio: "Minister for Rural Development and Panchayat Raj". */
export const PORTFOLIO_WORDS = words(`
  affairs development welfare industry industries commerce health family child women rural urban
  panchayat raj technology biotechnology transport highways aviation defence defense finance
  education environment forests climate labour employment tourism culture fisheries agriculture
  railways power energy coal mines steel textiles housing resources broadcasting justice guards
  sanitation empowerment enterprises trade security children equality science sport heritage
  economy infrastructure planning enterprise innovation immigration youth disability arts media
  communications
  `);

/** Lower-case nouns that name a role ("the spokesperson said"); used to resolve role references. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...words(`
  spokesperson spokesman spokeswoman minister secretary president premier chancellor ombudsman
  ambassador envoy official officer director chairman chairwoman chair chief ceo founder
  governor mayor senator lawmaker legislator congressman congresswoman judge justice general
  commander leader head adviser advisor aide analyst economist expert researcher scientist
  professor lawyer attorney prosecutor investigator detective inspector commissioner
  superintendent coach manager captain player owner executive representative negotiator
  diplomat candidate mp mla councillor sheriff priest bishop imam rabbi pastor teacher
  principal doctor nurse surgeon witness resident survivor activist campaigner organiser
  organizer author writer editor columnist correspondent journalist reporter analyst
  strategist historian economist banker trader investor farmer worker student protester
  critic novelist poet playwright composer conductor actor actress singer producer architect
  painter sculptor philosopher theologian scholar physicist chemist biologist physiologist
  psychologist psychiatrist sociologist anthropologist archaeologist astronomer geologist
  physician engineer pilot driver broker publisher commentator broadcaster announcer pitcher
  catcher quarterback trainer dean provost rector vicar chaplain sergeant corporal
  astronaut diplomat ambassador consul mediator spokesperson
  secretary-general premier monarch king queen prince princess spokesperson side
  collector magistrate tehsildar sarpanch mukhiya patwari taoiseach boatman fisherman constable
  latter
  businessman businesswoman policeman policewoman
  supremo convener convenor chairperson patron in-charge functionary
  republican democrat conservative tory socialist liberal communist nationalist counsel advocate
  promoter agent consultant pollster donor supporter volunteer chef designer rapper musician
  guitarist drummer dancer comedian host presenter anchor filmmaker star striker midfielder
  defender goalkeeper forward bowler batsman batter skipper umpire referee athlete sprinter
  pacer paceman seamer spinner all-rounder wicketkeeper winger fullback playmaker
  champion winner runner-up titleholder medallist medalist finalist debutant shuttler paddler
  grappler archer weightlifter hurdler cueist
  spaniard briton frenchman frenchwoman dutchman englishman englishwoman scot scotsman
  irishman welshman swede serb croat kiwi aussie dane pole finn norwegian icelander american
  australian argentine argentinian brazilian canadian chilean colombian mexican peruvian uruguayan
  venezuelan ecuadorian german austrian belgian italian portuguese greek turk russian ukrainian
  georgian armenian czech slovak hungarian romanian bulgarian slovenian croatian serbian bosnian
  albanian indian pakistani bangladeshi afghan iranian iraqi israeli palestinian egyptian
  moroccan algerian tunisian nigerian ghanaian kenyan ethiopian ugandan zimbabwean cameroonian
  senegalese ivorian japanese chinese korean thai vietnamese filipino indonesian malaysian
  singaporean zealander lankan nepali nepalese afrikaner jamaican trinidadian
  swimmer boxer wrestler cyclist golfer jockey entrepreneur shareholder landlord tenant
  homeowner shopkeeper vendor merchant retailer parent mother father son daughter widow widower
  husband wife brother sister uncle aunt cousin nephew niece grandfather grandmother grandson
  granddaughter grandparent spouse friend neighbour neighbor victim suspect defendant plaintiff
  juror inmate prisoner soldier veteran firefighter paramedic medic midwife pharmacist dentist
  clinician epidemiologist virologist lecturer academic pupil graduate villager commuter
  passenger tourist visitor pilgrim migrant refugee fan member partner colleague counterpart
  boss employer employee staffer insider source rival opponent challenger ally politician
  delegate teenager voter shopper customer bystander onlooker
  eyewitness demonstrator attendee participant
  superstar megastar teammate compatriot fly-half scrum-half full-back centre-back centre-half quick speedster opener keeper stumper
  left-hander right-hander southpaw leg-spinner off-spinner linebacker receiver shortstop
  outfielder yorkshireman lancastrian catalan basque belarusian lithuanian latvian estonian
  flanker rider racer slugger hitter spearhead mvp
  nominee hopeful front-runner forecaster dutchwoman irishwoman scotswoman welshwoman
  coroner pathologist curator headteacher headmaster headmistress dealer
  freshman sophomore
  `),
  // "the Texan said", "the Arizonan said": a state's people, as American copy calls a legislator.
  ...STATE_PEOPLE,
]);

/** The role noun a plural names ("fishermen" → "fisherman", "dealers" → "dealer"); null otherwise. */
export function singularOfRole(word: string): string | null {
  const singular = word.endsWith('men') ? `${word.slice(0, -3)}man` : word.replace(/s$/, '');
  return singular !== word && ROLE_NOUNS.has(singular) ? singular : null;
}

/** Role acronyms and the roles they stand for: "the CM said" is the Chief Minister. */
export const ROLE_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cm', ['chief minister']],
  ['dcm', ['deputy chief minister']],
  ['pm', ['prime minister']],
  ['eam', ['external affairs minister', 'foreign minister']],
  ['fm', ['finance minister']],
  ['hm', ['home minister']],
  ['lg', ['lieutenant governor']],
  ['mos', ['minister of state']],
  ['cji', ['chief justice']],
  ['nsa', ['national security adviser', 'national security advisor']],
  ['dgp', ['director general of police']],
  ['dig', ['deputy inspector general']],
  ['igp', ['inspector general of police', 'inspector general']],
  ['ssp', ['senior superintendent of police']],
  ['sp', ['superintendent of police']],
  ['ig', ['inspector general of police', 'inspector general']],
  ['dm', ['district magistrate']],
  ['bdo', ['block development officer']],
  ['sdm', ['sub-divisional magistrate']],
  ['sho', ['station house officer']],
  ['dcp', ['deputy commissioner of police']],
  ['acp', ['assistant commissioner of police']],
  ['sg', ['solicitor general']],
  ['asg', ['additional solicitor general']],
  ['md', ['managing director']],
  ['cmd', ['chairman and managing director']],
  ['dg', ['director general', 'director-general']],
  ['coas', ['chief of army staff', 'chief of the army staff', 'army chief']],
  ['dycm', ['deputy chief minister']],
  ['cp', ['commissioner of police', 'police commissioner']],
  ['cs', ['chief secretary']],
  ['ag', ['attorney general', 'advocate general']],
  ['dc', ['deputy commissioner']],
  ['vc', ['vice chancellor', 'vice-chancellor']],
  ['pro', ['public relations officer']],
  ['io', ['investigating officer']],
  ['si', ['sub-inspector', 'sub inspector']],
  ['asi', ['assistant sub-inspector', 'assistant sub inspector']],
  ['cec', ['chief election commissioner']],
  ['cds', ['chief of defence staff']],
  ['lop', ['leader of opposition', 'leader of the opposition']],
  ['ceo', ['chief executive officer', 'chief executive']],
  ['cfo', ['chief financial officer']],
  ['mp', ['member of parliament']],
  ['mla', ['member of the legislative assembly']],
  ['hc', ['high court']],
  ['sc', ['supreme court']],
]);

/** Roles with another name for the same office: "Justice Datta" is "the judge". */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice']],
  ['skipper', ['captain']],
  ['boss', ['manager', 'head coach']],
  ['chief executive', ['ceo']],
  ['congressman', ['representative']],
  ['congresswoman', ['representative']],
  ['envoy', ['ambassador', 'high commissioner']],
  ['premier', ['prime minister']],
  [
    'top diplomat',
    ['foreign minister', 'foreign secretary', 'secretary of state', 'external affairs minister'],
  ],
  ['police chief', ['director general of police', 'chief constable', 'chief of police']],
  ['spokesman', ['press secretary']],
  ['spokeswoman', ['press secretary']],
  ['lib dem leader', ['liberal democrat leader']],
]);

/**
 * Documents that "say" what their issuer says: `the statement said`, `the release read`. The
 * speaker is whoever issued it, named just before.
 */
export const DOCUMENT_NOUNS = words(`
  statement release communique communiqué letter notice circular advisory memo memorandum
  order judgment judgement ruling verdict report filing affidavit petition complaint note
  email post tweet message document bulletin notification announcement indictment lawsuit
  chargesheet warrant motion presentments manifesto resolution forecast findings telegram cable
  `);

/** A player's position on the field: "the 37-year-old opener", "the Brazilian striker". */
export const PLAYER_POSITIONS = words(`
  striker midfielder defender goalkeeper forward winger fullback full-back centre-back
  centre-half playmaker keeper bowler batsman batter opener pacer paceman seamer spinner
  leg-spinner off-spinner all-rounder wicketkeeper stumper left-hander right-hander fly-half
  scrum-half quarterback linebacker receiver shortstop pitcher catcher slugger hitter spearhead
  `);

/** Who runs a team from the bench: never "the opener" or "the striker". */
export const BENCH_STAFF = words(`coach manager selector trainer boss`);

/** Nouns that introduce someone as another's relative: "his wife, Jill Biden", "Omar's father". */
export const KIN_NOUNS = words(`
  wife husband son daughter father mother brother sister spouse widow widower nephew niece cousin
  uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter father-in-law
  mother-in-law son-in-law daughter-in-law
  `);

/** Documents a court or a prosecutor issues: they never speak for the person quoted last. */
export const LEGAL_DOCUMENTS = words(`
  order judgment judgement ruling verdict filing affidavit petition complaint indictment lawsuit
  chargesheet warrant motion presentments manifesto resolution
  `);

/** Words that make a capitalised phrase an organisation, an event or a place, not a person. */
export const ORGANISATION_WORDS = words(`
  office ministry department party union assembly parliament congress senate house court bank
  fund organization organisation agency commission committee council forum group association
  institute university college school hospital company corporation corp inc ltd llc plc
  times post news press television tv radio network channel summit conference meeting
  government administration authority board bureau service services police army navy force
  forces guard command federation league club team foundation trust society church mission
  embassy consulate cabinet secretariat kremlin pentagon parliament police nations
  airlines airways bank exchange market index reserve treasury council cup championship games
  olympics festival awards prize project programme program plan act bill law treaty accord
  agreement initiative movement front alliance coalition bloc quad brics nato un eu asean
  jury legislature firm district laboratory lab station airport railroad railway corps fleet bench
  magazine journal gazette herald tribune daily review bulletin chronicle observer inquirer
  morcha sena sangh dal parishad samiti samaj manch sabha aayog nigam mandal akademi
  delegation rally military regime junta body panel tribunal watchdog directorate confederation
  dialogue conclave expo yatra chamber chambers
  `);

/** A company's legal form, written short: "Ford Motor Co.", "Apple Inc.", "Siemens GmbH". */
export const CORPORATE_SUFFIXES = words(`co cos inc corp ltd llc plc gmbh bros`);

/**
 * Words that end a company's name ("General Motors", "Delta Air Lines", "Reliance Industries"):
 * only after another capitalised word, since alone they open sentences ("Energy prices rose").
 */
export const COMPANY_WORDS = words(`
  motor motors lines airlines holdings industries technologies systems pharmaceuticals pharma
  petroleum securities insurance electric electronics communications telecom entertainment
  studios pictures enterprises ventures brands foods stores healthcare therapeutics semiconductor
  software networks logistics aerospace infrastructure chemicals automotive platforms dynamics
  brewery breweries distillery distilleries winery bakery bakeries
  water gas energy rail airways utilities
  ${[...CORPORATE_SUFFIXES].join(' ')}
  `);

/** The nouns for a firm of any trade: "the company said". */
export const FIRM_NOUNS = words(`company firm carrier airline corporation corp inc ltd limited`);

/**
 * Nouns for a kind of company or body that stand for one named before: "the carmaker said",
 * "the lender said", "the charity said".
 */
export const SECTOR_NOUNS = words(`
  carmaker automaker airline lender insurer retailer chipmaker drugmaker miner charity broadcaster
  conglomerate brewer manufacturer startup start-up utility regulator supermarket giant newspaper
  shipper brokerage fintech telco planemaker jetmaker steelmaker
  `);

/** News agencies and outlets that appear in text as single capitalised words. */
export const NEWS_ORGANISATIONS = words(`
  reuters afp ap ani pti ians xinhua tass ria bloomberg bbc cnn nbc cbs abc fox msnbc npr
  aljazeera yonhap kyodo dpa efe ansa upi
  `);

/** Countries, regions and cities likely in news, and their demonyms: never people. */
export const PLACES = words(`
  afghanistan albania algeria america american americans argentina armenia australia austria
  azerbaijan bahrain bangladesh belarus belgium beijing berlin bhutan bolivia bosnia brazil
  britain british brussels bulgaria cambodia canada chile china chinese colombia congo croatia
  cuba cyprus czech delhi denmark egypt england english estonia ethiopia europe european
  finland france french gaza georgia germany german ghana greece greek hungary india indian
  indonesia iran iranian iraq iraqi ireland irish israel israeli italy italian japan japanese
  jordan kazakhstan kazan kenya korea korean kosovo kuwait kyiv kiev laos latvia lebanon libya
  lithuania london malaysia mexico moldova mongolia montenegro morocco moscow myanmar nepal
  netherlands dutch new york zealand nigeria norway oman pakistan pakistani palestine
  palestinian panama paris peru philippines poland polish portugal qatar romania russia
  russian rwanda saudi arabia scotland serbia singapore slovakia slovenia somalia south africa
  spain spanish sri lanka sudan sweden swiss switzerland syria syrian taiwan tehran thailand
  tokyo turkey turkish uganda ukraine ukrainian emirates uae uk us usa u.s. u.k. kingdom united
  states uzbekistan venezuela vietnam washington west east north south yemen zambia zimbabwe
  asia africa african asian latin middle western eastern northern southern soviet crimea
  donbas donetsk luhansk kharkiv odesa jerusalem cairo riyadh dubai mumbai kolkata chennai
  bengaluru bangalore hyderabad islamabad karachi lahore dhaka kathmandu colombo kabul baghdad
  damascus beirut ankara istanbul athens rome madrid lisbon vienna warsaw prague budapest
  stockholm oslo copenhagen helsinki dublin edinburgh ottawa toronto sydney canberra seoul
  pyongyang manila jakarta bangkok hanoi hong kong shanghai geneva davos strasbourg hague
  brooklyn chicago texas california florida ohio virginia carolina atlanta boston
  egyptian emirati qatari afghan bangladeshi nepali nepalese lankan canadian mexican brazilian
  argentine australian vietnamese thai indonesian malaysian filipino nigerian kenyan ethiopian
  lebanese jordanian yemeni omani kuwaiti bahraini moroccan algerian tunisian libyan sudanese
  somali ugandan ghanaian belgian austrian swedish norwegian danish finnish hungarian romanian
  bulgarian serbian croatian portuguese scottish welsh slovak belarusian georgian armenian
  azerbaijani kazakh uzbek mongolian taiwanese singaporean burmese cambodian venezuelan
  colombian chilean peruvian cuban
  michigan illinois pennsylvania arizona nevada oregon massachusetts minnesota wisconsin iowa
  kansas kentucky tennessee alabama mississippi louisiana oklahoma arkansas missouri nebraska
  colorado utah idaho montana wyoming alaska hawaii connecticut maryland delaware vermont
  ala ariz ark calif colo conn fla ill ind kan ky md mass mich minn neb nev okla ore pa tenn
  tex vt wash wis wyo n.y n.j n.c n.h n.m n.d s.c s.d
  `);

/**
 * Capitalised words that start sentences or headings but are never names; keeps "Notably" and
 * "Despite" from becoming speakers.
 */
export const COMMON_CAPITALISED = words(`
  perhaps maybe nevertheless nonetheless otherwise thus hence therefore anyway likewise
  methodist baptist catholic protestant muslim hindu sikh jewish christian buddhist mormon
  anglican lutheran presbyterian episcopalian evangelical
  a an the this that these those there here it its it's i we you they he she his her their our
  my your in on at by for from to of with without about after before during since until while
  when where why how what which who whom whose if then than but and or nor so yet also however
  meanwhile moreover furthermore notably recently earlier later today yesterday tomorrow
  despite although though because as once now still even just only last next first second
  third finally monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun according asked speaking
  addressing no yes not all some many most several both each every any another
  other such one two three four five six seven eight nine ten hundreds thousands millions
  under over between among against into through across along around near amid amidst within
  inside outside beyond behind beneath throughout towards toward upon
  following regarding concerning meanwhile instead indeed overall additionally separately
  similarly likewise nevertheless nonetheless otherwise therefore thus hence accordingly
  god oh well please thank thanks let lets let's do does did is are was were be been being
  have has had will would shall should can could might must ok okay sources source officials
  `);

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

/** Prepositions before a name put it in a phrase, not in the subject of the sentence. */
export const PREPOSITIONS = words(`
  of with to for by about regarding from on in at between among against into toward towards
  upon over under than like unlike including via per amid as behind beside besides near
  `);

/** Adverbs and auxiliaries that may stand between a speaker and the verb: "Peskov also said". */
export const CUE_ADVERBS = words(`
  now also then later further again has had have was is would will reportedly previously recently
  earlier once quickly simply only just finally repeatedly publicly separately often angrily
  calmly firmly flatly bluntly candidly openly privately proudly quietly softly loudly sharply
  strongly clearly tersely briefly emphatically frankly jokingly laughingly cheerfully gravely
  solemnly subsequently did does may might could can should must who
  `);

/** Determiners and possessives that open a noun phrase ("the spokesperson", "his lawyer"). */
export const DETERMINERS = words(`
  the a an its his her their this that one another
  `);

/** Lower-case words that sit inside a role: "the new assistant secretary", "a former minister". */
export const ROLE_MODIFIERS = words(`
  new former acting then top chief senior deputy assistant local regional national state federal
  lead principal
  foreign veteran interim outgoing incoming newly elected appointed retired
  `);

/** "Majed al-Ansari", "Abdel Fattah el-Sisi": a surname joined to its particle by a hyphen. */
export const HYPHENED_PARTICLE = /^(?:al|el|ad|ash|as|at|an|ar|az|ud|ul|bin|ibn|abu|ben)-\p{Lu}/u;

/** Lower-case particles inside names: "Charles de Gaulle", "Osama bin Laden". */
export const NAME_PARTICLES = words(`
  de da van von der den ten ter bin bint al el le la du del di dos ibn ben abu ap ab des zu
  `);

/** Parties a person's description may name: "BJP spokesperson", "the Congress MP". */
export const PARTIES = words(`
  congress bjp tmc aap sp bsp cpi cpi(m) cpm dmk aiadmk ncp jd(u) jdu rjd brs tdp ysrcp bjd jmm
  labour conservative tory democrat democratic republican liberal snp green greens reform ukip
  pti pml-n ppp anc trinamool samajwadi
  `);

/** Words that introduce someone not named before: "A Winnipeg man", "one resident of". */
export const INDEFINITES = words(`a an one another`);

/** Nouns for a person that are no role: "A Winnipeg man said", "said an elderly Galveston man". */
export const PEOPLE = words(`man woman boy girl person youth`);

/** Nouns for the one who speaks for an institution or a person. */
export const SPOKESPEOPLE = words(`spokesperson spokesman spokeswoman`);

/** The days of the week, lower-case: "Boeing on Monday reported". */
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Words for a day that stand alone after a name: "Reed today said". */
export const STANDALONE_TIMES = words(`today yesterday tonight`);

/**
 * A capitalised word shaped like the name of a people, for one of them: "Queenslander",
 * "Glaswegian", "Ulsterman", "Keralite", "Punjabi", "Geordie".
 */
export function isDemonym(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}(?:lander|ian|ite|man|i|ie)$/u.test(word);
}
