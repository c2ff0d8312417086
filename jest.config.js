/** Tests run TypeScript through swc (decorators with metadata); workspace packages load from their dist (npm test builds first). */
module.exports = {
  // quiet: the services' logs and console output are printed for a failing test only
  testEnvironment: '<rootDir>/test/harness/stille-omgeving.ts',
  setupFilesAfterEnv: ['<rootDir>/test/harness/stille-logs.ts'],
  roots: ['<rootDir>/test', '<rootDir>/shared/src', '<rootDir>/gateway/src', '<rootDir>/subgraphs'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // jose and openid-client (with oauth4webapi) are ESM-only; OpenTelemetry's OTLP exporter loads node:http
  // with import(), which Jest's CommonJS runtime refuses; everything else in node_modules is CommonJS
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi|@opentelemetry)/)'],
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
  testTimeout: 120000,
  // two worker processes, also on this 2-core machine: the suites wait mostly on PostgreSQL and HTTP, so
  // the run takes about half as long
  maxWorkers: 2,
};
