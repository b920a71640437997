export { buildReport } from './json.js';
export type * from './types.js';
export * from './review.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';
export { renderTerminal, safe } from './terminal.js';
export { claimsAndConflictsJsonl, claimsMatrixCsv, csvField } from './exports.js';
export { describeClaim } from './sections.js';
