import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import bundled from '../../../data/capitals.json';
import { CwElement, define } from '../../base/cw-element.js';
import { DataController } from '../../base/data-controller.js';
import type { InvalidDataDetail } from '../../base/data-controller.js';
import { download, makeId } from '../../base/download.js';
import { ShareController } from '../../base/share.js';
import { SizeController } from '../../base/size-controller.js';
import type { CwChangeDetail } from '../../base/events.js';
import '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import { radar, type RadarGeometry } from '../../charts/radar.js';
import { radarSvg, type RadarSeriesStyle } from '../../charts/radar.svg.js';
import { type Catalogue, translate, withTranslations } from '../../core/i18n.js';
import { parseJson, schemasOnDemand, validate, type DataProblem, type Validated } from '../../core/validate.js';
import type { Answer, Capitals, Profile, RadarState, Statement } from '../../schema/capitals.js';
import { CAPITAL_IDS, MAX_PROFILE_ID, MAX_PROFILE_NAME, MAX_PROFILES, RADAR_ANSWERS } from '../../schema/constants.js';
import { StateController } from '../../storage/state-controller.js';
import { repairCollection, salvageCollection, type CollectionLimits } from '../../core/collection.js';
import { CollectionController, renderCollectionBar } from '../../base/collection-controller.js';
import {
  apartScores,
  apartStatements,
  benchmarks,
  csv,
  comparableCounts,
  comparableScores,
  profileValues,
  radarSeries,
  setAnswer,
  setProfileDate,
  statementGroups,
  valueTable,
  type RadarSeriesModel,
  type Scores,
} from './capital-radar.model.js';
import { capitalRadarStrings, type CapitalRadarKey } from './capital-radar.strings.js';
import { capitalRadarStyles } from './capital-radar.styles.js';
import { radarFontSize, renderLegend, renderTip, renderValuesTable, styleOf } from './capital-radar.chart.js';
import { pointTarget } from './capital-radar.points.js';
import { RadarText } from './capital-radar.text.js';
import type { RadarExportContext } from './capital-radar.export.js';

export type RadarMode = 'assess' | 'chart';

/** Detail of `cw-change`. */
export interface CapitalRadarChangeDetail extends CwChangeDetail {
  storageKey: string;
  /** The profile open in the form. */
  profileId: string;
  /** What changed: an answer, the profile's name or date, or the list of profiles. */
  field: 'answer' | 'name' | 'date' | 'profiles';
  statementId?: string;
  value?: string;
  /** The open profile's score per capital after the change (null = no score). */
  scores: Scores;
}

const ANSWERS = RADAR_ANSWERS;

/** The downloads (and the shared chart exporter) load on the first download. */
const radarExport = () => import('./capital-radar.export.js');

/** The schemas (and zod) load only when something needs validating: custom data, saved work, share links, given profiles. */
const schemas = schemasOnDemand(() => import('../../schema/capitals.js'));
/** The schema's limits, for the collection of profiles. */
const LIMITS: CollectionLimits = { maxName: MAX_PROFILE_NAME, maxId: MAX_PROFILE_ID, maxItems: MAX_PROFILES, minName: 1 };

const PROFILES_SELECTOR = ':scope > script[type="application/profiles+json"]';

function withPrefix(problem: DataProblem): DataProblem {
  const path = problem.path === '(root)' ? 'profiles' : `profiles${problem.path.startsWith('[') ? '' : '.'}${problem.path}`;
  return { ...problem, path };
}

