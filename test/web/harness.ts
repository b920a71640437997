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

/**
 * Ids are content hashes, so tests name items by position: `d2` is the story's second document (path order), `p1` its
 * first person, `c2` its second conflict. Turns those names in a route into the real ids, asking the API.
 */
export async function resolvePositions(server: RunningServer, hash: string): Promise<string> {
  const story = hash.match(/#\/story\/(s\d+)/)?.[1];
  if (!story || !/(?:\/doc\/d|\/entity\/p|[?&]id=c)\d{1,2}(?![\da-f])/.test(hash)) return hash;
  const [{ documents }, { entities }, { conflicts }] = await Promise.all([
    api<{ documents: { id: string }[] }>(server, `/api/stories/${story}`),
    api<{ entities: { id: string; type: string }[] }>(server, `/api/stories/${story}/entities`),
    api<{ conflicts: { id: string }[] }>(server, `/api/stories/${story}/conflicts`),
  ]);
  const people = entities.filter((e) => e.type === 'person');
  const at = <T extends { id: string }>(list: T[], n: string, name: string) => {
    const item = list[Number(n) - 1];
    if (!item) throw new Error(`${hash}: the story has no ${name} number ${n}`);
    return item.id;
  };
  return hash
    .replace(/\/doc\/d(\d{1,2})(?![\da-f])/, (_, n) => `/doc/${at(documents, n, 'document')}`)
    .replace(/\/entity\/p(\d{1,2})(?![\da-f])/, (_, n) => `/entity/${at(people, n, 'person')}`)
    .replace(/([?&]id=)c(\d{1,2})(?![\da-f])/, (_, pre, n) => `${pre}${at(conflicts, n, 'conflict')}`);
}

/** Opens a route (positional names resolved, see resolvePositions) and waits until the view has rendered. */
export async function open(page: Page, server: RunningServer, hash: string): Promise<void> {
  await page.goto(`${server.url}${await resolvePositions(server, hash)}`);
  await page.waitForSelector('body[data-ready]');
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Serious and critical axe-core violations of the page as it is now; `axeSource` is axe-core's axe.min.js. */
export async function seriousViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}
