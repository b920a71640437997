import pc from 'picocolors';

/** A colour setting from the config file: always, never, or by the terminal (auto). */
export type ColorSetting = boolean | 'auto';

export type Colors = ReturnType<typeof pc.createColors>;

/** What the user asked for: `--color` / `--no-color` on the command line, `color` in the config file. */
export interface ColorPrefs {
  flag?: boolean;
  config?: ColorSetting;
}

/**
 * The one place that decides whether a stream gets colour: `--color`/`--no-color` first, then FORCE_COLOR (non-empty,
 * not "0"/"false": on), then NO_COLOR (non-empty: off), then the config file's `color`, then whether the stream is a
 * terminal. Picocolors' own guess is not used: it colours any stream when CI is set, and lets NO_COLOR beat FORCE_COLOR.
 */
export function colorEnabled(stream: { isTTY?: boolean }, prefs: ColorPrefs = {}, env: NodeJS.ProcessEnv = process.env): boolean {
  if (prefs.flag !== undefined) return prefs.flag;
  const setting = prefs.config ?? 'auto';
  const force = env.FORCE_COLOR;
  if (force) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (typeof setting === 'boolean') return setting;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Picocolors functions for one stream: real escapes when colour is on, plain strings when off. */
export const colorsFor = (stream: { isTTY?: boolean }, prefs?: ColorPrefs, env?: NodeJS.ProcessEnv): Colors => pc.createColors(colorEnabled(stream, prefs, env));
