#!/usr/bin/env node
// @ts-check
// Seeded generator of a synthetic news corpus: stories of several articles each, with planted conflicts and non-conflicts
// whose answers the manifest records. Written story by story to disk, so 100k articles never sit in memory.
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import kindsData from './data/kinds.json' with { type: 'json' };
import outlets from './data/outlets.json' with { type: 'json' };
import people from './data/people.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import templates from './data/templates.json' with { type: 'json' };

/** @typedef {{ file: string, text: string, day: number, states: string[] }} Article */
/** @typedef {{ kind: 'office' | 'leader' | 'quantity', question: string, values: string[], docs: string[], plantedIn: string }} PlantedConflict */
/** @typedef {{ kind: 'former holder' | 'rising toll' | 'rounding', values: string[], docs: string[] }} PlantedNonConflict */
/** @typedef {{ folder: string, articles: Article[], planted: PlantedConflict[], nonConflicts: PlantedNonConflict[] }} Story */

export const SIZES = /** @type {Record<string, number>} */ ({ '50': 50, '1k': 1000, '10k': 10000, '100k': 100000 });
export const ARTICLES_PER_STORY = 8;
// share of stories that carry each kind of planted conflict; the rest test for false alarms
const PLANT_RATE = 0.7;
const MIN_WORDS = 560;

