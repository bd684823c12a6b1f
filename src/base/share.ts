import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { schemaOf, validate, type DataProblem, type SchemaSource, type Validated } from '../core/validate.js';

/**
 * Share links without a server: a widget's state travels in the URL fragment, which browsers never
 * send to a server. `#cw-share=<tag>~<storage-key>~<base64url JSON>`.
 */
const PREFIX = 'cw-share=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** `encodeURIComponent`, and `~` too, since it separates the link's parts. */
const encodeKey = (key: string) => encodeURIComponent(key).replace(/~/g, '%7E');

/** The link that opens this page with `payload` shared for the element `tag` / `storageKey`. */
export function shareUrl(base: string, tag: string, storageKey: string, payload: unknown): string {
  const url = new URL(base);
  url.hash = `${PREFIX}${tag}~${encodeKey(storageKey)}~${toBase64Url(JSON.stringify(payload))}`;
  return url.href;
}

/**
 * Reads a shared payload for `tag` / `storageKey` from a fragment. `null` when the fragment shares
 * nothing for this element; a validation problem when it does but is damaged.
 */
export function readShared<T>(hash: string, tag: string, storageKey: string, schema: z.ZodMiniType<T>): Validated<T> | null;
/** Without a schema: `null` when the fragment shares nothing for this element, else the payload unchecked. */
export function readShared(hash: string, tag: string, storageKey: string, schema: null): Validated<unknown> | null;
export function readShared<T>(hash: string, tag: string, storageKey: string, schema: z.ZodMiniType<T> | null): Validated<T> | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith(PREFIX)) return null;
  // The tag has no `~` and base64url has none: the key is what lies between the first and last one
  // (links made before `~` was encoded may carry it bare).
  const rest = raw.slice(PREFIX.length);
  const first = rest.indexOf('~');
  const last = rest.lastIndexOf('~');
  if (first < 0 || last === first) return null;
  const [t, key, body] = [rest.slice(0, first), rest.slice(first + 1, last), rest.slice(last + 1)];
  if (t !== tag || !body) return null;
  let decodedKey: string;
  try {
    decodedKey = decodeURIComponent(key);
  } catch {
    // A malformed % escape (a link cut or edited by hand) in a link for this kind of element.
    return { ok: false, problem: { kind: 'syntax', path: '(root)', expected: 'a complete share link' } };
  }
  if (decodedKey !== storageKey) return null;
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(body));
  } catch {
    return { ok: false, problem: { kind: 'syntax', path: '(root)', expected: 'a complete share link' } };
  }
  return schema ? validate(schema, json) : { ok: true, data: json as T };
}

/** Every connected ShareController: a fragment cleared by one is gone for all (no `hashchange` fires). */
const live = new Set<{ read(): void }>();

/** Removes a share fragment from the address bar (after it was imported or dismissed). */
export function clearShared(): void {
  if (location.hash.startsWith(`#${PREFIX}`)) history.replaceState(history.state, '', location.pathname + location.search);
  for (const c of live) c.read();
}

/**
 * Connects an element to share links: reads a shared payload for its tag and `storage-key` from
 * the address (and when the fragment changes), and makes links to share the element's own state.
 */
export class ShareController<T> implements ReactiveController {
  /** The shared payload, when the address carries a valid one for this element. */
  shared: T | null = null;
  /** What is wrong with a damaged share link for this element. */
  problem: DataProblem | null = null;
  /** The last link made, for display. */
  lastLink = '';

  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _schema: SchemaSource<T>;
  private readonly _onHash = () => this.read();
  private _reads = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, schema: SchemaSource<T>) {
    this._host = host;
    this._schema = schema;
    host.addController(this);
  }

  private get _key(): string {
    return this._host.getAttribute('storage-key') || 'default';
  }

  hostConnected(): void {
    addEventListener('hashchange', this._onHash);
    live.add(this);
    this.read();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this._onHash);
    live.delete(this);
  }

  /** Reads the address again. Never throws: a damaged link is a `problem`. */
  read(): void {
    const read = ++this._reads;
    const hash = location.hash;
    const damaged = { ok: false, problem: { kind: 'syntax', path: '(root)', expected: 'a complete share link' } } as const;
    let r: Validated<unknown> | null;
    try {
      // The schema loads only when the address shares something for this element.
      r = readShared(hash, this._host.localName, this._key, null);
    } catch {
      r = damaged;
    }
    if (r === null || !r.ok) return this._show(r);
    void schemaOf(this._schema).then(
      (schema) => {
        if (read !== this._reads) return;
        try {
          this._show(readShared(hash, this._host.localName, this._key, schema));
        } catch {
          this._show(damaged);
        }
      },
      () => read === this._reads && this._show({ ok: false, problem: { kind: 'network', path: '(root)', expected: 'the code that checks share links (it could not be loaded)' } }),
    );
  }

  private _show(r: Validated<T> | Validated<unknown> | null): void {
    if (r === null && this.shared === null && this.problem === null) return;
    this.shared = r?.ok ? (r.data as T) : null;
    this.problem = r && !r.ok ? r.problem : null;
    this._host.requestUpdate();
  }

  /** Forgets the shared payload and removes it from the address. */
  dismiss(): void {
    this._reads++;
    clearShared();
    this.shared = null;
    this.problem = null;
    this._host.requestUpdate();
  }

  /** Makes a link carrying `payload` and copies it to the clipboard when allowed. Returns the link. */
  async share(payload: T): Promise<{ link: string; copied: boolean }> {
    const base = location.href.split('#')[0]!;
    const link = shareUrl(base, this._host.localName, this._key, payload);
    this.lastLink = link;
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // No clipboard (permissions, insecure context): the link is shown to copy by hand.
    }
    this._host.requestUpdate();
    return { link, copied };
  }
}
