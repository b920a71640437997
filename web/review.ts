// The analyst's verdicts and notes, shown and edited beside the item they are about. Everything typed is text:
// it goes into text nodes and form values, never through an HTML parser.
import { ApiError, type NoteRow, type ReviewPage, review, type VerdictRow } from './api.js';
import { badge, h } from './dom.js';

export type ReviewedKind = 'conflict' | 'claim' | 'entity' | 'event' | 'document';

/** One view's copy of the story's review, shared by its panels so a write in one shows in all. */
export interface ReviewState {
  page: ReviewPage;
}

export interface ReviewedItem {
  id: string;
  kind: ReviewedKind;
  /** what the analyst calls it, for the panel's accessible name */
  label: string;
  /** a conflict's alternatives: the values a verdict can hold true */
  alternatives?: string[];
}

const RATINGS: [string, string][] = [
  ['true', 'true'],
  ['mostly-true', 'mostly true'],
  ['mixed', 'mixed'],
  ['mostly-false', 'mostly false'],
  ['false', 'false'],
  ['unproven', 'unproven'],
  // a conflict's own: the sources cannot settle it, or the values can both hold
  ['disputed', 'disputed'],
  ['not-a-conflict', 'not a conflict'],
];
const CONFLICT_ONLY = new Set(['disputed', 'not-a-conflict']);
export const ratingLabel = (r: string) => RATINGS.find(([v]) => v === r)?.[1] ?? r;

const AUTHOR_KEY = 'triangulate.author';
const savedAuthor = () => {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
};
const keepAuthor = (name: string) => {
  try {
    localStorage.setItem(AUTHOR_KEY, name);
  } catch {
    // private windows may refuse storage: the name is then asked for again
  }
};

export function verdictOf(state: ReviewState, itemId: string): VerdictRow | undefined {
  return state.page.verdicts.find((v) => v.itemId === itemId);
}

export function notesOf(state: ReviewState, itemId: string): NoteRow[] {
  return state.page.notes.filter((n) => n.itemId === itemId);
}

/** The verdict as a badge, for lists: "verdict: mostly true". */
export function verdictBadge(v: { rating: string } | undefined): HTMLSpanElement | null {
  return v ? badge(`verdict: ${ratingLabel(v.rating)}`, `verdict-${v.rating}`) : null;
}

function when(at: string): HTMLElement {
  const t = h('time', {}, new Date(at).toLocaleString());
  t.setAttribute('datetime', at);
  return t;
}

/** Who wrote something and when. */
export function byline(author: string | null | undefined, at: string): HTMLElement {
  return h('small', { class: 'byline' }, author ? [h('bdi', { dir: 'auto' }, author), ' · '] : 'anonymous · ', when(at));
}

function verdictShown(v: VerdictRow): HTMLElement {
  return h(
    'div',
    { class: 'verdict', dataset: { rating: v.rating } },
    verdictBadge(v),
    v.chosenValue ? [' holds true: ', h('strong', { dir: 'auto' }, v.chosenValue)] : null,
    v.note ? h('p', { class: 'reasoning', dir: 'auto' }, v.note) : null,
    byline(v.author, v.at),
  );
}

const field = (label: string, control: HTMLElement) => h('label', { class: 'field' }, h('span', {}, label), control);

function authorInput(): HTMLInputElement {
  return h('input', { type: 'text', name: 'author', maxLength: 100, value: savedAuthor(), placeholder: 'optional' });
}

