/**
 * `npm test`: every check CI runs, in order, on this machine. Each stage runs even when an earlier
 * one failed (so one run shows everything that is wrong); the exit code is non-zero if any failed.
 * The last line is the plain "N passed, N failed, N skipped" summary of all test cases.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Stage {
  name: string;
  cmd: string;
  /** vitest JSON report written by the stage, for the test counts. */
  report?: string;
}

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const vitestReport = (name: string) =>
  `--reporter=default --reporter=json --outputFile.json=${REPORTS}/${name}.json`;

const stages: Stage[] = [
  { name: 'typecheck', cmd: 'npm run -s typecheck' },
  { name: 'lint', cmd: 'npm run -s lint' },
  { name: 'unit', cmd: `npx vitest run ${vitestReport('unit')}`, report: 'unit' },
  { name: 'build', cmd: 'npm run -s build' },
  {
    name: 'e2e',
    cmd: `npx vitest run --config test/e2e/vitest.e2e.config.ts ${vitestReport('e2e')}`,
    report: 'e2e',
  },
  { name: 'firefox lint', cmd: 'npm run -s lint:firefox' },
  { name: 'bench smoke', cmd: 'npm run -s bench:smoke' },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedStages: string[] = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.cmd}`);
  const t0 = Date.now();
  const run = spawnSync(stage.cmd, { shell: true, stdio: 'inherit' });
  const ok = run.status === 0;
  if (!ok) failedStages.push(stage.name);
  if (stage.report) {
    const file = `${REPORTS}/${stage.report}.json`;
    if (existsSync(file)) {
      const r = JSON.parse(readFileSync(file, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      };
      totals.passed += r.numPassedTests;
      totals.failed += r.numFailedTests;
      totals.skipped += r.numPendingTests + r.numTodoTests;
    } else if (!ok) {
      totals.failed += 1; // the runner itself died before reporting
    }
  } else {
    // a check that is not a test runner counts as one test case
    if (ok) totals.passed += 1;
    else totals.failed += 1;
  }
  console.log(`=== ${stage.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStages.length ? 1 : 0);