/**
 * Where a skilled newcomer stands on the six forms of capital of *Welcoming International Talent*
 * (ch. 8): economic, social, information, cultural, psychological and language capital, on a radar
 * beside the benchmark of the mentoring-to-work survey (Table 8.1; economic capital has no survey
 * data and is shown as such, never as 0).
 *
 * `mode="assess"` (default): the statements grouped by capital, each answered Agree / Disagree /
 * Not sure, for up to four named, dated profiles saved per `storage-key` ("Before mentoring",
 * "After 6 months"), all drawn together. A capital's score is the % of its answered statements
 * agreed; Not sure is left out (our rule, stated in the widget).
 *
 * `mode="chart"`: the chart alone. Its profiles come from the `profiles` property, else from a child
 * `<script type="application/profiles+json">` holding the same array; both are validated (an alert
 * names the path, e.g. `profiles[0].name`). Without profiles the chart shows the benchmark alone.
 * `src` or a child `<script type="application/json">` carry the dataset in the schema of
 * `data/capitals.json`, in both modes.
 *
 * The chart's text alternative: an accessible name, a generated sentence and a table of every
 * plotted value. Exports: SVG and PNG (with title, legend, source and date) and CSV.
 *
 * @tagname capital-radar
 * @summary A radar of the six forms of human capital: self-assessment profiles against the mentoring-to-work survey.
 * @fires {CustomEvent<CapitalRadarChangeDetail>} cw-change - An answer, a profile's name or date, or the list of profiles changed.
 * @fires {CustomEvent<InvalidDataDetail>} cw-invalid-data - The dataset (`src`, inline JSON) or the given profiles are invalid.
 * @csspart base - The element's box.
 * @csspart header - Title, introduction and source.
 * @csspart profiles - The bar to switch, name, date, add, duplicate and delete profiles.
 * @csspart form - The statements, grouped by capital.
 * @csspart statement - One statement with its answers.
 * @csspart chart - The chart panel: radar, legend, sentence, table and exports.
 * @csspart legend - The legend.
 * @csspart table - The table of plotted values.
 * @csspart actions - The export buttons.
 * @csspart notice - The storage status line.
 * @csspart alert - The invalid-data message.
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
 * @cssprop [--cw-color-focus=#c45a00] - Focus ring.
 * @cssprop [--cw-space=0.75em] - Inner spacing.
 * @cssprop [--cw-radius=6px] - Corner radius.
 * @cssprop [--cw-radar-grid=#c5cad3] - Rings and axes.
 * @cssprop [--cw-radar-benchmark=#7b8494] - The survey benchmark's band.
 * @cssprop [--cw-radar-color-1=#0a6fb0] - First profile (solid line).
 * @cssprop [--cw-radar-color-2=#c2410c] - Second profile (dashed).
 * @cssprop [--cw-radar-color-3=#047857] - Third profile (dotted).
 * @cssprop [--cw-radar-color-4=#a3387a] - Fourth profile (dash-dot).
 */
export class CapitalRadar extends CwElement {
  static override styles = [themeStyles, capitalRadarStyles];

  /** `assess` (statements and chart, default) or `chart` (the chart alone). */
  @property({ reflect: true }) mode: RadarMode = 'assess';

  /**
   * Chart mode: the profiles to plot, at most four, each `{id, name, date?, answers | values}`
   * (values per capital 0–100, null = none). Validated; ignored in assess mode.
   */
  @property({ attribute: false }) profiles?: unknown;

  private readonly _data = new DataController<Capitals>(this, () => schemas().then((m) => m.Capitals), () => withTranslations('capitals', bundled) as Capitals);

  private readonly _state: StateController<RadarState> = new StateController<RadarState>(this, {
    tag: this.localName,
    schema: () => schemas().then((m) => m.RadarState),
    version: 1,
    // The same in every tab, so that two tabs starting on an empty record agree on it.
    ready: () => this.languageReady(),
    initial: () => ({ activeId: 'profile-1', profiles: [{ id: 'profile-1', name: this.t('firstName'), date: today(), answers: {} }] }),
    salvage: (data) => salvageCollection(data, 'profiles', schemas.loaded()!.Profile, LIMITS),
    repair: (s) => repairCollection(s, 'profiles', MAX_PROFILE_ID),
  });

  /** A profile opened from a share link (`#cw-share=…`), shown read-only until added. */
  private readonly _share = new ShareController<Profile>(this, () => schemas().then((m) => m.Profile));

