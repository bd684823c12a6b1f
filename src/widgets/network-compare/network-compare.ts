import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import bundled from '../../../data/networks.json';
import { CwElement, define } from '../../base/cw-element.js';
import { DataController } from '../../base/data-controller.js';
import { ShareController } from '../../base/share.js';
import { SizeController } from '../../base/size-controller.js';
import type { LegendItem } from '../../base/chart-export.js';
import type { CwChangeDetail } from '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import { type Catalogue, localize, translate, withTranslations } from '../../core/i18n.js';
import type { Network, NetworkCompareState, Networks, SharedSelection } from '../../schema/networks.js';
import { onDemand, schemasOnDemand } from '../../core/validate.js';
import { StateController } from '../../storage/state-controller.js';
import { orientationMap } from './network-compare.geometry.js';
import { comparisonRows, idList, selectedNetworks, toggleId } from './network-compare.model.js';
import { citations } from './network-compare.cite.js';
import { exportLegend, renderMap, renderProfile, type ChartKind } from './network-compare.charts.js';
import { FinderController } from './network-compare.finder.js';
import { renderTable } from './network-compare.table.js';
import { renderArticle } from './network-compare.article.js';
import { downloadChart, downloadCsv, downloadJson } from './network-compare.export.js';
import { renderChips, renderEmbed, renderHeader, renderTimeline, renderUnknownIds, type ViewContext } from './network-compare.views.js';
import { networkCompareStrings, type NetworkCompareKey } from './network-compare.strings.js';
import { networkCompareStyles } from './network-compare.styles.js';

/** The schemas (and zod) load only when something needs validating: custom data, saved work, share links. */
const schemas = schemasOnDemand(() => import('../../schema/networks.js'));
/** The bundled dataset's quotes load when a reader asks to see them, or downloads the JSON. */
const quotes = onDemand(() => import('./network-compare.quotes.js').then((m) => (m.addQuotes(bundled), m)));

/** Detail of `cw-change`. */
export interface NetworkCompareChangeDetail extends CwChangeDetail {
  storageKey: string;
  /** What changed: the networks compared, or the networks the city belongs to. */
  field: 'selected' | 'member';
  networkId: string;
  /** Whether `networkId` is now selected (or marked as member). */
  value: boolean;
  /** The selection after the change. */
  selected: string[];
  /** The memberships after the change. */
  member: string[];
}

/** At most this many networks are compared side by side. */
const MAX = 4;
/** The attribute rows an article-sized comparison starts with; the rest on request. */
const KEY_ATTRIBUTES = ['type', 'founded', 'leadership', 'scope', 'members'];
/**
 * A sourced overview of city networks on migration: search and filter the list, check two to four
 * networks to compare them attribute by attribute and on nine 0–3 dimensions (our scales, built on
 * the texts, with each anchor's wording), with every value's status and source. A dot plot of the
 * selection's dimension profiles and a map of vertical against horizontal orientation. The user's
 * selection and the networks their city belongs to are kept per `storage-key`; checking a fifth
 * network is refused with a note (at most four are compared).
 *
 * @tagname network-compare
 * @summary Compare city networks on migration, with every value's source and status.
 * @fires {CustomEvent<NetworkCompareChangeDetail>} cw-change - The selection or the city's memberships changed.
 * @fires {CustomEvent<InvalidDataDetail>} cw-invalid-data - The dataset given by `src` or inline JSON is invalid.
 * @csspart base - The element's box.
 * @csspart header - Title, method and the dimensions' scales.
 * @csspart filters - Search and filters.
 * @csspart list - The scrollable list of networks.
 * @csspart comparison - The comparison section.
 * @csspart table - The comparison table.
 * @csspart profile - The dot plot of dimension profiles.
 * @csspart map - The vertical × horizontal orientation map.
 * @csspart timeline - The founding years, oldest first, each cited.
 * @csspart actions - The comparison's downloads (CSV, JSON), share link and embed buttons.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
 * @cssprop [--cw-font-family=inherit] - Font family (inherited from the page by default).
 * @cssprop [--cw-font-size=16px] - Base font size.
 * @cssprop [--cw-color-text=#1d2330] - Text colour.
 * @cssprop [--cw-color-muted=#535b6a] - Secondary text colour.
 * @cssprop [--cw-color-bg=#ffffff] - Background.
 * @cssprop [--cw-color-surface=#f3f5f8] - Background of panels.
 * @cssprop [--cw-color-border=#8a93a3] - Borders.
 * @cssprop [--cw-color-accent=#0b5cad] - Accent: buttons, selection, first series.
 * @cssprop [--cw-color-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--cw-color-danger=#a4161a] - Errors and disputed values.
 * @cssprop [--cw-color-notice=#fff4d6] - Background of notices and highlighted rows.
 * @cssprop [--cw-color-focus=#c45a00] - Focus ring.
 * @cssprop [--cw-color-series-2=#b8430b] - Second compared network.
 * @cssprop [--cw-color-series-3=#1b7a3d] - Third compared network.
 * @cssprop [--cw-color-series-4=#7a2d9c] - Fourth compared network.
 * @cssprop [--cw-space=0.75em] - Inner spacing.
 * @cssprop [--cw-radius=6px] - Corner radius.
 */
