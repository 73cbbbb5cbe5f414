import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.ts';

describe('formatDate', () => {
  it('writes an ISO date as day, month name and year in British order', () => {
    expect(formatDate('2024-11-19')).toBe('19 November 2024');
  });

  it('does not shift the day for a reader in a time zone behind UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDate('2024-01-01')).toBe('1 January 2024');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
