import { css } from 'lit';

/**
 * Shared by every element: the `--cw-*` tokens with light and dark defaults, a reset that keeps the
 * host page's CSS out, and the common controls. Fonts are inherited from the page.
 */
export const themeStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Inherited text properties are reset here, inside the shadow root, where page CSS can't reach. */
  .root {
    font-family: var(--cw-font-family, inherit);
    font-size: var(--cw-font-size, 16px);
    font-style: normal;
    font-weight: 400;
    line-height: 1.45;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
    color-scheme: light;
    --fg: var(--cw-color-text, #1d2330);
    --muted: var(--cw-color-muted, #535b6a);
    --bg: var(--cw-color-bg, #ffffff);
    --surface: var(--cw-color-surface, #f3f5f8);
    --border: var(--cw-color-border, #8a93a3);
    --accent: var(--cw-color-accent, #0b5cad);
    --accent-fg: var(--cw-color-accent-text, #ffffff);
    --danger: var(--cw-color-danger, #a4161a);
    --warn-bg: var(--cw-color-notice, #fff4d6);
    --ok: var(--cw-color-ok, #1b6e3a);
    --focus: var(--cw-color-focus, #c45a00);
    --space: var(--cw-space, 0.75em);
    --radius: var(--cw-radius, 6px);
    color: var(--fg);
    background: var(--bg);
    padding: var(--space);
    border-radius: var(--radius);
  }
  .root[data-scheme='dark'] {
    color-scheme: dark;
    --fg: var(--cw-color-text, #e8eaef);
    --muted: var(--cw-color-muted, #aeb5c2);
    --bg: var(--cw-color-bg, #16181d);
    --surface: var(--cw-color-surface, #23262e);
    --border: var(--cw-color-border, #7d8594);
    --accent: var(--cw-color-accent, #7cb7ff);
    --accent-fg: var(--cw-color-accent-text, #0b1320);
    --danger: var(--cw-color-danger, #ff8a8a);
    --warn-bg: var(--cw-color-notice, #3a3220);
    --ok: var(--cw-color-ok, #7fd69b);
    --focus: var(--cw-color-focus, #ffb057);
  }
  h2,
  h3,
  h4 {
    margin: 0.6em 0 0.4em;
    line-height: 1.25;
    font-weight: 650;
    color: var(--fg);
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.12em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0.4em 0;
  }
  a {
    color: var(--accent);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 2.25em;
    padding: 0.3em 0.8em;
    border: 1px solid var(--accent);
    border-radius: var(--radius);
    background: var(--bg);
    color: var(--accent);
    cursor: pointer;
    line-height: 1.2;
  }
  button.primary {
    background: var(--accent);
    color: var(--accent-fg);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input[type='text'],
  input[type='url'],
  input[type='search'],
  select,
  textarea {
    border: 1px solid var(--border);
    border-radius: calc(var(--radius) / 2);
    background: var(--bg);
    padding: 0.35em 0.5em;
    min-height: 2.25em;
    max-width: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  /* Form controls shared by the widgets. */
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: flex-end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
    flex: 1 1 11em;
  }
  .field > span {
    font-size: 0.9em;
    color: var(--muted);
  }
  input[type='date'] {
    border: 1px solid var(--border);
    border-radius: calc(var(--radius) / 2);
    background: var(--bg);
    padding: 0.35em 0.5em;
    min-height: 2.25em;
    max-width: 100%;
  }
  .bar {
    display: grid;
    gap: 0.5em;
    padding: 0.6em;
    background: var(--surface);
    border-radius: var(--radius);
    margin: 0.5em 0 1em;
  }
  .message:empty {
    display: none;
  }
  button.link {
    min-height: auto;
    padding: 0.1em 0.4em;
    margin-inline-start: 0.4em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.3em 0.7em;
    border: 1px solid var(--border);
    border-radius: 999px;
    cursor: pointer;
    min-height: 2.25em;
  }
  .choice:has(input:checked) {
    border-color: var(--accent);
    background: var(--surface);
    font-weight: 600;
    box-shadow: inset 0 0 0 1px var(--accent);
  }
  .choice input {
    accent-color: var(--accent);
    width: 1.05em;
    height: 1.05em;
    margin: 0;
  }
  .alert {
    border: 2px solid var(--danger);
    color: var(--fg);
    background: var(--bg);
    padding: 0.6em 0.8em;
    border-radius: var(--radius);
    margin: 0.5em 0;
  }
  .alert strong {
    color: var(--danger);
  }
  .notice {
    background: var(--warn-bg);
    padding: 0.5em 0.8em;
    border-radius: var(--radius);
    margin: 0.5em 0;
  }
  .notice:empty,
  .notice.quiet {
    padding: 0;
    margin: 0;
    background: none;
  }
  .shared {
    display: grid;
    gap: 0.4em;
    border: 2px solid var(--accent);
  }
  .shared .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .share-link input {
    width: 100%;
  }
  .muted {
    color: var(--muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--border);
    vertical-align: top;
  }
  /* Forms and print, shared by the widgets that have them. */
  .scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .error {
    color: var(--danger);
    margin: 0;
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
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .root,
    .root[data-scheme='dark'] {
      color-scheme: light;
      --fg: #000;
      --bg: #fff;
      --muted: #333;
      --surface: #fff;
      --border: #777;
    }
    .no-print {
      display: none !important;
    }
  }
`;
