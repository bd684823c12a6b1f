import { css } from 'lit';

/** Styles of the Summary outputs (stage ladders, pillar table, flags, the heatmap matrix, cases). */
export const outputsStyles = css`
  .output {
    margin: 0.8em 0;
  }
  .verdict {
    font-weight: 700;
    margin: 0.3em 0;
  }
  .ladder {
    list-style: none;
    margin: 0.4em 0;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }
  .ladder li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.5em;
    padding: 0.35em 0.6em;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    overflow-wrap: break-word;
  }
  .ladder li.current {
    border: 2px solid var(--accent);
    background: var(--surface);
  }
  .ladder li.current > strong::before {
    content: '▶ ';
    color: var(--accent);
  }
  .ladder li.passed > strong {
    color: var(--muted);
  }
  .cases-here {
    flex-basis: 100%;
    font-style: italic;
  }
  .output h5 {
    font-size: 1em;
    font-weight: 650;
    margin: 0.6em 0 0.3em;
  }
  .cases {
    padding-inline-start: 1.2em;
  }
  .cases ul {
    padding-inline-start: 1.1em;
    margin: 0.2em 0 0.5em;
  }
  .pillars {
    width: 100%;
    max-width: 32em;
    margin: 0.5em 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.2em 0;
  }
  .flag,
  .warning {
    background: var(--warn-bg);
    padding: 0.5em 0.8em;
    border-radius: var(--radius);
    border-inline-start: 4px solid var(--danger);
    margin: 0.4em 0;
  }
  .summary table.matrix,
  .matrix {
    width: 100%;
    max-width: none;
    min-width: 18em;
    table-layout: fixed;
    font-size: 0.9em;
  }
  .matrix caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .matrix thead td,
  .matrix th[scope='row'] {
    width: 9.5em;
  }
  .matrix th,
  .matrix td.cell {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .matrix td.cell {
    border: 2px solid var(--bg);
    border-radius: var(--radius);
  }
  .cell-name {
    display: none;
  }
  .cell .level {
    display: block;
    font-weight: 700;
  }
  .cell .descriptor {
    display: block;
    font-size: 0.85em;
    margin-top: 0.2em;
  }
  .cell .undescribed {
    font-style: italic;
  }
  .cell .warn-mark {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--danger);
  }
  .level-0 {
    background: #fbe1df;
  }
  .level-1 {
    background: #fdefc3;
  }
  .level-2 {
    background: #cfe9d6;
  }
  .level-na {
    background: var(--surface);
  }
  .level-none {
    background: var(--bg);
    outline: 1px dashed var(--border);
    outline-offset: -3px;
  }
  .root[data-scheme='dark'] .level-0 {
    background: #4c2327;
  }
  .root[data-scheme='dark'] .level-1 {
    background: #473b15;
  }
  .root[data-scheme='dark'] .level-2 {
    background: #1d412a;
  }
  .root[data-scheme='dark'] .cell .warn-mark {
    color: var(--fg);
  }
  /* Below a width the matrix reads as a list of cells, each naming its row and column. */
  @container checklist (max-width: 40em) {
    .matrix,
    .matrix tbody,
    .matrix tr,
    .matrix th[scope='row'],
    .matrix td.cell {
      display: block;
      width: auto;
      min-width: 0;
    }
    .matrix thead {
      display: none;
    }
    .matrix th[scope='row'] {
      font-size: 1.05em;
      padding: 0.6em 0 0.2em;
      border: 0;
    }
    .matrix td.cell {
      margin: 0.2em 0;
    }
    .cell-name {
      display: block;
      font-weight: 600;
    }
  }
  .scale .scale-marks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    flex-basis: 100%;
  }
  .scale .scale-marks:empty {
    display: none;
  }
  .mark {
    display: inline-block;
    font-size: 0.85em;
    padding: 0.05em 0.55em;
    border-radius: 999px;
    border: 1px solid var(--border);
    background: var(--bg);
  }
  .mark.city {
    border: 2px solid var(--accent);
    font-weight: 700;
  }
  .passage > summary {
    cursor: pointer;
  }
  .passage blockquote {
    margin: 0.3em 0 0.3em 0.8em;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--border);
    font-style: italic;
  }
  .verdict.provisional {
    font-weight: 400;
  }
  .missing {
    margin: 0.2em 0 0.5em;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .provisional .tag {
    border-style: dashed;
  }
  /* The placement as a scale, lighter to strategic, left to right where there is room. */
  @container checklist (min-width: 44em) {
    .ladder.scale {
      grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
      grid-auto-flow: column;
      position: relative;
    }
    .ladder.scale li {
      align-content: flex-start;
    }
  }
`;
