import { describe, expect, it } from 'vitest';
import { parseDateline } from './parseDateline.ts';

describe('parseDateline', () => {
  it.each([
    ['New Delhi [India], November 19 (ANI): Putin values', 'New Delhi', 'ANI'],
    ['LONDON, May 3 (Reuters) - Shares fell', 'LONDON', 'Reuters'],
    ['WASHINGTON — The Senate voted', 'WASHINGTON', null],
    ['New Delhi, April 8: The Supreme Court on Tuesday', 'New Delhi', null],
    ['NEW DELHI: The Supreme Court on Tuesday', 'NEW DELHI', null],
    ['New Delhi, Feb 21 (PTI) The Delhi High Court on Friday', 'New Delhi', 'PTI'],
    ['Cape Town — President Cyril Ramaphosa on Thursday', 'Cape Town', null],
    ['Kuala Lumpur, Malaysia – The ringgit fell', 'Kuala Lumpur, Malaysia', null],
    ['Nov 5 (Reuters) - Kessler Outdoor Inc cut', '', 'Reuters'],
    ['March 12, 2025 (AP) — The Senate voted', '', 'AP'],
  ])('reads the dateline of %j', (lead, place, agency) => {
    const dateline = parseDateline(lead, 0);
    expect(dateline).toMatchObject({ place, agency, start: 0 });
    expect(lead.slice(dateline?.end).startsWith(' ')).toBe(false);
  });

  it('finds none in a lead that opens with its story', () => {
    expect(parseDateline('The Supreme Court on Tuesday pulled up the Governor.', 0)).toBeNull();
    expect(parseDateline('Prime Minister Narendra Modi said: "We are ready."', 0)).toBeNull();
    expect(parseDateline('Rahul Gandhi, the Congress leader, said - again - no.', 0)).toBeNull();
  });
});

describe('no dateline', () => {
  it('reads "External Affairs Minister (EAM) S Jaishankar" as a title, not a place and an agency', () => {
    const text = 'External Affairs Minister (EAM) S Jaishankar held talks on Tuesday.';
    expect(parseDateline(text, 0)).toBeNull();
  });
});
