export { formatScore, iob2FromSpans, parseConll, scoreSpans, spansFromIob, type ConllDocument, type ConllScore, type TokenSpan } from './conll.js';
export { defaultModel, MODEL_FILE, NerModel, TAGS } from './model.js';
export { evaluate, train, type TrainOptions } from './train.js';
export { nerTokenize, type NerToken } from './tokenize.js';
export { tagSentences, tagText, textSentences, type TaggedEntity } from './text.js';
