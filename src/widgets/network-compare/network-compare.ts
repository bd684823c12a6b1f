import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import bundled from '../../../data/networks.json';
import { CwElement, define } from '../../base/cw-element.js';
import { DataController } from '../../base/data-controller.js';
import { ShareController } from '../../base/share.js';
import { SizeController } from '../../base/size-controller.js';
import { download } from '../../base/download.js';
import type { LegendItem } from '../../base/chart-export.js';
import { toCsv } from '../../core/csv.js';
import type { CwChangeDetail } from '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import { type Catalogue, formatDate, formatNumber, localize, translate, withTranslations } from '../../core/i18n.js';
import type { SourceRef } from '../../schema/common.js';
import type { Cell, Network, NetworkCompareState, Networks, ScoreCell, SharedSelection } from '../../schema/networks.js';
import { onDemand } from '../../core/validate.js';
import { StateController } from '../../storage/state-controller.js';
import {
  comparisonRows,
  dimensionDots,
  facetOptions,
  filterNetworks,
  idList,
  orientationMap,
  selectedNetworks,
  toggleId,
  type ComparisonRow,
  type FacetOptions,
  type NetworkQuery,
  type OrientationMap,
  comparisonCsvRows,
  foundings,
} from './network-compare.model.js';
import { citations, reference } from './network-compare.cite.js';
import { mapLayout } from './network-compare.map.js';
import { networkCompareStrings, type NetworkCompareKey } from './network-compare.strings.js';
import { networkCompareStyles } from './network-compare.styles.js';

