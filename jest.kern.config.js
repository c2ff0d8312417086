/**
 * The fast tests of the decision and enforcement core (test/kern, and two other suites that start no network):
 * no PostgreSQL, no services. The policy cases (test/beleid/gevallen.test.ts) stay in `npm test` only: they
 * read every case file on each run, which would dominate the time of a mutation run. The workspace packages load from their sources, not from dist, so that
 * `npm run mutatie` (stryker.config.json) tests the mutated code, and no build is needed first.
 */
const basis = require('./jest.config');

module.exports = {
  transform: basis.transform,
  transformIgnorePatterns: basis.transformIgnorePatterns,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/kern/**/*.test.ts',
    '<rootDir>/test/handhaving/controle.test.ts',
    '<rootDir>/test/security/grant-replay.test.ts',
  ],
  moduleNameMapper: {
    // the core's share of each package, from source: each of the many short runs of `npm run mutatie` loads only that
    '^@netwerkdossier/(shared|gateway)$': '<rootDir>/test/kern/$1.ts',
  },
  testTimeout: 30000,
};
