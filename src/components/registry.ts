import type { Annotations } from '../annotate/index.js';
import type { Document, Message } from '../types.js';
import type { ComponentOutput, DocumentComponent, DocumentLayers, Span } from './types.js';

/** Layers the core annotator gives every document; components may read them. */
export const CORE_LAYERS = ['text', 'sentences', 'mentions', 'dates', 'numbers', 'acronyms'] as const;

/** A component list that failed its checks; the message names the component and what is wrong. */
export class ComponentError extends Error {
  override name = 'ComponentError';
}

/**
 * Checks a component list before anything runs: names present and unique, every layer read is a core layer or one an
 * earlier component adds, no layer added twice or over a core layer. Returns the list unchanged.
 */
export function planComponents(components: DocumentComponent[]): DocumentComponent[] {
  const available = new Set<string>(CORE_LAYERS);
  const names = new Set<string>();
  for (const c of components) {
    if (!c || typeof c.name !== 'string' || !c.name) throw new ComponentError('a component has no name');
    if (names.has(c.name)) throw new ComponentError(`component "${c.name}" is configured twice`);
    names.add(c.name);
    if (typeof c.run !== 'function') throw new ComponentError(`component "${c.name}" has no run(input) function`);
    if (!Array.isArray(c.reads) || !Array.isArray(c.adds)) throw new ComponentError(`component "${c.name}" must declare reads and adds (arrays of layer names)`);
    const missing = c.reads.filter((l) => !available.has(l));
    if (missing.length) throw new ComponentError(`component "${c.name}" reads ${missing.map((l) => `"${l}"`).join(', ')}, which no core layer or earlier component adds`);
    for (const l of c.adds) {
      if (available.has(l)) throw new ComponentError(`component "${c.name}" adds layer "${l}", which ${(CORE_LAYERS as readonly string[]).includes(l) ? 'is a core layer' : 'an earlier component adds'}`);
      available.add(l);
    }
  }
  return components;
}

/** Runs the components in order on one document. Pure: the inputs are not changed; a throwing component becomes a message. */
export function runComponents(components: DocumentComponent[], document: Document, annotations: Annotations): DocumentLayers {
  const layers: Record<string, Span[]> = {};
  const messages: Message[] = [];
  for (const c of components) {
    let out: ComponentOutput;
    try {
      out = c.run({ document, annotations, layers: { ...layers } }) ?? {};
    } catch (err) {
      messages.push({ file: document.path, rule: `component/${c.name}/failed`, severity: 'error', message: `${document.path}: component "${c.name}" failed: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    for (const [name, spans] of Object.entries(out.layers ?? {})) {
      if (!c.adds.includes(name)) {
        messages.push({ file: document.path, rule: `component/${c.name}/undeclared-layer`, severity: 'warning', message: `${document.path}: component "${c.name}" returned layer "${name}", which it does not declare in adds; ignored` });
        continue;
      }
      layers[name] = checkedSpans(spans, document, c.name, name, messages);
    }
    for (const m of out.messages ?? []) {
      const at = m.start !== undefined ? ` at ${m.start}${m.end !== undefined ? `–${m.end}` : ''}` : '';
      messages.push({ file: document.path, rule: `${c.name}/${m.rule}`, severity: m.severity, message: `${document.path}${at}: ${m.message}` });
    }
  }
  return { doc: document.id, layers, messages };
}

/** Spans inside the text, in order, with their text filled in; a span outside the text is dropped with a message. */
function checkedSpans(spans: Span[], document: Document, component: string, layer: string, messages: Message[]): Span[] {
  const out: Span[] = [];
  for (const s of Array.isArray(spans) ? spans : []) {
    const ok = Number.isInteger(s?.start) && Number.isInteger(s?.end) && s.start >= 0 && s.end >= s.start && s.end <= document.text.length;
    if (!ok) {
      messages.push({ file: document.path, rule: `component/${component}/bad-span`, severity: 'warning', message: `${document.path}: component "${component}" gave layer "${layer}" a span outside the text (${s?.start}–${s?.end}); dropped` });
      continue;
    }
    out.push({ start: s.start, end: s.end, label: String(s.label ?? ''), text: document.text.slice(s.start, s.end), ...(s.data ? { data: s.data } : {}) });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
