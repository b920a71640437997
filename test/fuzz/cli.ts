// The whole triangulate command as a separate process running the TypeScript sources, for the fuzz test.
import { main } from '../../src/cli/index.js';

process.exitCode = await main(process.argv);
