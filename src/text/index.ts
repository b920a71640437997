// Text utilities shared by the stages: regular expressions built from pattern text.
export { caseless, WORD_END, WORD_START } from './caseless.js';
