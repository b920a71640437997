// advisory lock keys shared by every process using the same database
export const LOCKS = {
  /** serialises automatic story assignment */
  assign: 74_612,
  /** with a story id as second key: one recompute of a story at a time */
  story: 74_613,
} as const;
