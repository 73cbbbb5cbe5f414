/** How long a permalinked quote stays marked; the CSS animation fits inside it. */
const FLASH_MS = 2000;

/**
 * Marks an element briefly (`data-flash`, styled in AttributionCard.css) so the reader sees which
 * quote a permalink points at. Under prefers-reduced-motion the mark is a still outline.
 */
export function flashQuote(element: HTMLElement): void {
  element.removeAttribute('data-flash');
  // Reading layout restarts the animation when the same quote is linked twice in a row.
  void element.offsetWidth;
  element.setAttribute('data-flash', '');
  window.setTimeout(() => element.removeAttribute('data-flash'), FLASH_MS);
}
