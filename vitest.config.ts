import { defineConfig } from 'vitest/config';
import { tuneEngine } from './src/engine.js';

// the engine settings the command line runs with (src/engine.ts); V8 flags are process-wide, so they are set here,
// once, before the test threads start (setting them from inside a running test thread crashes V8)
tuneEngine();

export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'], pool: 'threads', testTimeout: 60000, hookTimeout: 120000 },
});
