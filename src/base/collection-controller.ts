import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { canAdd, create, duplicate, openId, remove, rename, restore, shareAdd, type Change, type CollectionLimits, type Named } from '../core/collection.js';
import { translate, type Catalogue } from '../core/i18n.js';
import { commonStrings, type CommonKey } from '../core/strings.js';
import type { Lang } from '../schema/common.js';
import type { StateController } from '../storage/state-controller.js';
import { shareLinkField } from './cw-element.js';
import { makeId } from './download.js';
import { readOpen, writeOpen } from './open-item.js';
import type { ShareController } from './share.js';

/** The keys every catalogue of an element with a named collection has. */
export type CollectionKey = 'name' | 'duplicate' | 'delete' | 'undo' | 'defaultName' | 'copyOf' | 'deleted';

type Params = Record<string, string | number>;

export interface CollectionOptions<S, T extends Named, K extends string> {
  state: StateController<S>;
  /** The list's key in the saved state (`assessments`, `profiles`…). A state with an `activeId` gets the opened id too. */
  key: keyof S & string;
  limits: CollectionLimits;
  /** A fresh item named `name`: a new one, and the one left when the last is deleted. */
  fresh: (name: string) => T;
  /** What a copy changes besides its id and name (dates, ids inside it). */
  copy?: (from: T) => Partial<T>;
  /** What a rename changes besides the name (an `updatedAt`). */
  touch?: () => Partial<T>;
  share: ShareController<T>;
  /** The element's catalogue. */
  t: (key: K | CollectionKey, params?: Params) => string;
  /**
   * The bar's own words, as keys of the element's catalogue: its accessible name (also its part
   * name), the select's label, the New button; `first` names the item left when the last is
   * deleted (default: `defaultName` 1); `full` is said when the list is at its limit.
   */
  keys: { bar: K; item: K; create: K; first?: K; full?: K };
  /** After the list changed, another item was opened, or the open one was renamed. */
  changed?: (what: 'list' | 'open' | 'name') => void;
}

type Host = ReactiveControllerHost & { readonly localName: string; readonly storageKey: string; readonly locale: Lang };

/**
 * A named collection (assessments, profiles, cities, plans) in an element: the state as this tab
 * sees it (which item is open is the tab's own, see open-item.ts), the changes of the list through
 * the pure core (a change the state refuses is not made, and its alert is the storage status's), the
 * status line with the undo of a delete, and share links. `renderCollectionBar()` is its view.
 */
export class CollectionController<S extends object, T extends Named, K extends string = string> implements ReactiveController {
  /** What the last change of the list did, for the bar's status line. */
  message = '';
  /** Undoes what `message` says, when it can be undone. */
  undo: (() => void) | null = null;
  shareCopied = false;
  readonly opts: CollectionOptions<S, T, K>;
  // `#` members: private, and shortened by the minifier (the four elements' pages carry this file).
  readonly #host: Host;
  #open = '';
  #openKey?: string;
  #storageKey?: string;

  constructor(host: Host, opts: CollectionOptions<S, T, K>) {
    this.#host = host;
    this.opts = opts;
    host.addController(this);
  }

