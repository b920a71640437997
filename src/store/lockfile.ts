import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * The embedded store is one PostgreSQL data folder that a single process may open at a time: two processes opening it
 * both write its files and corrupt it. A lock file in the folder names the process that has it open; another process
 * waits for it (up to a timeout) or fails naming it. A lock left by a process that is gone (killed, crashed) is stale
 * and taken over.
 */
export const LOCK_FILE = 'triangulate.lock';

/** Who holds the lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** the command as the user typed it, for messages */
  command: string;
  /** the process's command line as the kernel has it (Linux; else empty), to tell a live holder from an unrelated process that got its pid */
  argv: string[];
  /** ISO time the lock was taken */
  since: string;
}

export interface LockOptions {
  /** how long to wait for another process to let go, in ms (0: fail at once); default $TRIANGULATE_LOCK_TIMEOUT seconds, else 60 s */
  timeoutMs?: number;
  /** how often to look again while waiting, in ms */
  pollMs?: number;
  /** called once when the lock is found held by a live process, before waiting */
  onWait?: (holder: LockHolder, timeoutMs: number) => void;
}

export interface HeldLock {
  path: string;
  release(): Promise<void>;
}

/** Thrown when the timeout passes with the lock still held by a live process. */
export class StoreLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
    waitedMs: number,
  ) {
    super(
      `the case file ${dir} is in use by ${describeHolder(holder)}${waitedMs ? `; gave up after waiting ${Math.round(waitedMs / 1000)} s` : ''}. ` +
        `Let that process finish (or stop it) and run this again; TRIANGULATE_LOCK_TIMEOUT=SECONDS waits longer. ` +
        `If no such process exists, delete ${join(dir, LOCK_FILE)}.`,
    );
    this.name = 'StoreLockedError';
  }
}

export const DEFAULT_LOCK_TIMEOUT_MS = 60_000;

export function lockTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.TRIANGULATE_LOCK_TIMEOUT);
  return env.TRIANGULATE_LOCK_TIMEOUT !== undefined && env.TRIANGULATE_LOCK_TIMEOUT !== '' && Number.isFinite(s) && s >= 0 ? s * 1000 : DEFAULT_LOCK_TIMEOUT_MS;
}

export function describeHolder(h: LockHolder): string {
  const where = h.host === hostname() ? '' : ` on ${h.host}`;
  return `process ${h.pid}${where} (${h.command}) since ${h.since}`;
}

// locks this process holds, removed even when it exits without closing its stores
const held = new Set<string>();
let exitHook = false;

/** Takes the lock of the store folder `dir` (which must exist), waiting for a live holder up to the timeout. */
export async function acquireLock(dir: string, opts: LockOptions = {}): Promise<HeldLock> {
  const path = join(dir, LOCK_FILE);
  const timeoutMs = opts.timeoutMs ?? lockTimeoutMs();
  const pollMs = opts.pollMs ?? 200;
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: ['triangulate', ...process.argv.slice(2)].join(' '),
    argv: ownCmdline(),
    since: new Date().toISOString(),
  };
  const text = `${JSON.stringify(me)}\n`;
  const start = Date.now();
  let told = false;
  for (;;) {
    if (await tryCreate(path, text)) break;
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current === null) continue; // released between our attempt and the read
    const holder = parseHolder(current);
    if (!holder || !holderAlive(holder)) {
      // stale: remove it unless someone replaced it meanwhile, then try again
      const again = await readFile(path, 'utf8').catch(() => null);
      if (again === current) await unlink(path).catch(() => {});
      continue;
    }
    const waited = Date.now() - start;
    if (waited >= timeoutMs) throw new StoreLockedError(dir, holder, waited);
    if (!told) {
      told = true;
      opts.onWait?.(holder, timeoutMs);
    }
    await new Promise((r) => setTimeout(r, Math.min(pollMs, timeoutMs - waited)));
  }
  held.add(path);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const p of held) removeIfOurs(p);
    });
  }
  return {
    path,
    release: async () => {
      held.delete(path);
      removeIfOurs(path);
    },
  };
}

/** Creates the lock file with its whole content at once (written beside it, then hard-linked: link fails if it exists). */
async function tryCreate(path: string, text: string): Promise<boolean> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(tmp, text, { flag: 'wx' });
  try {
    await link(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

function removeIfOurs(path: string): void {
  try {
    const holder = parseHolder(readFileSync(path, 'utf8'));
    if (holder?.pid === process.pid && holder.host === hostname()) unlinkSync(path);
  } catch {}
}

export function parseHolder(text: string): LockHolder | null {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid !== 'number' || typeof h.host !== 'string') return null;
    return { pid: h.pid, host: h.host, command: String(h.command ?? ''), argv: Array.isArray(h.argv) ? h.argv.map(String) : [], since: String(h.since ?? '') };
  } catch {
    return null;
  }
}

/** Reads the lock file of a store folder: its holder, or null when the store is not locked (or the file is unreadable). */
export async function lockHolder(dir: string): Promise<LockHolder | null> {
  const text = await readFile(join(dir, LOCK_FILE), 'utf8').catch(() => null);
  return text === null ? null : parseHolder(text);
}

/**
 * Whether the holder still runs. A holder on another machine (a shared folder) cannot be checked and counts as alive.
 * On Linux a live pid whose command line differs from the holder's is another process that reused the pid.
 */
export function holderAlive(h: LockHolder): boolean {
  if (h.host !== hostname()) return true;
  if (h.pid === process.pid) return true; // another handle of this process
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    if (h.argv.length && cmdline(h.pid).join('\0') !== h.argv.join('\0')) return false;
  } catch {}
  return true;
}

const cmdline = (pid: number | 'self'): string[] => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);

function ownCmdline(): string[] {
  try {
    return cmdline('self');
  } catch {
    return [];
  }
}
