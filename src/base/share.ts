import type * as z from 'zod/mini';
import { validate, type Validated } from '../core/validate.js';

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

/** The link that opens this page with `payload` shared for the element `tag` / `storageKey`. */
export function shareUrl(base: string, tag: string, storageKey: string, payload: unknown): string {
  const url = new URL(base);
  url.hash = `${PREFIX}${tag}~${encodeURIComponent(storageKey)}~${toBase64Url(JSON.stringify(payload))}`;
  return url.href;
}

/**
 * Reads a shared payload for `tag` / `storageKey` from a fragment. `null` when the fragment shares
 * nothing for this element; a validation problem when it does but is damaged.
 */
export function readShared<T>(hash: string, tag: string, storageKey: string, schema: z.ZodMiniType<T>): Validated<T> | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith(PREFIX)) return null;
  const [t, key, body] = raw.slice(PREFIX.length).split('~');
  if (t !== tag || decodeURIComponent(key ?? '') !== storageKey || !body) return null;
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(body));
  } catch {
    return { ok: false, problem: { kind: 'syntax', path: '(root)', expected: 'a complete share link' } };
  }
  return validate(schema, json);
}

/** Removes a share fragment from the address bar (after it was imported or dismissed). */
export function clearShared(): void {
  if (location.hash.startsWith(`#${PREFIX}`)) history.replaceState(history.state, '', location.pathname + location.search);
}
