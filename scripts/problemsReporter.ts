// A Vitest reporter for `npm test`: writes what made a run fail (failed tests, failed hooks and
// test files, unhandled errors) to the JSON file named by SAYWIRE_PROBLEMS_FILE, so the summary
// at the end of `npm test` names the cause even when the run's own report has scrolled away.
// Unhandled errors matter most: Vitest exits 1 for them while every test passes.
import { writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export type Problem = { where: string; message: string };

/** The first line of an error's message, with its type when the message does not start with it. */
function describe(error: SerializedError): string {
  const message = (error.message ?? String(error)).split('\n', 1)[0] ?? '';
  return error.name && !message.startsWith(error.name) ? `${error.name}: ${message}` : message;
}

/** Where Vitest says an unhandled error came from: the test file, and the last test run there. */
function originOf(error: SerializedError, root: string): string {
  const file = typeof error['VITEST_TEST_PATH'] === 'string' ? error['VITEST_TEST_PATH'] : null;
  const test = typeof error['VITEST_TEST_NAME'] === 'string' ? error['VITEST_TEST_NAME'] : null;
  const where = file ? file.replace(`${root}/`, '') : 'outside any test file';
  return `unhandled error, ${test ? `${where} > ${test} (or just after it)` : where}`;
}

export function problemsOf(
  modules: readonly TestModule[],
  unhandledErrors: readonly SerializedError[],
  root: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const module of modules) {
    const file = module.relativeModuleId;
    // A test file's and a suite's own errors: failed imports, beforeAll/afterAll hooks.
    for (const error of module.errors()) problems.push({ where: file, message: describe(error) });
    for (const suite of module.children.allSuites()) {
      for (const error of suite.errors()) {
        problems.push({ where: `${file} > ${suite.fullName}`, message: describe(error) });
      }
    }
    for (const test of module.children.allTests('failed')) {
      for (const error of test.result().errors ?? []) {
        problems.push({ where: `${file} > ${test.fullName}`, message: describe(error) });
      }
    }
  }
  for (const error of unhandledErrors) {
    problems.push({ where: originOf(error, root), message: describe(error) });
  }
  return problems;
}

// eslint-disable-next-line no-restricted-syntax -- Vitest loads a reporter file by its default export.
export default class ProblemsReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    const file = process.env['SAYWIRE_PROBLEMS_FILE'];
    if (!file) return;
    writeFileSync(file, JSON.stringify(problemsOf(modules, unhandledErrors, process.cwd())));
  }
}
