/**
 * Measures the quote engine on the hand-labelled development set (tests/fixtures/quotes-dev).
 * Usage: npm run eval:quotes [-- --errors] [-- --json]. Always exits 0: it is a measurement.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeader } from '../../src/core/article/parseHeader.ts';
import { splitParagraphs } from '../../src/core/article/splitParagraphs.ts';
import { analyzeQuotes } from '../../src/core/quotes/analyzeQuotes.ts';
import { DEV_SET_DIR, type GoldFile } from './devSet.ts';
import {
  addTally,
  emptyTally,
  ratios,
  scoreFile,
  type PredictedQuote,
  type ScoreError,
  type Tally,
} from './scoreQuotes.ts';

type FileResult = { id: string; source: string; tally: Tally; errors: ScoreError[] };

/** Runs the engine on a text the way the quotes CLI does: header, paragraphs, analysis. */
function predict(text: string): PredictedQuote[] {
  const header = parseHeader(text);
  const bodyStart = header.ok ? header.value.bodyStart : 0;
  const { quotes } = analyzeQuotes(text, splitParagraphs(text, bodyStart));
  return quotes.map((q) => ({
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
  }));
}

function evaluate(): FileResult[] {
  const labelsDir = join(DEV_SET_DIR, 'labels');
  return readdirSync(labelsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(labelsDir, name), 'utf8')) as GoldFile;
      const text = readFileSync(join(DEV_SET_DIR, 'texts', gold.file), 'utf8');
      const { tally, errors } = scoreFile(gold.quotes, predict(text));
      return { id: gold.file.replace(/\.txt$/, ''), source: gold.source, tally, errors };
    });
}

function bySource(results: readonly FileResult[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const r of results) {
    const tally = tallies.get(r.source) ?? emptyTally();
    addTally(tally, r.tally);
    tallies.set(r.source, tally);
  }
  const overall = emptyTally();
  for (const tally of tallies.values()) addTally(overall, tally);
  tallies.set('overall', overall);
  return tallies;
}

const pct = (x: number | null) => (x === null ? '   -' : (x * 100).toFixed(1).padStart(5));

function table(tallies: Map<string, Tally>): string {
  const head =
    'source     files  gold  pred match     P     R    F1  ovF1  speaker acc (n)  gold-null named';
  const rows = [...tallies].map(([source, t]) => {
    const r = ratios(t);
    return [
      source.padEnd(10),
      String(t.files).padStart(5),
      String(t.gold).padStart(5),
      String(t.predicted).padStart(5),
      String(t.matched).padStart(5),
      pct(r.precision),
      pct(r.recall),
      pct(r.f1),
      pct(r.overlapF1),
      `${pct(r.speakerAccuracy)} (${t.speakerCorrect}/${t.speakerScored})`.padEnd(16),
      `${t.goldNullPredictedName}/${t.goldNullSpeaker}`.padStart(15),
    ].join(' ');
  });
  return [head, ...rows].join('\n');
}

const clip = (s: string) => JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}...` : s);

function describe(id: string, e: ScoreError): string {
  switch (e.kind) {
    case 'missed': {
      const seen = e.overlapping
        ? ` | engine: ${e.overlapping.kind} ${clip(e.overlapping.text)}`
        : ' | engine: nothing';
      return `${id}@${e.gold.start} MISSED ${e.gold.kind} ${clip(e.gold.text)}${seen}`;
    }
    case 'spurious':
      return `${id}@${e.predicted.start} SPURIOUS ${e.predicted.kind} ${clip(e.predicted.text)} (speaker ${e.predicted.speaker ?? 'null'})`;
    case 'speaker':
      return `${id}@${e.gold.start} SPEAKER gold ${JSON.stringify(e.gold.speaker)} vs engine ${JSON.stringify(e.predicted.speaker)} ${clip(e.gold.text)}`;
    default: {
      const never: never = e;
      return never;
    }
  }
}

function main(args: readonly string[]): void {
  const results = evaluate();
  const tallies = bySource(results);
  if (args.includes('--json')) {
    const figures = Object.fromEntries([...tallies].map(([s, t]) => [s, { ...t, ...ratios(t) }]));
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${table(tallies)}\n`);
  if (args.includes('--errors')) {
    const lines = results.flatMap((r) => r.errors.map((e) => describe(r.id, e)));
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}

main(process.argv.slice(2));
