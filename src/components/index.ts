// Pluggable per-document components: declared in a configuration file, checked before they run, each adding layers
// of spans (offsets into the clean text) and messages to the documents, after the core annotator.
export { loadComponents, type PipelineConfig } from './config.js';
export { CORE_LAYERS, ComponentError, planComponents, runComponents } from './registry.js';
export type { ComponentInput, ComponentModule, ComponentOutput, DocumentComponent, DocumentLayers, Span } from './types.js';
