import { css } from 'lit';

export const capitalRadarStyles = css`
  .root {
    --r-grid: var(--cw-radar-grid, #c5cad3);
    --r-bench: var(--cw-radar-benchmark, #7b8494);
    --r-s1: var(--cw-radar-color-1, #0a6fb0);
    --r-s2: var(--cw-radar-color-2, #c2410c);
    --r-s3: var(--cw-radar-color-3, #047857);
    --r-s4: var(--cw-radar-color-4, #a3387a);
  }
  .root[data-scheme='dark'] {
    --r-grid: var(--cw-radar-grid, #424855);
    --r-bench: var(--cw-radar-benchmark, #97a0af);
    --r-s1: var(--cw-radar-color-1, #5cb8f0);
    --r-s2: var(--cw-radar-color-2, #f29c52);
    --r-s3: var(--cw-radar-color-3, #45cf9f);
    --r-s4: var(--cw-radar-color-4, #ea9ccb);
  }
  header p {
    max-width: 46em;
  }
  .source,
  .description,
  .scoring,
  .legend-note,
  .sentence {
    font-size: 0.9em;
  }
  .layout {
    display: grid;
    gap: 1.2em;
    grid-template-columns: minmax(0, 1fr);
  }
  /* Answering, the chart stays in view: beside the statements when wide, above them when narrow. */
  .layout.assess .chart-panel {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--bg);
  }
  @container (max-width: 759.98px) {
    .layout.assess .chart-panel {
      order: -1;
      max-height: 50vh;
      overflow-y: auto;
      border-bottom: 1px solid var(--border);
      padding-bottom: 0.4em;
    }
    .layout.assess .chart-box {
      max-width: min(100%, 38vh);
      margin-inline: auto;
    }
  }
  @container (min-width: 760px) {
    .layout.assess {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
    .layout.assess .chart-panel {
      max-height: 100vh;
      overflow-y: auto;
    }
  }
  .chart-head h2 {
    margin-bottom: 0.1em;
  }
  .chart-head .subtitle {
    margin-top: 0;
    max-width: 46em;
  }
  .apart {
    font-size: 0.95em;
    margin: 0.8em 0 0.1em;
  }
  .capital {
    margin-bottom: 1em;
  }
  .capital h3 {
    margin-bottom: 0.1em;
  }
  .definition {
    font-size: 0.9em;
  }
  .score {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .statements {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .statement {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0.6em 0.7em;
  }
  .stext {
    margin: 0 0 0.2em;
    font-weight: 550;
  }
  .bench {
    margin: 0 0 0.4em;
    font-size: 0.85em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .chart-panel {
    min-width: 0;
  }
  .chart-box {
    position: relative;
    width: 100%;
  }
  .chart-box svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  svg.points {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  .rings,
  .axes {
    stroke: var(--r-grid);
  }
  .ring-values {
    fill: var(--muted);
  }
  .labels {
    fill: var(--fg);
    paint-order: stroke;
    stroke: var(--bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .line {
    fill: none;
  }
  .s-bench {
    --c: var(--r-bench);
  }
  .s-1 {
    --c: var(--r-s1);
  }
  .s-2 {
    --c: var(--r-s2);
  }
  .s-3 {
    --c: var(--r-s3);
  }
  .s-4 {
    --c: var(--r-s4);
  }
  .line,
  .swatch line {
    stroke: var(--c);
  }
  .line.filled {
    fill: var(--c);
  }
  .point,
  .marker,
  .swatch circle {
    fill: var(--c);
    stroke: var(--bg);
    stroke-width: 1.5;
  }
  .point {
    pointer-events: all;
    cursor: default;
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible,
  .point.active {
    stroke: var(--focus);
    stroke-width: 3;
  }
  .tip rect {
    fill: var(--bg);
    stroke: var(--fg);
  }
  .tip text {
    fill: var(--fg);
  }
  .legend {
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.2em;
  }
  .legend li {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
  }
  .legend .swatch {
    margin-top: 0.25em;
  }
  .swatch {
    flex: none;
  }
  .legend .date {
    color: var(--muted);
  }
  .values {
    width: 100%;
    font-variant-numeric: tabular-nums;
    margin: 0.5em 0;
  }
  .values caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.3em;
  }
  .values td {
    white-space: nowrap;
  }
  .values .none {
    color: var(--muted);
    font-style: italic;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  /* Hidden, it takes no layout space and scrolls nothing: the page never grows wider for it. */
  .table-wrap.visually-hidden {
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.8em;
  }
    .scoring summary {
    cursor: pointer;
    color: var(--accent);
  }
  @media print {
    .no-print {
      display: none !important;
    }
    .table-wrap.visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
  }
`;
