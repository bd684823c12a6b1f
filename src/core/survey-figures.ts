import type { SurveyFigure, SurveyFigures } from '../schema/survey-figures.js';

/** The figures of each group, in the groups' order; empty groups left out. */
export function figuresByGroup(d: SurveyFigures): { group: string; figures: SurveyFigure[] }[] {
  return d.groups.map((g) => ({ group: g.id, figures: d.figures.filter((f) => f.group === g.id) })).filter((g) => g.figures.length > 0);
}

/**
 * A figure's value with its qualifier in words: "86%", "about 50%", "more than 50%", "at most 15%".
 * `pct` formats the number in the reader's language; `words` are the qualifiers' templates.
 */
export function figureText(
  f: Pick<SurveyFigure, 'value' | 'qualifier'>,
  pct: (v: number) => string,
  words: { about: string; moreThan: string; atMost: string },
): string {
  const v = pct(f.value);
  switch (f.qualifier) {
    case 'about':
      return words.about.replace('{value}', v);
    case 'more-than':
      return words.moreThan.replace('{value}', v);
    case 'at-most':
      return words.atMost.replace('{value}', v);
    default:
      return v;
  }
}
