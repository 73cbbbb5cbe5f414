import type { GoldQuote } from './devSet.ts';

/** A quotation the engine predicted, reduced to what scoring needs. */
export type PredictedQuote = {
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
};

/** Counts for one file, one source or the whole set; ratios are derived from them. */
export type Tally = {
  files: number;
  gold: number;
  predicted: number;
  matched: number;
  overlapMatched: number;
  /** Matched spans whose gold speaker is named. */
  speakerScored: number;
  speakerCorrect: number;
  /** Matched spans whose gold speaker is null. */
  goldNullSpeaker: number;
  goldNullPredictedName: number;
};

/** One thing the engine got wrong, located for error analysis. */
export type ScoreError =
  | { kind: 'missed'; gold: GoldQuote; overlapping: PredictedQuote | null }
  | { kind: 'spurious'; predicted: PredictedQuote }
  | { kind: 'speaker'; gold: GoldQuote; predicted: PredictedQuote };

const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/** Text as compared for an exact span match: surrounding whitespace and punctuation trimmed. */
export function normalizeQuoteText(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '');
}

/** A speaker name as compared: case and runs of whitespace do not count. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Pairs gold and predicted spans one to one, in document order, by the given test. */
function pair(
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
  same: (g: GoldQuote, p: PredictedQuote) => boolean,
): Map<GoldQuote, PredictedQuote> {
  const used = new Set<PredictedQuote>();
  const pairs = new Map<GoldQuote, PredictedQuote>();
  for (const g of gold) {
    const p = predicted.find((candidate) => !used.has(candidate) && same(g, candidate));
    if (p) {
      used.add(p);
      pairs.set(g, p);
    }
  }
  return pairs;
}

/** An empty tally to add files into. */
export function emptyTally(): Tally {
  return {
    files: 0,
    gold: 0,
    predicted: 0,
    matched: 0,
    overlapMatched: 0,
    speakerScored: 0,
    speakerCorrect: 0,
    goldNullSpeaker: 0,
    goldNullPredictedName: 0,
  };
}

/**
 * Scores one file. Only direct and partial quotations count on either side: kind `other`
 * (titles, scare quotes) is nobody's speech. A span matches when its trimmed text is equal and
 * the offsets overlap; the overlap score asks only for shared characters.
 */
export function scoreFile(
  allGold: readonly GoldQuote[],
  allPredicted: readonly PredictedQuote[],
): { tally: Tally; errors: ScoreError[] } {
  const gold = allGold.filter((q) => q.kind !== 'other');
  const predicted = allPredicted.filter((q) => q.kind === 'direct' || q.kind === 'partial');
  const exact = pair(
    gold,
    predicted,
    (g, p) => overlaps(g, p) && normalizeQuoteText(g.text) === normalizeQuoteText(p.text),
  );
  const loose = pair(gold, predicted, overlaps);
  const tally: Tally = {
    ...emptyTally(),
    files: 1,
    gold: gold.length,
    predicted: predicted.length,
    matched: exact.size,
    overlapMatched: loose.size,
  };
  const errors: ScoreError[] = [];
  for (const g of gold) {
    const p = exact.get(g);
    if (!p) {
      const overlapping = allPredicted.find((candidate) => overlaps(g, candidate)) ?? null;
      errors.push({ kind: 'missed', gold: g, overlapping });
      continue;
    }
    if (g.speaker === null) {
      tally.goldNullSpeaker++;
      if (p.speaker !== null) {
        tally.goldNullPredictedName++;
        errors.push({ kind: 'speaker', gold: g, predicted: p });
      }
      continue;
    }
    tally.speakerScored++;
    if (p.speaker !== null && normalizeName(p.speaker) === normalizeName(g.speaker)) {
      tally.speakerCorrect++;
    } else {
      errors.push({ kind: 'speaker', gold: g, predicted: p });
    }
  }
  const matchedPredictions = new Set(exact.values());
  for (const p of predicted) {
    if (!matchedPredictions.has(p)) errors.push({ kind: 'spurious', predicted: p });
  }
  return { tally, errors };
}

/** Sums tallies field by field. */
export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

/** Precision, recall and F1 of the exact and overlap matches, and the speaker figures. */
export function ratios(t: Tally) {
  const f1 = (matched: number) => {
    const p = t.predicted ? matched / t.predicted : 0;
    const r = t.gold ? matched / t.gold : 0;
    return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return {
    ...f1(t.matched),
    overlapF1: f1(t.overlapMatched).f1,
    speakerAccuracy: t.speakerScored ? t.speakerCorrect / t.speakerScored : null,
    goldNullNamedRate: t.goldNullSpeaker ? t.goldNullPredictedName / t.goldNullSpeaker : null,
  };
}