  /** The profiles as this tab sees them (which one is open is the tab's own), and their bar. */
  private readonly _c: CollectionController<RadarState, Profile, CapitalRadarKey> = new CollectionController<RadarState, Profile, CapitalRadarKey>(this, {
    state: this._state,
    key: 'profiles',
    limits: LIMITS,
    share: this._share,
    fresh: (name) => ({ id: makeId(), name, date: today(), answers: {} }),
    t: (key, params) => this.t(key, params),
    keys: { bar: 'profiles', item: 'profile', create: 'newProfile', first: 'firstName', full: 'full' },
    changed: (what) => this._fire(what === 'name' ? { field: 'name', value: this._c.item.name } : { field: 'profiles' }),
  });

  private readonly _size = new SizeController(this, { target: () => this.renderRoot.querySelector('.chart-box') });
  @state() private _labelWidths?: number[];
  @state() private _tip: { series: number; point: number } | null = null;
  @state() private _roving: { series: number; point: number } | null = null;
  @state() private _showTable = false;
  @state() private _exportError = '';

  private _given: { source: unknown; result: Validated<Profile[]> | null } = { source: undefined, result: null };

  /** The dataset shown (bundled, from `src` or inline JSON); undefined while loading or invalid. */
  get data(): Capitals | undefined {
    return this._data.data;
  }

  /** Every profile saved under this `storage-key` and the open one (a copy). */
  get savedProfiles(): RadarState {
    return structuredClone(this._c.state);
  }

  protected t(key: CapitalRadarKey, params?: Record<string, string | number>): string {
    return translate(capitalRadarStrings as Catalogue<CapitalRadarKey>, this.locale, key, params);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._measureLabels();
  }

  // ---- sizing ------------------------------------------------------------------------------------

  /** Real label widths, so that the radius keeps every label inside the width. */
  private _measureLabels(): void {
    const texts = [...this.renderRoot.querySelectorAll<SVGTextElement>('svg.radar .labels text')];
    if (texts.length === 0) return;
    const widths = texts.map((t) => Math.ceil(t.getComputedTextLength()));
    if (widths.every((w) => w === 0)) return;
    const old = this._labelWidths;
    if (!old || old.length !== widths.length || widths.some((w, i) => Math.abs(w - old[i]!) > 0.5)) this._labelWidths = widths;
  }

  // ---- profiles ----------------------------------------------------------------------------------

  /** The profiles given for chart mode (property, else inline script), validated once per value. */
  private _givenProfiles(): Validated<Profile[]> | null {
    let source: unknown;
    let fromScript = false;
    if (this.profiles !== undefined) source = this.profiles;
    else {
      const script = this.querySelector(PROFILES_SELECTOR);
      if (!script) return null;
      source = script.textContent ?? '';
      fromScript = true;
    }
    if (source === this._given.source && this._given.result) return this._given.result;
    const loaded = schemas.loaded();
    if (!loaded) {
      // Nothing is plotted until the given profiles are checked.
      schemas().then(
        () => this.requestUpdate(),
        () => {
          this._given = { source, result: { ok: false, problem: { kind: 'network', path: 'profiles', expected: 'the code that checks profiles (it could not be loaded)' } } };
          this.requestUpdate();
        },
      );
      return { ok: true, data: [] };
    }
    const { Profiles } = loaded;
    const raw = fromScript ? parseJson(Profiles, source as string) : validate(Profiles, source);
    const result: Validated<Profile[]> = raw.ok ? raw : { ok: false, problem: withPrefix(raw.problem) };
    this._given = { source, result };
    if (!result.ok) {
      const problem = result.problem;
      queueMicrotask(() =>
        this.dispatchEvent(
          new CustomEvent<InvalidDataDetail>('cw-invalid-data', {
            detail: { ...problem, origin: 'inline' },
            bubbles: true,
            composed: true,
          }),
        ),
      );
    }
    return result;
  }

