import { html, LitElement, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { langStatus, loadLang, resolveLang, translate, type Catalogue } from '../core/i18n.js';
import { TEXTS, TEXT_IDS } from '../translations/texts.js';
import { commonStrings, type CommonKey } from '../core/strings.js';
import type { DataProblem } from '../core/validate.js';
import type { DataState } from './data-controller.js';
import { download } from './download.js';
import type { Lang } from '../schema/common.js';
import type { StorageStatus } from '../storage/state-controller.js';

export type Theme = 'light' | 'dark' | 'auto';

const darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

/**
 * What every city-widgets element shares: `theme`, `lang` resolution, `storage-key`, and the
 * rendering of data and storage notices. Not registered as an element itself.
 *
 * @attribute lang - Language: `en nl de it hu cs pl`; else the nearest ancestor's `lang`; else English.
 * @cssprop [--cw-font-family=inherit] - Font family (inherited from the page by default).
 * @cssprop [--cw-font-size=16px] - Base font size.
 * @cssprop [--cw-color-text=#1d2330] - Text colour.
 * @cssprop [--cw-color-muted=#535b6a] - Secondary text colour.
 * @cssprop [--cw-color-bg=#ffffff] - Background.
 * @cssprop [--cw-color-surface=#f3f5f8] - Background of panels.
 * @cssprop [--cw-color-border=#8a93a3] - Borders.
 * @cssprop [--cw-color-accent=#0b5cad] - Accent: buttons, links, selection.
 * @cssprop [--cw-color-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--cw-color-danger=#a4161a] - Errors.
 * @cssprop [--cw-color-notice=#fff4d6] - Background of notices.
 * @cssprop [--cw-color-ok=#1b6e3a] - Done and addressed: done actions, answered checks, barriers an initiative addresses.
 * @cssprop [--cw-color-focus=#c45a00] - Focus ring.
 * @cssprop [--cw-space=0.75em] - Inner spacing.
 * @cssprop [--cw-radius=6px] - Corner radius.
 */
export abstract class CwElement extends LitElement {
  /** The longest `updateComplete` waits for loads (as long as a `src` may take). */
  static loadsTimeoutMs = 10_000;

  /** `light`, `dark`, or `auto` (the page's `color-scheme`, else the OS setting). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Namespaces the saved state: elements with the same tag and key share it. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = 'default';

  /** URL of a JSON dataset in the schema of the element's bundled one. */
  @property() src?: string;

  @state() protected _scheme: 'light' | 'dark' = 'light';
  @state() private _langTick = 0;

  private _pageObserver?: MutationObserver;
  /** Loads under way that the content depends on (see `track`, `getUpdateComplete`). */
  private readonly _loads = new Set<Promise<unknown>>();
  private _lastLang?: Lang;
  private readonly _onScheme = () => this._updateScheme();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this._langTick++;
  }

  /**
   * A load the element's content depends on (its data, its saved state, its language, a part it is
   * about to show that loads on demand): `updateComplete` waits for it, and for the render that
   * shows it; for `waitMs` at most, when given. Returns `load`. Called by the controllers.
   * @internal
   */
  track<P extends Promise<unknown>>(load: P, waitMs?: number): P {
    const waited = waitMs === undefined ? load : Promise.race([load, new Promise((r) => setTimeout(r, waitMs))]);
    this._loads.add(waited);
    const done = () => this._loads.delete(waited);
    waited.then(done, done);
    return load;
  }

  /**
   * `updateComplete` resolves once the element shows its data, its saved state, its language and
   * the parts on demand it started loading (each load is bounded: storage and fetches time out),
   * so that `await el.updateComplete` is all a page or a test needs before reading it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A load may start another (the language, then the saved state): a few rounds at most, and
    // never longer than a stalled network allows (a module import has no timeout of its own).
    const end = Date.now() + CwElement.loadsTimeoutMs;
    for (let round = 0; round < 10 && this._loads.size > 0 && Date.now() < end; round++) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise((r) => (timer = setTimeout(r, end - Date.now())));
      await Promise.race([Promise.allSettled([...this._loads]), late]);
      clearTimeout(timer);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The next render only, not the loads `updateComplete` waits for (e.g. to move the focus after an edit). */
  protected rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /**
   * Adds the styles of a part loaded on demand to the element's own (once): a constructed sheet,
   * which a strict `style-src` allows.
   */
  protected adoptStyles(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** The language in use: the element's `lang`, else the nearest ancestor's, else English. */
  get locale(): Lang {
    void this._langTick;
    const withLang = this.closest('[lang]') as HTMLElement | null;
    return resolveLang(withLang?.getAttribute('lang'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    darkQuery?.addEventListener('change', this._onScheme);
    // The page may switch its language after the element rendered.
    // The page may switch its language, or its colour scheme (a class or style on <html> or <body>),
    // after the element rendered.
    this._pageObserver = new MutationObserver(() => {
      const lang = this.locale;
      if (lang !== this._lastLang) this._langTick++;
      this._lastLang = lang;
      this._updateScheme();
    });
    this._lastLang = this.locale;
    const watch = { attributes: true, attributeFilter: ['lang', 'class', 'style', 'data-theme'] };
    this._pageObserver.observe(document.documentElement, watch);
    if (document.body) this._pageObserver.observe(document.body, watch);
    this._updateScheme();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    darkQuery?.removeEventListener('change', this._onScheme);
    this._pageObserver?.disconnect();
    this._pageObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this._updateScheme();
    // A language not loaded yet: load it, then render again (nothing in English meanwhile).
    void this.languageReady();
  }

  /**
   * Starts loading the element's language when it is not there yet, and re-renders when it is;
   * undefined when it is there (or failed: English is shown, with a notice).
   */
  protected languageReady(): Promise<boolean> | undefined {
    const lang = this.locale;
    if (this.langStatus() !== 'loading') return undefined;
    return this.track(
      loadLang(lang, this._textIds).then((ok) => {
        this.requestUpdate();
        return ok;
      }),
    );
  }

  /** The text modules this element needs in a language other than English. */
  private get _textIds(): readonly string[] {
    return TEXTS[this.localName] ?? TEXT_IDS;
  }

  /** Whether the element's texts in its language are there, loading, or failed (then English is shown). */
  protected langStatus(): 'ready' | 'loading' | 'failed' {
    return langStatus(this.locale, this._textIds);
  }

  /** The `role="status"` notice shown when the element's language could not be loaded. */
  protected renderLangNotice(): TemplateResult | typeof nothing {
    const lang = this.locale;
    if (this.langStatus() !== 'failed') return nothing;
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
    return html`<p class="notice" role="status" part="lang-notice">${this.tc('langFailed', { lang: name })}</p>`;
  }

  private _updateScheme(): void {
    if (this.theme === 'dark' || this.theme === 'light') {
      this._scheme = this.theme;
      return;
    }
    const parent = this.parentElement ?? document.documentElement;
    // The page's CSS `color-scheme`, else its <meta name="color-scheme">, else the OS setting.
    const css = getComputedStyle(parent).colorScheme || 'normal';
    const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
    const declared = css !== 'normal' ? css : meta || 'normal';
    const light = /\blight\b/.test(declared);
    const dark = /\bdark\b/.test(declared);
    if (dark && !light) this._scheme = 'dark';
    else if (light && !dark) this._scheme = 'light';
    else this._scheme = darkQuery?.matches ? 'dark' : 'light';
  }

  /** Common UI string in the element's language. */
  protected tc(key: CommonKey, params?: Record<string, string | number>): string {
    return translate(commonStrings as Catalogue<CommonKey>, this.locale, key, params);
  }

  /** The element's box with its dataset's state: loading, the alert for invalid data, or `content`. */
  protected renderData<T>(state: DataState<T>, content: (data: T) => TemplateResult): TemplateResult {
    return html`<div class="root" data-scheme=${this._scheme} part="base">
      ${this.renderLangNotice()}
      ${state.status === 'loading' || this.langStatus() === 'loading'
        ? html`<p role="status">${this.tc('loading')}</p>`
        : state.status === 'invalid'
          ? this.renderProblem(state.problem)
          : content(state.data)}
    </div>`;
  }

  /** The `role="alert"` box for data that could not be used. */
  protected renderProblem(problem: DataProblem): TemplateResult {
    return html`<div class="alert" role="alert" part="alert">
      <strong>${this.tc('invalidData')}</strong>
      <p>${this.tc('invalidAt', { path: problem.path, expected: problem.expected })}</p>
      ${problem.received ? html`<p class="muted">${this.tc('found', { received: problem.received })}</p>` : nothing}
    </div>`;
  }

  /**
   * The banner for state opened from a share link: read-only, with "Add to my own" and "Dismiss";
   * or an alert when the link is damaged. `details` shows the shared state itself.
   */
  protected renderShared(opts: {
    name: string | null;
    problem: DataProblem | null;
    canImport: boolean;
    onImport: () => void;
    onDismiss: () => void;
    details?: TemplateResult;
  }): TemplateResult | typeof nothing {
    if (opts.problem) {
      return html`<div class="alert shared" role="alert" part="shared">
        <strong>${this.tc('sharedDamaged')}</strong>
        <p>${this.tc('invalidAt', { path: opts.problem.path, expected: opts.problem.expected })}</p>
        <button type="button" @click=${opts.onDismiss}>${this.tc('sharedDismiss')}</button>
      </div>`;
    }
    if (opts.name === null) return nothing;
    return html`<section class="notice shared" role="region" aria-label=${this.tc('sharedTitle', { name: opts.name })} part="shared">
      <strong>${this.tc('sharedTitle', { name: opts.name })}</strong>
      <p>${this.tc('sharedBody')}</p>
      ${opts.details ?? nothing}
      <div class="row">
        <button type="button" class="primary" ?disabled=${!opts.canImport} @click=${opts.onImport}>${this.tc('sharedImport')}</button>
        <button type="button" @click=${opts.onDismiss}>${this.tc('sharedDismiss')}</button>
      </div>
    </section>`;
  }

  /** The link made by a "Share link" button, shown to copy by hand, with what happened. */
  protected renderShareLink(link: string, copied: boolean): TemplateResult | typeof nothing {
    return shareLinkField(link, copied, (key) => this.tc(key));
  }

  /**
   * The `role="status"` line about storage (always in the DOM so announcements are heard), with a
   * download of whatever was kept aside; and a `role="alert"` when a change was refused because it
   * could not have been read back.
   */
  protected renderStorageStatus(status: StorageStatus, refused?: DataProblem | null): TemplateResult {
    let text = '';
    if (status.kind === 'memory') text = this.tc('storageMemory');
    if (status.kind === 'recovered') {
      const params = { reason: status.reason, key: status.asideKey };
      text =
        status.scope === 'items'
          ? this.tc('storageSalvaged', params)
          : status.scope === 'journal'
            ? this.tc('storageJournalAside', params)
            : status.scope === 'merge'
              ? this.tc('storageMergeAside', params)
              : this.tc('storageRecovered', params);
    }
    const aside = status.kind === 'memory' || status.kind === 'recovered' ? status.aside : undefined;
    // The live region stays in the page even when it has nothing to say (so that what it later says
    // is announced); lit's markers mean `:empty` never matches, hence the class.
    return html`<div class=${text ? 'notice' : 'notice quiet'} role="status" part="notice">${text}${aside !== undefined
          ? html` <button type="button" @click=${() => this._downloadAside(aside)}>${this.tc('storageAsideDownload')}</button>`
          : nothing}</div>
      ${refused
        ? html`<div class="alert" role="alert" part="alert">
            <strong>${this.tc('storageRefused')}</strong>
            <p>${this.tc('invalidAt', { path: refused.path, expected: refused.expected })}</p>
          </div>`
        : nothing}`;
  }

  private _downloadAside(aside: unknown): void {
    const body = typeof aside === 'string' ? aside : JSON.stringify(aside, null, 2);
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    download(`${this.localName}-${this.storageKey}-kept-aside-${stamp}.json`.replace(/[^\w.-]+/g, '_'), body, 'application/json');
  }
}

/** The link made by a "Share link" button, shown to copy by hand, with what happened. */
export function shareLinkField(link: string, copied: boolean, tc: (key: CommonKey) => string): TemplateResult | typeof nothing {
  if (!link) return nothing;
  return html`<div class="share-link no-print">
    <label class="field"
      ><span>${copied ? tc('shareCopied') : tc('shareReady')}</span>
      <input type="text" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
    /></label>
  </div>`;
}

/** Defines a tag once, even if the script runs twice. */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
