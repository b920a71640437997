import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The root config only includes src/ and test/: run these with `npx vitest run --config bench/vitest.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { include: ['bench/**/*.test.ts'], testTimeout: 60000 },
});
