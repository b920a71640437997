import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ComponentError, planComponents } from './registry.js';
import type { ComponentModule, DocumentComponent } from './types.js';

/**
 * The configuration file (JSON): `{ "components": ["./my-tagger.mjs", { "module": "pkg-name", "options": { … } }] }`.
 * Module paths are relative to the configuration file; a bare name is an installed package. Each module's default export
 * is a DocumentComponent or a factory taking `options`. Components run after the core annotator, in the order given.
 */
export interface PipelineConfig {
  components?: (string | { module: string; options?: Record<string, unknown> })[];
}

/** Loads and checks the components a configuration file names. Errors name the file and the component. */
export async function loadComponents(configPath: string): Promise<DocumentComponent[]> {
  let config: PipelineConfig;
  try {
    config = JSON.parse(await readFile(configPath, 'utf8')) as PipelineConfig;
  } catch (err) {
    throw new ComponentError(`${configPath}: cannot read the configuration: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!config || typeof config !== 'object' || (config.components !== undefined && !Array.isArray(config.components))) {
    throw new ComponentError(`${configPath}: "components" must be a list of module paths or { "module", "options" } objects`);
  }
  const base = dirname(resolve(configPath));
  const components: DocumentComponent[] = [];
  for (const entry of config.components ?? []) {
    const spec = typeof entry === 'string' ? { module: entry, options: {} } : entry;
    if (!spec || typeof spec.module !== 'string') throw new ComponentError(`${configPath}: a component entry has no "module"`);
    const target = spec.module.startsWith('.') || isAbsolute(spec.module) ? pathToFileURL(resolve(base, spec.module)).href : spec.module;
    let loaded: { default?: ComponentModule };
    try {
      loaded = (await import(target)) as { default?: ComponentModule };
    } catch (err) {
      throw new ComponentError(`${configPath}: cannot load component module ${spec.module}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const exported = loaded.default;
    if (!exported) throw new ComponentError(`${configPath}: component module ${spec.module} has no default export`);
    components.push(typeof exported === 'function' ? await exported(spec.options ?? {}) : exported);
  }
  try {
    return planComponents(components);
  } catch (err) {
    throw new ComponentError(`${configPath}: ${(err as Error).message}`);
  }
}
