import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE, lockHolder, StoreLockedError } from './lockfile.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-lock-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const holderFile = (pid: number, argv: string[] = []) => JSON.stringify({ pid, host: hostname(), command: 'triangulate ingest old', argv, since: '2026-01-01T00:00:00.000Z' });
// the pid of a process that has exited
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid as number;

describe('store lock file', () => {
  it('writes the holder (pid, command) and removes the file on release', async () => {
    const lock = await acquireLock(dir, { timeoutMs: 0 });
    const holder = await lockHolder(dir);
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    expect(holder?.command).toMatch(/^triangulate/);
    await lock.release();
    expect(await lockHolder(dir)).toBeNull();
  });

  it('fails at once with a message naming the holder when the timeout is 0', async () => {
    const lock = await acquireLock(dir, { timeoutMs: 0 });
    try {
      const err = await acquireLock(dir, { timeoutMs: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreLockedError);
      expect((err as Error).message).toContain(`in use by process ${process.pid}`);
      expect((err as Error).message).toContain(join(dir, LOCK_FILE));
    } finally {
      await lock.release();
    }
  });

  it('waits for the holder, saying whom it waits for, and takes the lock once it is released', async () => {
    const first = await acquireLock(dir, { timeoutMs: 0 });
    const waited: number[] = [];
    const second = acquireLock(dir, { timeoutMs: 5000, pollMs: 20, onWait: (h) => waited.push(h.pid) });
    await new Promise((r) => setTimeout(r, 150));
    expect(waited).toEqual([process.pid]);
    await first.release();
    const lock = await second;
    expect(await lockHolder(dir)).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('gives up after the timeout', async () => {
    const first = await acquireLock(dir, { timeoutMs: 0 });
    const t = Date.now();
    await expect(acquireLock(dir, { timeoutMs: 300, pollMs: 50 })).rejects.toThrow(/gave up after waiting/);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
    await first.release();
  });

  it.each([
    ['a process that is gone', () => holderFile(deadPid())],
    ['a live pid running another command (pid reused)', () => holderFile(process.ppid, ['/no/such/program', 'run'])],
    ['a half-written file', () => '{"pid": 12'],
  ])('takes over a stale lock left by %s', async (_what, content) => {
    await writeFile(join(dir, LOCK_FILE), content());
    const lock = await acquireLock(dir, { timeoutMs: 0 });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('does not take over a lock of a live process', async () => {
    await writeFile(join(dir, LOCK_FILE), holderFile(process.ppid));
    await expect(acquireLock(dir, { timeoutMs: 0 })).rejects.toThrow(new RegExp(`process ${process.ppid} \\(triangulate ingest old\\)`));
    await rm(join(dir, LOCK_FILE));
  });
});
