// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import budgetConfig from './bundleBudget.json';
import {
  checkBudgets,
  firstLoadUrls,
  gzipBytes,
  inlineStyles,
  measureFirstLoad,
  type Budgets,
} from './checkBundleBudget.mjs';

/** Bytes that gzip cannot shrink much (a fixed-seed generator), so sizes are predictable. */
function noise(length: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(33 + (state % 90));
  }
  return text;
}

const FIXTURE_HTML = `<!doctype html>
<html><head>
  <!-- <script src="/commented-out.js"></script> -->
  <script src="/theme-init.js"></script>
  <script type="module" crossorigin src="/app/assets/boot.js"></script>
  <link rel="modulepreload" crossorigin href="/app/assets/vendor.js">
  <link rel="stylesheet" crossorigin href="/app/assets/style.css">
  <link rel="icon" href="/app/favicon.svg">
  <style>${'p{color:red}'.repeat(20)}</style>
</head><body><div id="root"></div></body></html>`;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/**
 * A built site under the base `/app/`: a boot script that imports the entry after the first
 * paint (as Vite writes it), one preloaded chunk, one chunk the entry imports lazily, CSS.
 */
function fixtureSite(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'saywire-budget-'));
  dirs.push(dist);
  mkdirSync(path.join(dist, 'assets'));
  mkdirSync(path.join(dist, 'data'));
  const files: Record<string, string> = {
    'index.html': FIXTURE_HTML,
    'theme-init.js': noise(100, 1),
    'assets/boot.js': `${noise(300, 8)}import("./entry.js");m.f=["assets/entry.js"]`,
    'assets/entry.js': `${noise(2_000, 2)}import("./lazy.js")`,
    'assets/vendor.js': noise(3_000, 3),
    'assets/lazy.js': noise(50_000, 4),
    'assets/style.css': noise(500, 5),
    'data/index.json': JSON.stringify({ articles: noise(1_000, 6) }),
    'favicon.svg': noise(400, 7),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dist, file), text);
  return dist;
}

describe('firstLoadUrls', () => {
  it('lists scripts, module preloads and stylesheets, not comments, icons or lazy chunks', () => {
    expect(firstLoadUrls(FIXTURE_HTML)).toEqual({
      scripts: ['/theme-init.js', '/app/assets/boot.js', '/app/assets/vendor.js'],
      styles: ['/app/assets/style.css'],
    });
  });
});

describe('inlineStyles', () => {
  it('finds the text of each <style> element, not of one in a comment', () => {
    const html =
      '<head><!-- <style>x</style> --><style>a{b:c}</style><style media="print">d</style>';
    expect(inlineStyles(html)).toEqual(['a{b:c}', 'd']);
  });
});

describe('bundle budget check', () => {
  it('counts the boot script, the app it starts, preloads and blocking scripts, not lazy chunks', () => {
    const dist = fixtureSite();
    const measured = measureFirstLoad(dist);
    expect(measured.firstLoadJs.files.map(({ file }) => file)).toEqual([
      'theme-init.js',
      'assets/boot.js',
      'assets/entry.js',
      'assets/vendor.js',
    ]);
    const expected =
      gzipBytes(noise(100, 1)) +
      gzipBytes(`${noise(300, 8)}import("./entry.js");m.f=["assets/entry.js"]`) +
      gzipBytes(`${noise(2_000, 2)}import("./lazy.js")`) +
      gzipBytes(noise(3_000, 3));
    expect(measured.firstLoadJs.gzip).toBe(expected);
    // The linked stylesheet and the inlined one.
    expect(measured.css.files.map(({ file }) => file)).toEqual([
      'assets/style.css',
      'index.html <style>',
    ]);
    expect(measured.css.gzip).toBe(gzipBytes(noise(500, 5)) + gzipBytes('p{color:red}'.repeat(20)));
    expect(measured.listData.files.map(({ file }) => file)).toEqual(['data/index.json']);
  });

  it('passes a site within its budgets', () => {
    const measured = measureFirstLoad(fixtureSite());
    const budgets: Budgets = {
      firstLoadJs: { budget: measured.firstLoadJs.gzip, target: 1_000 },
      css: { budget: 10_000 },
      listData: { budget: 10_000 },
    };
    const { lines, failures } = checkBudgets(measured, budgets);
    expect(failures).toEqual([]);
    expect(lines.join('\n')).toMatch(/first-load JavaScript .* ok; target 1,000: .* to go/);
  });

  it('fails an over-budget site with a line naming what is over and by how much', () => {
    const measured = measureFirstLoad(fixtureSite());
    const budgets: Budgets = {
      firstLoadJs: { budget: measured.firstLoadJs.gzip - 250 },
      css: { budget: 10_000 },
      listData: { budget: 100 },
    };
    const { failures } = checkBudgets(measured, budgets);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(
      /^bundle budget: first-load JavaScript is [\d,]+ B gzip, 250 B \(.*%\) over its budget of [\d,]+ B/,
    );
    expect(failures[1]).toMatch(
      /^bundle budget: list data \(data\/index\.json\) is [\d,]+ B gzip, [\d,]+ B .* over its budget of 100 B/,
    );
  });

  it('fails when index.html names a file the build does not have', () => {
    const dist = fixtureSite();
    rmSync(path.join(dist, 'assets/vendor.js'));
    expect(() => measureFirstLoad(dist)).toThrow(/\/app\/assets\/vendor\.js .* is not in/);
  });

  it('fails when the boot script imports a chunk the build does not have', () => {
    const dist = fixtureSite();
    rmSync(path.join(dist, 'assets/entry.js'));
    expect(() => measureFirstLoad(dist)).toThrow(/entry\.js \(imported by .*boot\.js\) is not in/);
  });

  it('keeps the list data within the 15 KB of the issue', () => {
    expect(budgetConfig.budgets.listData.budget).toBeLessThanOrEqual(15_000);
  });
});