const formValue = (form: HTMLFormElement, name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();

/** The review of one item: its verdict (conflicts and claims) and notes, each with a form to change them. */
export function reviewPanel(story: string, item: ReviewedItem, state: ReviewState, changed?: () => void): HTMLElement {
  const box = h('section', { class: 'review', ariaLabel: `Review of ${item.kind} ${item.label}`.slice(0, 200), dataset: { review: item.id } });
  const problem = h('p', { class: 'review-error', role: 'alert' });
  const run = async (write: () => Promise<ReviewPage>) => {
    problem.textContent = '';
    try {
      state.page = await write();
      draw();
      changed?.();
      (box.querySelector('.review-status') as HTMLElement | null)?.focus();
    } catch (err) {
      problem.textContent = err instanceof ApiError || err instanceof Error ? `Not saved: ${err.message}` : 'Not saved.';
    }
  };

  const verdictForm = (v: VerdictRow | undefined) => {
    const rating = h(
      'select',
      { name: 'rating' },
      RATINGS.filter(([value]) => item.kind === 'conflict' || !CONFLICT_ONLY.has(value)).map(([value, label]) => h('option', { value, selected: (v?.rating ?? 'unproven') === value }, label)),
    );
    const chosen = item.alternatives?.length
      ? field(
          'Value held true',
          h(
            'select',
            { name: 'chosenValue' },
            h('option', { value: '' }, 'none of them / not decided'),
            item.alternatives.map((a) => h('option', { value: a, selected: v?.chosenValue === a, dir: 'auto' }, a)),
          ),
        )
      : null;
    return h(
      'details',
      { class: 'review-edit' },
      h('summary', {}, v ? 'Change verdict' : 'Give a verdict'),
      h(
        'form',
        {
          class: 'verdict-form',
          onSubmit: (e) => {
            e.preventDefault();
            const form = e.currentTarget as HTMLFormElement;
            const author = formValue(form, 'author');
            keepAuthor(author);
            void run(() =>
              review.setVerdict(story, item.id, { rating: formValue(form, 'rating'), chosenValue: formValue(form, 'chosenValue') || null, note: formValue(form, 'note') || null, author: author || null }),
            );
          },
        },
        field('Rating', rating),
        chosen,
        field('Reasoning', h('textarea', { name: 'note', maxLength: 4000 }, v?.note ?? '')),
        field('Your name', authorInput()),
        h(
          'div',
          { class: 'buttons' },
          h('button', { type: 'submit' }, 'Save verdict'),
          v ? h('button', { type: 'button', onClick: () => void run(() => review.clearVerdict(story, item.id)) }, 'Remove verdict') : null,
        ),
      ),
    );
  };

  const noteShown = (n: NoteRow) =>
    h(
      'li',
      { class: 'note' },
      h('p', { dir: 'auto' }, n.text),
      byline(n.author, n.at),
      ' ',
      h('button', { type: 'button', class: 'link', ariaLabel: `Delete the note of ${new Date(n.at).toLocaleString()}`, onClick: () => void run(() => review.removeNote(story, n.id)) }, 'Delete'),
    );

  const noteForm = () =>
    h(
      'details',
      { class: 'review-edit' },
      h('summary', {}, 'Add a note'),
      h(
        'form',
        {
          class: 'note-form',
          onSubmit: (e) => {
            e.preventDefault();
            const form = e.currentTarget as HTMLFormElement;
            const author = formValue(form, 'author');
            keepAuthor(author);
            void run(() => review.addNote(story, { itemId: item.id, itemKind: item.kind, text: formValue(form, 'text'), author: author || null }));
          },
        },
        field('Note', h('textarea', { name: 'text', maxLength: 4000 })),
        field('Your name', authorInput()),
        h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Add note')),
      ),
    );

  function draw(): void {
    const v = verdictOf(state, item.id);
    const notes = notesOf(state, item.id);
    const judged = item.kind === 'conflict' || item.kind === 'claim';
    const status = [judged ? (v ? verdictShown(v) : h('p', { class: 'meta' }, 'No verdict yet.')) : null, notes.length ? h('ul', { class: 'notes' }, notes.map(noteShown)) : null];
    const head = h('h3', { class: 'review-status' }, 'Review');
    head.tabIndex = -1;
    box.replaceChildren(...[head, ...status, problem, judged ? verdictForm(v) : null, noteForm()].filter((x): x is HTMLElement => !!x));
  }
  draw();
  return box;
}

/** The review as it stands, for a view to share between its panels. */
export async function loadReview(story: string): Promise<ReviewState> {
  return { page: await review.load(story) };
}
