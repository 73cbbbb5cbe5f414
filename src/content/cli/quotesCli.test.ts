// @vitest-environment node
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { makeContentDir } from '../testFixtures.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const cli = path.join(root, 'src/content/cli/quotesCli.ts');

/** Runs the CLI as `npm run quotes` does (through tsx), from the repository root. */
async function runCli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

describe('quotes CLI', () => {
  it('prints a JSON array of records whose offsets slice the file', async () => {
    const content = '\uFEFFLONDON — The minister spoke.\r\n\r\n"We will build it," she said.\r\n';
    const { dir, cleanup } = await makeContentDir({ 'a.txt': content });
    cleanups.push(cleanup);

    const { code, stdout, stderr } = await runCli(path.join(dir, 'a.txt'));

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const records = JSON.parse(stdout) as { text: string; start: number; end: number }[];
    expect(Array.isArray(records)).toBe(true);
    for (const { text, start, end } of records) expect(content.slice(start, end)).toBe(text);
  });

  it('fails with a message on stderr for a missing file or a directory', async () => {
    const missing = await runCli('no/such/file.txt');
    const directory = await runCli(root);

    expect(missing).toMatchObject({ stdout: '', stderr: /cannot read .*no such file/ });
    expect(missing.code).not.toBe(0);
    expect(directory).toMatchObject({ stdout: '', stderr: /is a directory/ });
    expect(directory.code).not.toBe(0);
  });
});
