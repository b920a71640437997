import type { NoteRow, VerdictRow } from '../api.js';
import { empty, section, type View } from '../common.js';
import { type Child, h, table } from '../dom.js';
import { exportButtons } from '../export.js';
import { byline, loadReview, ratingLabel } from '../review.js';
import { to } from '../routes.js';
import { exportBar } from './exports.js';

/** Where the item of a verdict or note is shown; an orphaned one (no longer in the story) links nowhere. */
function itemLink(story: string, row: VerdictRow | NoteRow): Child {
  if (row.orphaned) return h('span', { class: 'orphaned' }, h('strong', {}, 'orphaned'), ` — ${row.itemKind} ${row.itemId} is no longer in the story`);
  const href = {
    conflict: () => to.view(story, 'conflicts', { id: row.itemId }),
    claim: () => to.claim(story, row.itemId),
    entity: () => to.entity(story, row.itemId),
    document: () => to.doc(story, row.itemId),
    event: () => to.view(story, 'timeline', { id: row.itemId }),
  }[row.itemKind]();
  return h('a', { href, dir: 'auto' }, row.label ?? row.itemId);
}

/** Every verdict and note of the story in one place, orphaned ones included, with the report downloads. */
export async function reviewView(story: string): Promise<View> {
  const { page } = await loadReview(story);
  const orphans = page.verdicts.filter((v) => v.orphaned).length + page.notes.filter((n) => n.orphaned).length;
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Verdicts and notes'),
      page.verdicts.length || page.notes.length
        ? exportButtons(story, 'review', () => ({
            // a row per verdict and per note
            columns: ['record', 'item kind', 'item', 'label', 'verdict', 'held true', 'text', 'author', 'at', 'orphaned'],
            rows: [
              ...page.verdicts.map((v) => ['verdict', v.itemKind, v.itemId, v.label, v.rating, v.chosenValue, v.note, v.author, v.at, v.orphaned]),
              ...page.notes.map((n) => ['note', n.itemKind, n.itemId, n.label, null, null, n.text, n.author, n.at, n.orphaned]),
            ],
            json: { verdicts: page.verdicts, notes: page.notes },
          }))
        : null,
      orphans ? h('p', { class: 'notice' }, `${orphans} of them are about items no longer in the story (its documents changed); they are kept, marked orphaned.`) : null,
      section(
        `Verdicts (${page.verdicts.length})`,
        page.verdicts.length
          ? table(
              ['Item', 'Kind', 'Verdict', 'Held true', 'Reasoning', 'By'],
              page.verdicts.map((v) => [itemLink(story, v), v.itemKind, ratingLabel(v.rating), v.chosenValue ? h('bdi', { dir: 'auto' }, v.chosenValue) : '—', v.note ? h('span', { dir: 'auto' }, v.note) : '—', byline(v.author, v.at)]),
              'verdicts',
              page.verdicts.map((v) => v.itemId),
            )
          : empty('No verdicts yet: give one from a conflict or a claim.'),
      ),
      section(
        `Notes (${page.notes.length})`,
        page.notes.length
          ? table(
              ['Item', 'Kind', 'Note', 'By'],
              page.notes.map((n) => [itemLink(story, n), n.itemKind, h('span', { dir: 'auto' }, n.text), byline(n.author, n.at)]),
              'notes',
              page.notes.map((n) => n.id),
            )
          : empty('No notes yet: add one to any conflict, claim, entity or document.'),
      ),
      exportBar(story),
    ),
  };
}