export class NetworkCompare extends CwElement {
  static override styles = [themeStyles, networkCompareStyles];

  /** Networks to compare, by id, comma-separated (a fixed embed): the stored selection does not override it, and changes to it are not saved. */
  @property() selected?: string;

  /** Dimension rows to show, by id, comma-separated, in this order (default: all). */
  @property() dimensions?: string;

  /**
   * `full` (default): finder, comparison and map. `comparison`: with `selected`, only the comparison
   * of those networks (table, dot plot, map), sized for an article column; without it, the full view.
   */
  @property({ reflect: true }) view: 'full' | 'comparison' = 'full';

  private readonly _data = new DataController<Networks>(this, () => schemas().then((m) => m.Networks), () => withTranslations('networks', bundled) as unknown as Networks);

  private readonly _state = new StateController<NetworkCompareState>(this, {
    tag: this.localName,
    schema: () => schemas().then((m) => m.NetworkCompareState),
    version: 1,
    initial: () => ({ selected: [], member: [] }),
  });

  /** A comparison opened from a share link: shown (not saved) until the user adds it. */
  private readonly _share = new ShareController<SharedSelection>(this, () => schemas().then((m) => m.SharedSelection));
  @state() private _shareCopied = false;

  @state() private _fixed: string[] | null = null;
  private readonly _finder = new FinderController(this);
  @state() private _highlight = false;
  /** null: the view's default (rows with nothing known hidden in the article view, shown in the full one). */
  @state() private _hideUnknown: boolean | null = null;
  @state() private _quotes = false;
  @state() private _mapOpen = false;
  @state() private _message = '';
  private readonly _size = new SizeController(this, { threshold: 4 });
  @state() private _embedCopied: boolean | null = null;
  @state() private _allRows = false;

  /** The dataset shown (bundled, from `src` or inline JSON); undefined while loading or when invalid. */
  get data(): Networks | undefined {
    return this._data.data;
  }

  /** Ids of the networks compared, in order (a copy). */
  get selection(): string[] {
    const data = this._data.data;
    return data ? this._ids(data) : [...(this._fixed ?? this._state.value.selected)];
  }

  /** Ids of the networks the city marked as its own (a copy). */
  get memberships(): string[] {
    return [...this._state.value.member];
  }

