/**
 * Runs `callback` once the browser has painted the next frame: `requestAnimationFrame` runs just
 * before a frame's paint, and a task queued from it runs after that paint. Work that the reader
 * does not see (writing the URL after the list it describes is on screen) then waits for the
 * frame instead of delaying it. Returns a function that cancels it. (A timer, not a
 * `MessageChannel`: a channel no one holds can be collected with its message undelivered.)
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