/** mulberry32: small, fast, seedable. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {() => number} r @param {number} lo @param {number} hi */
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
/** @template T @param {() => number} r @param {readonly T[]} xs @returns {T} */
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
/** @template T @param {() => number} r @param {readonly T[]} xs @param {number} n @returns {T[]} */
function sample(r, xs, n) {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
/** @param {string} s */
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** @param {number} n */
const words = (n) => (n <= 20 ? templates.numberWords[n] : String(n));
/** @param {string} s */
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Fills {slots}; a missing slot is a template bug, so it throws. @param {string} template @param {Record<string, string | number>} ctx */
export function render(template, ctx) {
  return template.replace(/\{(\w+)\}/g, (_, k) => {
    if (!(k in ctx)) throw new Error(`template slot {${k}} has no value: ${template}`);
    return String(ctx[k]);
  });
}

/** @param {Date} d @param {() => number} r */
const longDate = (d, r) =>
  r() < 0.5
    ? `${d.getUTCDate()} ${templates.months[d.getUTCMonth()]} ${d.getUTCFullYear()}`
    : `${templates.months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
/** @param {Date} d @param {number} n */
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

/** A fictional person: each part keeps its spelling variants, so articles can spell the name differently. */
class Person {
  /** @param {string[]} given @param {string[]} family */
  constructor(given, family) {
    this.given = given;
    this.family = family;
  }
  /** the canonical spelling, as the manifest records it */
  get name() {
    return `${this.given[0]} ${this.family[0]}`;
  }
  /** @param {() => number} r one article's spelling: full name and the surname used on later mentions */
  spell(r) {
    const family = pick(r, this.family);
    return { full: `${pick(r, this.given)} ${family}`, sur: family };
  }
}

/** One article plan: which day, what it says, in which layout. */
const PLANS = [
  { role: 'wire', day: 0, sections: ['lead0', 'onboard', 'toll0', 'missing0', 'rescued0', 'minister', 'rescue', 'commission', 'spokesperson', 'ceo', 'scene', 'governor'] },
  { role: 'copy', day: 0, sections: [] },
  { role: 'local', day: 0, sections: ['lead0', 'witness', 'onboard', 'toll0', 'rescued0', 'doctor', 'minister', 'former', 'governor', 'scene'] },
  { role: 'national', day: 0, sections: ['lead0', 'onboard', 'toll0', 'missing0', 'minister', 'rescue', 'ceo', 'witness'] },
  { role: 'national', day: 0, sections: ['lead0', 'onboardTotal', 'toll0', 'rescued0', 'spokesperson', 'minister', 'commission', 'doctor'] },
  { role: 'followup', day: 1, sections: ['lead1', 'onboardLater', 'missing1', 'rescued1', 'delegation', 'commission', 'detained', 'ministerLater', 'compensation', 'ceo'] },
  { role: 'followup', day: 1, sections: ['lead1', 'delegation', 'onboardLater', 'missing1', 'detained', 'ministerLater', 'doctor', 'witness'] },
  { role: 'explainer', day: 2, sections: ['lead2', '?0', 'onboardLater', 'toll2', 'rescued1', '?1', 'commission', 'rescue', 'former', '?2', 'delegation', 'ministerLater'] },
];
// the articles that carry each planted conflict (index into PLANS), all against same-day articles
const CARRIER = { office: 3, quantity: 4, leader: 6 };

/**
 * Builds story `index` of the corpus seeded by `seed`: pure, so any story can be rebuilt alone.
 * @param {number} seed @param {number} index @returns {Story}
 */
export function makeStory(seed, index) {
  const r = random(seed * 1_000_003 + index);
  const [home, foreign] = sample(r, places.countries, 2);
  const [city, city2] = sample(r, home.cities, 2);
  const kind = pick(r, kindsData.kinds);
  const portfolio = pick(r, kindsData.portfolios);
  const families = sample(r, people.family, 16);
  let nextFamily = 0;
  const person = () => new Person(pick(r, people.given), families[nextFamily++]);
  const cast = {
    minister: person(), formerMinister: person(), deputyPM: person(), rescueLeader: person(), governor: person(), spokesperson: person(),
    ceo: person(), doctor: person(), fm: person(), dfm: person(), witness: person(),
  };
  const rank = pick(r, people.ranks);
  const [agencyWord] = sample(r, outlets.agencyWords, 1);
  const agency = `${agencyWord} News Agency`;
  const outletNames = sample(r, outlets.outletFirst, 6).map((first, i) => `${first} ${outlets.outletSecond[(index + i * 5) % outlets.outletSecond.length]}`);
  const operatorWords = pick(r, outlets.operatorWords);
  const agencyWords = pick(r, outlets.agencyNames);
  const acronym = (ws) => ws.map((w) => w[0]).join('').toUpperCase();

  const crew = int(r, 4, 12);
  const onBoard = int(r, 28, 80);
  const dead0 = int(r, 2, 6);
  const dead1 = dead0 + int(r, 2, 4);
  const missing0 = kind.missing ? dead1 - dead0 + int(r, 0, 2) : 0;
  const missing1 = kind.missing ? missing0 - (dead1 - dead0) : 0;
  const rescued1 = onBoard - dead1 - missing1;
  const rescued0 = Math.round((onBoard - dead0 - missing0) / 5) * 5;
  const day0 = addDays(new Date(Date.UTC(2023, 0, 1)), int(r, 0, 1000));
  const weekday = (n) => templates.weekdays[addDays(day0, n).getUTCDay()];
  const year0 = day0.getUTCFullYear();
  const plant = { office: r() < PLANT_RATE, quantity: r() < PLANT_RATE, leader: r() < PLANT_RATE };
  const quantityPlanted = onBoard + int(r, 3, 9);

  /** @type {Record<string, string | number>} */
  const story = {
    country: home.name, countryPoss: `${home.name}'s`, demonym: home.demonym, capital: home.capital, city, CITY: city.toUpperCase(), city2,
    countryB: foreign.name, demonymB: foreign.demonym, km: int(r, 8, 140), vehicle: kind.vehicle, craft: pick(r, outlets.craft),
    rescuers: kind.rescuers, rescueService: kind.rescueService, scene: kind.scene, agency, agencyName: `${agencyWords.join(' ')}`,
    agencyAcr: acronym(agencyWords), operator: operatorWords.join(' '), operatorAcr: acronym(operatorWords),
    ministerTitle: portfolio.title, ministerOffice: portfolio.office, onBoard, crew, passengers: onBoard - crew, dead0, dead1,
    Dead0w: cap(words(dead0)), Dead1w: cap(words(dead1)), Missing0w: cap(words(missing0)), Missing1w: cap(words(missing1)),
    rescued0, rescued1, detainedw: words(int(r, 2, 3)), money: `$${int(r, 10, 30)},000`, month: templates.months[int(r, 0, 11)],
    yearBought: year0 - int(r, 6, 14), yearLeft: year0 - int(r, 1, 3), weekdayBefore: weekday(-1), weekday0: weekday(0), weekday1: weekday(1), weekday2: weekday(2),
    delegationTitle: 'Foreign Minister', age: int(r, 22, 68), occupation: pick(r, people.occupations),
    quoteMinister: pick(r, templates.quotesMinister), quoteWitness: pick(r, templates.quotesWitness),
  };
  story.event = render(kind.event, story);
  story.Event = cap(String(story.event));
  story.short = render(kind.short, story);
  story.where = render(kind.where, story);
  const headline = (day) =>
    day === 0 ? render(pick(r, kind.headline), story) : day === 1 ? `Death toll from ${story.short} rises to ${dead1}` : `What we know about ${story.short}`;

  const folder = `s${String(index + 1).padStart(6, '0')}-${kind.key}-${slug(city)}`;
  /** @type {Article[]} */
  const articles = [];
  PLANS.forEach((plan, i) => {
    const published = addDays(day0, plan.day);
    const outlet = plan.role === 'wire' ? agency : outletNames[i % outletNames.length];
    const file = `${String(i + 1).padStart(2, '0')}-${slug(outlet)}.txt`;
    if (plan.role === 'copy') {
      articles.push({ file, text: syndicate(articles[0].text, outlet, agency, published, r), day: plan.day, states: articles[0].states });
      return;
    }
    /** @type {Record<string, string | number>} */
    const ctx = { ...story, weekdayNow: weekday(plan.day), dateline: '' };
    for (const [role, p] of Object.entries(cast)) {
      const s = p.spell(r);
      ctx[role] = role === 'rescueLeader' ? `${rank} ${s.full}` : s.full;
      ctx[`${role}Sur`] = s.sur;
    }
    if (plant.office && i === CARRIER.office) [ctx.minister, ctx.ministerSur] = [ctx.formerMinister, ctx.formerMinisterSur];
    if (plant.quantity && i === CARRIER.quantity) ctx.onBoard = quantityPlanted;
    if (plant.leader && i === CARRIER.leader) [ctx.delegationTitle, ctx.delegationLeader] = ['Deputy Foreign Minister', ctx.dfm];
    else ctx.delegationLeader = ctx.fm;
    ctx.dateline = plan.role === 'wire' ? `${city.toUpperCase()}, ${home.name} (${agencyWord}) — ` : plan.day < 2 && r() < 0.6 ? `${city.toUpperCase()} — ` : '';
    const states = plan.sections.filter((s) => (s !== 'missing0' && s !== 'missing1') || missing1 > 0 || (s === 'missing0' && missing0 > 0));
    const paragraphs = states.map((s) =>
      s.startsWith('?') ? templates.sections.questions[Number(s.slice(1))] : render(pick(r, templates.sections[/** @type {keyof typeof templates.sections} */ (s)]), ctx),
    );
    const fillers = sample(r, templates.sections.filler, templates.sections.filler.length);
    let count = paragraphs.join(' ').split(/\s+/).length;
    while (count < MIN_WORDS && fillers.length) {
      const p = render(/** @type {string} */ (fillers.pop()), ctx);
      paragraphs.splice(int(r, 2, paragraphs.length), 0, p);
      count += p.split(/\s+/).length;
    }
    articles.push({ file, text: layout(plan.role, outlet, headline(plan.day), published, paragraphs, r), day: plan.day, states });
  });

  /** files that state a section's fact, other than the carrier, on the carrier's day when one is given */
  const stating = (sections, carrier = -1) =>
    articles.filter((a, i) => a.states.some((s) => sections.includes(s)) && i !== carrier && (carrier < 0 || a.day === articles[carrier].day)).map((a) => a.file);
  /** @type {PlantedConflict[]} */
  const planted = [];
  if (plant.office)
    planted.push({
      kind: 'office', question: `Who is ${home.name}'s ${portfolio.office}?`, values: [cast.minister.name, cast.formerMinister.name],
      docs: [...stating(['minister', 'ministerLater'], CARRIER.office), articles[CARRIER.office].file], plantedIn: articles[CARRIER.office].file,
    });
  if (plant.quantity)
    planted.push({
      kind: 'quantity', question: 'How many people were on board?', values: [String(onBoard), String(quantityPlanted)],
      docs: [...stating(['onboard', 'onboardTotal', 'onboardLater'], CARRIER.quantity), articles[CARRIER.quantity].file], plantedIn: articles[CARRIER.quantity].file,
    });
  if (plant.leader)
    planted.push({
      kind: 'leader', question: `Who led the ${foreign.demonym} delegation?`, values: [cast.fm.name, cast.dfm.name],
      docs: [...stating(['delegation'], CARRIER.leader), articles[CARRIER.leader].file], plantedIn: articles[CARRIER.leader].file,
    });
  /** @type {PlantedNonConflict[]} */
  const nonConflicts = [
    { kind: 'former holder', values: [cast.formerMinister.name], docs: stating(['former']) },
    { kind: 'rising toll', values: [String(dead0), String(dead1)], docs: stating(['lead0', 'lead1', 'toll2']) },
    { kind: 'rounding', values: [`about ${rescued0}`, String(rescued1)], docs: stating(['rescued0', 'rescued1']) },
  ];
  return { folder, articles, planted, nonConflicts };
}

