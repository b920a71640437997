import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { buildUi, launchBrowser, open, serve, ROOT } from '/work/wt-ui/test/web/harness.js';
it('widths', async () => {
  const webRoot = await buildUi();
  const s = await serve([join(ROOT, 'examples/caspian-ferry-fire')], webRoot);
  const b = await launchBrowser();
  const p = await b.newPage({ viewport: { width: 390, height: 844 } });
  const out: string[] = [];
  for (const r of ['#/', '#/story/s1', '#/story/s1/conflicts', '#/story/s1/claims', '#/story/s1/entities', '#/story/s1/entity/p1', '#/story/s1/graph', '#/story/s1/timeline', '#/story/s1/map', '#/story/s1/doc/d1', '#/story/s1/search?q=aktau']) {
    await open(p, s, r);
    const w = await p.evaluate(() => {
      const wide = [...document.querySelectorAll('#view *, header *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.scroll')).slice(0, 4).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
      return { sw: document.documentElement.scrollWidth, wide };
    });
    out.push(`${r} ${JSON.stringify(w)}`);
  }
  writeFileSync('/tmp/widths.txt', out.join('\n'));
  await open(p, s, '#/story/s1'); await p.screenshot({ path: '/tmp/phone0.png' });
  await open(p, s, '#/story/s1/claims'); await p.screenshot({ path: '/tmp/phone1.png' });
  await b.close(); await s.close();
}, 120000);
