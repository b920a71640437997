import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerServe } from '../cli/serve.js';

const program = (onExit: (code: number) => void) => {
  const p = new Command('triangulate').exitOverride().configureOutput({ writeErr: () => {} });
  registerServe(p, onExit);
  return p;
};

describe('triangulate serve', () => {
  it('without paths serves the case file, and says to ingest first when it is empty', async () => {
    let code = -1;
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => errors.push(s) > 0) as typeof process.stderr.write;
    try {
      await program((c) => {
        code = c;
      }).parseAsync(['node', 'triangulate', 'serve', '--db', mkdtempSync(join(tmpdir(), 'serve-empty-'))]);
    } finally {
      process.stderr.write = write;
    }
    expect(code).toBe(1);
    expect(errors.join('')).toMatch(/no stories yet: run `triangulate ingest/);
  });

  it.each(['70000', '-1', 'http'])('refuses the port %s', async (port) => {
    await expect(program(() => {}).parseAsync(['node', 'triangulate', 'serve', 'x', '--port', port])).rejects.toThrow(/port/);
  });

  it('collects every --allowed-host', async () => {
    const p = program(() => {});
    const serve = p.commands.find((c) => c.name() === 'serve');
    serve?.action(() => {});
    await p.parseAsync(['node', 'triangulate', 'serve', 'x', '--allowed-host', 'workbench.lan', '--allowed-host', 'box.internal']);
    expect(serve?.opts().allowedHost).toEqual(['workbench.lan', 'box.internal']);
  });

  it('binds to 127.0.0.1 and port 4173 by default', () => {
    const serve = program(() => {}).commands.find((c) => c.name() === 'serve');
    expect(serve?.opts()).toEqual({ port: 4173, host: '127.0.0.1', allowedHost: [] });
  });
});
