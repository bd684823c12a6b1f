import type { Answer, Assessment } from '../schema/checklist.js';

/** Our scale (the book has none): points per answer; Not applicable is left out of the count. */
export const POINTS: Readonly<Record<Answer, number | null>> = { yes: 1, partly: 0.5, no: 0, na: null };

export interface Score {
  /** Points of the answered applicable questions. */
  points: number;
  /** Weight of the answered questions not marked Not applicable: what the score rests on. */
  applicable: number;
  /** Questions with any answer (Not applicable included). */
  answered: number;
  /** Answered questions not marked Not applicable (a count, whatever the weights). */
  rests: number;
  total: number;
  /** points / applicable × 100; null when no answered question applies (never 0 for "no answer"). */
  pct: number | null;
}

/** Points of weighted questions over the weight of those answered (unanswered and Not applicable left out). */
export function weightedScore(items: readonly { question: string; weight?: number }[], entries: Assessment['entries']): Score {
  let points = 0;
  let applicable = 0;
  let answered = 0;
  let rests = 0;
  for (const { question, weight = 1 } of items) {
    const answer = entries[question]?.answer;
    if (!answer) continue;
    answered++;
    if (answer === 'na') continue;
    rests++;
    applicable += weight;
    points += (POINTS[answer] ?? 0) * weight;
  }
  return { points, applicable, answered, rests, total: items.length, pct: applicable ? (points / applicable) * 100 : null };
}
