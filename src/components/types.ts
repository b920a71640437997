import type { Annotations } from '../annotate/index.js';
import type { Document, Message } from '../types.js';

/** One span of a layer: offsets into Document.text (UTF-16, end exclusive), a label and whatever else the component keeps. */
export interface Span {
  start: number;
  end: number;
  label: string;
  /** the covered text; filled in from the offsets when a component leaves it out */
  text?: string;
  data?: Record<string, unknown>;
}

/** What a document component returns: new layers (by name) and messages about this document. Never a changed input. */
export interface ComponentOutput {
  layers?: Record<string, Span[]>;
  messages?: { rule: string; severity: Message['severity']; message: string; start?: number; end?: number }[];
}

/** A document as a component sees it: the clean text, what the core annotator found, and earlier components' layers. */
export interface ComponentInput {
  document: Readonly<Document>;
  annotations: Readonly<Annotations>;
  layers: Readonly<Record<string, readonly Span[]>>;
}

/**
 * A per-document pipeline component. `reads` names the layers it needs (core layers: see CORE_LAYERS, or layers an
 * earlier component adds); `adds` names the layers it returns. `run` must be pure: it returns its additions and never
 * changes its input.
 */
export interface DocumentComponent {
  name: string;
  reads: string[];
  adds: string[];
  run(input: ComponentInput): ComponentOutput;
}

/** A module's default export: a component, or a factory that takes the options given in the configuration. */
export type ComponentModule = DocumentComponent | ((options: Record<string, unknown>) => DocumentComponent | Promise<DocumentComponent>);

/** The layers and messages that components added to one document. */
export interface DocumentLayers {
  doc: string;
  layers: Record<string, Span[]>;
  messages: Message[];
}
