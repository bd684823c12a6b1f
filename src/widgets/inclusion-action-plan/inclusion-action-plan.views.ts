import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { planMonths, readinessScores, span, timeline, type Timeline } from '../../core/action-plan.js';
import { formatPercent, localize } from '../../core/i18n.js';
import type { ActionPlanData, ActionStatus, Plan, PlanAction, ReadinessAnswer } from '../../schema/action-plan.js';
import { ACTION_STATUSES, PLAN_LIMITS, READINESS_ANSWERS } from '../../schema/constants.js';
import type { Lang, SourceRef, Status } from '../../schema/common.js';
import type { ActionPlanKey } from './inclusion-action-plan.strings.js';
import { TIMELINE, timelineSvg } from './inclusion-action-plan.timeline.js';

/** What the views need from the element. */
export interface ViewContext {
  locale: Lang;
  t: (key: ActionPlanKey, params?: Record<string, string | number>) => string;
  areaLabel: (id: string) => string;
  source: (source: SourceRef, status?: Status) => TemplateResult;
  shortCite: (source: SourceRef) => string;
}

/** What the action forms do, wired by the element. */
export interface ActionHandlers {
  add: (area: string) => void;
  edit: (actionId: string, patch: Partial<Omit<PlanAction, 'id'>>) => void;
  move: (actionId: string, dir: -1 | 1) => void;
  remove: (action: PlanAction) => void;
}

export const STATUS_KEY: Record<ActionStatus, ActionPlanKey> = { planned: 'planned', 'under-way': 'underWay', done: 'done' };

function pct(ctx: ViewContext, v: number | null): string {
  return formatPercent(ctx.locale, v, 0) ?? '';
}

/** The readiness check: Yes / Partly / No per condition and feature, each cited, with scores over the answered ones. */
export function renderReadiness(ctx: ViewContext, d: ActionPlanData, plan: Plan, onAnswer: (question: string, answer: ReadinessAnswer) => void): TemplateResult {
  const def = d.readiness;
  const { sections: scores, overall } = readinessScores(def, plan);
  const rt = (id: string, fallback: string) => localize(def, ctx.locale, id, fallback);
  const score = (sc: { pct: number | null; answered: number }) =>
    sc.pct === null || sc.answered === 0 ? ctx.t('noScore') : ctx.t('readinessScore', { pct: pct(ctx, sc.pct), n: sc.answered });
  return html`<section class="readiness" part="readiness" role="region" aria-labelledby="ready-h">
    <h3 id="ready-h">${ctx.t('readiness')}</h3>
    <p class="small muted">${rt('scoring.note', def.scoring.note)} (${ctx.t('ours')})</p>
    ${def.sections.map((sec, si) => {
      const sc = scores[si]!;
      return html`<div class="ready-section">
        <h4>${rt(`sections.${sec.id}.title`, sec.title)}</h4>
        <p class="score">${score(sc)}</p>
        <ol class="questions">
          ${sec.questions.map((q) => {
            const qid = `rq-${q.id}`;
            return html`<li>
              <p id=${qid}>${rt(`questions.${q.id}`, q.text)}</p>
              <div class="choices" role="radiogroup" aria-labelledby=${qid}>
                ${READINESS_ANSWERS.map(
                  (v) => html`<label class="choice"
                    ><input
                      type="radio"
                      name=${`r-${q.id}`}
                      .checked=${plan.readiness[q.id] === v}
                      @change=${() => onAnswer(q.id, v)}
                    /><span>${ctx.t(v)}</span></label
                  >`,
                )}
              </div>
              ${ctx.source(q.source)}
            </li>`;
          })}
        </ol>
      </div>`;
    })}
    <p class="score overall"><strong>${ctx.t('readiness')}:</strong> ${score(overall)}</p>
  </section>`;
}

function month(ctx: ViewContext, m: number): string {
  return new Intl.DateTimeFormat(ctx.locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(Math.floor(m / 12), m % 12, 1));
}

