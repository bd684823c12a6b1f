import type { InvalidDataDetail } from './data-controller.js';

/** What every `cw-change` detail carries; each element documents the rest of its own. */
export interface CwChangeDetail {
  storageKey: string;
  [field: string]: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'cw-change': CustomEvent<CwChangeDetail>;
    'cw-invalid-data': CustomEvent<InvalidDataDetail>;
  }
}
