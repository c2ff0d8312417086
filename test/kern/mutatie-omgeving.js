/**
 * Jest's test environment for `npm run mutatie` only (stryker.config.json): once a test has failed in a run, every
 * test after it in that run is skipped, in its own file and (through the run's mark that test/kern/mutatie-runner.js
 * sets at the start of each run; Stryker runs Jest in band, in one process) in the files after it. A mutant is
 * killed by its first failing test; the tests after it would only cost time (Jest's own `bail` counts failed files,
 * not tests, and Stryker turns it off). A mutant that no test catches runs every test that reaches it, exactly as
 * without this environment; so does Stryker's dry run, in which every test passes. `npm test` and
 * `npm run test:kern` use Jest's own environment and report every failure.
 */
const { TestEnvironment } = require('jest-environment-node');

const RUN = Symbol.for('netwerkdossier.mutatie.run');

class MutatieOmgeving extends TestEnvironment {
  // without the runner's mark (another runner), a failure skips the rest of its own file only
  #run = globalThis[RUN] ?? { gefaald: false };

  async handleTestEvent(event) {
    if (event.name === 'test_done' && event.test.errors.length > 0) this.#run.gefaald = true;
    if (event.name === 'test_start' && this.#run.gefaald) event.test.mode = 'skip';
  }
}

module.exports = MutatieOmgeving;
