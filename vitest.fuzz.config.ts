// `npm run fuzz`: the property tests with 10 000 cases each (FUZZ_RUNS), plus the slow checks kept out of
// `npm test` (*.fuzz.ts: the CLI on a file near the size limit). A failure prints its seed and path.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/properties.test.ts', 'test/properties-edits.test.ts', 'test/**/*.fuzz.ts'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' },
    testTimeout: 3 * 60 * 60 * 1000,
    hookTimeout: 10 * 60 * 1000,
    pool: 'forks',
  },
});
