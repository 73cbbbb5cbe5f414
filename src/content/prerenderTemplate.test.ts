import { describe, expect, it } from 'vitest';
import { fillTemplate, htmlFileFor } from './prerenderTemplate.ts';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Saywire: news that shows who said what." />
    <title>Saywire</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('fillTemplate', () => {
  it('replaces the shell title and description and pours the page into #root', () => {
    const html = fillTemplate(TEMPLATE, {
      head: '<title>Page – Saywire</title>',
      body: '<main>Hello</main>',
      state: '{"version":1}',
    });

    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(doc.title).toBe('Page – Saywire');
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(0);
    expect(doc.getElementById('root')?.innerHTML).toBe('<main>Hello</main>');
    const state = doc.querySelector('script[type="application/json"]#saywire-state');
    expect(state?.textContent).toBe('{"version":1}');
  });

  it('copies replacement patterns in page text literally', () => {
    const html = fillTemplate(TEMPLATE, { head: "$& $' $`", body: '$&', state: '"$1"' });

    expect(html).toContain("$& $' $`");
    expect(html).toContain('<div id="root">$&</div>');
  });

  it('refuses a template with nowhere to put the page', () => {
    expect(() => fillTemplate('<html><body></body></html>', { head: '', body: '', state: '' })).toThrow(
      /id="root"/,
    );
  });
});

describe('htmlFileFor', () => {
  it('writes / as index.html and any other route as <path>.html', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/articles/a-1')).toBe('articles/a-1.html');
    expect(htmlFileFor('/speakers')).toBe('speakers.html');
    expect(htmlFileFor('/404')).toBe('404.html');
  });
});
