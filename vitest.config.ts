import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'], pool: 'threads', testTimeout: 60000, hookTimeout: 120000 },
});
