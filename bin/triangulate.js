#!/usr/bin/env node
import { tuneEngine } from '../dist/engine.js';

// before the pipeline's modules run any regular expression (see src/engine.ts)
tuneEngine();
const { main } = await import('../dist/cli/index.js');

// a reader that stops early (`triangulate report --annotations - | head`) closes the pipe: stop quietly, as Unix tools do
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv);
