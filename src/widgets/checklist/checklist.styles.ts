import { css } from 'lit';

export const checklistStyles = css`
  .checklist {
    container: checklist / inline-size;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .wayfinding {
    background: var(--bg);
    border-bottom: 1px solid var(--border);
    padding: 0.4em 0;
    margin-bottom: 0.6em;
  }
  .progress-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.7em;
  }
  .jump {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 1em;
    margin: 0.3em 0 0;
    padding: 0;
    font-size: 0.9em;
  }
  .jump a {
    color: var(--accent);
  }
  .to-summary {
    font-weight: 600;
  }
  h3[tabindex='-1']:focus,
  [role='radiogroup']:focus {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .phase h3 {
    margin: 0.8em 0 0.4em;
  }
  .phase h3,
  .summary h3,
  [role='radiogroup'] {
    scroll-margin-top: 7em;
  }
  .questions-set {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  .source {
    font-size: 0.9em;
  }
  .questions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .question {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0.45em 0.7em;
    background: var(--bg);
  }
  .qtext {
    margin: 0 0 0.3em;
    font-weight: 550;
  }
  .num {
    color: var(--muted);
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.3em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin-bottom: 0.35em;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.3em 0.8em;
  }
  .notes {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    flex: 1 1 18em;
    min-width: 0;
  }
  .notes-label {
    color: var(--muted);
    font-size: 0.9em;
    padding-top: 0.25em;
  }
  textarea {
    resize: vertical;
    flex: 1;
    min-width: 0;
    width: 100%;
    /* A field that grows with its text. */
    field-sizing: content;
    min-height: 2.1em;
    max-height: 20em;
  }
  .more {
    flex: 0 1 auto;
    font-size: 0.9em;
  }
  .more[open] {
    flex-basis: 100%;
  }
  .more > summary {
    cursor: pointer;
    color: var(--accent);
    padding: 0.25em 0;
  }
  .more .row {
    margin-top: 0.3em;
  }
  .caveat {
    margin: -0.3em 0 0.4em;
    font-size: 0.85em;
  }
  .caveat > summary {
    cursor: pointer;
    color: var(--muted);
  }
  .agreement {
    margin-top: 1em;
  }
  .agree-pick {
    border: 0;
    padding: 0;
    margin: 0 0 0.4em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.8em;
  }
  .agreement-table th[scope='row'] {
    font-weight: 400;
    min-width: 12em;
  }
  /* Where there is room the way-finding bar stays in view while scrolling; on a phone it would hide too much. */
  @container checklist (min-width: 44em) {
    .wayfinding {
      position: sticky;
      top: 0;
      z-index: 1;
    }
  }
  /* Where there is room: the question and its answers on one line, notes and the rest on the next. */
  @container checklist (min-width: 52em) {
    .question {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 1em;
      align-items: start;
    }
    .question > * {
      grid-column: 1 / -1;
    }
    .question > .qtext {
      grid-column: 1;
    }
    .question > .choices {
      grid-column: 2;
      grid-row: 1;
      margin: 0;
      flex-wrap: nowrap;
    }
  }
  details > summary > h4,
  details > summary > h5 {
    display: inline;
    margin: 0;
  }
  details.open-points,
  details.cases-more,
  details.challenges-more {
    margin: 0.6em 0;
  }
  details.open-points > summary,
  details.cases-more > summary,
  details.challenges-more > summary {
    cursor: pointer;
  }
  .rests {
    font-weight: 400;
    font-size: 0.85em;
  }
  @container checklist (min-width: 36em) {
    .pct {
      min-width: 8em;
    }
  }
  /* Narrow: the score says what it rests on; the answered-of-all column gives way. */
  @container checklist (max-width: 36em) {
    .rests {
      white-space: nowrap;
    }
    table[part='summary-table'] :is(th, td):nth-child(3) {
      display: none;
    }
  }
  .evidence-link {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary {
    margin-top: 1.2em;
    padding: 0.8em;
    border: 2px solid var(--accent);
    border-radius: var(--radius);
  }
  .summary table {
    width: 100%;
    max-width: 40em;
  }
  .pct {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  tfoot th,
  tfoot td {
    border-bottom: none;
    font-weight: 700;
  }
  progress {
    width: min(12em, 100%);
    vertical-align: middle;
    accent-color: var(--accent);
  }
  .open {
    padding-inline-start: 1.2em;
    margin: 0.3em 0;
  }
  .open li {
    margin: 0.3em 0;
  }
  .tag {
    display: inline-block;
    font-size: 0.8em;
    padding: 0 0.5em;
    border: 1px solid var(--border);
    border-radius: 999px;
    margin-inline-end: 0.3em;
  }
  .scoring {
    margin: 0.6em 0;
  }
  .scoring summary {
    cursor: pointer;
    color: var(--accent);
  }
  .compare {
    margin-top: 0.8em;
    display: grid;
    gap: 0.5em;
  }
  .compare-table {
    width: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1em;
  }
  .confirm {
    margin-top: 0.6em;
    padding: 0.6em;
    border: 2px solid var(--accent);
    border-radius: var(--radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .confirm p {
    flex-basis: 100%;
  }
  .figure {
    margin: 0 0 0.5em;
    padding: 0.3em 0.6em;
    border-inline-start: 3px solid var(--accent);
    background: var(--surface);
    border-radius: 0 var(--radius) var(--radius) 0;
    font-size: 0.95em;
  }
  .figure-label {
    color: var(--muted);
    margin-inline-end: 0.2em;
  }
  .figure-value {
    font-variant-numeric: tabular-nums;
  }
  .cite {
    font-size: 0.9em;
  }
  .unscored {
    margin: 0 0 0.4em;
    font-size: 0.9em;
  }
  @media print {
    /* Summary first: after the title, before the questions. */
    .checklist {
      display: flex;
      flex-direction: column;
    }
    .checklist > header {
      order: -2;
    }
    .summary {
      order: -1;
      margin: 0 0 1em;
      break-after: page;
    }
    .choices,
    .details,
    details.scoring > summary {
      display: none;
    }
    details.scoring > p {
      display: block;
    }
    .question {
      break-inside: avoid;
    }
  }
`;
