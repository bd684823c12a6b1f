import { css } from 'lit';

/** The styles of the content of "How the 47 cities answered", loaded with it (survey-answers.ts); the fold's own are in the element. */
export const surveyStyles = css`
  .survey .small {
    font-size: 0.85em;
  }
  .survey .scroll {
    max-width: 100%;
    overflow-x: auto;
    margin: 0.8em 0;
  }
  .survey-table caption {
    text-align: start;
    font-weight: 650;
    padding-bottom: 0.3em;
  }
  .survey-table th[scope='row'] {
    font-weight: 400;
    min-width: 12em;
  }
  .survey .block {
    display: block;
    font-weight: 400;
  }
  .survey-table .share {
    min-width: 8em;
  }
  .share-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.4em;
  }
  .share-box svg {
    width: 6em;
    height: 0.8em;
    flex: none;
  }
  .sbar .strack {
    fill: var(--surface);
    stroke: var(--border);
    stroke-width: 0.5;
  }
  .sbar .sfill,
  .sbar .smore {
    fill: var(--accent);
  }
  .sbar.q-about .sfill {
    fill: var(--surface);
    stroke: var(--accent);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .sbar.q-at-most .sfill {
    fill-opacity: 0.35;
  }
  .survey-table .value {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
`;
