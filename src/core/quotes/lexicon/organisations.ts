/**
 * Words for organisations and what they issue: institution and company words, legal forms, firm
 * and sector nouns, news organisations, parties, and documents that speak for their issuer.
 */

import { words } from './words.ts';

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
  water gas energy rail airways utilities properties realty developments investments partners
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

/** Parties a person's description may name: "BJP spokesperson", "the Congress MP". */
export const PARTIES = words(`
  congress bjp tmc aap sp bsp cpi cpi(m) cpm dmk aiadmk ncp jd(u) jdu rjd brs tdp ysrcp bjd jmm
  labour conservative tory democrat democratic republican liberal snp green greens reform ukip
  pti pml-n ppp anc trinamool samajwadi
  `);
