import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brownFileToText } from './brownToText.ts';
import { DEV_SET_DIR, markStyleOf, SOURCES, sourceOf, type GoldFile } from './devSet.ts';

/**
 * Writes each source's text and its labels file. Spans come from the corpus marks; the
 * hand-made kind and speaker of a span already labelled (same start and end) are kept.
 * A new span gets kind `other` and speaker null and is listed, so it is labelled by hand next.
 */
function build(): void {
  mkdirSync(join(DEV_SET_DIR, 'texts'), { recursive: true });
  mkdirSync(join(DEV_SET_DIR, 'labels'), { recursive: true });
  const unlabelled: string[] = [];
  for (const id of SOURCES) {
    const { text, quotes } = brownFileToText(id, markStyleOf(id));
    writeFileSync(join(DEV_SET_DIR, 'texts', `${id}.txt`), text);
    const labelsPath = join(DEV_SET_DIR, 'labels', `${id}.json`);
    const old = existsSync(labelsPath)
      ? (JSON.parse(readFileSync(labelsPath, 'utf8')) as GoldFile).quotes
      : [];
    const gold: GoldFile = {
      file: `${id}.txt`,
      source: sourceOf(id),
      quotes: quotes.map(({ start, end }) => {
        const known = old.find((q) => q.start === start && q.end === end);
        if (!known) unlabelled.push(`${id}@${start}`);
        return {
          text: text.slice(start, end),
          start,
          end,
          kind: known?.kind ?? 'other',
          speaker: known?.speaker ?? null,
        };
      }),
    };
    writeFileSync(labelsPath, `${JSON.stringify(gold, null, 2)}\n`);
  }
  process.stdout.write(`${SOURCES.length} files; ${unlabelled.length} new spans\n`);
}

build();
