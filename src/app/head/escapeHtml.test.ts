import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from './escapeHtml.ts';

describe('escapeHtml', () => {
  it('turns markup and both quote marks into entities', () => {
    expect(escapeHtml(`<img src="x" onerror='a()'> & more`)).toBe(
      '&lt;img src=&quot;x&quot; onerror=&#39;a()&#39;&gt; &amp; more',
    );
  });

  it('leaves no character that could end an attribute or open a tag', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      }),
    );
  });
});

describe('jsonForScript', () => {
  it('cannot close its <script> element or open a comment, whatever the text holds', () => {
    const text = '</script><script>alert(1)</script><!-- & \u2028';

    const json = jsonForScript({ text });

    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual({ text });
  });

  it('reads back as the same value for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = jsonForScript(value);
        expect(json.toLowerCase()).not.toContain('</script');
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
