/**
 * `items.map(f)`, always as a packed array. V8's optimising compiler inlines `Array.prototype.map`
 * and makes a holey array where the unoptimised `map` made a packed one, so once a function that
 * maps is optimised, every reader of its arrays compiled before meets a new array map and is
 * thrown away ("wrong map"): `readRun`, which makes every mention's words, was recompiled five to
 * eight times over the first articles, at hundreds of milliseconds each.
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let index = 0; index < items.length; index++) mapped.push(f(items[index] as T, index));
  return mapped;
}
