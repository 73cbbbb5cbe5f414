// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteOrigin } from './siteOrigin.ts';

describe('siteOrigin', () => {
  it('defaults to where npm start serves the site', () => {
    expect(siteOrigin({})).toBe(new URL(DEFAULT_SITE_URL).origin);
  });

  it('takes the origin of SAYWIRE_SITE_URL', () => {
    expect(siteOrigin({ SAYWIRE_SITE_URL: 'https://saywire.example/' })).toBe(
      'https://saywire.example',
    );
  });

  it('refuses a URL that is not absolute http(s)', () => {
    expect(() => siteOrigin({ SAYWIRE_SITE_URL: 'saywire.example' })).toThrow(/not an absolute/);
    expect(() => siteOrigin({ SAYWIRE_SITE_URL: 'ftp://saywire.example' })).toThrow(/http/);
  });
});
