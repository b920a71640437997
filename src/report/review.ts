/**
 * An analyst's review of a story: verdicts on conflicts and claims, and notes on any item.
 * Written in the workbench (stored per story in the case file), carried in the report as `review`,
 * and read by the exports (schema.org ClaimReview takes the verdicts).
 */

/**
 * A verdict's rating, from the analyst's reading of the evidence (ClaimReview's reviewRating maps the first six onto
 * 1–5). A conflict also takes `disputed` (the sources cannot settle it) and `not-a-conflict` (the values can both
 * hold: two different things, a rounding, an update); a conflict is resolved when its verdict holds one value true.
 */
export type VerdictRating = 'true' | 'mostly-true' | 'mixed' | 'mostly-false' | 'false' | 'unproven' | 'disputed' | 'not-a-conflict';

export const VERDICT_RATINGS: readonly VerdictRating[] = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unproven', 'disputed', 'not-a-conflict'];
/** The ratings only a conflict takes. */
export const CONFLICT_RATINGS: readonly VerdictRating[] = ['disputed', 'not-a-conflict'];

/** The kind of report item a verdict or note is about. */
export type ReviewedKind = 'conflict' | 'claim' | 'entity' | 'event' | 'document';

export interface Verdict {
  /** the stable id of the item in the report (a conflict's or claim's `id`) */
  itemId: string;
  itemKind: 'conflict' | 'claim';
  rating: VerdictRating;
  /** for a conflict: the value of the alternative the analyst holds true, when one is */
  chosenValue?: string | null;
  /** the analyst's reasoning, shown with the verdict */
  note?: string | null;
  author?: string | null;
  /** ISO 8601 time the verdict was last set */
  at: string;
}

export interface Note {
  id: string;
  itemId: string;
  itemKind: ReviewedKind;
  text: string;
  author?: string | null;
  /** ISO 8601 time the note was written */
  at: string;
}

export interface Review {
  verdicts: Verdict[];
  notes: Note[];
}

export const emptyReview = (): Review => ({ verdicts: [], notes: [] });
