import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Problem } from './problemsReporter.ts';

const root = path.resolve(import.meta.dirname, '..');

it('names every way a run failed: a test, a hook and an error thrown outside any test', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'saywire-problems-'));
  const file = path.join(dir, 'problems.json');
  try {
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'scripts/fixtures/problems/vitest.config.ts',
        '--reporter=./scripts/problemsReporter.ts',
      ],
      { cwd: root, env: { ...process.env, SAYWIRE_PROBLEMS_FILE: file }, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const problems = JSON.parse(readFileSync(file, 'utf8')) as Problem[];
    const fixture = 'scripts/fixtures/problems/broken.fixture.ts';
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          where: `${fixture} > fails an assertion`,
          message: expect.stringContaining('expected 1 to be 2'),
        },
        { where: fixture, message: 'Error: the afterAll hook broke' },
        {
          where: expect.stringMatching(
            /^unhandled error, scripts\/fixtures\/problems\/broken\.fixture\.ts/,
          ),
          message: 'Error: rejected and never handled',
        },
      ]),
    );
    expect(problems).toHaveLength(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
