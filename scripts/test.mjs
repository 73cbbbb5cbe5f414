// `npm test`: unit and component tests, a production build and its bundle budget, then
// end-to-end tests in Chromium against that build. Installs what is missing first (node_modules; Chromium when it can).
import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = process.env.SAYWIRE_CHROMIUM ?? '/usr/bin/chromium';
const bin = {
  vitest: path.join(root, 'node_modules/vitest/vitest.mjs'),
  vite: path.join(root, 'node_modules/vite/bin/vite.js'),
};

/** Runs a command with this terminal's output, resolving to its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`test: cannot start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

async function prepare() {
  if (!existsSync(path.join(root, 'node_modules'))) {
    console.log('▶ node_modules is missing: npm ci');
    if ((await run('npm', ['ci'])) !== 0) return false;
  }
  if (!existsSync(chromium)) {
    // Installing only helps when the tests look where apt-get puts Chromium.
    const canInstall = !process.env.SAYWIRE_CHROMIUM && process.getuid?.() === 0;
    if (canInstall && onPath('apt-get')) {
      console.log(`▶ ${chromium} is missing: apt-get install -y chromium`);
      if ((await run('apt-get', ['update'])) !== 0) return false;
      if ((await run('apt-get', ['install', '-y', 'chromium'])) !== 0) return false;
    } else {
      console.error(
        process.env.SAYWIRE_CHROMIUM
          ? `test: SAYWIRE_CHROMIUM=${chromium} does not exist; point it at a Chrome or Chromium binary.`
          : `test: Chromium not found at ${chromium}; run \`sudo apt-get install -y chromium\` ` +
              '(or set SAYWIRE_CHROMIUM to a Chrome/Chromium binary) and retry.',
      );
      return false;
    }
  }
  return true;
}

const reports = mkdtempSync(path.join(tmpdir(), 'saywire-test-'));
const problemsFile = (name) => path.join(reports, `${name}.problems.json`);
/**
 * Vitest prints as usual and also writes a JSON report we total at the end, and the list of what
 * failed (tests, hooks, unhandled errors) that the summary repeats.
 */
const vitestTier = (name, title, ...args) => ({
  name: title,
  command: [
    bin.vitest,
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(reports, `${name}.json`)}`,
    '--reporter=./scripts/problemsReporter.ts',
  ],
  env: { SAYWIRE_PROBLEMS_FILE: problemsFile(name) },
  problems: problemsFile(name),
});

const tiers = [
  vitestTier('unit', 'unit + component tests'),
  { name: 'production build', command: [bin.vite, 'build'] },
  {
    name: 'bundle budget',
    command: [path.join(root, 'scripts/checkBundleBudget.mjs')],
    needs: 'production build',
  },
  {
    ...vitestTier('e2e', 'end-to-end tests', '--config', 'tests/e2e/vitest.config.ts'),
    needs: 'production build',
  },
];

/**
 * Passed and failed test counts over every Vitest report written in this run, and the test
 * files that failed with none of their tests failed: an import, a beforeAll or an afterAll
 * that failed (Vitest's JSON report has no count of those; its tests pass or never run).
 */
function countTests() {
  let passed = 0;
  let failed = 0;
  let files = 0;
  for (const file of readdirSync(reports)) {
    if (file.endsWith('.problems.json')) continue;
    try {
      const report = JSON.parse(readFileSync(path.join(reports, file), 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      files += (report.testResults ?? []).filter(
        ({ status, assertionResults = [] }) =>
          status === 'failed' && !assertionResults.some((test) => test.status === 'failed'),
      ).length;
    } catch {
      failed += 1;
    }
  }
  return { passed, failed, files };
}

/**
 * What made each failed Vitest tier fail, as its problems reporter wrote it; a tier that failed
 * without a problem on record (a crash, a signal) says so, so the summary never reads as green.
 */
function printProblems(results) {
  for (const tier of tiers) {
    const result = results.get(tier.name);
    if (!tier.problems || !result || result.code === 0 || result.skipped) continue;
    let problems = [];
    try {
      problems = JSON.parse(readFileSync(tier.problems, 'utf8'));
    } catch {
      console.log(
        `${tier.name}: exit ${result.code} before Vitest reported (see its output above)`,
      );
      continue;
    }
    if (problems.length === 0) {
      console.log(`${tier.name}: exit ${result.code} with no failed test, hook or error on record`);
    }
    for (const { where, message } of problems) console.log(`${tier.name}: ${where}: ${message}`);
  }
}

if (!(await prepare())) process.exit(1);

// Every tier runs even after a failure (except e2e without a build), so one run shows everything.
const results = new Map();
for (const tier of tiers) {
  if (tier.needs && results.get(tier.needs)?.code !== 0) {
    results.set(tier.name, { code: 1, seconds: 0, skipped: true });
    continue;
  }
  console.log(`\n▶ ${tier.name}`);
  const started = performance.now();
  const code = await run(process.execPath, tier.command, tier.env);
  results.set(tier.name, { code, seconds: (performance.now() - started) / 1000 });
}

console.log('\n── npm test ──');
for (const [name, { code, seconds, skipped }] of results) {
  const status = skipped ? 'skipped (no build)' : code === 0 ? 'passed' : `FAILED (exit ${code})`;
  console.log(`  ${name.padEnd(24)} ${status}${skipped ? '' : `  ${seconds.toFixed(1)} s`}`);
}
const { passed, failed, files } = countTests();
const outside = files > 0 ? `, ${files} test file(s) failed outside their tests` : '';
console.log(`tests: ${passed} passed, ${failed} failed${outside}`);
printProblems(results);
rmSync(reports, { recursive: true, force: true });
process.exitCode = [...results.values()].every(({ code }) => code === 0) ? 0 : 1;
