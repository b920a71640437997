import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const first = ['Ilsa', 'Borun', 'Temra', 'Oskin', 'Valda', 'Kerrit', 'Amsel', 'Dorla', 'Fennic', 'Harva'];
const last = ['Marrow', 'Quillen', 'Sodrak', 'Thelby', 'Vance', 'Ordway', 'Pellin', 'Crane', 'Halloway', 'Brisk'];
const things = ['bridge', 'dam', 'depot', 'tunnel', 'ferry terminal', 'water plant', 'rail yard', 'market hall'];
const verbs = ['closed', 'reopened', 'flooded', 'was inspected', 'was evacuated', 'lost power'];

/** A small fictional article: story `s` fixes the people and the site, `i` varies the wording and figures. */
export function fictionalArticle(s: number, i: number): string {
  // distinct people for up to 100 stories
  const mayor = `${first[s % 10]} ${last[Math.floor(s / 10) % 10]}`;
  const engineer = `${first[(s + 5) % 10]} ${last[(Math.floor(s / 10) + 5) % 10]}`;
  const thing = things[s % things.length];
  const verb = verbs[(s + i) % verbs.length];
  const day = 1 + (i % 5);
  return [
    `Report ${s}-${i}: the ${thing} ${verb}`,
    '',
    `The ${thing} in district ${s} ${verb} on March ${day}, 2026, officials said. Mayor ${mayor} told reporters that ${10 + ((i * 7) % 90)} workers were on site.`,
    '',
    `Chief engineer ${engineer} said repairs would take ${2 + (i % 9)} weeks and cost about ${3 + (i % 20)} million dollars. Residents of district ${s} were asked to stay away, bulletin ${i} added.`,
  ].join('\n');
}

/** Writes `perStory` articles for each of `stories` stories into dir/s{story}-a{n}.txt; returns the paths. */
export async function writeFictionalCorpus(dir: string, stories: number, perStory: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (let s = 0; s < stories; s++) {
    for (let i = 0; i < perStory; i++) {
      const path = join(dir, `s${String(s).padStart(3, '0')}-a${String(i).padStart(4, '0')}.txt`);
      await writeFile(path, fictionalArticle(s, i));
      paths.push(path);
    }
  }
  return paths;
}
