#!/usr/bin/env node
import { main } from '../dist/cli/index.js';

// a reader that stops early (`triangulate report --annotations - | head`) closes the pipe: stop quietly, as Unix tools do
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv);
