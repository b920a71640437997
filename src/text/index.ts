// Text utilities shared by the stages: regular expressions built from pattern text, and memoised string functions.
export { caseless, WORD_END, WORD_START } from './caseless.js';
export { memo } from './memo.js';
export { StableIds, shortHash, stableIds } from './ids.js';
export { formatError } from './errors.js';
