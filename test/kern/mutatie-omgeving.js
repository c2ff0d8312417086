/**
 * Jest's test environment for `npm run mutatie` only (stryker.config.json): once a test of a file has failed, the
 * file's remaining tests are skipped. A mutant is killed by its first failing test; the tests after it would only
 * cost time (Jest's own `bail` counts failed files, not tests, and Stryker turns it off). A mutant that no test
 * catches runs every test that reaches it, exactly as without this environment; so does Stryker's dry run, in which
 * every test passes. `npm test` and `npm run test:kern` use Jest's own environment and report every failure.
 */
const { TestEnvironment } = require('jest-environment-node');

class MutatieOmgeving extends TestEnvironment {
  #gefaald = false;

  async handleTestEvent(event) {
    if (event.name === 'test_done' && event.test.errors.length > 0) this.#gefaald = true;
    if (event.name === 'test_start' && this.#gefaald) event.test.mode = 'skip';
  }
}

module.exports = MutatieOmgeving;
