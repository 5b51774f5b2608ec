import type { TMatchStatus } from "./schemas";

/** A name match at least this good, and clearly ahead of the runner-up, is accepted without an operator. */
export const AUTO_MATCH_MIN_SCORE = 0.85;
export const AUTO_MATCH_MIN_MARGIN = 0.04;
/** Below this, candidates are not worth an operator's time. */
export const SUGGEST_MIN_SCORE = 0.5;

export type ClassifyMatchOptions = { scores: readonly number[]; exact: boolean };

/** Turns a line's ranked candidate scores into auto_matched, suggested or no_match. */
export const classifyMatch = ({ scores, exact }: ClassifyMatchOptions): TMatchStatus => {
  const [best, runnerUp = 0] = scores;
  if (best === undefined || best < SUGGEST_MIN_SCORE) return "no_match";
  if (exact) return "auto_matched";
  return best >= AUTO_MATCH_MIN_SCORE && best - runnerUp >= AUTO_MATCH_MIN_MARGIN ? "auto_matched" : "suggested";
};
