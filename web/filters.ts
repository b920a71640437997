import { h, type Props } from './dom.js';

/** A labelled filter: choosing an option goes to the address `go(value)` gives, so the filter is in the URL (Back undoes it). */
export function filterSelect(label: string, name: string, current: string, options: [string, string, Props?][], go: (value: string) => string): HTMLElement {
  return h(
    'label',
    {},
    `${label} `,
    h(
      'select',
      {
        name,
        onChange: (e) => {
          location.hash = go((e.target as HTMLSelectElement).value);
        },
      },
      h('option', { value: '' }, 'all'),
      options.map(([v, text, props]) => h('option', { dir: 'auto', ...props, value: v, selected: current === v }, text)),
    ),
  );
}
