/**
 * `compute` with its answers kept by key: for pure functions of a word or a phrase that the rules
 * ask about again and again over a long text. At most `limit` answers are kept (the store is
 * emptied when full), so a stream of new keys cannot grow it without end.
 */
export function memoised<V>(compute: (key: string) => V, limit = 10_000): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    if (answers.size >= limit) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
