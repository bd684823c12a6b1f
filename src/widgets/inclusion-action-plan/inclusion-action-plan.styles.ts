import { css } from 'lit';

export const actionPlanStyles = css`
  .root {
    --a0: var(--cw-color-series-1, #0b5cad);
    --a1: var(--cw-color-series-2, #b8430b);
    --a2: var(--cw-color-series-3, #1b7a3d);
    --a3: var(--cw-color-series-4, #7a2d9c);
    --a4: var(--cw-color-series-5, #8a6d00);
  }
  .root[data-scheme='dark'] {
    --a0: var(--cw-color-series-1, #7cb7ff);
    --a1: var(--cw-color-series-2, #ffa066);
    --a2: var(--cw-color-series-3, #7fd69b);
    --a3: var(--cw-color-series-4, #d9a6ff);
    --a4: var(--cw-color-series-5, #f0d264);
  }
  .small {
    font-size: 0.88em;
  }
  .cite {
    font-size: 0.85em;
    overflow-wrap: anywhere;
    margin: 0.2em 0;
  }
  .quote {
    display: inline;
  }
  .quote[open] {
    display: block;
  }
  .quote summary {
    display: inline;
    margin-inline-start: 0.4em;
    text-decoration: underline;
  }
  .quote blockquote {
    margin: 0.3em 0 0.3em 0.6em;
    padding-inline-start: 0.6em;
    border-inline-start: 2px solid var(--border);
    font-style: italic;
  }
  .area {
    margin: 1.2em 0;
    padding-top: 0.2em;
    border-top: 2px solid var(--border);
  }
  .area .num {
    color: var(--muted);
  }
  .actions-list {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
    display: grid;
    gap: 0.7em;
  }
  .action {
    border: 1px solid var(--border);
    border-inline-start: 5px solid var(--accent);
    border-radius: var(--radius);
    padding: 0.5em 0.7em;
    display: grid;
    gap: 0.4em;
    min-width: 0;
  }
  .action.status-done {
    border-inline-start-color: var(--ok);
  }
  .action.status-planned {
    border-inline-start-style: dashed;
  }
  .action .field,
  .action input,
  .action select,
  .action textarea {
    min-width: 0;
    width: 100%;
  }
  .grid {
    display: grid;
    gap: 0.4em 0.7em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
  }
  input[type='month'] {
    font: inherit;
    color: inherit;
    background: var(--bg);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0.3em 0.4em;
    min-height: 2.2em;
  }
  input[aria-invalid='true'] {
    border-color: var(--danger);
    border-width: 2px;
  }
  .error {
    font-weight: 600;
  }
  .readiness {
    margin-top: 1.5em;
    padding: 0.7em;
    border: 2px solid var(--accent);
    border-radius: var(--radius);
  }
  .questions {
    padding-inline-start: 1.2em;
  }
  .questions li {
    margin-bottom: 0.6em;
  }
  .questions p {
    margin: 0.2em 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .score {
    font-weight: 600;
  }
  .timeline-section {
    margin-top: 1.5em;
  }
  svg.timeline {
    display: block;
    width: 100%;
    height: auto;
    max-width: 60em;
  }
  svg.timeline text {
    fill: var(--fg);
    font-size: 11px;
  }
  .tick line {
    stroke: var(--border);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .band-bg {
    fill: var(--surface);
  }
  .band-0 .bar,
  .swatch.band-0 {
    fill: var(--a0);
    background: var(--a0);
  }
  .band-1 .bar,
  .swatch.band-1 {
    fill: var(--a1);
    background: var(--a1);
  }
  .band-2 .bar,
  .swatch.band-2 {
    fill: var(--a2);
    background: var(--a2);
  }
  .band-3 .bar,
  .swatch.band-3 {
    fill: var(--a3);
    background: var(--a3);
  }
  .band-4 .bar,
  .swatch.band-4 {
    fill: var(--a4);
    background: var(--a4);
  }
  .bar.status-planned {
    fill-opacity: 0.45;
  }
  .bar.reversed {
    stroke: var(--danger);
    stroke-width: 2;
  }
  .today line {
    stroke: var(--danger);
    stroke-width: 2;
  }
  .today text {
    fill: var(--danger);
    font-weight: 700;
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    font-size: 0.88em;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    margin-inline-end: 0.3em;
    vertical-align: -0.1em;
  }
  .timeline-table caption {
    text-align: start;
    caption-side: bottom;
    color: var(--muted);
    font-size: 0.88em;
    padding-top: 0.3em;
  }
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1.2em;
  }
  @media print {
    .action {
      break-inside: avoid;
    }
    details > summary {
      display: none;
    }
  }
`;
