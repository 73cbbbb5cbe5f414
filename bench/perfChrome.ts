import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../tests/e2e/globalSetup.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/browser.ts';

/** The Chromium Lighthouse drives: CHROME_PATH, else the e2e tests' one. */
export const CHROME_PATH =
  process.env.CHROME_PATH ?? process.env.SAYWIRE_CHROMIUM ?? '/usr/bin/chromium';
/** The flags every Chromium here runs with, plus headless. */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Starts Chromium with a DevTools port for Lighthouse; resolves once the port answers. */
export async function startChrome(
  userDataDir: string,
): Promise<{ port: number; chrome: ChildProcess }> {
  const port = await freePort();
  const chrome = spawn(
    CHROME_PATH,
    [
      ...CHROME_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return { port, chrome };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  chrome.kill();
  throw new Error(`${CHROME_PATH} did not open its DevTools port`);
}

/** Stops Chromium and waits for it to exit, so its profile folder can be removed. */
export async function stopChrome(chrome: ChildProcess): Promise<void> {
  if (chrome.exitCode !== null || chrome.signalCode !== null) return;
  const exited = new Promise((resolve) => chrome.once('exit', resolve));
  chrome.kill();
  await exited;
}