  private _plotted(): { profiles: Profile[]; problem?: DataProblem } {
    if (this.mode !== 'chart') {
      const saved = this._c.items;
      const shared = this._share.shared;
      if (!shared) return { profiles: saved };
      // The shared profile is drawn with the user's own, in the last of the four places.
      return { profiles: [...saved.slice(0, MAX_PROFILES - 1), { ...shared, id: 'shared', name: this.tc('sharedTitle', { name: shared.name }) }] };
    }
    const given = this._givenProfiles();
    if (!given) return { profiles: [] };
    return given.ok ? { profiles: given.data } : { profiles: [], problem: given.problem };
  }

  private _fire(detail: Omit<CapitalRadarChangeDetail, 'storageKey' | 'profileId' | 'scores'>): void {
    const data = this._data.data;
    const p = this._c.item;
    const scores = data ? profileValues(data, p) : (Object.fromEntries(CAPITAL_IDS.map((id) => [id, null])) as Scores);
    this.dispatchEvent(
      new CustomEvent<CapitalRadarChangeDetail>('cw-change', {
        detail: { storageKey: this.storageKey, profileId: p.id, scores, ...detail } as CapitalRadarChangeDetail,
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _onAnswer(statementId: string, answer: Answer): void {
    if (!this._c.set(setAnswer(this._c.state, this._c.id, statementId, answer))) return;
    this._fire({ field: 'answer', statementId, value: answer });
  }

  private _onDate(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    if (this._c.set(setProfileDate(this._c.state, this._c.id, value))) this._fire({ field: 'date', value });
  }

  // ---- text --------------------------------------------------------------------------------------

  /** `t` as a function of its own, for the chart's views. */
  private readonly _t = (key: CapitalRadarKey, params?: Record<string, string | number>): string => this.t(key, params);

  /** The radar's words for `data`, in this element's language. */
  private _tx(data: Capitals): RadarText {
    return new RadarText(data, this.locale, this._t);
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(this._data.state, (data) => this._renderWidget(data));
  }

  private _renderWidget(data: Capitals): TemplateResult {
    const plotted = this._plotted();
    const series = radarSeries(data, plotted.profiles);
    if (this.mode === 'chart') {
      // A chart a blogger embeds: title, subtitle, chart, legend and source line, like any published chart.
      return html`${plotted.problem ? this.renderProblem(plotted.problem) : nothing}
        <header part="header" class="chart-head">
          <h2>${this._tx(data).text('title', data.title)}</h2>
          <p class="subtitle muted">${this.t('chartSubtitle', { n: data.source.respondents })}</p>
        </header>
        <div class="layout chart">${this._renderChart(data, series, plotted.profiles)}</div>`;
    }
    const active = this._c.item;
    return html`
      <header part="header">
        <h2>${this._tx(data).text('title', data.title)}</h2>
        <p>${this.t('intro')}</p>
        <p class="muted source">${this._tx(data).sourceLine()}</p>
      </header>
      ${this.renderStorageStatus(this._state.status, this._state.refused)}
      ${this.renderShared({
        name: this._share.shared?.name ?? null,
        problem: this._share.problem,
        canImport: this._c.canAdd,
        onImport: () => this._c.addShared(),
        onDismiss: () => this._share.dismiss(),
      })}
      ${renderCollectionBar(
        this._c,
        html`<label class="field"
          ><span>${this.t('date')}</span>
          <input type="date" .value=${active.date ?? ''} @change=${this._onDate} />
        </label>`,
      )}
      <div class="layout assess">
        ${this._renderForm(data, active)} ${this._renderChart(data, series, plotted.profiles)}
      </div>
    `;
  }

  private _renderForm(data: Capitals, a: Profile): TemplateResult {
    const answers = a.answers ?? {};
    const counts = comparableCounts(data, answers);
    const scores = comparableScores(data, answers);
    const apart = apartScores(data, answers);
    const apartIds = new Set(apartStatements(data).map((st) => st.id));
    return html`<div class="form" part="form">
      <div class="scoring">
        <p>${this.t('scoringShort')} ${this.t('likeForLike')}</p>
        <details>
          <summary>${this.t('scoringTitle')} (${this.tc('ours')})</summary>
          <p>${this._tx(data).text('scoringNote.text', data.scoringNote.text)}</p>
          <p>${this._tx(data).text('scoringNote.reasoning', data.scoringNote.reasoning)}</p>
        </details>
      </div>
      ${statementGroups(data).map(({ capital, statements }) => {
        const hid = `cap-${capital.id}`;
        const c = counts[capital.id];
        const score = scores[capital.id];
        return html`<section class="capital" aria-labelledby=${hid}>
          <h3 id=${hid}>${this._tx(data).capName(capital)}</h3>
          <p class="muted definition">${this._tx(data).text(`capitals.${capital.id}.definition`, capital.definition)}</p>
          <p class="score">
            ${score === null
              ? this.t('capitalNoScore')
              : this.t('capitalScore', { score: this._tx(data).pct(score) ?? '', agree: c.agree, answered: c.agree + c.disagree })}
          </p>
          <ol class="statements">
            ${statements.filter((st) => !apartIds.has(st.id)).map((st) => this._renderStatement(data, st, answers[st.id], a.values !== undefined))}
          </ol>
          ${statements.some((st) => apartIds.has(st.id))
            ? html`<h4 class="apart">${this.t('apartTitle')}</h4>
                <p class="score muted">
                  ${apart.scores[capital.id] === null
                    ? this.t('capitalNoScore')
                    : this.t('apartScore', {
                        score: this._tx(data).pct(apart.scores[capital.id]!) ?? '',
                        agree: apart.counts[capital.id].agree,
                        answered: apart.counts[capital.id].agree + apart.counts[capital.id].disagree,
                      })}
                </p>
                <ol class="statements apart">
                  ${statements.filter((st) => apartIds.has(st.id)).map((st) => this._renderStatement(data, st, answers[st.id], a.values !== undefined))}
                </ol>`
            : nothing}
        </section>`;
      })}
    </div>`;
  }

  private _renderStatement(data: Capitals, st: Statement, answer: Answer | undefined, locked: boolean): TemplateResult {
    const tid = `st-${st.id}`;
    return html`<li class="statement" part="statement">
      <p class="stext" id=${tid}>${this._tx(data).text(`statements.${st.id}.text`, st.text)}</p>
      <p class="bench muted">
        ${st.agreePct === null ? this.t('noBenchmarkStatement') : this.t('surveyAgreed', { pct: this._tx(data).pct(st.agreePct) ?? '' })}
      </p>
      <div class="choices" role="radiogroup" aria-labelledby=${tid}>
        ${ANSWERS.map(
          (v) => html`<label class="choice"
            ><input
              type="radio"
              name=${`a-${st.id}`}
              value=${v}
              .checked=${answer === v}
              ?disabled=${locked}
              @change=${() => this._onAnswer(st.id, v)}
            /><span>${this.t(v)}</span></label
          >`,
        )}
      </div>
    </li>`;
  }

  private _geometry(data: Capitals, series: readonly RadarSeriesModel[], width: number, fontSize: number, labelWidths?: number[]): RadarGeometry {
    // The gap keeps a point at 100 (radius 5.5 plus its focus ring) clear of the axis label.
    return radar(
      data.capitals.map((c) => this._tx(data).capShort(c)),
      series.map((s) => s.values),
      { width, fontSize, labelWidths, labelGap: Math.round(fontSize * 0.4) + 8 },
    );
  }

  private _styles(series: readonly RadarSeriesModel[]): RadarSeriesStyle[] {
    let n = 0;
    return series.map((s) => styleOf(s, s.kind === 'profile' ? n++ : 0));
  }

  private _renderChart(data: Capitals, series: RadarSeriesModel[], profiles: readonly Profile[]): TemplateResult {
    const width = this._size.width || 320;
    const fontSize = radarFontSize(width);
    const g = this._geometry(data, series, width, fontSize, this._labelWidths);
    const styles = this._styles(series);
    const table = valueTable(data, series);
    const tx = this._tx(data);
    const t = this._t;
    const sentences = tx.sentences(profiles);
    const name = series.length
      ? this.t('chartName', { series: series.map((s) => this._tx(data).seriesLabel(s)).join(', ') })
      : this.t('chartNameEmpty');
    const tip = this._tip && g.series[this._tip.series]?.points[this._tip.point];
    const tipSeries = this._tip ? series[this._tip.series] : undefined;
    const first = g.series.find((x) => x.points.length > 0);
    const roving =
      this._roving && g.series.find((x) => x.index === this._roving!.series)?.points[this._roving.point]
        ? this._roving
        : { series: first?.index ?? -1, point: 0 };
    return html`<section class="chart-panel" part="chart" aria-label=${this.t('chart')}>
      <div class="chart-box">
        <svg class="radar" role="img" aria-label=${name} aria-describedby="sentence" width=${width} height=${g.height}
          viewBox="0 0 ${width} ${g.height}">
          ${radarSvg(g, { styles, fontSize })}
        </svg>
        <svg class="points" role="group" aria-label=${this.t('pointsName')} width=${width} height=${g.height}
          viewBox="0 0 ${width} ${g.height}">
          <g transform="translate(${g.cx} ${g.cy})">
            ${g.series.map((gs) =>
              gs.points.map((pt, pi) => {
                const s = series[gs.index]!;
                const label = this.t('pointLabel', {
                  capital: this._tx(data).capName(data.capitals[pt.index]!),
                  series: this._tx(data).seriesName(s),
                  value: this._tx(data).pct(pt.value) ?? '',
                });
                const on = this._tip?.series === gs.index && this._tip.point === pi;
                // One tab stop for all the points; arrow keys move between them (see _onPointKey).
                const current = roving.series === gs.index && roving.point === pi;
                return svg`<circle class=${`point ${styles[gs.index]!.className}${on ? ' active' : ''}`} cx=${pt.x} cy=${pt.y}
                  r=${s.kind === 'profile' ? 5.5 : 3.5} tabindex=${current ? '0' : '-1'} role="img" aria-label=${label}
                  data-series=${gs.index} data-point=${pi}
                  @focus=${() => ((this._tip = { series: gs.index, point: pi }), (this._roving = { series: gs.index, point: pi }))}
                  @blur=${() => (this._tip = null)}
                  @mouseenter=${() => (this._tip = { series: gs.index, point: pi })}
                  @mouseleave=${() => (this._tip = null)}
                  @keydown=${(e: KeyboardEvent) => this._onPointKey(e, g, gs.index, pi)}></circle>`;
              }),
            )}
            ${tip && tipSeries ? renderTip(g, tip.x, tip.y, tx, tipSeries, tip.index, tip.value, fontSize) : nothing}
          </g>
        </svg>
      </div>
      ${renderLegend(tx, t, series, styles)}
      ${this.mode === 'chart' ? html`<p class="muted source">${this._tx(data).sourceLine()}</p>` : nothing}
      <details class="description">
        <summary>${this.t('description')}</summary>
        <div class="sentence" id="sentence">${sentences.map((text) => html`<p>${text}</p>`)}</div>
      </details>
      <button type="button" class="no-print" aria-expanded=${this._showTable ? 'true' : 'false'} aria-controls="values"
        @click=${() => (this._showTable = !this._showTable)}>
        ${this._showTable ? this.t('hideTable') : this.t('showTable')}
      </button>
      ${renderValuesTable(tx, t, series, table, this._showTable)}
      <div class="actions no-print" part="actions">
        <button type="button" @click=${() => this._onExport('svg')}>${this.t('downloadSvg')}</button>
        <button type="button" @click=${() => this._onExport('png')}>${this.t('downloadPng')}</button>
        <button type="button" @click=${() => this._onExport('csv')}>${this.t('downloadCsv')}</button>
        <button type="button" @click=${() => this._onExport('json')}>${this.t('downloadJson')}</button>
      </div>
      ${this._exportError ? html`<p class="alert" role="alert">${this._exportError}</p>` : nothing}
    </section>`;
  }

  /**
   * Keyboard on the chart's points: Left/Right go round the axes of a series, Up/Down to the same
   * axis (or the nearest point) of the previous or next series, Home/End to a series' first or last
   * point, Escape hides the tooltip.
   */
  private _onPointKey(e: KeyboardEvent, g: RadarGeometry, seriesIndex: number, point: number): void {
    if (e.key === 'Escape') {
      this._tip = null;
      return;
    }
    const target = pointTarget(g, { series: seriesIndex, point }, e.key);
    if (!target) return;
    e.preventDefault();
    this._roving = target;
    void this.rendered().then(() =>
      this.renderRoot.querySelector<SVGElement>(`circle[data-series="${target!.series}"][data-point="${target!.point}"]`)?.focus(),
    );
  }

  // ---- export (the code loads on the first download) ------------------------------------------------

  private _seriesNow(data: Capitals): { series: RadarSeriesModel[]; profiles: Profile[] } {
    const { profiles } = this._plotted();
    return { series: radarSeries(data, profiles), profiles };
  }

  private _exportContext(data: Capitals): RadarExportContext {
    const { series, profiles } = this._seriesNow(data);
    const styles = this._styles(series);
    return {
      data,
      series,
      profiles,
      text: this._tx(data),
      t: (key, params) => this.t(key, params),
      sourceLabel: this.tc('source'),
      locale: this.locale,
      root: this.renderRoot as ShadowRoot,
      styles,
      chart: (width, fontSize) => {
        const g = this._geometry(data, series, width, fontSize);
        return { height: g.height, body: radarSvg(g, { styles, fontSize, markers: true }) };
      },
      table: valueTable(data, series),
      benchmark: benchmarks(data),
      profileScores: profiles.map((p) => profileValues(data, p)),
      csv,
    };
  }

  private _fileBase(): string {
    return `capital-radar-${today()}`;
  }

  /**
   * The chart as a standalone SVG document through the shared exporter: title, radar, a key of the
   * series (line style and colour), the note on missing benchmarks, source line and date.
   */
  async exportSvgText(): Promise<string> {
    const data = this._data.data;
    if (!data) return '';
    return (await radarExport()).radarSvgText(this._exportContext(data));
  }

  /** A download of the chart (SVG, PNG), its values (CSV) or its data (JSON); a failure is said, never thrown. */
  private async _onExport(kind: 'svg' | 'png' | 'csv' | 'json'): Promise<void> {
    this._exportError = '';
    const data = this._data.data;
    if (!data) return;
    try {
      const m = await radarExport();
      const ctx = this._exportContext(data);
      const file = `${this._fileBase()}.${kind}`;
      if (kind === 'csv') return download(file, m.radarCsv(ctx));
      if (kind === 'json') return download(file, m.radarJson(ctx), 'application/json');
      const svgBlob = new Blob([m.radarSvgText(ctx)], { type: 'image/svg+xml' });
      download(file, kind === 'svg' ? svgBlob : await m.svgToPng(svgBlob, 2));
    } catch (err) {
      this._exportError = this.t('exportFailed', { reason: (err as Error)?.message ?? String(err) });
    }
  }
}

/** Today as `YYYY-MM-DD` in local time. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Rasterises an SVG through a blob: image and a canvas (allowed by `img-src blob:`). */
define('capital-radar', CapitalRadar);

declare global {
  interface HTMLElementTagNameMap {
    'capital-radar': CapitalRadar;
  }
}
