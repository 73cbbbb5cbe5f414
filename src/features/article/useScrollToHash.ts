import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { flashQuote } from './flashQuote.ts';

/**
 * Scrolls to, focuses and briefly marks the element named by the URL hash (`#q-3`) once the page
 * has rendered.
 * The router's own scroll handling runs before the article exists on a first load, so it cannot.
 */
export function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    let target: HTMLElement | null = null;
    try {
      target = document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch {
      return; // A malformed %-escape names no element.
    }
    if (!target) return;
    // Smoothness comes from CSS `scroll-behavior`, which honours prefers-reduced-motion.
    target.scrollIntoView?.({ block: 'center' });
    target.focus({ preventScroll: true });
    if (target.matches('mark[data-quote-id]')) flashQuote(target);
  }, [hash]);
}
