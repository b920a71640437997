import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'], pool: 'threads', setupFiles: ['test/engine-setup.ts'], testTimeout: 60000, hookTimeout: 120000 },
});