/** The page around the text: outlet name, date line, headline, paragraphs, footer. @param {string} role @param {string} outlet @param {string} headline @param {Date} published @param {string[]} paragraphs @param {() => number} r */
function layout(role, outlet, headline, published, paragraphs, r) {
  if (role === 'wire') return [headline, `By ${outlet} staff | Published ${longDate(published, r)}, ${int(r, 6, 22)}:${String(int(r, 0, 59)).padStart(2, '0')} GMT`, ...paragraphs].join('\n\n');
  const top = [outlet, ...(r() < 0.5 ? [pick(r, outlets.sections)] : []), longDate(published, r), '', headline];
  const footer = role === 'local' ? [pick(r, outlets.footers).replace('{year}', String(published.getUTCFullYear())).replace('{outlet}', outlet)] : [];
  return [...top, '', paragraphs.join('\n\n'), '', ...footer].join('\n').trimEnd();
}

/** A syndicated copy: the wire text inside another site's navigation, share prompts, widgets and credit line. @param {string} wire @param {string} outlet @param {string} agency @param {Date} published @param {() => number} r */
function syndicate(wire, outlet, agency, published, r) {
  const [headline, , ...paragraphs] = wire.split('\n\n');
  const widget = [pick(r, outlets.widgets), '', ...outlets.widgetResidue].join('\n');
  const body = [...paragraphs.slice(0, 2), widget, ...paragraphs.slice(2)];
  const footer = outlets.footers[1].replace('{year}', String(published.getUTCFullYear())).replace('{outlet}', outlet);
  return [outlet, pick(r, outlets.sections), '', headline, '', headline, '', longDate(published, r), '', pick(r, outlets.share), '', body.join('\n\n'), '', outlets.footers[0], footer, `Source: ${agency}`].join('\n');
}

