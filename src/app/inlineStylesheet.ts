import type { Plugin } from 'vite';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * Puts the stylesheet into the HTML as a `<style>` element instead of a `<link>`: all of the
 * app's CSS is one file (`cssCodeSplit: false`) of ~5 KB gzip, and as a request of its own it
 * was a second round trip before any page could paint (an article's first paint was ~1.45× a
 * plain HTML page's). Every prerendered page is filled from this HTML, so each carries it. The
 * CSP allows exactly this text by its hash (src/content/contentSecurityPolicy.ts, which hashes
 * every `<style>` of the built page); inline script stays forbidden. Production builds only:
 * `vite dev` injects its own styles.
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'saywire:inline-stylesheet',
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(STYLESHEET_LINK, (tag) => {
          const href = /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '';
          const asset = Object.values(bundle).find(
            (output) => output.type === 'asset' && href.endsWith(`/${output.fileName}`),
          );
          if (asset?.type !== 'asset') throw new Error(`index.html: ${href} is not in the build`);
          const css =
            typeof asset.source === 'string'
              ? asset.source
              : new TextDecoder().decode(asset.source);
          if (/<\/style/i.test(css))
            throw new Error(`${asset.fileName}: "</style" cannot be inlined`);
          // The file is not linked anywhere else (no JavaScript chunk loads CSS): not worth a
          // place in the build or the offline worker's precache.
          Reflect.deleteProperty(bundle, asset.fileName);
          // Vite marks the end of its CSS with a comment (`/*$vite$:1*/`); no reader needs it.
          return `<style>${css.replace(/\/\*\$vite\$:\d+\*\/\s*$/, '').trim()}</style>`;
        });
      },
    },
  };
}
