import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import bundled from '../../../data/labour-market-barriers.json';
import { CwElement, define } from '../../base/cw-element.js';
import { DataController } from '../../base/data-controller.js';
import { download, makeId } from '../../base/download.js';
import type { CwChangeDetail } from '../../base/events.js';
import { ShareController } from '../../base/share.js';
import { themeStyles } from '../../base/theme.styles.js';
import { type Catalogue, localize, translate, withTranslations } from '../../core/i18n.js';
import {
  addressedBy,
  barriersFor,
  citation,
  compareCities,
  shortCitation,
  type CiteWords,
  gaps,
  initialCities,
  matrixCsv,
  matrixSvg,
  setInitiative,
} from '../../core/labour-market.js';
import type { SourceRef, Status } from '../../schema/common.js';
import type { CityProfile, LabourMarketData, LabourMarketState } from '../../schema/labour-market.js';
import { CITY_LIMITS } from '../../schema/constants.js';
import { schemasOnDemand } from '../../core/validate.js';
import { StateController } from '../../storage/state-controller.js';
import type { CollectionLimits } from '../../core/collection.js';
import { CollectionController, renderCollectionBar } from '../../base/collection-controller.js';
import { labourMarketStrings, type LabourMarketKey } from './labour-market-barriers.strings.js';
import { labourMarketStyles } from './labour-market-barriers.styles.js';
import { renderInitiatives, renderMatrix, type MatrixHandlers, type ViewContext } from './labour-market-barriers.views.js';

/** The exporter loads when a chart is first downloaded. */
const exporter = () => import('../../base/chart-export.js');
/** The schemas (and zod) load only when something needs validating: custom data, saved work, share links. */
const schemas = schemasOnDemand(() => import('../../schema/labour-market.js'));
/** The schema's limits, for the collection of cities. */
const LIMITS: CollectionLimits = { maxName: CITY_LIMITS.name, maxId: CITY_LIMITS.id, maxItems: CITY_LIMITS.cities };

/** Detail of `cw-change`. */
export interface LabourMarketChangeDetail extends CwChangeDetail {
  cityId: string;
  /** What changed: the initiatives marked for the open city, or the list of cities. */
  field: 'initiatives' | 'cities';
  initiatives: string[];
}

/**
 * Barriers to work for international talent and the local initiatives that address them, after
 * *Welcoming International Talent* (ch. 7, Counihan & van Winden): pick a group (and, for
 * international students, a stage of Table 7.1) to see the barriers the book names for it and the
 * types of initiative of Table 7.2 with the partner cities' example programmes. Mark the initiatives
 * your city has (several named cities under one `storage-key`) to see which barriers no marked
 * initiative addresses. Which initiative addresses which barrier is labelled "stated" where the book
 * says so and "our reading" otherwise, with the reasoning.
 *
 * @tagname labour-market-barriers
 * @summary Barriers to work for international talent by group, and the local initiatives that address them.
 * @fires {CustomEvent<LabourMarketChangeDetail>} cw-change - An initiative was marked or unmarked, or the list of cities changed.
 * @fires {CustomEvent<InvalidDataDetail>} cw-invalid-data - The dataset given by `src` or inline JSON is invalid.
 * @csspart base - The element's box.
 * @csspart header - Title, introduction and source.
 * @csspart cities - The bar to switch, name, add, duplicate, delete and share cities.
 * @csspart shared - The banner of a city opened from a share link.
 * @csspart picker - The choice of group and stage.
 * @csspart barriers - The barriers of the chosen group.
 * @csspart gaps - The barriers no marked initiative addresses.
 * @csspart initiatives - The types of initiative with their examples and checkboxes.
 * @csspart matrix - The table of barriers × types of initiative.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
 */
export class LabourMarketBarriers extends CwElement {
  static override styles = [themeStyles, labourMarketStyles];

  /** `explore` (default): groups, barriers, initiatives and your city; `matrix`: the table of barriers × types of initiative alone. */
  @property({ reflect: true }) view: 'explore' | 'matrix' = 'explore';

  /** The group shown first (an id of the dataset's `groups`, e.g. `students`). */
  @property() group?: string;

  /** The stage shown first for international students (`during-studies`, `after-graduation`, `entrepreneur`). */
  @property() stage?: string;

  private readonly _data = new DataController<LabourMarketData>(this, () => schemas().then((m) => m.LabourMarketData), () => withTranslations('labour-market-barriers', bundled) as LabourMarketData);

  private readonly _state = new StateController<LabourMarketState>(this, {
    tag: 'labour-market-barriers',
    schema: () => schemas().then((m) => m.LabourMarketState),
    version: 1,
    ready: () => this.languageReady(),
    initial: () => initialCities(this.t('defaultName', { n: 1 })),
  });

