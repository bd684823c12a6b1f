import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { checksLoaded, parseJson, schemaOf, type DataProblem, type SchemaSource } from '../core/validate.js';
import type { LoadTracker } from '../storage/state-controller.js';

export type DataState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T; origin: 'bundled' | 'src' | 'inline' }
  | { status: 'invalid'; problem: DataProblem; origin: 'src' | 'inline' };

/** Detail of `cw-invalid-data`. */
export interface InvalidDataDetail extends DataProblem {
  origin: 'src' | 'inline';
}

/**
 * Gives an element its dataset: a child `<script type="application/json">`, else the JSON at its
 * `src` attribute, else the bundled dataset. Everything is validated; a failure becomes an
 * `invalid` state (shown by the element) and a `cw-invalid-data` event, never an exception.
 */
export class DataController<T> implements ReactiveController {
  /** A `src` that has not answered after this long is reported as failed. */
  static timeoutMs = 10_000;

  state: DataState<T> = { status: 'loading' };
  /** Called when a new dataset is ready. */
  onData?: (data: T) => void;

  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _schema: SchemaSource<T>;
  private readonly _bundled: () => T;
  private _loadedFrom: string | null | undefined = undefined;
  private _request = 0;
  private _abort?: AbortController;

  constructor(host: ReactiveControllerHost & HTMLElement, schema: SchemaSource<T>, bundled: () => T) {
    this._host = host;
    this._schema = schema;
    this._bundled = bundled;
    host.addController(this);
  }

  hostConnected(): void {
    this._maybeLoad();
  }

  hostUpdate(): void {
    this._maybeLoad();
  }

  hostDisconnected(): void {
    // The request in flight is forgotten, so that its abort is not reported as a failure.
    this._request++;
    this._abort?.abort();
    this._loadedFrom = undefined;
  }

  /** The dataset shown, or undefined while loading or when invalid. */
  get data(): T | undefined {
    return this.state.status === 'ok' ? this.state.data : undefined;
  }

  /** Loads again (e.g. after the inline JSON changed). */
  reload(): void {
    this._loadedFrom = undefined;
    this._maybeLoad();
  }

  private _inline(): HTMLScriptElement | null {
    return this._host.querySelector(':scope > script[type="application/json"]');
  }

  private _maybeLoad(): void {
    const inline = this._inline();
    const src = inline ? null : this._host.getAttribute('src');
    const from = inline ? `inline:${inline.textContent}` : src ? `src:${src}` : 'bundled';
    if (from === this._loadedFrom) return;
    this._loadedFrom = from;
    const request = ++this._request;
    this._abort?.abort();
    if (inline) {
      if (typeof this._schema !== 'function' && checksLoaded()) return this._settle(request, parseJson(this._schema, inline.textContent ?? ''), 'inline');
      this._set({ status: 'loading' });
      this._track(this._parse(request, inline.textContent ?? '', 'inline'));
      return;
    }
    if (!src) {
      this._set({ status: 'ok', data: this._bundled(), origin: 'bundled' });
      return;
    }
    this._set({ status: 'loading' });
    this._track(this._fetch(src, request));
  }

  /** The host's `updateComplete` waits for the dataset. */
  private _track(load: Promise<void>): void {
    (this._host as Partial<LoadTracker>).track?.(load);
  }

  private async _fetch(src: string, request: number): Promise<void> {
    const abort = (this._abort = new AbortController());
    const timeoutMs = DataController.timeoutMs;
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
    try {
      const res = await fetch(new URL(src, document.baseURI), { signal: abort.signal, credentials: 'same-origin' });
      if (!res.ok) {
        return this._settle(request, this._networkProblem(`a JSON file (the server answered HTTP ${res.status})`), 'src');
      }
      const text = await res.text();
      clearTimeout(timer);
      await this._parse(request, text, 'src');
    } catch (err) {
      if (request !== this._request) return;
      const timedOut = (err as Error)?.name === 'TimeoutError' || (abort.signal.reason as Error | undefined)?.name === 'TimeoutError';
      this._settle(
        request,
        this._networkProblem(timedOut ? `a JSON file within ${timeoutMs / 1000} s` : 'a reachable JSON file'),
        'src',
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** Validates `text` against the schema, loading it first when it loads on demand. */
  private async _parse(request: number, text: string, origin: 'src' | 'inline'): Promise<void> {
    let schema: z.ZodMiniType<T>;
    try {
      schema = await schemaOf(this._schema);
    } catch {
      return this._settle(request, { ok: false, problem: { kind: 'network', path: '(root)', expected: 'the code that checks this data (it could not be loaded)' } }, origin);
    }
    this._settle(request, parseJson(schema, text), origin);
  }

  private _networkProblem(expected: string) {
    return { ok: false as const, problem: { kind: 'network' as const, path: 'src', expected } };
  }

  private _settle(
    request: number,
    result: { ok: true; data: T } | { ok: false; problem: DataProblem },
    origin: 'src' | 'inline',
  ): void {
    if (request !== this._request) return;
    if (result.ok) {
      this._set({ status: 'ok', data: result.data, origin });
      return;
    }
    this._set({ status: 'invalid', problem: result.problem, origin });
    this._host.dispatchEvent(
      new CustomEvent<InvalidDataDetail>('cw-invalid-data', {
        detail: { ...result.problem, origin },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _set(state: DataState<T>): void {
    this.state = state;
    if (state.status === 'ok') this.onData?.(state.data);
    this._host.requestUpdate();
  }
}