/**
 * Writes `articles` articles (whole stories, rounded up) under `out`, one folder per story, and `out/manifest.json`.
 * @param {{ articles: number, out: string, seed?: number }} opts
 */
export function generateCorpus({ articles, out, seed = 1 }) {
  const t0 = performance.now();
  const stories = Math.ceil(articles / ARTICLES_PER_STORY);
  mkdirSync(out, { recursive: true });
  // written under a temporary name and renamed at the end, so an interrupted run leaves no manifest to reuse
  const manifest = openSync(join(out, 'manifest.json.part'), 'w');
  writeSync(manifest, `{"seed":${seed},"articlesPerStory":${ARTICLES_PER_STORY},"stories":[\n`);
  let bytes = 0;
  let planted = 0;
  for (let i = 0; i < stories; i++) {
    const story = makeStory(seed, i);
    const dir = join(out, story.folder);
    mkdirSync(dir, { recursive: true });
    for (const a of story.articles) {
      writeFileSync(join(dir, a.file), a.text);
      bytes += Buffer.byteLength(a.text);
    }
    planted += story.planted.length;
    writeSync(manifest, `${i ? ',\n' : ''}${JSON.stringify({ story: story.folder, planted: story.planted, nonConflicts: story.nonConflicts })}`);
  }
  writeSync(manifest, '\n]}\n');
  closeSync(manifest);
  renameSync(join(out, 'manifest.json.part'), join(out, 'manifest.json'));
  return { dir: out, manifest: join(out, 'manifest.json'), stories, articles: stories * ARTICLES_PER_STORY, bytes, planted, ms: performance.now() - t0 };
}

/** --size 1k|10k|100k|N, --out DIR, --seed N */
export function parseSize(size) {
  const n = SIZES[size] ?? Number(size);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`unknown size ${size}: use ${Object.keys(SIZES).join(', ')} or a number of articles`);
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const size = arg('size', '1k');
  const result = generateCorpus({ articles: parseSize(size), out: arg('out', `/tmp/triangulate-bench-${size}`), seed: Number(arg('seed', '1')) });
  console.log(JSON.stringify(result));
}
