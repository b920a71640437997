// @ts-check
// Scores reported conflicts against the generator's planted ones: found, missed, false alarms.

/** @typedef {import('./generate.mjs').PlantedConflict} PlantedConflict */
/** @typedef {{ kind: string, question: string, alternatives: { value: string, docs: string[] }[] }} ReportedConflict */
/** @typedef {{ found: PlantedConflict[], missed: PlantedConflict[], falseAlarms: ReportedConflict[], reported: number }} CaseScore */

/** The figure a quantity alternative gives ("52 people" -> 52), or null. @param {string} value */
export const figureOf = (value) => {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(value);
  return m ? Number(m[0].replace(/,/g, '')) : null;
};

/**
 * Whether a reported conflict answers a planted one: same kind, and both planted values among its alternatives
 * (people compared by family-name key, so any spelling the resolver chose as the entity's name counts).
 * @param {PlantedConflict} planted @param {ReportedConflict} reported @param {(name: string) => string} nameKey
 */
export function answers(planted, reported, nameKey) {
  if (planted.kind !== reported.kind) return false;
  const key = planted.kind === 'quantity' ? (/** @type {string} */ v) => String(figureOf(v)) : nameKey;
  const offered = new Set(reported.alternatives.map((a) => key(a.value)));
  return planted.values.every((v) => offered.has(key(v)));
}

/** Scores one case (one story folder). @param {PlantedConflict[]} planted @param {ReportedConflict[]} reported @param {(name: string) => string} nameKey @returns {CaseScore} */
export function scoreCase(planted, reported, nameKey) {
  const found = planted.filter((p) => reported.some((r) => answers(p, r, nameKey)));
  return {
    found,
    missed: planted.filter((p) => !found.includes(p)),
    falseAlarms: reported.filter((r) => !planted.some((p) => answers(p, r, nameKey))),
    reported: reported.length,
  };
}

/** Totals over cases: recall = found / planted, false-alarm rate = false alarms / reported. @param {CaseScore[]} cases */
export function totalScore(cases) {
  const sum = (/** @type {(c: CaseScore) => number} */ f) => cases.reduce((n, c) => n + f(c), 0);
  const planted = sum((c) => c.found.length + c.missed.length);
  const found = sum((c) => c.found.length);
  const reported = sum((c) => c.reported);
  const falseAlarms = sum((c) => c.falseAlarms.length);
  return { planted, found, recall: planted ? found / planted : 1, reported, falseAlarms, falseAlarmRate: reported ? falseAlarms / reported : 0 };
}
