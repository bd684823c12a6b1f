import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import bundled from '../../../data/inclusion-action-plan.json';
import { CwElement, define } from '../../base/cw-element.js';
import { DataController } from '../../base/data-controller.js';
import { download, makeId } from '../../base/download.js';
import type { CwChangeDetail } from '../../base/events.js';
import { ShareController } from '../../base/share.js';
import { themeStyles } from '../../base/theme.styles.js';
import {
  actionsByArea,
  newPlan,
  addAction,
  initialPlans,
  moveAction,
  newAction,
  planCsv,
  removeAction,
  restoreAction,
  setReadiness,
  toExport,
  updateAction,
} from '../../core/action-plan.js';
import { citation, shortCitation, type CiteWords } from '../../core/work-citation.js';
import { type Catalogue, formatDate, localize, translate, withTranslations } from '../../core/i18n.js';
import { parseJson, schemasOnDemand, type DataProblem } from '../../core/validate.js';
import type { ActionPlanData, Plan, PlanAction, PlanState } from '../../schema/action-plan.js';
import { PLAN_LIMITS } from '../../schema/constants.js';
import type { SourceRef, Status } from '../../schema/common.js';
import { StateController } from '../../storage/state-controller.js';
import { importItems, type CollectionLimits } from '../../core/collection.js';
import { CollectionController, renderCollectionBar } from '../../base/collection-controller.js';
import { actionPlanStrings, type ActionPlanKey } from './inclusion-action-plan.strings.js';
import { actionPlanStyles } from './inclusion-action-plan.styles.js';
import { renderArea, renderReadiness, renderTimeline, STATUS_KEY, type ActionHandlers, type ViewContext } from './inclusion-action-plan.views.js';
import { printAlone } from './print-alone.js';

/** The exporter loads when a chart is first downloaded. */
const exporter = () => import('../../base/chart-export.js');
/** The schemas (and zod) load only when something needs validating: custom data, saved work, share links, imports. */
const schemas = schemasOnDemand(() => import('../../schema/action-plan.js'));
/** The schema's limits, for the collection of plans. */
const LIMITS: CollectionLimits = { maxName: PLAN_LIMITS.name, maxId: PLAN_LIMITS.id, maxItems: PLAN_LIMITS.plans };

/** Detail of `cw-change`. */
export interface ActionPlanChangeDetail extends CwChangeDetail {
  planId: string;
  /** What changed: an action, the readiness answers, or the list of plans. */
  field: 'actions' | 'readiness' | 'plans';
  actionId?: string;
}