  /** A city opened from a share link (`#cw-share=…`): shown, and added to the user's own on request. */
  private readonly _share = new ShareController<CityProfile>(this, () => schemas().then((m) => m.CityProfile));

  /** The cities as this tab sees them (which one is open is the tab's own), and their bar. */
  private readonly _c = new CollectionController(this, {
    state: this._state,
    key: 'cities',
    limits: LIMITS,
    share: this._share,
    fresh: (name) => ({ id: makeId(), name, initiatives: [], updatedAt: Date.now() }),
    copy: () => ({ updatedAt: Date.now() }),
    touch: () => ({ updatedAt: Date.now() }),
    t: (key, params) => this.t(key, params),
    keys: { bar: 'cities', item: 'city', create: 'newCity', full: 'full' },
    changed: () => this._fire('cities'),
  });

  @state() private _group = '';
  @state() private _stage = '';
  @state() private _compareId = '';

  /** The dataset shown (bundled, from `src` or inline JSON); undefined while loading or when invalid. */
  get data(): LabourMarketData | undefined {
    return this._data.data;
  }

  /** The cities saved under this `storage-key` (a copy). */
  get cities(): LabourMarketState {
    return structuredClone(this._state.value);
  }

  private t(key: LabourMarketKey, params?: Record<string, string | number>): string {
    return translate(labourMarketStrings as Catalogue<LabourMarketKey>, this.locale, key, params);
  }

  /** A text of the dataset in the element's language, else its English original. */
  private _text(d: LabourMarketData, id: string, fallback: string): string {
    return localize(d, this.locale, id, fallback);
  }

  private _label(d: LabourMarketData, kind: 'groups' | 'stages' | 'barriers' | 'initiatives', id: string): string {
    const list: { id: string; label: string }[] = d[kind];
    return this._text(d, `${kind}.${id}.label`, list.find((x) => x.id === id)?.label ?? id);
  }

  // ---- actions -----------------------------------------------------------------------------------

