// Worker threads run the compiled code (dist/): tests that start them build it first when it is missing or older than src.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Newest modification time of the compiled sources under dir (tests excluded). */
const newestSource = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? statSync(join(dir, e.name)).mtimeMs : 0,
    ),
  );

/** Builds dist/ unless `marker` (a file under dist/) is newer than every source file, so workers and tests run the same code. */
export function ensureBuild(marker: string): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist', marker)).mtimeMs;
  } catch {}
  if (built < newestSource(join(root, 'src'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}
