// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { precacheManifest, precacheUrls } from './precacheUrls.ts';

const BUNDLE = [
  'index.html',
  '404.html',
  'assets/index-abc.js',
  'assets/SearchPage-123.js',
  'assets/index-def.css',
  'data/index.json',
  'data/articles/one.json',
  'data/report.json',
];
const PUBLIC = [
  'favicon.svg',
  'theme-init.js',
  'manifest.webmanifest',
  'icons/icon-192.png',
  '.well-known/security.txt',
  'robots.txt',
];

describe('precacheUrls', () => {
  it('lists the shell, every hashed asset, the list data and the public icons and scripts', () => {
    expect(precacheUrls(BUNDLE, PUBLIC)).toEqual([
      '',
      'assets/SearchPage-123.js',
      'assets/index-abc.js',
      'assets/index-def.css',
      'data/index.json',
      'favicon.svg',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'theme-init.js',
    ]);
  });

  it('leaves article data and the report to be kept as the reader opens them', () => {
    const urls = precacheUrls(BUNDLE, PUBLIC);
    expect(urls).not.toContain('data/articles/one.json');
    expect(urls).not.toContain('data/report.json');
    expect(urls).not.toContain('404.html');
  });
});

describe('precacheManifest', () => {
  const contents = (index: string) =>
    new Map<string, string>([
      ['', '<!doctype html>'],
      ['assets/index-abc.js', 'console.log(1)'],
      ['data/index.json', index],
    ]);

  it('gets a new version when a precached file changes, as new content does', () => {
    const before = precacheManifest(contents('{"articles":[]}'));
    const after = precacheManifest(contents('{"articles":[1]}'));
    expect(after.version).not.toBe(before.version);
    expect(after.urls).toEqual(['', 'assets/index-abc.js', 'data/index.json']);
  });

  it('gets a new version when any one precached file changes by one byte, the shell included', () => {
    const before = contents('{}');
    const version = precacheManifest(before).version;
    for (const [url, text] of before) {
      const after = new Map(before).set(url, `${text} `);
      expect(precacheManifest(after).version, url).not.toBe(version);
    }
  });

  it('keeps its version when nothing precached changes', () => {
    expect(precacheManifest(contents('{}')).version).toBe(precacheManifest(contents('{}')).version);
  });
});
