import { InvalidArgumentError } from 'commander';

/** `--threads N`, as analyze and ingest read it (and the config file's `threads`): 0 means none. */
export function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new InvalidArgumentError('threads is a whole number from 0 to 256');
  return n;
}
