// The case-file commands as a separate process, for the tests that run several processes or kill one.
import { Command } from 'commander';
import { registerCaseFileCommands } from '../../src/cli/casefile.js';
import { formatError } from '../../src/text/errors.js';

let code = 0;
const program = new Command('triangulate').exitOverride();
registerCaseFileCommands(program, (c) => {
  code = c;
});
try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`error: ${formatError(err)}\n`);
  code = 1;
}
process.exitCode = code;
