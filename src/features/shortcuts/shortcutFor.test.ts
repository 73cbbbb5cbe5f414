import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcutFor.ts';

/** A keydown as the document would see it, dispatched at `target`. */
function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}) {
  let seen: KeyboardEvent | undefined;
  const listener = (event: KeyboardEvent) => (seen = event);
  document.addEventListener('keydown', listener);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  document.removeEventListener('keydown', listener);
  if (!seen) throw new Error('no keydown reached the document');
  return shortcutFor(seen);
}

describe('shortcutFor', () => {
  it('maps j, k, ? and / to next, previous, help and the reserved search', () => {
    expect([
      press('j'),
      press('k'),
      press('?', document.body, { shiftKey: true }),
      press('/'),
    ]).toEqual(['next', 'previous', 'help', 'search']);
    expect(press('J', document.body, { shiftKey: true })).toBeNull();
    expect(press('x')).toBeNull();
  });

  it('never fires with Ctrl, Alt or Meta held', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(press('j', document.body, { [modifier]: true })).toBeNull();
      expect(press('?', document.body, { [modifier]: true, shiftKey: true })).toBeNull();
    }
  });

  it('never fires while typing in an input, textarea, select or editable content', () => {
    document.body.innerHTML = `
      <input type="search" /><textarea></textarea><select><option>a</option></select>
      <div contenteditable="true"><span id="inside">x</span></div>`;
    for (const selector of ['input', 'textarea', 'select', '#inside']) {
      const field = document.querySelector(selector);
      if (!field) throw new Error(selector);
      expect([press('j', field), press('?', field), press('/', field)]).toEqual([null, null, null]);
    }
    document.body.innerHTML = '';
  });
});
