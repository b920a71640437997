import type { Report } from '../report/index.js';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const NUMBER = /(\d[\d,]*(?:\.\d+)?)(?:\s*[–-]\s*(\d[\d,]*(?:\.\d+)?))?(?:\s*(thousand|million|billion|trillion)\b)?/i;

/**
 * The number a figure's label gives ("1,411 people", "€2.93 billion", "250–300 people (…)"), read from the label's
 * English part, as a low and high value (equal unless a range); null for a clock time or a label with no number.
 */
export function figureNumber(label: string): { low: number; high: number } | null {
  const english = label.replace(/\s*\(.*$/, '');
  if (/\d:\d/.test(english)) return null;
  const m = NUMBER.exec(english);
  if (!m) return null;
  const scale = m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1;
  const low = Number(m[1].replace(/,/g, '')) * scale;
  const high = m[2] ? Number(m[2].replace(/,/g, '')) * scale : low;
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high } : null;
}

/** The evolving figures with each reported value's number, for a chart: a series is charted when every value has one. */
export function figuresView(r: Report) {
  return {
    figures: r.evolvingFigures.map((f) => {
      const series = f.series.map((d) => ({ date: d.date, values: d.values.map((v) => ({ ...v, number: figureNumber(v.value) })) }));
      return { ...f, series, chartable: series.every((d) => d.values.every((v) => v.number !== null)) };
    }),
  };
}
