// `node scripts/renderIcons.mjs`: the app icons in public/icons/ (192 and 512 px, a maskable 512
// with the mark inside the safe zone, and the 48 px tab icon index.html links), rasterised from public/favicon.svg by Chromium, so the
// icons never drift from the favicon. Rerun after changing the favicon and commit the PNGs.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(path.join(root, 'public/favicon.svg'), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// The favicon's own background colour (tokens.css --text), so a maskable crop shows no seam.
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#1a1b1f';

const icons = [
  // The tab icon: a PNG, because Chromium decodes an SVG icon as a document of its own on the
  // page's main thread each time it fetches it again (after every URL change in some contexts).
  { file: 'favicon-48.png', size: 48, mark: 1, fill: 'transparent' },
  { file: 'icon-192.png', size: 192, mark: 1, fill: 'transparent' },
  { file: 'icon-512.png', size: 512, mark: 1, fill: 'transparent' },
  // Maskable icons may be cropped to a circle of 80% of their size: keep the mark within it.
  { file: 'icon-maskable-512.png', size: 512, mark: 0.7, fill: background },
];

const browser = await chromium.launch({
  executablePath: process.env.SAYWIRE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const outDir = path.join(root, 'public/icons');
  mkdirSync(outDir, { recursive: true });
  for (const { file, size, mark, fill } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * mark);
    await page.setContent(
      `<body style="margin:0;background:${fill};display:grid;place-items:center;` +
        `width:${size}px;height:${size}px"><img src="${src}" width="${inner}" height="${inner}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({
      path: path.join(outDir, file),
      omitBackground: fill === 'transparent',
    });
    await page.close();
    console.log(`public/icons/${file}  ${size}×${size}`);
  }
} finally {
  await browser.close();
}