function monthText(ctx: ViewContext, ym: string): string {
  const r = /^(\d{4})-(\d{2})$/.exec(ym);
  return r ? month(ctx, Number(r[1]) * 12 + Number(r[2]) - 1) : '—';
}

/** The timeline of the plan's actions by area (SVG, `role="img"`), the same data as a table, and its exports. */
export function renderTimeline(ctx: ViewContext, d: ActionPlanData, plan: Plan, today: string, onExport: (kind: 'svg' | 'png') => void): TemplateResult {
  const t: Timeline = timeline(plan, d.areas, today);
  const dated = t.rows.reduce((n, r) => n + r.bars.length, 0);
  const label = ctx.t('timelineLabel', { n: dated, from: month(ctx, t.from), to: month(ctx, t.to), today: month(ctx, t.today) });
  const chart = timelineSvg(t, { yearLabel: (y) => String(y), todayLabel: ctx.t('today'), title: (a) => (a.title || ctx.t('untitled')).slice(0, 60) });
  return html`<section class="timeline-section" part="timeline" aria-labelledby="tl-h">
    <h3 id="tl-h">${ctx.t('timeline')}</h3>
    ${dated === 0 ? html`<p class="muted">${ctx.t('timelineEmpty')}</p>` : nothing}
    <svg class="timeline" role="img" aria-label=${label} viewBox=${`0 0 ${TIMELINE.width} ${chart.height}`} preserveAspectRatio="xMinYMin meet">
      ${chart.body}
    </svg>
    <ul class="legend" aria-hidden="true">
      ${t.rows.map((r, i) => html`<li><span class=${`swatch band-${i % 5}`}></span>${ctx.areaLabel(r.area)}</li>`)}
    </ul>
    <div class="scroll" tabindex="0" role="region" aria-label=${ctx.t('showTable')}>
      <table class="timeline-table">
        <caption>
          ${label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ctx.t('area')}</th>
            <th scope="col">${ctx.t('actionTitle')}</th>
            <th scope="col">${ctx.t('start')}</th>
            <th scope="col">${ctx.t('end')}</th>
            <th scope="col">${ctx.t('status')}</th>
          </tr>
        </thead>
        <tbody>
          ${t.rows.flatMap((r) =>
            r.bars.map(
              (b) => html`<tr>
                <td>${ctx.areaLabel(r.area)}</td>
                <th scope="row">${b.action.title || ctx.t('untitled')}</th>
                <td>${monthText(ctx, b.action.start)}</td>
                <td>${monthText(ctx, b.action.end)}</td>
                <td>${ctx.t(STATUS_KEY[b.action.status])}</td>
              </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>
    ${dated ? html`<p>${ctx.t('spans', { n: planMonths(plan) })}${planMonths(plan) < 12 ? html` <span class="muted">${ctx.t('spansShort')}</span>` : nothing}</p>` : nothing}
    ${t.undated.length ? html`<p class="muted">${ctx.t('undated', { list: t.undated.map((a) => a.title || ctx.t('untitled')).join(', ') })}</p>` : nothing}
    <div class="row no-print">
      <button type="button" ?disabled=${dated === 0} @click=${() => onExport('svg')}>${ctx.t('downloadSvg')}</button>
      <button type="button" ?disabled=${dated === 0} @click=${() => onExport('png')}>${ctx.t('downloadPng')}</button>
    </div>
  </section>`;
}

/** One thematic area: its heading and citation, its actions, and the button to add one. */
export function renderArea(ctx: ViewContext, d: ActionPlanData, area: string, known: boolean, actions: PlanAction[], index: number, on: ActionHandlers): TemplateResult {
  const id = `area-${index}`;
  const label = ctx.areaLabel(area);
  const def = d.areas.find((a) => a.id === area);
  return html`<section class="area" part="area" aria-labelledby=${id}>
    <h3 id=${id}><span class="num" aria-hidden="true">${known ? `${index + 1}.` : '?'}</span> ${label}</h3>
    ${def ? html`<p class="cite muted">${ctx.shortCite(def.source)}</p>` : nothing}
    ${actions.length
      ? html`<ol class="actions-list">
          ${repeat(actions, (a) => a.id, (a, i) => renderAction(ctx, a, i, actions.length, on))}
        </ol>`
      : html`<p class="muted">${ctx.t('noActions')}</p>`}
    ${known
      ? html`<button type="button" class="add no-print" aria-label=${`${ctx.t('addAction')}: ${label}`} @click=${() => on.add(area)}>
          + ${ctx.t('addAction')}
        </button>`
      : nothing}
  </section>`;
}

/** One action's fields (every one labelled, limits from the schema) and its move and remove buttons. */
function renderAction(ctx: ViewContext, a: PlanAction, i: number, count: number, on: ActionHandlers): TemplateResult {
  const sp = span(a);
  const bad = !!sp?.reversed;
  const name = ctx.t('actionOf', { n: i + 1, title: a.title || ctx.t('untitled') });
  const field = (key: 'owner' | 'partners', label: ActionPlanKey) =>
    html`<label class="field"
      ><span>${ctx.t(label)}</span
      ><input type="text" maxlength=${PLAN_LIMITS[key]} .value=${a[key]} @input=${(e: Event) => on.edit(a.id, { [key]: (e.target as HTMLInputElement).value })}
    /></label>`;
  return html`<li class="action-item"><div class="action status-${a.status}" part="action" role="group" aria-label=${name}>
    <label class="field title"
      ><span>${ctx.t('actionTitle')}</span
      ><input
        id=${`title-${a.id}`}
        type="text"
        maxlength=${PLAN_LIMITS.title}
        .value=${a.title}
        @input=${(e: Event) => on.edit(a.id, { title: (e.target as HTMLInputElement).value })}
    /></label>
    <div class="grid">
      ${field('owner', 'owner')} ${field('partners', 'partners')}
      <label class="field"
        ><span>${ctx.t('start')}</span
        ><input type="month" .value=${a.start} @change=${(e: Event) => on.edit(a.id, { start: (e.target as HTMLInputElement).value })}
      /></label>
      <label class="field"
        ><span>${ctx.t('end')}</span
        ><input
          type="month"
          .value=${a.end}
          min=${a.start || nothing}
          aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${bad ? `bad-${a.id}` : nothing}
          @change=${(e: Event) => on.edit(a.id, { end: (e.target as HTMLInputElement).value })}
      /></label>
      <label class="field"
        ><span>${ctx.t('status')}</span
        ><select @change=${(e: Event) => on.edit(a.id, { status: (e.target as HTMLSelectElement).value as ActionStatus })}>
          ${ACTION_STATUSES.map((s) => html`<option value=${s} .selected=${a.status === s}>${ctx.t(STATUS_KEY[s])}</option>`)}
        </select></label
      >
    </div>
    ${bad ? html`<p class="error" id=${`bad-${a.id}`}>${ctx.t('endBeforeStart')}</p>` : nothing}
    <label class="field"
      ><span>${ctx.t('notes')}</span
      ><textarea rows="2" maxlength=${PLAN_LIMITS.notes} .value=${a.notes} @input=${(e: Event) => on.edit(a.id, { notes: (e.target as HTMLTextAreaElement).value })}></textarea
    ></label>
    <div class="row no-print">
      <button type="button" id=${`up-${a.id}`} ?disabled=${i === 0} @click=${() => on.move(a.id, -1)}>↑ ${ctx.t('moveUp')}</button>
      <button type="button" id=${`down-${a.id}`} ?disabled=${i === count - 1} @click=${() => on.move(a.id, 1)}>↓ ${ctx.t('moveDown')}</button>
      <button type="button" @click=${() => on.remove(a)}>${ctx.t('remove')}</button>
    </div>
  </div></li>`;
}
