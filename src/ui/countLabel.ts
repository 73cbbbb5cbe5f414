/** `countLabel(1, 'quote')` → "1 quote"; `countLabel(10, 'quote')` → "10 quotes". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
