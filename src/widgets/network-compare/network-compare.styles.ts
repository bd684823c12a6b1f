import { css } from 'lit';

export const networkCompareStyles = css`
  .root {
    --s0: var(--cw-color-accent, #0b5cad);
    --s1: var(--cw-color-series-2, #b8430b);
    --s2: var(--cw-color-series-3, #1b7a3d);
    --s3: var(--cw-color-series-4, #7a2d9c);
  }
  .root[data-scheme='dark'] {
    --s0: var(--cw-color-accent, #7cb7ff);
    --s1: var(--cw-color-series-2, #ffa066);
    --s2: var(--cw-color-series-3, #7fd69b);
    --s3: var(--cw-color-series-4, #d9a6ff);
  }
  .small {
    font-size: 0.88em;
  }
  .layout {
    display: grid;
    gap: 1em;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 72em) {
    .layout {
      grid-template-columns: minmax(16em, 22em) minmax(0, 1fr);
      align-items: start;
    }
  }
  .scales dt {
    font-weight: 650;
    margin-top: 0.6em;
  }
  .scales dd {
    margin: 0 0 0 1em;
  }
  .anchors {
    list-style: none;
    padding: 0;
    margin: 0.3em 0;
  }
  .num {
    display: inline-block;
    min-width: 1.4em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    align-items: flex-end;
    padding: 0.6em;
    background: var(--surface);
    border-radius: var(--radius);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
    flex: 1 1 9em;
  }
  .field.search {
    flex-basis: 100%;
  }
  .field > span,
  .field > label {
    font-size: 0.88em;
    color: var(--muted);
  }
  .typology {
    flex-basis: 100%;
  }
  .typology > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .typology-fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.6em 0.75em;
  }
  .typology .rules {
    margin-top: 0.5em;
  }
  .typology .rules dd {
    margin: 0 0 0.4em;
  }
  .typology .hint {
    margin: 0.15em 0 0;
    overflow-wrap: anywhere;
  }
  .field select,
  .field input {
    width: 100%;
  }
  .count {
    margin: 0.5em 0 0.2em;
    font-size: 0.9em;
  }
  .count span {
    display: block;
  }
  .message:empty {
    display: none;
  }
  .message {
    font-weight: 600;
    color: var(--danger);
  }
  .list {
    max-height: 28em;
    overflow: auto;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0 0.5em 0.5em;
  }
  .group {
    position: sticky;
    top: 0;
    margin: 0;
    padding: 0.5em 0 0.3em;
    background: var(--bg);
    font-size: 0.95em;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 0.5em;
    padding: 0.35em 0.2em;
    border-top: 1px solid var(--surface);
  }
  .item.checked {
    background: var(--surface);
  }
  .pick {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    cursor: pointer;
    font-weight: 550;
    overflow-wrap: anywhere;
  }
  .pick input {
    width: 1.15em;
    height: 1.15em;
    margin-top: 0.15em;
    flex: none;
    accent-color: var(--accent);
  }
  .pick input[aria-disabled='true'] {
    opacity: 0.5;
  }
  .desc {
    grid-column: 1;
    padding-inline-start: 1.65em;
    font-size: 0.85em;
    color: var(--muted);
  }
  .member {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
    font-size: 0.85em;
    min-height: 2em;
    padding: 0.2em 0.5em;
    border-color: var(--border);
    color: var(--fg);
  }
  .member[aria-pressed='true'] {
    border-color: var(--accent);
    color: var(--accent);
    font-weight: 650;
  }
  .chips {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0;
    margin: 0 0 0.6em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.2em 0.1em 0.6em;
    border: 1px solid var(--border);
    border-radius: 999px;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .chip .remove {
    min-height: 1.8em;
    padding: 0.1em 0.5em;
    border-radius: 999px;
  }
  .mark {
    flex: none;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    padding: 0;
    margin: 0.3em 0;
    font-size: 0.9em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-bottom: 0.5em;
  }
  .toggle[aria-pressed='true'] {
    background: var(--accent);
    color: var(--accent-fg);
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  .table-wrap table {
    min-width: 100%;
    font-size: 0.92em;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--bg);
    min-width: 10em;
  }
  tbody th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--bg);
    min-width: 7em;
    max-width: 12em;
    font-weight: 600;
  }
  tr.differs,
  tr.differs th[scope='row'] {
    background: var(--warn-bg);
  }
  @container (max-width: 30em) {
    thead th {
      min-width: 9em;
    }
    tbody th[scope='row'] {
      min-width: 6.5em;
      max-width: 7.5em;
      font-size: 0.9em;
      overflow-wrap: break-word;
      hyphens: auto;
    }
  }
  .group-row th {
    background: var(--surface);
    font-size: 0.95em;
  }
  .tag {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: 999px;
    margin-inline-start: 0.3em;
  }
  .cell > span {
    display: block;
  }
  .cell .value {
    font-weight: 550;
  }
  .unknown .value {
    font-style: italic;
    color: var(--muted);
  }
  .status {
    display: inline-block !important;
    font-size: 0.8em;
    padding: 0 0.4em;
    border: 1px solid var(--border);
    border-radius: 999px;
    margin: 0.15em 0;
  }
  .status.st-inferred {
    border-style: dashed;
  }
  .status.st-disputed {
    border-color: var(--danger);
    color: var(--danger);
    font-weight: 650;
  }
  .refs,
  .readings {
    font-size: 0.82em;
    color: var(--muted);
  }
  .more {
    font-size: 0.85em;
    margin-top: 0.3em;
    padding-top: 0.3em;
    border-top: 1px dashed var(--border);
  }
  .more q {
    display: block;
  }
  .docs {
    font-size: 0.85em;
  }
  .docs ul {
    padding-inline-start: 1.2em;
    margin: 0.2em 0;
    overflow-wrap: anywhere;
  }
  .chart,
  .map {
    margin: 1em 0 0;
  }
  svg {
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  svg text {
    fill: var(--fg);
    font-size: 12px;
  }
  svg .tick {
    fill: var(--muted);
    font-size: 11px;
  }
  svg .grid,
  svg .row {
    stroke: var(--border);
    stroke-opacity: 0.5;
  }
  svg .sep {
    stroke: var(--border);
    stroke-dasharray: 3 3;
  }
  .dot {
    stroke: var(--bg);
    stroke-width: 1;
  }
  .dot.hollow {
    fill: none !important;
    stroke-width: 1.5;
  }
  .s0 .mark,
  .dot.s0 {
    fill: var(--s0);
  }
  .s1 .mark,
  .dot.s1 {
    fill: var(--s1);
  }
  .s2 .mark,
  .dot.s2 {
    fill: var(--s2);
  }
  .s3 .mark,
  .dot.s3 {
    fill: var(--s3);
  }
  .dot.hollow.s0 {
    stroke: var(--s0);
  }
  .dot.hollow.s1 {
    stroke: var(--s1);
  }
  .dot.hollow.s2 {
    stroke: var(--s2);
  }
  .dot.hollow.s3 {
    stroke: var(--s3);
  }
  .dot.big {
    stroke: var(--fg);
    stroke-width: 0.8;
  }
  .pt {
    fill: var(--muted);
    fill-opacity: 0.35;
    stroke: var(--fg);
    stroke-width: 1;
  }
  .pt.st-inferred,
  .pt.st-disputed {
    stroke-dasharray: 2 2;
  }
  .pt.many {
    fill-opacity: 0.6;
  }
  .pt.alt {
    fill: none;
    stroke-dasharray: 2 2;
  }
  .alt-line {
    stroke: var(--muted);
    stroke-width: 1.2;
    stroke-dasharray: 3 3;
  }
  .alt-line.s0 {
    stroke: var(--s0);
  }
  .alt-line.s1 {
    stroke: var(--s1);
  }
  .alt-line.s2 {
    stroke: var(--s2);
  }
  .alt-line.s3 {
    stroke: var(--s3);
  }
  .point-label.count,
  .point-label.alt {
    font-weight: 400;
    fill: var(--muted);
  }
  .not-on-map {
    color: var(--fg);
  }
  .point-label {
    font-weight: 650;
    paint-order: stroke;
    stroke: var(--bg);
    stroke-width: 3px;
  }
  .map-data table {
    font-size: 0.9em;
  }
  @media print {
    .filters,
    .list,
    .toolbar,
    .member,
    .remove {
      display: none !important;
    }
  }
  .snippet {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--surface);
    padding: 0.6em;
    border-radius: var(--radius);
    font-size: 0.85em;
  }
  .comparison.only > h2 {
    margin-bottom: 0.2em;
  }
  /* The article view, compact: value and status on one line, small toggles, charts side by side
     when the column is wide enough, every download in one row. */
  .only .cell > .value {
    display: inline;
    margin-inline-end: 0.35em;
  }
  .only .table-wrap table {
    font-size: 0.88em;
    line-height: 1.3;
  }
  .only td.cell,
  .only tbody th[scope='row'] {
    padding: 0.3em 0.4em;
  }
  .only .refs,
  .only .readings {
    font-size: 0.8em;
  }
  .only .toolbar button {
    min-height: 1.9em;
    padding: 0.1em 0.55em;
    font-size: 0.85em;
  }
  .charts.two {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 16px;
    align-items: start;
  }
  .charts h3,
  .charts h4 {
    font-size: 1em;
    margin: 0 0 0.3em;
  }
  .charts .map-chart + .legend,
  .charts .map p,
  .charts .map ul,
  .charts .chart .legend {
    font-size: 0.85em;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.9em;
    font-size: 0.9em;
  }
  .downloads button {
    min-height: 2em;
    padding: 0.15em 0.6em;
  }
  .file-group,
  .files {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em;
  }
  .files {
    flex-wrap: nowrap;
  }
  /* The article view: four networks fit a 680 px column without scrolling sideways. */
  @container (min-width: 36em) {
    .only .table-wrap table {
      table-layout: fixed;
      width: 100%;
    }
    .only thead th {
      min-width: 0;
    }
    .only tbody th[scope='row'] {
      width: 7.5em;
      min-width: 0;
    }
    .only td.cell {
      overflow-wrap: anywhere;
    }
  }
  .timeline ol {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0 0 0 0.6em;
    border-inline-start: 2px solid var(--border);
  }
  .timeline li {
    display: grid;
    grid-template-columns: 3.2em minmax(0, 1fr);
    gap: 0.6em;
    padding: 0.3em 0;
  }
  .timeline li.selected .what strong {
    color: var(--accent);
  }
  .timeline .year {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .timeline .what > span {
    display: block;
  }
  .timeline .note {
    font-style: italic;
  }
`;
