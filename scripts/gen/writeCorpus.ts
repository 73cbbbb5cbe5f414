import path from 'node:path';
import { generateCorpus, syntheticTaxonomy } from './generateCorpus.ts';

type Fs = {
  mkdir: (dir: string, options: { recursive: true }) => unknown;
  writeFile: (file: string, text: string) => void;
};

/**
 * Writes a generated corpus into `dir` (articles and `topics.json`), one file at a time.
 * Stale `a*.txt` files from a bigger corpus are the caller's to clear.
 */
export function writeCorpus(dir: string, count: number, seed: number, fs: Fs): { bytes: number } {
  fs.mkdir(dir, { recursive: true });
  fs.writeFile(path.join(dir, 'topics.json'), `${JSON.stringify(syntheticTaxonomy(), null, 2)}\n`);
  let bytes = 0;
  for (const { file, text } of generateCorpus(count, seed)) {
    fs.writeFile(path.join(dir, file), text);
    bytes += text.length;
  }
  return { bytes };
}