/** Today's month as `YYYY-MM`, in local time. */
function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * An inclusion action plan after the Inclusive Cities programme (Broadhead & Allen 2022): the five
 * thematic areas of the Inclusive Cities Framework as headings, and under each the city's actions
 * with owner, partner organisations, start and end month, status and notes; add, edit, reorder and
 * remove (with undo); several named plans under one `storage-key`. A readiness check (Yes / Partly /
 * No) of the programme's conditions and of the City Working Group model's five core features, each
 * cited; a timeline of the actions by area (SVG with a table alternative, today marked); downloads
 * as CSV, JSON and SVG; Print of the plan alone; Import JSON.
 *
 * @tagname inclusion-action-plan
 * @summary An action plan across the five thematic areas of the Inclusive Cities Framework, with a readiness check and a timeline.
 * @fires {CustomEvent<ActionPlanChangeDetail>} cw-change - An action, a readiness answer or the list of plans changed.
 * @fires {CustomEvent<InvalidDataDetail>} cw-invalid-data - The dataset given by `src` or inline JSON is invalid.
 * @csspart base - The element's box.
 * @csspart header - Title, introduction and source.
 * @csspart plans - The bar to switch, name, add, duplicate, delete and share plans.
 * @csspart shared - The banner of a plan opened from a share link.
 * @csspart area - One thematic area with its actions.
 * @csspart action - One action's fields.
 * @csspart readiness - The readiness check.
 * @csspart timeline - The timeline and its table.
 * @csspart actions - Download, print and import buttons.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
 * @cssprop [--cw-color-series-1=#0b5cad] - The first thematic area (an inclusive narrative) on the timeline.
 * @cssprop [--cw-color-series-2=#b8430b] - The second thematic area (inclusive economic growth).
 * @cssprop [--cw-color-series-3=#1b7a3d] - The third thematic area (connections across communities).
 * @cssprop [--cw-color-series-4=#7a2d9c] - The fourth thematic area (mainstreaming inclusion in public services).
 * @cssprop [--cw-color-series-5=#8a6d00] - The fifth thematic area (civic representation and participation).
 */
export class InclusionActionPlan extends CwElement {
  static override styles = [themeStyles, actionPlanStyles];

  private readonly _data = new DataController<ActionPlanData>(this, () => schemas().then((m) => m.ActionPlanData), () => withTranslations('inclusion-action-plan', bundled) as ActionPlanData);

  private readonly _state = new StateController<PlanState>(this, {
    tag: 'inclusion-action-plan',
    schema: () => schemas().then((m) => m.PlanState),
    version: 1,
    ready: () => this.languageReady(),
    initial: () => initialPlans(this.t('defaultName', { n: 1 })),
  });

  /** A plan opened from a share link (`#cw-share=…`): shown, and added to the user's own on request. */
  private readonly _share = new ShareController<Plan>(this, () => schemas().then((m) => m.Plan));

  /** The plans as this tab sees them (which one is open is the tab's own), and their bar. */
  private readonly _c = new CollectionController(this, {
    state: this._state,
    key: 'plans',
    limits: LIMITS,
    share: this._share,
    fresh: (name) => newPlan(name, Date.now(), makeId()),
    copy: (from) => ({ createdAt: Date.now(), updatedAt: Date.now(), actions: from.actions.map((a) => ({ ...a, id: makeId() })) }),
    touch: () => ({ updatedAt: Date.now() }),
    t: (key, params) => this.t(key, params),
    keys: { bar: 'plans', item: 'plan', create: 'newPlan', full: 'full' },
    changed: () => this._fire('plans'),
  });
  @state() private _importProblem: DataProblem | null = null;

  /** The dataset shown (bundled, from `src` or inline JSON); undefined while loading or when invalid. */
  get data(): ActionPlanData | undefined {
    return this._data.data;
  }

  /** Every plan saved under this `storage-key` (a copy). */
  get plans(): PlanState {
    return structuredClone(this._state.value);
  }

  private t(key: ActionPlanKey, params?: Record<string, string | number>): string {
    return translate(actionPlanStrings as Catalogue<ActionPlanKey>, this.locale, key, params);
  }

  private _text(d: ActionPlanData, id: string, fallback: string): string {
    return localize(d, this.locale, id, fallback);
  }

  private _areaLabel(d: ActionPlanData, id: string): string {
    const a = d.areas.find((x) => x.id === id);
    return a ? this._text(d, `areas.${id}.label`, a.label) : this.t('unknownArea', { id });
  }

  // ---- state changes -----------------------------------------------------------------------------

  private _fire(field: ActionPlanChangeDetail['field'], actionId?: string): void {
    this.dispatchEvent(
      new CustomEvent<ActionPlanChangeDetail>('cw-change', {
        detail: { storageKey: this.storageKey, planId: this._c.id, field, ...(actionId ? { actionId } : {}) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Saves an edit of the open plan. */
  private _set(next: PlanState, field: ActionPlanChangeDetail['field'], actionId?: string): boolean {
    if (!this._c.set(next)) return false;
    this._fire(field, actionId);
    return true;
  }

  private async _onAdd(area: string): Promise<void> {
    const plan = this._c.item;
    if (plan.actions.length >= PLAN_LIMITS.actions) {
      this._c.say(this.t('limit', { max: PLAN_LIMITS.actions }));
      return;
    }
    const action = newAction(area, makeId());
    this._set(addAction(this._state.value, plan.id, action, Date.now()), 'actions', action.id);
    await this.rendered();
    this.renderRoot.querySelector<HTMLInputElement>(`#title-${CSS.escape(action.id)}`)?.focus();
  }

  private _onEdit(actionId: string, patch: Partial<Omit<PlanAction, 'id'>>): void {
    this._set(updateAction(this._state.value, this._c.id, actionId, patch, Date.now()), 'actions', actionId);
  }

  private async _onMove(actionId: string, dir: -1 | 1): Promise<void> {
    this._set(moveAction(this._state.value, this._c.id, actionId, dir, Date.now()), 'actions', actionId);
    await this.rendered();
    // Keep the focus on the moved action: on the same button, or the other one at the end of the list.
    const id = CSS.escape(actionId);
    const same = this.renderRoot.querySelector<HTMLButtonElement>(`#${dir < 0 ? 'up' : 'down'}-${id}`);
    const other = this.renderRoot.querySelector<HTMLButtonElement>(`#${dir < 0 ? 'down' : 'up'}-${id}`);
    (same && !same.disabled ? same : other)?.focus();
  }

  private async _onRemove(a: PlanAction): Promise<void> {
    const planId = this._c.id;
    const r = removeAction(this._state.value, planId, a.id, Date.now());
    if (!r.removed || !this._set(r.state, 'actions', a.id)) return;
    const { removed, index } = r;
    this._c.say(this.t('removed', { title: a.title || this.t('untitled') }), () =>
      this._set(restoreAction(this._state.value, planId, removed, index, Date.now()), 'actions', removed.id),
    );
    // The removed action's buttons are gone: the focus goes to Undo.
    await this.rendered();
    this.renderRoot.querySelector<HTMLButtonElement>('.message button')?.focus();
  }

  // ---- files -------------------------------------------------------------------------------------

  private _fileBase(): string {
    const name = this._c.item.name.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
    return `inclusion-action-plan${name ? `-${name}` : ''}`;
  }

  private _onCsv(d: ActionPlanData): void {
    const csv = planCsv(this._c.item, d.areas, {
      area: (id) => this._areaLabel(d, id),
      status: (s) => this.t(STATUS_KEY[s]),
      headers: ['area', 'actionTitle', 'owner', 'partners', 'start', 'end', 'status', 'notes'].map((k) => this.t(k as ActionPlanKey)),
    });
    download(`${this._fileBase()}.csv`, csv, 'text/csv;charset=utf-8');
  }

  private _onJson(): void {
    download(`${this._fileBase()}.json`, JSON.stringify(toExport(this._state.value.plans, new Date()), null, 2), 'application/json');
  }

  /** The timeline as a standalone SVG file's text, with title and source; null when not drawn. */
  private async _timelineFile(d: ActionPlanData): Promise<string | null> {
    const el = this.renderRoot.querySelector<SVGSVGElement>('svg.timeline');
    if (!el) return null;
    const { standaloneSvg } = await exporter();
    const cs = getComputedStyle(this.renderRoot.querySelector('.root')!);
    return standaloneSvg(el, {
      title: `${this.t('timeline')}: ${this._c.item.name}`,
      lines: [this._cite(d, d.source)],
      fg: cs.color,
      bg: cs.backgroundColor,
      font: cs.fontFamily,
    });
  }

  private async _onChart(d: ActionPlanData, kind: 'svg' | 'png'): Promise<void> {
    const text = await this._timelineFile(d);
    if (!text) return;
    const name = `${this._fileBase()}-timeline.${kind}`;
    if (kind === 'svg') download(name, text, 'image/svg+xml');
    else download(name, await (await exporter()).svgToPng(text, 2));
  }

  private async _onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this._importProblem = null;
    const text = await file.text();
    let m: Awaited<ReturnType<typeof schemas>>;
    try {
      m = await schemas();
    } catch {
      this._importProblem = { kind: 'network', path: '(root)', expected: 'the code that checks imports (it could not be loaded)' };
      return;
    }
    const r = parseJson(m.PlanExport, text);
    if (!r.ok) {
      this._importProblem = r.problem;
      return;
    }
    const change = importItems(this._state.value.plans, r.data.plans, 'add', makeId, LIMITS);
    this._c.apply(change.skipped === r.data.plans.length ? null : change, () => this.t('imported', { n: r.data.plans.length - change.skipped }));
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(this._data.state, (d) => this._renderPlan(d));
  }

  private _cite(d: ActionPlanData, source: SourceRef | undefined): string {
    return citation(d.work, source, this._citeWords());
  }

  private _citeWords(): CiteWords {
    return { noDate: this.t('noDate'), in: this.t('in'), chapter: this.t('chapter'), table: this.t('table') };
  }

  private _status(status: Status): string {
    return this.t(`status${status[0]!.toUpperCase()}${status.slice(1)}` as ActionPlanKey);
  }

  private _renderSource(d: ActionPlanData, source: SourceRef, status?: Status): TemplateResult {
    return html`<div class="cite muted">
      <span>${shortCitation(d.work, source, this._citeWords())}${status ? html` · <span class="status status-${status}">${this._status(status)}</span>` : nothing}</span>
      <details class="quote">
        <summary>${this.t('sourceMore')}</summary>
        <p>${this._cite(d, source)}</p>
        ${source.quote ? html`<blockquote>${source.quote}</blockquote>` : nothing}
      </details>
    </div>`;
  }

  private _renderPlan(d: ActionPlanData): TemplateResult {
    const plan = this._c.item;
    const translated = this.locale !== 'en' ? d.translations?.[this.locale] : undefined;
    return html`
      <header part="header">
        <h2>${this._text(d, 'title', d.title)}</h2>
        ${d.intro ? html`<p>${this._text(d, 'intro', d.intro)}</p>` : nothing}
        <p class="muted cite">${this._cite(d, d.source)}</p>
        ${translated?.unofficial && translated.note ? html`<p class="muted small">${translated.note}</p>` : nothing}
        <p class="print-only">${plan.name} · ${this.t('printedOn', { date: formatDate(this.locale, new Date()) })}</p>
      </header>
      ${this.renderStorageStatus(this._state.status, this._state.refused)}
      ${this.renderShared({
        name: this._share.shared?.name ?? null,
        problem: this._share.problem,
        canImport: this._c.canAdd,
        onImport: () => this._c.addShared(),
        onDismiss: () => this._share.dismiss(),
        details: this._share.shared
          ? html`<ul>
              ${this._share.shared.actions.map((a) => html`<li>${this._areaLabel(d, a.area)}: ${a.title || this.t('untitled')}</li>`)}
            </ul>`
          : undefined,
      })}
      ${renderCollectionBar(this._c)}
      ${actionsByArea(plan, d.areas).map((g, i) => renderArea(this._viewContext(d), d, g.area, g.known, g.actions, i, this._handlers))}
      ${renderReadiness(this._viewContext(d), d, plan, (q, v) => this._set(setReadiness(this._state.value, plan.id, q, v, Date.now()), 'readiness'))}
      ${renderTimeline(this._viewContext(d), d, plan, thisMonth(), (kind) => this._onChart(d, kind))}
      <section class="notes" aria-labelledby="notes-h">
        <h3 id="notes-h">${this.t('notesTitle')}</h3>
        <ul>
          ${d.notes.map((n) => html`<li>${this._text(d, `notes.${n.id}`, n.text)} ${this._renderSource(d, n.source, n.status)}</li>`)}
        </ul>
      </section>
      ${this._renderFiles(d)}
    `;
  }

  private _viewContext(d: ActionPlanData): ViewContext {
    return {
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      areaLabel: (id) => this._areaLabel(d, id),
      source: (source, status) => this._renderSource(d, source, status),
      shortCite: (source) => shortCitation(d.work, source, this._citeWords()),
    };
  }

  private readonly _handlers: ActionHandlers = {
    add: (area) => void this._onAdd(area),
    edit: (id, patch) => this._onEdit(id, patch),
    move: (id, dir) => void this._onMove(id, dir),
    remove: (a) => void this._onRemove(a),
  };

  private _renderFiles(d: ActionPlanData): TemplateResult {
    return html`<div class="files no-print" part="actions">
        <button type="button" @click=${() => this._onCsv(d)}>${this.t('downloadCsv')}</button>
        <button type="button" @click=${this._onJson}>${this.t('downloadJson')}</button>
        <button type="button" @click=${() => printAlone(this)}>${this.t('print')}</button>
        <label class="button file"
          >${this.t('importJson')}<input type="file" accept=".json,application/json" @change=${this._onImport}
        /></label>
      </div>
      ${this._importProblem
        ? html`<div class="alert" role="alert">
            <strong>${this.t('importInvalid')}</strong>
            <p>${this.tc('invalidAt', { path: this._importProblem.path, expected: this._importProblem.expected })}</p>
          </div>`
        : nothing}`;
  }
}

define('inclusion-action-plan', InclusionActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-action-plan': InclusionActionPlan;
  }
}
