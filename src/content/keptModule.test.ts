// @vitest-environment node
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { keptModule } from './keptModule.ts';

const cleanups: string[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A code root of two TypeScript modules: the entry and one it imports. */
async function makeCode() {
  const root = await mkdtemp(path.join(tmpdir(), 'saywire-kept-'));
  cleanups.push(root);
  await writeFile(
    path.join(root, 'entry.ts'),
    "import { answer } from './answer.ts';\nexport const value: number = answer;\nexport const where = import.meta.url;\n",
  );
  await writeFile(path.join(root, 'answer.ts'), 'export const answer: number = 42;\n');
  return { root, dir: path.join(root, 'node_modules/.cache/kept') };
}

type Entry = { value: number; where: string };
const load = async (file: string) => (await import(pathToFileURL(file).href)) as Entry;

describe('a kept module', () => {
  it('is built once, runs as the source would (its own import.meta.url), and names its files', async () => {
    const { root, dir } = await makeCode();
    const built = await keptModule(root, 'entry.ts', dir, 'bundler 1');
    expect(built.inputs).toEqual(['answer.ts', 'entry.ts']);
    const module = await load(built.file);
    expect(module.value).toBe(42);
    expect(module.where).toBe(pathToFileURL(path.join(root, 'entry.ts')).href);

    const { mtimeMs } = await stat(built.file);
    const again = await keptModule(root, 'entry.ts', dir, 'bundler 1');
    expect(again.file).toBe(built.file);
    expect((await stat(again.file)).mtimeMs).toBe(mtimeMs);
  }, 60_000);

  it('is built again when a file it was made from changes, or the bundler does', async () => {
    const { root, dir } = await makeCode();
    const first = await keptModule(root, 'entry.ts', dir, 'bundler 1');
    await writeFile(path.join(root, 'answer.ts'), 'export const answer: number = 43;\n');
    const changed = await keptModule(root, 'entry.ts', dir, 'bundler 1');
    expect(changed.file).not.toBe(first.file);
    expect((await load(changed.file)).value).toBe(43);

    const otherBundler = await keptModule(root, 'entry.ts', dir, 'bundler 2');
    expect(otherBundler.file).not.toBe(changed.file);
    // A new import is a new input.
    await writeFile(path.join(root, 'more.ts'), 'export const more: number = 1;\n');
    await writeFile(
      path.join(root, 'answer.ts'),
      "import { more } from './more.ts';\nexport const answer: number = 43 + more;\n",
    );
    const grown = await keptModule(root, 'entry.ts', dir, 'bundler 2');
    expect(grown.inputs).toEqual(['answer.ts', 'entry.ts', 'more.ts']);
    expect((await load(grown.file)).value).toBe(44);
    await writeFile(path.join(root, 'more.ts'), 'export const more: number = 2;\n');
    expect((await load((await keptModule(root, 'entry.ts', dir, 'bundler 2')).file)).value).toBe(45);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
