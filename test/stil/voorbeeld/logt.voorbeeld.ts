import { maakLogger } from '@netwerkdossier/shared';

// run by test/stil/stil.test.ts in a Jest of its own: one test that passes, one that fails, both logging
test('groen', () => {
  maakLogger('groen').warn('regel van de groene test');
  console.log('console van de groene test');
});

test('rood', () => {
  maakLogger('rood').warn('regel van de rode test');
  console.error('console van de rode test');
  expect('rood').toBe('groen');
});
