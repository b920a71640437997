import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { analysisSource, type RunningServer, startServer } from '../../src/server/index.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const hasChromium = existsSync(CHROMIUM);

/** A fresh UI build in a temporary folder, so a test never looks at a stale dist/web. */
export async function buildUi(): Promise<string> {
  const webRoot = await mkdtemp(join(tmpdir(), 'triangulate-ui-'));
  await build({ configFile: join(ROOT, 'vite.config.ts'), build: { outDir: webRoot, emptyOutDir: true }, logLevel: 'error' });
  return webRoot;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}

/** The workbench over the given story folders, analysed in memory, on a free port. */
export function serve(paths: string[], webRoot: string): Promise<RunningServer> {
  return startServer(analysisSource(paths), { port: 0, host: '127.0.0.1', webRoot });
}

export const api = async <T>(server: RunningServer, path: string): Promise<T> => (await fetch(new URL(path, server.url))).json() as Promise<T>;

/** Opens a route and waits until the view has rendered. */
export async function open(page: Page, server: RunningServer, hash: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('body[data-ready]');
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