  private t(key: NetworkCompareKey, params?: Record<string, string | number>): string {
    return translate(networkCompareStrings as Catalogue<NetworkCompareKey>, this.locale, key, params);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('selected')) this._fixed = this.selected == null ? null : idList(this.selected);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('storageKey') && changed.get('storageKey') !== undefined) void this._state.reload();
  }

  // ---- derived values ----------------------------------------------------------------------------

  /** The selection that exists in `data`, at most four. */
  private _ids(data: Networks): string[] {
    return selectedNetworks(data, this._share.shared?.selected ?? this._fixed ?? this._state.value.selected)
      .slice(0, MAX)
      .map((n) => n.id);
  }

  private _dimensionIds(data: Networks): string[] | undefined {
    const wanted = idList(this.dimensions).filter((id) => data.dimensions.some((d) => d.id === id));
    return wanted.length ? wanted : undefined;
  }

  // ---- actions -----------------------------------------------------------------------------------

  private _fire(field: NetworkCompareChangeDetail['field'], networkId: string, value: boolean): void {
    this.dispatchEvent(
      new CustomEvent<NetworkCompareChangeDetail>('cw-change', {
        detail: { storageKey: this.storageKey, field, networkId, value, selected: this.selection, member: this.memberships },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _setSelection(ids: string[]): void {
    // Changes to a shared or a fixed comparison last for the visit; only the user's own is saved.
    if (this._share.shared) this._share.shared = ids.length ? { selected: ids } : null;
    else if (this._fixed) this._fixed = ids;
    else this._state.set({ ...this._state.value, selected: ids });
  }

  private _onPick(e: Event): void {
    const input = e.target as HTMLInputElement;
    const data = this._data.data;
    const id = input.dataset['id'];
    if (!data || !id) return;
    const { ids, refused } = toggleId(this._ids(data), id, input.checked, MAX);
    if (refused) {
      input.checked = false;
      this._message = this.t('atMost', { max: MAX });
      return;
    }
    this._message = '';
    this._setSelection(ids);
    this._fire('selected', id, input.checked);
  }

  private _onRemove(id: string): void {
    const data = this._data.data;
    if (!data) return;
    this._message = '';
    this._setSelection(toggleId(this._ids(data), id, false).ids);
    this._fire('selected', id, false);
  }

  private async _onShare(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const { copied } = await this._share.share({ selected: ids });
    this._shareCopied = copied;
  }

  private async _onChartFile(selector: string, title: string, legend: string, kind: 'svg' | 'png'): Promise<void> {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>(selector);
    const root = this.renderRoot.querySelector('.root');
    const data = this._data.data;
    if (svgEl && root && data) await downloadChart(this._ctx(data), svgEl, { ids: this._ids(data), title, legend, kind, root });
  }

  /** The key of an exported chart: the compared networks' symbols in their colours, and the chart's other marks. */
  exportKey(chart: ChartKind): LegendItem[] {
    const data = this._data.data;
    const root = this.renderRoot.querySelector('.root');
    return data && root ? exportLegend(this._ctx(data), data, this._ids(data), chart, getComputedStyle(root)) : [];
  }

  /** The rows as shown: in the article view's short form, the key attributes and no typology. */
  private _exportOptions(data: Networks) {
    const attributeIds = this._attributeIds(data);
    return { hideUnknown: this._hidingUnknown(), dimensionIds: this._dimensionIds(data), attributeIds, typology: attributeIds === undefined };
  }

  /** The article view: `view="comparison"` with a fixed selection (a share link shows the full view). */
  private _isArticle(): boolean {
    return this.view === 'comparison' && !!this._fixed && !this._share.shared;
  }

  private _hidingUnknown(): boolean {
    return this._hideUnknown ?? this._isArticle();
  }

  /** In the article view, the key attributes until the reader asks for all. */
  private _attributeIds(data: Networks): string[] | undefined {
    if (!this._isArticle() || this._allRows) return undefined;
    const key = KEY_ATTRIBUTES.filter((id) => data.attributes.some((a) => a.id === id));
    return key.length ? key : undefined;
  }

  private _onCsv(data: Networks, ids: string[]): void {
    downloadCsv(this._ctx(data), ids, this._exportOptions(data));
  }

  private async _onJson(data: Networks, ids: string[]): Promise<void> {
    // The records go out whole, quotes included.
    if (this._fromBundle()) await quotes().catch(() => undefined);
    downloadJson(this._ctx(data), ids, this._dimensionIds(data));
  }

  private _fromBundle(): boolean {
    const st = this._data.state;
    return st.status === 'ok' && st.origin === 'bundled';
  }

  private _onQuotes(): void {
    this._quotes = !this._quotes;
    if (this._quotes && this._fromBundle() && !quotes.loaded()) this.track(quotes().then(() => this.requestUpdate(), () => undefined));
  }

  private _onImportShared(): void {
    const shared = this._share.shared;
    if (!shared) return;
    this._share.dismiss();
    this._fixed = null;
    this._state.set({ ...this._state.value, selected: shared.selected.slice(0, MAX) });
    this._message = '';
    this._fire('selected', shared.selected[0]!, true);
  }

  private _onMember(e: Event): void {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    if (!id) return;
    const member = this._state.value.member;
    const on = !member.includes(id);
    this._state.set({ ...this._state.value, member: on ? [...member, id] : member.filter((x) => x !== id) });
    this._fire('member', id, on);
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(this._data.state, (data) => this._renderAll(data));
  }

  private _renderAll(data: Networks): TemplateResult {
    const ctx = this._ctx(data);
    const ids = this._ids(data);
    const nets = selectedNetworks(data, ids);
    if (this._isArticle()) return this._renderComparisonView(ctx, ids, nets);
    return html`
      ${renderHeader(ctx)}
      ${this.renderStorageStatus(this._state.status)}
      ${this.renderShared({
        name: this._share.shared ? nets.map((n) => n.name).join(', ') : null,
        problem: this._share.problem,
        canImport: true,
        onImport: () => this._onImportShared(),
        onDismiss: () => this._share.dismiss(),
      })}
      <div class="layout">
        <section class="finder" aria-labelledby="find-h">
          <h3 id="find-h">${this.t('find')}</h3>
          ${this._finder.render(ctx, {
            selected: ids,
            members: this._state.value.member,
            max: MAX,
            message: this._message,
            onPick: (e) => this._onPick(e),
            onMember: (e) => this._onMember(e),
          })}
        </section>
        <section class="comparison" part="comparison" aria-labelledby="cmp-h">
          <h3 id="cmp-h">${this.t('comparison')}</h3>
          ${this._renderUnknownIds(ctx)} ${renderChips(nets, (id) => this._onRemove(id))}
          ${nets.length >= 2 ? this._renderTable(ctx, ids, nets) : html`<p>${this.t('pickTwo')}</p>`}
          ${nets.length ? renderProfile(ctx, this._chartOptions(data, ids, 640)) : nothing}
          ${nets.length
            ? html`<p class="no-print actions" part="actions">
                  ${nets.length >= 2
                    ? html`<button type="button" @click=${() => this._onCsv(data, ids)}>${this.t('downloadCsv')}</button>
                        <button type="button" @click=${() => this._onJson(data, ids)}>${this.t('downloadJson')}</button>`
                    : nothing}
                  <button type="button" @click=${() => this._onShare(ids)}>${this.tc('shareLink')}</button>
                </p>
                ${this.renderShareLink(this._share.lastLink, this._shareCopied)} ${this._renderEmbed(ctx, ids)}`
            : nothing}
        </section>
      </div>
      ${this._renderMap(ctx, ids)} ${renderTimeline(ctx, ids)}
    `;
  }

  /** `view="comparison"`: the fixed selection's comparison alone, for an article column. */
  private _renderComparisonView(ctx: ViewContext, ids: string[], nets: Network[]): TemplateResult {
    const data = ctx.data;
    const two = this._size.width >= 600;
    const width = two ? Math.floor((this._size.width - 40 - 16) / 2) : undefined;
    return renderArticle(ctx, {
      nets,
      two,
      unknownIds: this._renderUnknownIds(ctx),
      table: nets.length >= 2 ? this._renderTable(ctx, ids, nets) : null,
      profile: nets.length ? renderProfile(ctx, { ...this._chartOptions(data, ids, 640, width), buttons: false }) : nothing,
      map: this._renderMap(ctx, ids, width),
      mapSentence: this._mapSentence(data),
      onCsv: () => this._onCsv(data, ids),
      onJson: () => this._onJson(data, ids),
      onFile: (selector, title, legend, kind) => void this._onChartFile(selector, title, legend, kind),
    });
  }

  /** The snippet that embeds this comparison alone, with the ids that `selected` needs. */
  embedSnippet(ids: readonly string[] = this.selection): string {
    const script =
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((src) => /(city-widgets|network-compare)\.js(\?|$)/.test(src)) ??
      'https://example.org/city-widgets/city-widgets.js';
    const lang = this.locale === 'en' ? '' : ` lang="${this.locale}"`;
    return `<script type="module" src="${script}"></script>\n<network-compare view="comparison" selected="${ids.join(',')}"${lang}></network-compare>`;
  }

  private _renderEmbed(ctx: ViewContext, ids: string[]): TemplateResult | typeof nothing {
    const code = this.embedSnippet(ids);
    const onCopy = async () => {
      try {
        await navigator.clipboard.writeText(code);
        this._embedCopied = true;
      } catch {
        this._embedCopied = false;
      }
    };
    return renderEmbed(ctx, { ids, code, copied: this._embedCopied, onCopy, onToggle: () => (this._embedCopied = null) });
  }

  private _renderUnknownIds(ctx: ViewContext): TemplateResult | typeof nothing {
    return renderUnknownIds(ctx, this._share.shared?.selected ?? this._fixed ?? []);
  }

  private _renderTable(ctx: ViewContext, ids: string[], nets: Network[]): TemplateResult {
    const data = ctx.data;
    const rows = comparisonRows(data, ids, this._exportOptions(data));
    return renderTable(ctx, {
      nets,
      rows,
      highlight: this._highlight,
      hideUnknown: this._hidingUnknown(),
      quotes: this._quotes,
      compact: this._isArticle(),
      allRows: this._isArticle() ? { pressed: this._allRows, flip: () => (this._allRows = !this._allRows) } : undefined,
      onHighlight: () => (this._highlight = !this._highlight),
      onHideUnknown: () => (this._hideUnknown = !this._hidingUnknown()),
      onQuotes: () => this._onQuotes(),
    });
  }

  /** A chart `max` px wide at most, or exactly `width` (the article view's half column). */
  private _chartOptions(data: Networks, ids: string[], max: number, width?: number) {
    return {
      ids,
      width: width ?? Math.max(240, Math.min(max, (this._size.width || 640) - 40)),
      dimensionIds: this._dimensionIds(data),
      onFile: (selector: string, title: string, legend: string, kind: 'svg' | 'png') => void this._onChartFile(selector, title, legend, kind),
    };
  }

  private _renderMap(ctx: ViewContext, ids: string[], width?: number): TemplateResult | typeof nothing {
    return renderMap(ctx, {
      ...this._chartOptions(ctx.data, ids, 520, width),
      buttons: !this._isArticle(),
      dataOpen: this._mapOpen,
      onDataToggle: (e: Event) => (this._mapOpen = (e.target as HTMLDetailsElement).open),
    });
  }

  /** "7 networks placed; 50 not placed …": the line under an exported map's title. */
  private _mapSentence(data: Networks): string {
    const m = orientationMap(data, { width: 100, height: 100 });
    return this.t('mapSentence', { placed: m.points.length, unplaced: m.unplaced.length });
  }

  /** What the views need: the dataset, the language and the texts. */
  private _ctx(data: Networks): ViewContext {
    return {
      data,
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      tc: (key, params) => this.tc(key, params),
      text: (key, fallback) => localize(data, this.locale, key, fallback),
      refs: (sources) => citations(data.docs, sources, this.t('tableWord')),
    };
  }
}

define('network-compare', NetworkCompare);

declare global {
  interface HTMLElementTagNameMap {
    'network-compare': NetworkCompare;
  }
}
