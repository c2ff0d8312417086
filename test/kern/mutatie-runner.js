/**
 * Jest's test runner for `npm run mutatie`, that skips the test files which hold none of the tests asked for.
 *
 * With per-test coverage, Stryker runs a mutant with `--testNamePattern` set to the tests that reach its code.
 * Jest then still loads every test file (and everything each imports: Cedar, jose, the policy) only to skip its
 * tests: about 5 s of CPU per mutant, more than the tests themselves. This runner remembers which tests each
 * file holds from a run without a pattern (Stryker's dry run, before any mutant) and passes on only the files
 * that hold a test the pattern matches. Fail open: a file it knows nothing about always runs, and without a
 * remembered list every file runs, as with Jest's own runner.
 */
const fs = require('node:fs');
const path = require('node:path');
const TestRunner = require('jest-runner').default;

const BESTAND = '.mutatie-testnamen.json';
// one run's mark for test/kern/mutatie-omgeving.js: whether a test has failed in it yet
const RUN = Symbol.for('netwerkdossier.mutatie.run');

class MutatieRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    globalThis[RUN] = { gefaald: false };
    const lijst = path.join(this._globalConfig.rootDir, BESTAND);
    const patroon = this._globalConfig.testNamePattern;
    if (!patroon) {
      const namen = {};
      this.on('test-file-success', ([test, resultaat]) => {
        namen[test.path] = resultaat.testResults.map((r) => r.fullName);
      });
      await super.runTests(tests, watcher, options);
      if (tests.every((t) => namen[t.path])) fs.writeFileSync(lijst, JSON.stringify(namen));
      return;
    }
    let namen;
    try {
      namen = JSON.parse(fs.readFileSync(lijst, 'utf8'));
    } catch {
      return super.runTests(tests, watcher, options);
    }
    const gevraagd = new RegExp(patroon, 'i');
    const nodig = tests.filter((t) => !namen[t.path] || namen[t.path].some((naam) => gevraagd.test(naam)));
    return super.runTests(nodig, watcher, options);
  }
}

module.exports = MutatieRunner;
