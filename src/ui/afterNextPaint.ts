/**
 * Runs `callback` once the browser has painted the next frame: `requestAnimationFrame` runs just
 * before a frame's paint, and a message posted from it is handled after that paint. Work that
 * the reader does not see (writing the URL after the list it describes is on screen) then
 * waits for the frame instead of delaying it. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
