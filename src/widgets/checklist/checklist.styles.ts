import { css } from 'lit';

export const checklistStyles = css`
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
    gap: 0.8em;
  }
  .question {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0.7em 0.8em;
    background: var(--bg);
  }
  .qtext {
    margin: 0 0 0.5em;
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
    gap: 0.4em;
    margin-bottom: 0.5em;
  }
  .details {
    display: grid;
    gap: 0.4em;
  }
  textarea {
    resize: vertical;
    width: 100%;
  }
  .error {
    color: var(--danger);
    margin: 0;
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
    max-width: 32em;
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
  label.file {
    position: relative;
  }
  label.file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  label.file:focus-within {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
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
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .choices,
    .details label,
    .details .row,
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