/** The exporter loads when a chart is first downloaded. */
const exporter = () => import('../../base/chart-export.js');
/** The schemas (and zod) load only when something needs validating: custom data, saved work, share links. */
const schemas = onDemand(() => import('../../schema/networks.js'));

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
/** List items rendered at once; more on request (search and filters reach every network). */
const PAGE = 500;
/** Marker shapes of the compared networks (circle, square, triangle, diamond; ~64 px² each): colour is never the only cue. */
const MARKS = [
  'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0Z',
  'M-4,-4h8v8h-8Z',
  'M0,-5.6L5.2,3.4L-5.2,3.4Z',
  'M0,-5.8L4.4,0L0,5.8L-4.4,0Z',
];
const SHOW = ['all', 'full', 'mention', 'selected', 'member'] as const;
/** The attribute rows an article-sized comparison starts with; the rest on request. */
const KEY_ATTRIBUTES = ['type', 'founded', 'leadership', 'scope', 'members'];
/** Attributes whose values are years: never grouped (2015, not 2.015 in German). */
const YEAR_ATTRIBUTES = new Set(['founded', 'multilevel']);
type Show = (typeof SHOW)[number];

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
  @state() private _text = '';
  @state() private _scope = '';
  @state() private _lead = '';
  @state() private _focus = '';
  @state() private _period = '';
  @state() private _show: Show = 'all';
  @state() private _limit = PAGE;
  @state() private _highlight = false;
  @state() private _hideUnknown = false;
  @state() private _quotes = false;
  @state() private _mapOpen = false;
  @state() private _message = '';
  private readonly _size = new SizeController(this, { threshold: 4 });
  @state() private _embedCopied: boolean | null = null;
  @state() private _allRows = false;

  private _memo: { data?: Networks; facets?: FacetOptions; key?: string; list?: Network[]; lang?: string; desc?: Map<string, string> } = {};

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

  private _facets(data: Networks): FacetOptions {
    if (this._memo.data !== data) this._memo = { data, facets: facetOptions(data) };
    return this._memo.facets!;
  }

  private _query(): NetworkQuery {
    const from = this._period ? Number.parseInt(this._period, 10) : null;
    return {
      text: this._text,
      scope: this._scope ? [this._scope] : [],
      leadership: this._lead ? [this._lead] : [],
      focus: this._focus ? [this._focus] : [],
      foundedFrom: from,
      foundedTo: from === null ? null : from + 9,
      kind: this._show === 'full' || this._show === 'mention' ? this._show : undefined,
    };
  }

  private _filtered(data: Networks): Network[] {
    this._facets(data);
    const query = this._query();
    const key = JSON.stringify(query);
    if (this._memo.key !== key || !this._memo.list) {
      this._memo.key = key;
      this._memo.list = filterNetworks(data, query);
    }
    return this._memo.list;
  }

  /** "Full record · European · 2008", per network, in the element's language. */
  private _descriptions(data: Networks): Map<string, string> {
    this._facets(data);
    if (this._memo.desc && this._memo.lang === this.locale) return this._memo.desc;
    const scopes = data.facets?.scope ?? {};
    const desc = new Map(
      data.networks.map((n) => [
        n.id,
        [
          this.t(n.kind),
          n.short,
          n.scope.map((s) => this._text_(data, `facets.scope.${s}`, scopes[s] ?? s)).join(', '),
          n.founded === null ? '' : String(n.founded),
        ]
          .filter(Boolean)
          .join(' · '),
      ]),
    );
    this._memo.lang = this.locale;
    this._memo.desc = desc;
    return desc;
  }

  private _dimensionIds(data: Networks): string[] | undefined {
    const wanted = idList(this.dimensions).filter((id) => data.dimensions.some((d) => d.id === id));
    return wanted.length ? wanted : undefined;
  }

  private _text_(data: Networks, key: string, fallback: string): string {
    return localize(data, this.locale, key, fallback);
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

  /** A chart of this element as a standalone SVG or PNG, with its title, legend, source and date. */
  private async _onChartFile(selector: string, title: string, legend: string, kind: 'svg' | 'png'): Promise<void> {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>(selector);
    const data = this._data.data;
    if (!svgEl || !data) return;
    const cs = getComputedStyle(this.renderRoot.querySelector('.root')!);
    const { standaloneSvg, svgToPng } = await exporter();
    const text = standaloneSvg(svgEl, {
      title,
      legend: this._exportKey(data, selector.includes('map') ? 'map' : 'profile', cs),
      lines: [legend, this.t('exportSource', { title: this._text_(data, 'title', data.title), date: formatDate(this.locale, new Date()) })],
      fg: cs.getPropertyValue('--fg').trim() || '#1d2330',
      bg: cs.getPropertyValue('--bg').trim() || '#ffffff',
      font: cs.fontFamily || 'sans-serif',
    });
    const name = `networks-${selector.includes('map') ? 'map' : 'profile'}`;
    if (kind === 'svg') download(`${name}.svg`, text, 'image/svg+xml');
    else download(`${name}.png`, await svgToPng(text));
  }

  /** The key of an exported chart: the compared networks' symbols in their colours, and the chart's other marks. */
  exportKey(chart: 'map' | 'profile'): LegendItem[] {
    const data = this._data.data;
    const root = this.renderRoot.querySelector('.root');
    return data && root ? this._exportKey(data, chart, getComputedStyle(root)) : [];
  }

  private _exportKey(data: Networks, chart: 'map' | 'profile', cs: CSSStyleDeclaration): LegendItem[] {
    const ids = this._ids(data);
    const colour = (k: number) => cs.getPropertyValue(`--s${k}`).trim() || '#1d2330';
    const muted = cs.getPropertyValue('--muted').trim() || '#535b6a';
    let nets = selectedNetworks(data, ids).map((n) => ({ n, k: ids.indexOf(n.id) }));
    if (chart === 'map') {
      const placed = new Set(orientationMap(data, { width: 100, height: 100 }).points.map((p) => p.id));
      nets = nets.filter(({ n }) => placed.has(n.id));
    }
    const own = nets.map(({ n, k }) => ({ label: n.name, color: colour(k), d: MARKS[k] }));
    return chart === 'map'
      ? [...own, { label: this.t('otherNetworks'), color: muted }, { label: this.t('otherReadingKey'), color: muted, hollow: true, dashed: true }]
      : [...own, { label: this.t('unknownKey'), color: muted, hollow: true }];
  }

  private _chartButtons(selector: string, title: string, legend: string): TemplateResult {
    return html`<p class="no-print chart-files">
      <button type="button" @click=${() => this._onChartFile(selector, title, legend, 'svg')}>${this.t('downloadSvg')}</button>
      <button type="button" @click=${() => this._onChartFile(selector, title, legend, 'png')}>${this.t('downloadPng')}</button>
    </p>`;
  }

  private _exportOptions(data: Networks) {
    return { hideUnknown: this._hideUnknown, dimensionIds: this._dimensionIds(data), attributeIds: this._attributeIds(data) };
  }

  /** In the article view, the key attributes until the reader asks for all. */
  private _attributeIds(data: Networks): string[] | undefined {
    if (this.view !== 'comparison' || !this._fixed || this._allRows) return undefined;
    const key = KEY_ATTRIBUTES.filter((id) => data.attributes.some((a) => a.id === id));
    return key.length ? key : undefined;
  }

  /** The comparison as shown (rows hidden or chosen stay so), with status and sources per value. */
  private _onCsv(data: Networks, ids: string[]): void {
    const rows = comparisonCsvRows(data, ids, this._exportOptions(data), (r) => this._text_(data, `${r.kind}s.${r.id}.label`, r.label));
    download(`networks-${ids.join('-')}.csv`, `\ufeff${toCsv(rows)}`, 'text/csv;charset=utf-8');
  }

  /** The compared networks' full records (every cell with its sources), and the dimensions used. */
  private _onJson(data: Networks, ids: string[]): void {
    const dims = this._dimensionIds(data);
    const body = {
      format: 'city-widgets/network-comparison',
      exportedAt: new Date().toISOString(),
      title: data.title,
      method: data.method,
      docs: data.docs,
      attributes: data.attributes,
      dimensions: dims ? data.dimensions.filter((d) => dims.includes(d.id)) : data.dimensions,
      networks: selectedNetworks(data, ids),
    };
    download(`networks-${ids.join('-')}.json`, JSON.stringify(body, null, 2), 'application/json');
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

  private _onFilter(e: Event): void {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    const v = el.value;
    switch (el.name) {
      case 'text': this._text = v; break;
      case 'scope': this._scope = v; break;
      case 'lead': this._lead = v; break;
      case 'focus': this._focus = v; break;
      case 'period': this._period = v; break;
      case 'show': this._show = (SHOW as readonly string[]).includes(v) ? (v as Show) : 'all'; break;
    }
    this._limit = PAGE;
  }

  private _onClear(): void {
    this._text = this._scope = this._lead = this._focus = this._period = '';
    this._show = 'all';
    this._limit = PAGE;
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(this._data.state, (data) => this._renderAll(data));
  }

  private _renderAll(data: Networks): TemplateResult {
    const ids = this._ids(data);
    const nets = selectedNetworks(data, ids);
    if (this.view === 'comparison' && this._fixed && !this._share.shared) return this._renderComparisonView(data, ids, nets);
    return html`
      ${this._renderHeader(data)}
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
          ${this._renderFilters(data)} ${this._renderList(data, ids)}
        </section>
        <section class="comparison" part="comparison" aria-labelledby="cmp-h">
          <h3 id="cmp-h">${this.t('comparison')}</h3>
          ${this._renderUnknownIds(data)} ${this._renderChips(nets)} ${nets.length >= 2 ? this._renderTable(data, ids, nets) : html`<p>${this.t('pickTwo')}</p>`}
          ${nets.length ? this._renderProfile(data, ids) : nothing}
          ${nets.length
            ? html`<p class="no-print actions" part="actions">
                  ${nets.length >= 2
                    ? html`<button type="button" @click=${() => this._onCsv(data, ids)}>${this.t('downloadCsv')}</button>
                        <button type="button" @click=${() => this._onJson(data, ids)}>${this.t('downloadJson')}</button>`
                    : nothing}
                  <button type="button" @click=${() => this._onShare(ids)}>${this.tc('shareLink')}</button>
                </p>
                ${this.renderShareLink(this._share.lastLink, this._shareCopied)} ${this._renderEmbed(ids)}`
            : nothing}
        </section>
      </div>
      ${this._renderMap(data, ids)} ${this._renderTimeline(data, ids)}
    `;
  }

  /** The networks' founding years, oldest first, each cited, its note (an earlier start, a dispute) kept. */
  private _renderTimeline(data: Networks, ids: string[]): TemplateResult | typeof nothing {
    const list = foundings(data);
    if (!list.length) return nothing;
    const sel = new Set(ids);
    return html`<details class="timeline" part="timeline">
      <summary>${this.t('timeline', { n: list.length, from: list[0]!.year, to: list[list.length - 1]!.year })}</summary>
      <ol>
        ${list.map(
          (f) => html`<li class=${sel.has(f.id) ? 'selected' : ''}>
            <span class="year">${f.year}</span>
            <span class="what"
              ><strong>${f.name}</strong> <span class=${`status st-${f.cell.status}`}>${this.t(f.cell.status)}</span>
              <span class="refs muted small">${this._refs(data, f.cell.source)}</span>
              ${f.cell.note ? html`<span class="note small">${f.cell.note}</span>` : nothing}</span
            >
          </li>`,
        )}
      </ol>
    </details>`;
  }

  /** `view="comparison"`: the fixed selection's comparison alone, for an article column. */
  private _renderComparisonView(data: Networks, ids: string[], nets: Network[]): TemplateResult {
    const names = nets.map((n) => n.name).join(', ');
    return html`<section class="comparison only" part="comparison" aria-labelledby="cmp-h">
      <h2 id="cmp-h">${nets.length ? this.t('comparisonOf', { names }) : this.t('comparison')}</h2>
      <p class="muted small">${this.t('scalesNote')} ${this.t('statusKey')}</p>
      ${this._renderUnknownIds(data)}
      ${nets.length >= 2 ? this._renderTable(data, ids, nets) : html`<p>${this.t('pickTwo')}</p>`}
      ${nets.length ? this._renderProfile(data, ids) : nothing}
      ${this._renderMap(data, ids)}
      ${nets.length >= 2
        ? html`<p class="no-print actions" part="actions">
            <button type="button" @click=${() => this._onCsv(data, ids)}>${this.t('downloadCsv')}</button>
            <button type="button" @click=${() => this._onJson(data, ids)}>${this.t('downloadJson')}</button>
          </p>`
        : nothing}
    </section>`;
  }

  /** The snippet that embeds this comparison alone, with the ids that `selected` needs. */
  embedSnippet(ids: readonly string[] = this.selection): string {
    const script =
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((src) => /(city-widgets|network-compare)\.js(\?|$)/.test(src)) ??
      'https://example.org/city-widgets/city-widgets.js';
    const lang = this.locale === 'en' ? '' : ` lang="${this.locale}"`;
    return `<script type="module" src="${script}"></script>\n<network-compare view="comparison" selected="${ids.join(',')}"${lang}></network-compare>`;
  }

  private _renderEmbed(ids: string[]): TemplateResult | typeof nothing {
    if (ids.length < 2) return nothing;
    const code = this.embedSnippet(ids);
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(code);
        this._embedCopied = true;
      } catch {
        this._embedCopied = false;
      }
    };
    return html`<details class="embed no-print" @toggle=${() => (this._embedCopied = null)}>
      <summary>${this.t('embedTitle')}</summary>
      <p class="small">${this.t('embedHelp', { ids: ids.join(',') })}</p>
      <pre class="snippet" tabindex="0" aria-label=${this.t('embedTitle')}><code>${code}</code></pre>
      <button type="button" @click=${copy}>${this.t('embedCopy')}</button>
      <span role="status" class="small">${this._embedCopied === null ? '' : this._embedCopied ? this.t('embedCopied') : this.t('embedCopyFailed')}</span>
    </details>`;
  }

  private _renderHeader(data: Networks): TemplateResult {
    return html`<header part="header">
      <h2>${this._text_(data, 'title', data.title)}</h2>
      <p class="muted">${this.t('scalesNote')}</p>
      <details class="scales">
        <summary>${this.t('scales')}</summary>
        <p>${this._text_(data, 'method', data.method)}</p>
        <dl>
          ${data.dimensions.map(
            (d) => html`<dt>${d.id.toUpperCase()} ${this._text_(data, `dimensions.${d.id}.label`, d.label)}</dt>
              <dd>
                <p>${this._text_(data, `dimensions.${d.id}.description`, d.description)}</p>
                <ol class="anchors" start="0">
                  ${d.anchors.map((a, i) => html`<li><span class="num">${i}</span> ${this._text_(data, `dimensions.${d.id}.anchors.${i}`, a)}</li>`)}
                </ol>
                <p class="muted">${this.tc('source')}: ${this._refs(data, d.source)}</p>
              </dd>`,
          )}
        </dl>
      </details>
      <p class="muted small">${this.t('statusKey')}</p>
    </header>`;
  }

  private _renderFilters(data: Networks): TemplateResult {
    const f = this._facets(data);
    const facetKey: Record<string, string> = { scope: 'scope', lead: 'leadership', focus: 'focus' };
    const select = (name: string, label: NetworkCompareKey, value: string, options: { id: string; label: string; count: number }[]) =>
      options.length
        ? html`<label class="field"
            ><span>${this.t(label)}</span>
            <select name=${name} @change=${this._onFilter}>
              <option value="" ?selected=${value === ''}>${this.t('any')}</option>
              ${options.map(
                (o) => html`<option value=${o.id} ?selected=${o.id === value}>
                  ${facetKey[name] ? this._text_(data, `facets.${facetKey[name]}.${o.id}`, o.label) : o.label} (${o.count})
                </option>`,
              )}
            </select></label
          >`
        : nothing;
    const active = this._text || this._scope || this._lead || this._focus || this._period || this._show !== 'all';
    return html`<div class="filters" role="search" aria-label=${this.t('find')} part="filters">
      <label class="field search"
        ><span>${this.t('search')}</span>
        <input type="search" name="text" autocomplete="off" .value=${this._text} @input=${this._onFilter}
      /></label>
      ${select('scope', 'scope', this._scope, f.scope)} ${select('lead', 'leadership', this._lead, f.leadership)}
      ${select('focus', 'focus', this._focus, f.focus)} ${select('period', 'founded', this._period, f.periods)}
      <label class="field"
        ><span>${this.t('show')}</span>
        <select name="show" @change=${this._onFilter}>
          ${SHOW.map(
            (s) => html`<option value=${s} ?selected=${s === this._show}>
              ${this.t(`show${s[0]!.toUpperCase()}${s.slice(1)}` as NetworkCompareKey)}
            </option>`,
          )}
        </select></label
      >
      ${active ? html`<button type="button" class="clear" @click=${this._onClear}>${this.t('clear')}</button>` : nothing}
    </div>`;
  }

  private _renderList(data: Networks, ids: string[]): TemplateResult {
    const sel = new Set(ids);
    const members = new Set(this._state.value.member);
    let list = this._filtered(data);
    if (this._show === 'selected') list = list.filter((n) => sel.has(n.id));
    if (this._show === 'member') list = list.filter((n) => members.has(n.id));
    const desc = this._descriptions(data);
    const atMax = sel.size >= MAX;
    const visible = list.length > this._limit ? list.slice(0, this._limit) : list;
    const full = visible.filter((n) => n.kind === 'full');
    const mention = visible.filter((n) => n.kind === 'mention');
    const fullCount = full.length === visible.length ? list.length : list.filter((n) => n.kind === 'full').length;
    const item = (n: Network) => {
      const checked = sel.has(n.id);
      const member = members.has(n.id);
      const blocked = atMax && !checked;
      return html`<li class=${checked ? 'item checked' : 'item'}>
        <label class="pick"
          ><input
            type="checkbox"
            data-id=${n.id}
            .checked=${checked}
            aria-disabled=${blocked ? 'true' : 'false'}
            aria-describedby=${blocked ? `d-${n.id} max-note` : `d-${n.id}`}
            @change=${this._onPick}
          />${n.name}</label
        >
        <span class="desc" id=${`d-${n.id}`}>${desc.get(n.id)}${member ? ` · ${this.t('weAreMember')}` : ''}</span>
        <button type="button" class="member" data-id=${n.id} aria-pressed=${member ? 'true' : 'false'} aria-label=${this.t('memberOf', { name: n.name })} @click=${this._onMember}>
          ${member ? '★' : '☆'} ${this.t('member')}
        </button>
      </li>`;
    };
    const group = (title: string, items: Network[], cls: string) =>
      items.length
        ? html`<h4 class="group">${title}</h4>
            <ul class=${`items ${cls}`}>
              ${items.map(item)}
            </ul>`
        : nothing;
    return html`<p class="count muted" aria-live="polite">
        ${this.t('shown', { shown: list.length, total: data.networks.length })}
        <span id="max-note">${atMax ? this.t('atMost', { max: MAX }) : this.t('selectedCount', { n: sel.size, max: MAX })}</span>
      </p>
      <p class="message" aria-live="assertive">${this._message}</p>
      <div class="list" part="list">
        ${list.length === 0 ? html`<p>${this.t('none')}</p>` : nothing}
        ${group(this.t('fullRecords', { n: fullCount }), full, 'full')}
        ${group(this.t('mentions', { n: list.length - fullCount }), mention, 'mention')}
        ${list.length > visible.length
          ? html`<button type="button" @click=${() => (this._limit += PAGE)}>${this.t('more', { n: Math.min(PAGE, list.length - visible.length) })}</button>`
          : nothing}
      </div>`;
  }

  /** Ids in `selected` (or a share link) that the dataset lacks: said, not silently dropped. */
  private _renderUnknownIds(data: Networks): TemplateResult | typeof nothing {
    const asked = this._share.shared?.selected ?? this._fixed ?? [];
    const unknown = asked.filter((id) => !data.networks.some((n) => n.id === id));
    return unknown.length ? html`<p class="notice" role="status">${this.t('unknownIds', { ids: unknown.join(', ') })}</p>` : nothing;
  }

  private _renderChips(nets: Network[]): TemplateResult | typeof nothing {
    if (!nets.length) return nothing;
    return html`<ul class="chips">
      ${nets.map(
        (n, k) => html`<li class=${`chip s${k}`}>
          <svg class="mark" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${MARKS[k]!}></path></svg>
          ${n.name}
          <button type="button" class="remove" @click=${() => this._onRemove(n.id)}>
            ✕<span class="visually-hidden"> ${n.name}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private _toggle(pressed: boolean, label: NetworkCompareKey, flip: () => void): TemplateResult {
    return html`<button type="button" class="toggle" aria-pressed=${pressed ? 'true' : 'false'} @click=${flip}>${this.t(label)}</button>`;
  }

  private _renderTable(data: Networks, ids: string[], nets: Network[]): TemplateResult {
    const attributeIds = this._attributeIds(data);
    const rows = comparisonRows(data, ids, { hideUnknown: this._hideUnknown, dimensionIds: this._dimensionIds(data), attributeIds });
    const attrs = rows.filter((r) => r.kind === 'attribute');
    const dims = rows.filter((r) => r.kind === 'dimension');
    const names = nets.map((n) => n.name).join(', ');
    const span = nets.length + 1;
    const cited = new Set(rows.flatMap((r) => r.cells.flatMap((c) => [...c.source, ...(c.readings ?? []).flatMap((x) => x.source)].map((s) => s.doc))));
    const group = (title: string, list: ComparisonRow[]) =>
      list.length
        ? html`<tbody>
            <tr class="group-row">
              <th scope="rowgroup" colspan=${span}>${title}</th>
            </tr>
            ${list.map(
              (r) => html`<tr class=${this._highlight && r.differs ? 'differs' : ''}>
                <th scope="row">
                  ${r.kind === 'dimension' ? `${r.id.toUpperCase()} ` : ''}${this._text_(data, `${r.kind}s.${r.id}.label`, r.label)}
                  ${this._highlight && r.differs ? html`<span class="tag">≠ ${this.t('differs')}</span>` : nothing}
                </th>
                ${r.cells.map((c) => this._renderCell(data, r, c))}
              </tr>`,
            )}
          </tbody>`
        : nothing;
    return html`<div class="toolbar" role="group" aria-label=${this.t('comparison')}>
        ${this._toggle(this._highlight, 'highlight', () => (this._highlight = !this._highlight))}
        ${this._toggle(this._hideUnknown, 'hideUnknown', () => (this._hideUnknown = !this._hideUnknown))}
        ${this._toggle(this._quotes, 'quotes', () => (this._quotes = !this._quotes))}
        ${this.view === 'comparison' && this._fixed ? this._toggle(this._allRows, 'allAttributes', () => (this._allRows = !this._allRows)) : nothing}
      </div>
      <div class="table-wrap" role="region" aria-label=${this.t('tableLabel', { names })} tabindex="0">
        <table part="table">
          <caption class="visually-hidden">${this.t('tableLabel', { names })}</caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${nets.map((n) => html`<th scope="col">${n.name}</th>`)}
            </tr>
          </thead>
          ${group(this.t('attributes'), attrs)} ${group(this.t('dimensions'), dims)}
        </table>
      </div>
      <div class="docs">
        <h4>${this.t('sources')}</h4>
        <ul>
          ${(data.docs ?? [])
            .filter((d) => cited.has(d.id))
            .map(
              (d) => html`<li>
                <strong>${d.short ?? d.title}</strong>: ${reference(d, this.t('editorsWord'))}
                ${d.attribution ? html`<br /><span class="muted small">${this.t('attributed')}: ${d.attribution.note}</span>` : nothing}
              </li>`,
            )}
        </ul>
      </div>`;
  }

  private _renderCell(data: Networks, row: ComparisonRow, cell: Cell | ScoreCell): TemplateResult {
    if (cell.value === null) {
      return html`<td class="cell unknown"><span class="value">${this.t('unknown')}</span> <span class="refs muted">(${this.t('noSource')})</span></td>`;
    }
    const dim = row.kind === 'dimension' ? data.dimensions.find((d) => d.id === row.id) : undefined;
    const q = 'qualifier' in cell ? cell.qualifier : undefined;
    const QUALIFIER = { nearly: 'qNearly', about: 'qAbout', over: 'qOver', 'at-least': 'qAtLeast' } as const;
    const value = q ? this.t(QUALIFIER[q], { n: this._value(cell.value, row) }) : this._value(cell.value, row);
    return html`<td class=${`cell st-${cell.status}`}>
      <span class="value">${value}</span>
      <span class=${`status st-${cell.status}`}>${this.t(cell.status)}</span>
      <span class="refs">${this._refs(data, cell.source)}</span>
      ${cell.readings?.length
        ? html`<span class="readings"
            >${this.t('readings')}
            ${cell.readings.map(
              (r, i) =>
                html`${i ? '; ' : ''}${this._value(r.value, row)}${'asOf' in r && r.asOf ? ` (${this.t('asOf', { date: r.asOf })})` : ''}
                  — ${this._refs(data, r.source)}`,
            )}</span
          >`
        : nothing}
      ${this._quotes
        ? html`<div class="more">
            ${dim && typeof cell.value === 'number' ? html`<p class="anchor">${cell.value}: ${this._text_(data, `dimensions.${dim.id}.anchors.${cell.value}`, dim.anchors[cell.value] ?? '')}</p>` : nothing}
            ${[...cell.source, ...(cell.readings ?? []).flatMap((r) => r.source)].filter((s) => s.quote).map((s) => html`<p class="quote"><q>${s.quote}</q> <span class="muted">(${this._refs(data, [s])})</span></p>`)}
            ${cell.note ? html`<p class="note">${cell.note}</p>` : nothing}
          </div>`
        : nothing}
    </td>`;
  }

  private _value(v: string | number, row: ComparisonRow): string {
    if (typeof v === 'string') return v;
    if (row.kind === 'dimension') return `${v}${this.t('outOf')}`;
    return YEAR_ATTRIBUTES.has(row.id) ? String(v) : formatNumber(this.locale, v);
  }

  /** "Caponio 2022, Case studies: Intercultural Cities Programme; Lacroix & Spencer 2022, Going global?" */
  private _refs(data: Networks, sources: readonly SourceRef[]): string {
    return citations(data.docs, sources, this.t('tableWord'));
  }

  private _chartWidth(max: number): number {
    return Math.max(240, Math.min(max, (this._size.width || 640) - 40));
  }

  private _renderProfile(data: Networks, ids: string[]): TemplateResult {
    const p = dimensionDots(data, ids, { width: this._chartWidth(640), dimensionIds: this._dimensionIds(data) });
    const names = p.series.map((s) => s.name).join(', ');
    const short = (id: string, fallback: string) => this._text_(data, `dimensions.${id}.short`, fallback);
    const label = (id: string) => short(id, p.rows.find((r) => r.id === id)?.short ?? id);
    const sentences = p.series
      .map((s) =>
        this.t('profileSentence', {
          name: s.name,
          scores: s.dots.map((d) => `${label(d.dimensionId)} ${d.value === null ? this.t('unknown') : d.value}`).join(', '),
        }),
      )
      .join(' ');
    const bottom = p.height - 6;
    return html`<figure class="chart" part="profile">
      <figcaption><h4>${this.t('profile')}</h4></figcaption>
      <svg class="profile-chart" role="img" aria-label=${this.t('profileLabel', { names })} aria-describedby="profile-text" width=${p.width} height=${p.height} viewBox=${`0 0 ${p.width} ${p.height}`}>
        ${p.ticks.map(
          (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${p.rows[0]?.y ?? 0} y2=${p.height - 24}></line>
            <text class="tick" x=${t.x} y=${bottom} text-anchor="middle">${t.value}</text>`,
        )}
        <line class="sep" x1=${p.unknownX - 30} x2=${p.unknownX - 30} y1="4" y2=${p.height - 24}></line>
        <text class="tick" x=${p.unknownX} y=${bottom} text-anchor="middle">${this.t('unknown')}</text>
        ${p.rows.map(
          (r) => svg`<line class="row" x1=${p.ticks[0]!.x} x2=${p.ticks[3]!.x} y1=${r.y} y2=${r.y}></line>
            <text class="label" x=${p.ticks[0]!.x - 10} y=${r.y} text-anchor="end" dominant-baseline="middle">${short(r.id, r.short)}</text>`,
        )}
        ${p.series.map((s, k) =>
          s.dots.map((d) =>
            d.value === null
              ? svg`<path class=${`dot s${k} hollow`} d=${MARKS[k]!} transform=${`translate(${d.x},${d.y})`}></path>`
              : svg`<path class=${`dot s${k} st-${d.status}`} d=${MARKS[k]!} transform=${`translate(${d.x},${d.y})`}></path>`,
          ),
        )}
      </svg>
      <ul class="legend" aria-hidden="true">
        ${p.series.map(
          (s, k) => html`<li class=${`s${k}`}><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><path d=${MARKS[k]!}></path></svg> ${s.name}</li>`,
        )}
      </ul>
      <p id="profile-text" class="visually-hidden">${sentences}</p>
      ${this._chartButtons('svg.profile-chart', this.t('profile'), names)}
    </figure>`;
  }

  private _renderMap(data: Networks, ids: string[]): TemplateResult | typeof nothing {
    const xId = 'd2';
    const yId = 'd1';
    if (!data.dimensions.some((d) => d.id === xId) || !data.dimensions.some((d) => d.id === yId)) return nothing;
    const w = this._chartWidth(520);
    const h = Math.round(w * 0.8);
    const margin = { top: 16, right: 16, bottom: 44, left: 48 };
    const m = orientationMap(data, { width: w, height: h, margin });
    const nets = selectedNetworks(data, ids);
    const layout = mapLayout(m, ids, (p) => p.short ?? p.name, {
      count: (n) => this.t('countHere', { n }),
      other: (name) => this.t('otherReading', { name }),
      bounds: { left: margin.left - 2, top: 0, right: w, bottom: h - margin.bottom + 4 },
    });
    const dimLabel = (id: string) => this._text_(data, `dimensions.${id}.label`, data.dimensions.find((d) => d.id === id)?.label ?? id);
    const off = nets
      .map((n) => ({ n, u: m.unplaced.find((u) => u.id === n.id) }))
      .filter((x) => x.u)
      .map(({ n, u }) => this.t('whyNot', { name: n.name, dims: u!.missing.map((id) => `${id.toUpperCase()} ${dimLabel(id)}`).join(', ') }));
    const shared = m.spots.filter((sp) => sp.ids.length > 1);
    const nameOf = new Map(m.points.map((p) => [p.id, p.name]));
    const legend = this._mapLegend(nets.filter((n) => m.points.some((p) => p.id === n.id)).map((n) => ({ n, k: ids.indexOf(n.id) })));
    return html`<section class="map" part="map" aria-labelledby="map-h">
      <h3 id="map-h">${this.t('mapTitle')}</h3>
      <svg class="map-chart" role="img" aria-label=${this.t('mapLabel', { placed: m.points.length, x: dimLabel(m.xAxis.id), y: dimLabel(m.yAxis.id) })} aria-describedby="map-text" width=${w} height=${h} viewBox=${`0 0 ${w} ${h}`}>
        ${guard([data, w, this.locale], () => this._mapBase(m))}
        ${layout.marks.map((mk) =>
          mk.kind === 'alt'
            ? svg`<line class=${`alt-line${mk.k === undefined ? '' : ` s${mk.k}`}`} x1=${mk.from!.x} y1=${mk.from!.y} x2=${mk.x} y2=${mk.y}></line>
                ${mk.k === undefined
                  ? svg`<circle class="pt alt" cx=${mk.x} cy=${mk.y} r="4"></circle>`
                  : svg`<path class=${`dot s${mk.k} hollow`} d=${MARKS[mk.k]!} transform=${`translate(${mk.x},${mk.y}) scale(1.5)`}></path>`}`
            : svg`<path class=${`dot big s${mk.k}`} d=${MARKS[mk.k!]!} transform=${`translate(${mk.x},${mk.y}) scale(${mk.scale})`}></path>`,
        )}
        ${layout.labels.map((l) => svg`<text class=${`point-label ${l.kind}`} x=${l.x} y=${l.y} dominant-baseline="middle">${l.text}</text>`)}
      </svg>
      ${legend}
      <p id="map-text" class="muted">
        ${this.t('mapSentence', { placed: m.points.length, unplaced: m.unplaced.length })}
        ${off.length ? html`<br /><strong class="not-on-map">${this.t('notOnMap', { list: off.join('; ') })}</strong>` : nothing}
      </p>
      ${shared.length
        ? html`<ul class="spots small">
            ${shared.map(
              (sp) => html`<li>${this.t('samePosition', { x: sp.xValue, y: sp.yValue, n: sp.ids.length, names: sp.ids.map((id) => nameOf.get(id) ?? id).join(', ') })}</li>`,
            )}
          </ul>`
        : nothing}
      ${this._chartButtons('svg.map-chart', this.t('mapTitle'), this.t('mapSentence', { placed: m.points.length, unplaced: m.unplaced.length }))}
      <details class="map-data" @toggle=${(e: Event) => (this._mapOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${this.t('mapData')}</summary>
        ${this._mapOpen ? guard([data, this.locale], () => this._mapTable(m)) : nothing}
      </details>
    </section>`;
  }

  /** The map's key: each compared network's symbol, the other networks, shared positions, other readings. */
  private _mapLegend(sel: { n: Network; k: number }[]): TemplateResult {
    return html`<ul class="legend map-legend" aria-hidden="true">
      ${sel.map(({ n, k }) => html`<li class=${`s${k}`}><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><path d=${MARKS[k]!}></path></svg> ${n.name}</li>`)}
      <li><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><circle class="pt" r="5"></circle></svg> ${this.t('otherNetworks')}</li>
      <li><svg class="mark" width="14" height="14" viewBox="-7 -7 14 14"><circle class="pt alt" r="4"></circle></svg> ${this.t('otherReadingKey')}</li>
    </ul>`;
  }

  private _mapBase(m: OrientationMap) {
    const left = m.xAxis.ticks[0]!.x;
    const right = m.xAxis.ticks[3]!.x;
    const top = m.yAxis.ticks[3]!.y;
    const bottom = m.yAxis.ticks[0]!.y;
    const byId = new Map(m.points.map((p) => [p.id, p]));
    return svg`
      ${m.xAxis.ticks.map(
        (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${top} y2=${bottom}></line>
          <text class="tick" x=${t.x} y=${bottom + 16} text-anchor="middle">${t.value}</text>`,
      )}
      ${m.yAxis.ticks.map(
        (t) => svg`<line class="grid" x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
          <text class="tick" x=${left - 8} y=${t.y} text-anchor="end" dominant-baseline="middle">${t.value}</text>`,
      )}
      <text class="axis" x=${(left + right) / 2} y=${bottom + 36} text-anchor="middle">${this._text_(this._data.data!, `dimensions.${m.xAxis.id}.label`, m.xAxis.label)} (${m.xAxis.id.toUpperCase()}) →</text>
      <text class="axis" transform=${`translate(14,${(top + bottom) / 2}) rotate(-90)`} text-anchor="middle">${this._text_(this._data.data!, `dimensions.${m.yAxis.id}.label`, m.yAxis.label)} (${m.yAxis.id.toUpperCase()}) →</text>
      ${m.spots.map((sp) => {
        const names = sp.ids.map((id) => byId.get(id)!).map((p) => `${p.name}: ${p.xValue}, ${p.yValue} (${this.t(p.status)})`).join('\n');
        return svg`<circle class=${`pt${sp.ids.length > 1 ? ' many' : ''} st-${byId.get(sp.ids[0]!)!.status}`} cx=${sp.x} cy=${sp.y} r=${sp.ids.length > 1 ? 7 : 5}><title>${names}</title></circle>`;
      })}
    `;
  }

  private _mapTable(m: OrientationMap): TemplateResult {
    return html`<table>
        <thead>
          <tr>
            <th scope="col">${this.t('network')}</th>
            <th scope="col">${m.xAxis.id.toUpperCase()}</th>
            <th scope="col">${m.yAxis.id.toUpperCase()}</th>
            <th scope="col">${this.t('status')}</th>
          </tr>
        </thead>
        <tbody>
          ${m.points.map(
            (p) => html`<tr>
              <th scope="row">${p.name}</th>
              <td>${p.xValue}</td>
              <td>${p.yValue}</td>
              <td>${this.t(p.status)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p>${this.t('notPlaced', { names: m.unplaced.map((u) => u.name).join(', ') })}</p>`;
  }
}

define('network-compare', NetworkCompare);

declare global {
  interface HTMLElementTagNameMap {
    'network-compare': NetworkCompare;
  }
}