  private _fire(field: LabourMarketChangeDetail['field']): void {
    const city = this._c.item;
    this.dispatchEvent(
      new CustomEvent<LabourMarketChangeDetail>('cw-change', {
        detail: { storageKey: this.storageKey, cityId: city.id, field, initiatives: [...city.initiatives] },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _onMark(initiative: string, on: boolean): void {
    if (this._c.set(setInitiative(this._state.value, this._c.id, initiative, on, Date.now()))) this._fire('initiatives');
  }

  private _onCsv(d: LabourMarketData): void {
    const csv = matrixCsv(
      d,
      (kind, id) => this._label(d, kind === 'barrier' ? 'barriers' : 'initiatives', id),
      this.t('corner'),
      (o) => (o === 'stated' ? this.t('stated') : this.t('ours')),
    );
    download(`${d.id}-matrix.csv`, csv, 'text/csv;charset=utf-8');
  }

  private async _onMatrixImage(d: LabourMarketData, kind: 'svg' | 'png'): Promise<void> {
    const root = this.renderRoot.querySelector('.root');
    if (!root) return;
    const cs = getComputedStyle(root);
    const text = matrixSvg(
      d,
      (k, id) => this._label(d, k === 'barrier' ? 'barriers' : 'initiatives', id),
      { title: this.t('matrix'), stated: this.t('stated'), ours: this.t('ours'), source: this._cite(d, d.source) },
      {
        fg: cs.color,
        bg: cs.backgroundColor,
        stated: cs.getPropertyValue('--ok').trim() || '#1b6e3a',
        ours: cs.getPropertyValue('--accent').trim() || '#0b5cad',
        grid: cs.getPropertyValue('--border').trim() || '#8a93a3',
        font: cs.fontFamily,
      },
    );
    const name = `${d.id}-matrix.${kind}`;
    if (kind === 'svg') download(name, text, 'image/svg+xml');
    else download(name, await (await exporter()).svgToPng(text, 2));
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(this._data.state, (d) => (this.view === 'matrix' ? this._renderMatrixView(d) : this._renderExplore(d)));
  }

  private _cite(d: LabourMarketData, source: SourceRef | undefined): string {
    return citation(d.work, source, this._citeWords());
  }

  private _citeWords(): CiteWords {
    return { noDate: this.t('noDate'), in: this.t('in'), chapter: this.t('chapter'), table: this.t('table') };
  }

  private _status(status: Status): string {
    const key = `status${status[0]!.toUpperCase()}${status.slice(1)}` as LabourMarketKey;
    return this.t(key);
  }

  /** "Source: citation · status", with the passage on demand. */
  private _renderSource(d: LabourMarketData, source: SourceRef, status?: Status): TemplateResult {
    return html`<div class="cite muted">
      <span>${shortCitation(d.work, source, this._citeWords())}${status ? html` · <span class="status status-${status}">${this._status(status)}</span>` : nothing}</span>
      <details class="quote">
        <summary>${this.t('sourceMore')}</summary>
        <p>${this._cite(d, source)}</p>
        ${source.quote ? html`<blockquote>${source.quote}</blockquote>` : nothing}
      </details>
    </div>`;
  }

  private _viewContext(d: LabourMarketData): ViewContext {
    return {
      t: (key, params) => this.t(key, params),
      label: (kind, id) => this._label(d, kind, id),
      source: (source, status) => this._renderSource(d, source, status),
    };
  }

  private _handlers(d: LabourMarketData): MatrixHandlers {
    return {
      mark: (initiative, on) => this._onMark(initiative, on),
      csv: () => this._onCsv(d),
      image: (kind) => void this._onMatrixImage(d, kind),
    };
  }

  private _renderHeader(d: LabourMarketData): TemplateResult {
    return html`<header part="header">
      <h2>${this._text(d, 'title', d.title)}</h2>
      ${d.intro && this.view !== 'matrix' ? html`<p>${this._text(d, 'intro', d.intro)}</p>` : nothing}
      <p class="muted cite">${this._cite(d, d.source)}</p>
      ${this.locale !== 'en' && d.translations?.[this.locale]?.unofficial
        ? html`<p class="muted small">${d.translations[this.locale]?.note ?? this.t('quotedInEnglish')}</p>`
        : nothing}
    </header>`;
  }

  private _renderExplore(d: LabourMarketData): TemplateResult {
    const s = this._state.value;
    const city = this._c.item;
    const group = d.groups.find((g) => g.id === (this._group || this.group)) ?? d.groups[0]!;
    const isStudents = group.id === d.studentGroup && d.stages.length > 0;
    const stage = isStudents ? (d.stages.find((x) => x.id === (this._stage || this.stage)) ?? d.stages[0]!) : undefined;
    const found = barriersFor(d, group.id, stage?.id);
    const open = gaps(d, found.ids, city.initiatives);
    return html`
      ${this._renderHeader(d)} ${this.renderStorageStatus(this._state.status, this._state.refused)}
      ${this.renderShared({
        name: this._share.shared?.name ?? null,
        problem: this._share.problem,
        canImport: this._c.canAdd,
        onImport: () => this._c.addShared(),
        onDismiss: () => this._share.dismiss(),
        details: this._share.shared
          ? html`<p>${this._share.shared.initiatives.map((i) => this._label(d, 'initiatives', i)).join(', ') || this.t('none')}</p>`
          : undefined,
      })}
      ${renderCollectionBar(this._c)}
      <div class="picker" part="picker">
        <fieldset>
          <legend>${this.t('group')}</legend>
          ${d.groups.map(
            (g) => html`<label class="choice"
              ><input type="radio" name="group" .checked=${g.id === group.id} @change=${() => (this._group = g.id)} /><span
                >${this._label(d, 'groups', g.id)}</span
              ></label
            >`,
          )}
        </fieldset>
        ${isStudents && stage
          ? html`<fieldset>
              <legend>${this.t('stage')}</legend>
              ${d.stages.map(
                (x) => html`<label class="choice"
                  ><input type="radio" name="stage" .checked=${x.id === stage.id} @change=${() => (this._stage = x.id)} /><span
                    >${this._label(d, 'stages', x.id)}</span
                  ></label
                >`,
              )}
            </fieldset>`
          : nothing}
      </div>
      <section class="barriers" part="barriers" aria-labelledby="barriers-h">
        <h3 id="barriers-h">${this.t('barriers')}: ${this._label(d, 'groups', group.id)}${stage ? ` · ${this._label(d, 'stages', stage.id)}` : ''}</h3>
        <p>${this._text(d, `groups.${group.id}.text`, group.text)}</p>
        ${stage?.integration
          ? html`<p>
              <strong>${this.t('integration')}:</strong> ${this._text(d, `stages.${stage.id}.integration`, stage.integration)}
              ${this._renderSource(d, stage.source, stage.status)}
            </p>`
          : nothing}
        ${this._renderSource(d, group.source, group.status)}
        ${found.named.length
          ? html`<h4>${this.t('namedFor')}</h4>
              <ul class="items">
                ${found.named.map((b) => this._renderBarrier(d, b.barrier, b.text, b.source, b.status, city, b.note))}
              </ul>`
          : nothing}
        ${found.shared.length
          ? html`<h4>${this.t('shared')}</h4>
              <p class="muted small">${this._text(d, 'shared.note', d.shared.note)}</p>
              ${this._renderSource(d, d.shared.source, d.shared.status)}
              <ul class="items">
                ${found.shared.map((b) => this._renderBarrier(d, b.id, this._text(d, `barriers.${b.id}.text`, b.text), b.source, b.status, city))}
              </ul>`
          : nothing}
      </section>
      <section class="gaps" part="gaps" role="region" aria-labelledby="gaps-h">
        <h3 id="gaps-h">${this.t('gaps')}: ${city.name || '—'}</h3>
        <p>${this.t('marked', { n: city.initiatives.filter((i) => d.initiatives.some((x) => x.id === i)).length, total: d.initiatives.length })}</p>
        ${open.length
          ? html`<ul class="gap-list">
              ${open.map((id) => html`<li>${this._label(d, 'barriers', id)}</li>`)}
            </ul>`
          : html`<p>${this.t('noGaps')}</p>`}
        ${d.gapsNote
          ? html`<details class="book-note">
              <summary>${this.t('bookOnGaps')}</summary>
              <p>${this._text(d, 'gapsNote.text', d.gapsNote.text)}</p>
              ${this._renderSource(d, d.gapsNote.source, d.gapsNote.status)}
            </details>`
          : nothing}
      </section>
      ${renderInitiatives(this._viewContext(d), d, city, this._handlers(d))} ${this._renderCompare(d, s, city)}
      <details class="matrix-toggle">
        <summary>${this.t('matrix')}</summary>
        ${renderMatrix(this._viewContext(d), d, city, this._handlers(d))}
      </details>
    `;
  }

  private _renderBarrier(
    d: LabourMarketData,
    barrier: string,
    text: string,
    source: SourceRef,
    status: Status,
    city: CityProfile,
    note?: string,
  ): TemplateResult {
    const by = addressedBy(d, barrier, city.initiatives);
    return html`<li class="item">
      <p><span class="tag">${this._label(d, 'barriers', barrier)}</span> ${text}</p>
      ${note ? html`<p class="muted small">${note}</p>` : nothing}
      ${this._renderSource(d, source, status)}
      <p class=${by.length ? 'addressed' : 'open'}>
        ${by.length ? this.t('addressedBy', { list: by.map((i) => this._label(d, 'initiatives', i)).join(', ') }) : this.t('notAddressed')}
      </p>
    </li>`;
  }

  private _renderCompare(d: LabourMarketData, s: LabourMarketState, city: CityProfile): TemplateResult | typeof nothing {
    const others = s.cities.filter((c) => c.id !== city.id);
    if (!others.length) return nothing;
    const other = others.find((c) => c.id === this._compareId);
    const cmp = other ? compareCities(city, other) : null;
    const names = (ids: string[]) => (ids.length ? ids.map((i) => this._label(d, 'initiatives', i)).join(', ') : this.t('none'));
    return html`<div class="compare no-print">
      <label class="field"
        ><span>${this.t('compareWith')}</span>
        <select @change=${(e: Event) => (this._compareId = (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${!other}>${this.t('compareNone')}</option>
          ${others.map((c) => html`<option value=${c.id} .selected=${c.id === this._compareId}>${c.name || '—'}</option>`)}
        </select></label
      >
      ${cmp && other
        ? html`<table>
            <tbody>
              <tr><th scope="row">${this.t('onlyIn', { name: city.name })}</th><td>${names(cmp.onlyA)}</td></tr>
              <tr><th scope="row">${this.t('onlyIn', { name: other.name })}</th><td>${names(cmp.onlyB)}</td></tr>
              <tr><th scope="row">${this.t('inBoth')}</th><td>${names(cmp.both)}</td></tr>
              <tr>
                <th scope="row">${this.t('gaps')}</th>
                <td>
                  ${city.name}: ${gaps(d, d.barriers.map((b) => b.id), city.initiatives).length} ·
                  ${other.name}: ${gaps(d, d.barriers.map((b) => b.id), other.initiatives).length}
                </td>
              </tr>
            </tbody>
          </table>`
        : nothing}
    </div>`;
  }

  private _renderMatrixView(d: LabourMarketData): TemplateResult {
    return html`${this._renderHeader(d)} ${this.renderStorageStatus(this._state.status, this._state.refused)} ${renderMatrix(this._viewContext(d), d, this._c.item, this._handlers(d))}`;
  }
}

define('labour-market-barriers', LabourMarketBarriers);

declare global {
  interface HTMLElementTagNameMap {
    'labour-market-barriers': LabourMarketBarriers;
  }
}
