import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerServe } from '../cli/serve.js';

const program = (onExit: (code: number) => void) => {
  const p = new Command('triangulate').exitOverride().configureOutput({ writeErr: () => {} });
  registerServe(p, onExit);
  return p;
};

describe('triangulate serve', () => {
  it('asks for paths when none are given', async () => {
    let code = -1;
    await program((c) => {
      code = c;
    }).parseAsync(['node', 'triangulate', 'serve']);
    expect(code).toBe(2);
  });

  it.each(['70000', '-1', 'http'])('refuses the port %s', async (port) => {
    await expect(program(() => {}).parseAsync(['node', 'triangulate', 'serve', 'x', '--port', port])).rejects.toThrow(/port/);
  });

  it('binds to 127.0.0.1 and port 4173 by default', () => {
    const serve = program(() => {}).commands.find((c) => c.name() === 'serve');
    expect(serve?.opts()).toEqual({ port: 4173, host: '127.0.0.1' });
  });
});
