/**
 * Resolves in a new task, after the browser has handled any pending input: the app starts in
 * steps (src/app/boot.ts, `startApp`), each short enough not to delay a tap. A message, not a
 * timer: timers in a background tab wait up to a second each.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
