// `npm run budget` (and `npm test`, right after the build): gzip bytes of what a reader's browser
// loads first, against the budgets in scripts/bundleBudget.json. Fails naming what is over.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzip level 6, what `gzip -c` and most servers use, so the figures match `npm run size`. */
export function gzipBytes(bytes) {
  return gzipSync(bytes, { level: 6 }).length;
}

/** The value of `name="…"` in one tag's text, or null. */
function attribute(tag, name) {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/**
 * What the HTML makes the browser fetch before the page can run: every `<script src>` (the
 * module entry and the blocking classic scripts), every `<link rel="modulepreload">` (Vite lists
 * each chunk the entry statically imports) and every `<link rel="stylesheet">`.
 */
export function firstLoadUrls(html) {
  const scripts = [];
  const styles = [];
  // Comments may mention tags; they load nothing.
  const live = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of live.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const [tag] of live.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.push(href);
    else if (rel.includes('stylesheet')) styles.push(href);
  }
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * The text of each `<style>` element in the HTML: the stylesheet the build inlines into every
 * page (src/app/inlineStylesheet.ts) is first-load CSS too.
 */
export function inlineStyles(html) {
  const live = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...live.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => css);
}

/**
 * The file in `distDir` a URL from the HTML names. The site may be built under a base path
 * (`/saywire/assets/x.js`), so leading segments are dropped until a file matches.
 */
export function fileForUrl(distDir, url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    throw new Error(`bundle budget: ${url} is not served by the site itself`);
  }
  const segments = new URL(url, 'http://site/').pathname.split('/').filter(Boolean);
  for (let skip = 0; skip < segments.length; skip += 1) {
    const candidate = path.join(distDir, ...segments.slice(skip).map(decodeURIComponent));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`bundle budget: ${url} (named in index.html) is not in ${distDir}`);
}

/**
 * The chunks a first-load script names for import: the boot script (src/app/boot.ts) imports
 * the app right after the first paint, and Vite writes the app's chunk and the chunks it imports
 * statically into the boot chunk (`import("./main-….js")`, `["assets/main-….js", …]`). Every
 * page loads them at once, so they are first-load JavaScript too. Only the scripts the HTML
 * names are read: the app's own lazy chunks (search results, the update prompt) stay out.
 */
export function startedChunks(scriptFile) {
  const text = readFileSync(scriptFile, 'utf8');
  const names = [...text.matchAll(/["'`](?:\.\/|assets\/)([\w.-]+\.js)["'`]/g)].map(
    ([, name]) => name,
  );
  return [...new Set(names)].map((name) => {
    const file = path.join(path.dirname(scriptFile), name);
    if (!existsSync(file)) {
      throw new Error(`bundle budget: ${name} (imported by ${scriptFile}) is not in the build`);
    }
    return file;
  });
}

/**
 * Gzip bytes per budgeted item of the built site in `distDir`: first-load JavaScript, first-load
 * CSS and the list data (`data/index.json`), each with the files it counts.
 */
export function measureFirstLoad(distDir) {
  const htmlPath = path.join(distDir, 'index.html');
  if (!existsSync(htmlPath)) {
    throw new Error(`bundle budget: ${htmlPath} is missing; run \`npx vite build\` first`);
  }
  const html = readFileSync(htmlPath, 'utf8');
  const { scripts, styles } = firstLoadUrls(html);
  const sum = (sized) => ({
    files: sized,
    gzip: sized.reduce((total, { gzip }) => total + gzip, 0),
  });
  const measure = (files) =>
    sum(
      files.map((file) => ({
        file: path.relative(distDir, file).split(path.sep).join('/'),
        gzip: gzipBytes(readFileSync(file)),
      })),
    );
  const inlineCss = inlineStyles(html).map((css) => ({
    file: 'index.html <style>',
    gzip: gzipBytes(Buffer.from(css)),
  }));
  return {
    firstLoadJs: measure([
      ...new Set(
        scripts
          .map((url) => fileForUrl(distDir, url))
          .flatMap((file) => [file, ...startedChunks(file)]),
      ),
    ]),
    css: sum([...measure(styles.map((url) => fileForUrl(distDir, url))).files, ...inlineCss]),
    listData: measure([path.join(distDir, 'data', 'index.json')].filter(existsSync)),
  };
}

const LABELS = {
  firstLoadJs: 'first-load JavaScript',
  css: 'first-load CSS',
  listData: 'list data (data/index.json)',
};

const bytes = (n) => n.toLocaleString('en-US');

/**
 * Compares measurements with budgets (`{ firstLoadJs: { budget, target? }, … }`, gzip bytes).
 * Returns the table lines and one failure line per item over its budget.
 */
export function checkBudgets(measured, budgets) {
  const lines = [
    'bundle budget (gzip bytes, level 6)',
    `  ${'item'.padEnd(28)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)}  status`,
  ];
  const failures = [];
  for (const [key, { budget, target }] of Object.entries(budgets)) {
    const item = measured[key];
    const label = LABELS[key] ?? key;
    if (!item) throw new Error(`bundle budget: nothing measured for "${key}"`);
    if (item.files.length === 0) failures.push(`bundle budget: ${label}: no files found`);
    const over = item.gzip - budget;
    let status = over > 0 ? `OVER by ${bytes(over)} B` : 'ok';
    if (target !== undefined && target < budget) {
      const gap = item.gzip - target;
      status += gap > 0 ? `; target ${bytes(target)}: ${bytes(gap)} B to go` : '; target met';
    }
    lines.push(
      `  ${label.padEnd(28)} ${bytes(item.gzip).padStart(9)} ${bytes(budget).padStart(9)}  ${status}`,
    );
    for (const { file, gzip } of item.files) {
      lines.push(`    ${file.padEnd(26)} ${bytes(gzip).padStart(9)}`);
    }
    if (over > 0) {
      const percent = ((over / budget) * 100).toFixed(1);
      failures.push(
        `bundle budget: ${label} is ${bytes(item.gzip)} B gzip, ${bytes(over)} B (${percent}%) ` +
          `over its budget of ${bytes(budget)} B (scripts/bundleBudget.json)`,
      );
    }
  }
  return { lines, failures };
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const distDir = path.resolve(root, process.argv[2] ?? 'dist');
  const config = JSON.parse(readFileSync(path.join(root, 'scripts/bundleBudget.json'), 'utf8'));
  const { lines, failures } = checkBudgets(measureFirstLoad(distDir), config.budgets);
  console.log(lines.join('\n'));
  for (const failure of failures) console.error(failure);
  if (failures.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
