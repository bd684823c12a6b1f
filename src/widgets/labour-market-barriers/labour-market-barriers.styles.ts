import { css } from 'lit';

export const labourMarketStyles = css`
  .small {
    font-size: 0.88em;
  }
  fieldset {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    margin: 0 0 0.6em;
    padding: 0.4em 0.6em 0.6em;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  legend {
    font-weight: 650;
    padding: 0 0.3em;
  }
  .items {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.6em;
  }
  .item {
    border-inline-start: 3px solid var(--border);
    padding: 0.2em 0 0.2em 0.7em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .item p {
    margin: 0.2em 0;
  }
  .tag,
  .origin {
    display: inline-block;
    font-size: 0.82em;
    font-weight: 650;
    padding: 0 0.45em;
    border-radius: 1em;
    border: 1px solid var(--border);
    background: var(--surface);
  }
  .origin-stated {
    border-color: var(--ok);
  }
  .origin-ours {
    border-style: dashed;
  }
  .cite {
    font-size: 0.85em;
    overflow-wrap: anywhere;
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
  .addressed {
    color: var(--ok);
    font-weight: 600;
  }
  .open {
    color: var(--danger);
    font-weight: 600;
  }
  .gaps {
    background: var(--surface);
    border-radius: var(--radius);
    padding: 0.4em 0.8em 0.6em;
    margin: 1em 0;
  }
  .gap-list li {
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-weight: 650;
    cursor: pointer;
  }
  .check input {
    width: 1.2em;
    height: 1.2em;
    margin-top: 0.15em;
    flex: none;
  }
  .examples {
    margin: 0.2em 0;
    padding-inline-start: 1.2em;
  }
  .matrix table {
    font-size: 0.88em;
  }
  .matrix caption {
    text-align: start;
    caption-side: bottom;
    padding-top: 0.4em;
    color: var(--muted);
  }
  .matrix th[scope='col'] {
    vertical-align: bottom;
    min-width: 6em;
  }
  .matrix th.has {
    text-decoration: underline;
  }
  .cell {
    text-align: center;
    white-space: nowrap;
  }
  .cell-stated {
    background: color-mix(in srgb, var(--ok) 22%, transparent);
  }
  .cell-ours {
    background: color-mix(in srgb, var(--accent) 12%, transparent);
  }
  .dot {
    display: block;
    font-size: 1.2em;
    line-height: 1;
  }
  .compare table {
    margin-top: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.6em;
  }
  details summary {
    cursor: pointer;
  }
  .matrix-toggle {
    margin-top: 1em;
  }
  @media print {
    details {
      display: block;
    }
  }
`;