  hostUpdated(): void {
    // Another `storage-key`: another record.
    const key = this.#host.storageKey;
    if (this.#storageKey !== undefined && this.#storageKey !== key) void this.opts.state.reload();
    this.#storageKey = key;
  }

  get items(): T[] {
    return this.opts.state.value[this.opts.key] as T[];
  }

  /**
   * The id of the item this tab shows: its own, else the one last opened anywhere, else the first;
   * pinned once the record is read, so that the record changing elsewhere moves nothing.
   */
  get id(): string {
    const host = this.#host;
    const state = this.opts.state;
    if (this.#openKey !== host.storageKey) {
      this.#openKey = host.storageKey;
      this.#open = readOpen(host.localName, host.storageKey) ?? '';
    }
    const id = openId(this.items, this.#open, (state.value as { activeId?: string }).activeId);
    if (id !== this.#open && state.status.kind !== 'loading') this.#setOpen(id);
    return id;
  }

  get item(): T {
    const id = this.id;
    return this.items.find((x) => x.id === id) ?? this.items[0]!;
  }

  /** The saved state as this tab sees it: an `activeId` is the item open in this tab. */
  get state(): S {
    const s = this.opts.state.value as S & { activeId?: string };
    const activeId = this.id;
    return s.activeId === undefined || s.activeId === activeId ? s : { ...s, activeId };
  }

  get canAdd(): boolean {
    return canAdd(this.items, this.opts.limits);
  }

  #setOpen(id: string): void {
    this.#open = id;
    writeOpen(this.#host.localName, this.#host.storageKey, id);
  }

  /** Saves the list as `items` with `open` opened in this tab; false when the state refused it. */
  #save(items: T[], open: string): boolean {
    const { state, key } = this.opts;
    const s = state.value as S & { activeId?: string };
    if (!state.set({ ...s, [key]: items, ...(s.activeId === undefined ? {} : { activeId: open }) })) return false;
    this.#setOpen(open);
    return true;
  }

  /** A common string in the element's language. */
  tc(key: CommonKey, params?: Params): string {
    return translate(commonStrings as Catalogue<CommonKey>, this.#host.locale, key, params);
  }

  /** Opens `id` in this tab; nothing is saved. */
  open(id: string): void {
    this.#setOpen(id);
    this.#host.requestUpdate();
    this.opts.changed?.('open');
  }

  /** Saves an edit of the open item, which stays open in this tab. False when the state refused it. */
  set(next: S): boolean {
    const id = this.id;
    if (!this.opts.state.set(next)) return false;
    this.#setOpen(id);
    return true;
  }

  /**
   * Saves a change of the list and opens `change.open`, with `message` (given the opened item's
   * name) and what undoes it in the status line. False when there is no change (the list is full)
   * or the state refused it.
   */
  apply(change: Change<T> | null, message?: (opened: string) => string, undo: (() => void) | null = null): boolean {
    if (!change || !this.#save(change.items, change.open)) return false;
    this.say(message?.(this.item.name) ?? '', undo);
    this.opts.changed?.('list');
    return true;
  }

  /** Says `message` in the status line, with an Undo button when `undo` is given. */
  say(message: string, undo: (() => void) | null = null): void {
    this.message = message;
    this.undo = undo;
    this.#host.requestUpdate();
  }

  runUndo(): void {
    const undo = this.undo;
    this.say('');
    undo?.();
  }

  create(): boolean {
    const { opts } = this;
    return this.apply(create(this.items, opts.fresh(opts.t('defaultName', { n: this.items.length + 1 })), opts.limits), (name) => this.tc('added', { name }));
  }

  duplicate(): boolean {
    const { opts } = this;
    const from = this.item;
    const change = duplicate(this.items, from.id, makeId(), (name) => opts.t('copyOf', { name }), opts.limits, opts.copy?.(from));
    return this.apply(change, (name) => this.tc('added', { name }));
  }

  /** Deletes the open item, with an undo; the last one gives way to a fresh one. */
  remove(): boolean {
    const { t, keys, limits, fresh } = this.opts;
    const { name } = this.item;
    const change = remove(this.items, this.id, fresh(keys.first ? t(keys.first) : t('defaultName', { n: 1 })));
    return this.apply(change, () => t('deleted', { name }), () => change && this.apply(restore(this.items, change.undo, limits)));
  }

  /**
   * Renames the open item as typed. A name that is empty once cleaned is not taken: the field shows
   * the saved one again when it is left (see the bar's `change`).
   */
  rename(name: string): void {
    const { limits, touch, changed } = this.opts;
    const id = this.id;
    const items = this.items;
    const next = rename(items, id, name, { ...limits, minName: 1 }, touch?.());
    // Nothing saved nor told when the name stays (a space typed at the end, an empty field).
    if (next.some((x, i) => x !== items[i]) && this.#save(next, id)) changed?.('name');
  }

  async share(): Promise<void> {
    this.shareCopied = (await this.opts.share.share(this.item)).copied;
    this.#host.requestUpdate();
  }

  /** Adds the item opened from a share link to the user's own (once, however often it is added). */
  addShared(): void {
    const share = this.opts.share;
    const shared = share.shared;
    const change = shared && shareAdd(this.items, structuredClone(shared), this.opts.limits);
    if (!change) return;
    share.dismiss();
    // Already among the user's own (the same content): opened, and said so; nothing is added twice.
    this.apply(change, (name) => this.tc(change.added ? 'sharedImported' : 'sharedAlready', { name }));
  }
}

/**
 * The bar of a named collection: a select of the items, the open one's name (saved as typed), New,
 * Duplicate, Delete, Share link, and a status line with Undo. `extra` goes after the name (fields
 * of the open item, such as a date).
 */
export function renderCollectionBar<S extends object, T extends Named, K extends string>(
  c: CollectionController<S, T, K>,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const { t, keys, limits } = c.opts;
  const item = c.item;
  const full = !c.canAdd;
  return html`<section class="bar no-print" part=${keys.bar} aria-label=${t(keys.bar)}>
    <div class="row">
      <label class="field"
        ><span>${t(keys.item)}</span>
        <select @change=${(e: Event) => c.open((e.target as HTMLSelectElement).value)}>
          ${c.items.map((x) => html`<option value=${x.id} .selected=${x.id === item.id}>${x.name || '—'}</option>`)}
        </select></label
      >
      <label class="field"
        ><span>${t('name')}</span>
        <input
          type="text"
          maxlength=${limits.maxName}
          required
          .value=${item.name}
          @input=${(e: Event) => c.rename((e.target as HTMLInputElement).value)}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            c.rename(input.value);
            // While typing the field keeps what was typed (a trailing space included); left, it shows the saved name.
            input.value = c.item.name;
          }}
      /></label>
      ${extra}
    </div>
    <div class="row">
      <button type="button" ?disabled=${full} @click=${() => c.create()}>${t(keys.create)}</button>
      <button type="button" ?disabled=${full} @click=${() => c.duplicate()}>${t('duplicate')}</button>
      <button type="button" @click=${() => c.remove()}>${t('delete')}</button>
      <button type="button" @click=${() => void c.share()}>${c.tc('shareLink')}</button>
    </div>
    ${shareLinkField(c.opts.share.lastLink, c.shareCopied, (key) => c.tc(key))}
    ${full && keys.full ? html`<p class="muted">${t(keys.full, { max: limits.maxItems ?? 0 })}</p>` : nothing}
    <div class="message" role="status">
      ${c.message} ${c.undo ? html`<button type="button" class="link" @click=${() => c.runUndo()}>${t('undo')}</button>` : nothing}
    </div>
  </section>`;
}
