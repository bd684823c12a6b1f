// Lit templates for the parts of the Summary a checklist definition's `outputs` describe. The engine
// calls `renderOutputs`; each part renders only when the definition has it, so one engine serves
// every checklist. Numbers come from the pure functions in core/checklist-outputs.
//
// Text ids (the keys of a definition's `translations[lang].strings`, looked up through `ctx.text`):
// the JSON path of the text in the definition, dot-separated, naming an array item by its id —
// `id`, else the `question` it stands for (steps, challenges), else `<row>-<col>` (matrix cells), else
// its position from 0 (case facts) — and ending with the field's name:
//   title · intro · scoring.note · sectionLabel · sections.<id>.title
//   outputs.<part>.title · outputs.<part>.note (stages, placement, steps) · outputs.steps.before
//   outputs.pillars.items.<id>.title · outputs.stages.levels.<id>.label|text
//   outputs.flags.<id>.label|text · outputs.matrix.rows.<id>.label · outputs.matrix.cols.<id>.label
//   outputs.matrix.cells.<row>-<col>.descriptor.text · outputs.matrix.warning.label|text
//   outputs.placement.bands.<id>.label|text · outputs.placement.cases.<id>.name
//   outputs.placement.cases.<id>.facts.<n>.text · outputs.steps.items.<question>.label|text
//   outputs.challenges.items.<question>.title|advice
// Short forms kept from the branding checklist's translations: a question's text is
// `questions.<id>` (ids are unique across sections), its figure's text `questions.<id>.figure`, and
// the lead suggestions `leads.<n>`. A missing id shows the English original.
import { html, nothing, type TemplateResult } from 'lit';
import {
  matrixOf,
  openChallenges,
  pillarScores,
  placementOf,
  raisedFlags,
  stageOf,
  stepOf,
  type CellLevel,
} from '../../core/checklist-outputs.js';
import { formatPercent } from '../../core/i18n.js';
import type { Assessment, ChecklistDefinition } from '../../schema/checklist.js';
import type { Lang, SourceRef } from '../../schema/common.js';
import type { ChecklistKey } from './checklist.strings.js';

/** What the templates need from the element. */
export interface OutputsContext {
  locale: Lang;
  t(key: ChecklistKey, params?: Record<string, string | number>): string;
  /** A definition text in the element's language (`id` is its translation key). */
  text(id: string, fallback: string): string;
  /** A percentage, or "not applicable" for null. */
  pct(v: number | null): string;
  /** The label "Our rule, not the source's". */
  ours: string;
  /** The section(s) of the source a line reference falls in, as readers cite them. */
  where(lines: string): string;
  /** A rule's text with its line references shown as the sections they fall in. */
  rule(text: string): TemplateResult;
  /** A question's text in the element's language. */
  question(id: string): string;
}

type Def = ChecklistDefinition;
type Entries = Assessment['entries'];

function line(ctx: OutputsContext, ref: SourceRef | undefined): TemplateResult | typeof nothing {
  const where = ref ? ctx.where(ref.lines) : '';
  if (!where) return nothing;
  // The passage itself on demand, where the data keeps one (in the source's language).
  return ref?.quote
    ? html` <details class="passage muted cite"><summary>(${where})</summary><blockquote lang="en">${ref.quote}</blockquote></details>`
    : html` <span class="muted cite">(${where})</span>`;
}

/** The verdict of a stage or placement: decided, provisional (naming what is missing) or nothing yet. */
function verdict(ctx: OutputsContext, decided: boolean, anyAnswered: boolean, decidedText: string, openKey: ChecklistKey, params: Record<string, string>, missing: string[]) {
  if (decided) return html`<p class="verdict">${decidedText}</p>`;
  if (!anyAnswered) return html`<p class="verdict muted">${ctx.t('nothingYet')}</p>`;
  return html`<p class="verdict provisional"><span class="tag">${ctx.t('provisionalLabel')}</span> ${ctx.t(openKey, { ...params, questions: String(missing.length) })}</p>
    <ul class="missing">
      ${missing.map((q) => html`<li>${ctx.question(q)}</li>`)}
    </ul>`;
}

function rules(title: string, ctx: OutputsContext, note: string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<details class="scoring">
    <summary>${title} (${ctx.ours})</summary>
    <p>${ctx.rule(note)}</p>
    ${extra}
  </details>`;
}

function renderStages(ctx: OutputsContext, def: Def, entries: Entries): TemplateResult | typeof nothing {
  const o = def.outputs;
  const stage = stageOf(def, entries);
  if (!o?.stages || !stage) return nothing;
  const pillars = pillarScores(def, entries);
  const pillarTitle = (id: string) => {
    const p = pillars.find((x) => x.id === id);
    return p ? ctx.text(`outputs.pillars.items.${id}.title`, p.title) : id;
  };
  const label = (id: string, fallback: string) => ctx.text(`outputs.stages.levels.${id}.label`, fallback);
  const any = stage.answered;
  const cur = stage.decided ? stage.index : -1;
  return html`<div class="output stages" part="output-stage">
    <h4>${ctx.text('outputs.stages.title', o.stages.title)}</h4>
    ${verdict(ctx, stage.decided, any, ctx.t('yourStage', { stage: label(stage.id, stage.label) }), 'stageOpen', { stage: label(stage.id, stage.label) }, stage.missing)}
    <ol class="ladder">
      ${o.stages.levels.map(
        (l, i) => html`<li class=${i === cur ? 'current' : i <= stage.index && any ? 'passed' : 'ahead'} aria-current=${i === cur ? 'true' : nothing}>
          <strong>${label(l.id, l.label)}</strong>
          ${l.text ? html`<span class="muted">${ctx.text(`outputs.stages.levels.${l.id}.text`, l.text)}</span>` : nothing}${line(ctx, l.source)}
        </li>`,
      )}
    </ol>
    ${pillars.length
      ? html`<div class="scroll"><table class="pillars">
          <caption>${ctx.text('outputs.pillars.title', o.pillars!.title)}</caption>
          <thead>
            <tr>
              <th scope="col">${ctx.t('pillar')}</th>
              <th scope="col">${ctx.t('score')}</th>
              <th scope="col">${ctx.t('answered')}</th>
            </tr>
          </thead>
          <tbody>
            ${pillars.map(
              (p) => html`<tr>
                <th scope="row">${pillarTitle(p.id)}</th>
                <td class="pct">${p.answered === 0 ? html`<span class="muted">${ctx.t('noScore')}</span>` : ctx.pct(p.pct)}</td>
                <td>${p.answered}/${p.total}</td>
              </tr>`,
            )}
          </tbody>
        </table></div>`
      : nothing}
    ${rules(
      ctx.t('stageRules'),
      ctx,
      ctx.text('outputs.stages.note', o.stages.note),
      html`<ul class="rules">
        ${stage.levels.map(
          (l) => html`<li>
            <strong>${label(l.id, o.stages!.levels.find((x) => x.id === l.id)!.label)}</strong>:
            ${l.checks.length
              ? ctx.t('stageRequires', {
                  conditions: l.checks
                    .map((c) => ctx.t('atLeast', { pillar: pillarTitle(c.pillar), min: formatPercent(ctx.locale, c.min, 0) ?? '' }))
                    .join(', '),
                })
              : ctx.t('stageNoRequirement')}
            ${o.stages!.levels.find((x) => x.id === l.id)?.noWarning ? html`; ${ctx.t('noIndividualWarning')}` : nothing}
            — ${l.reached ? ctx.t('reached') : ctx.t('notReached')}
          </li>`,
        )}
      </ul>`,
    )}
  </div>`;
}

function renderFlags(ctx: OutputsContext, def: Def, entries: Entries): TemplateResult | typeof nothing {
  const flags = def.outputs?.flags;
  if (!flags?.length) return nothing;
  const raised = raisedFlags(def, entries);
  if (!raised.length) return nothing;
  return html`<div class="output flags" part="output-flags">
    <h4>${ctx.t('flagsTitle')}</h4>
    ${raised.map((f) => {
      const d = flags.find((x) => x.id === f.id)!;
      return html`<p class="flag">
        <strong>${ctx.text(`outputs.flags.${f.id}.label`, f.label)}</strong> <span class="tag">${ctx.t('notScored')}</span><br />
        ${ctx.text(`outputs.flags.${f.id}.text`, f.text)}${line(ctx, d.source)}
      </p>`;
    })}
  </div>`;
}

const LEVEL_KEY: Record<string, ChecklistKey> = { '0': 'cellAbsent', '1': 'cellPartly', '2': 'cellInPlace', na: 'cellNa', null: 'cellNotRated' };
const levelClass = (l: CellLevel) => (l === null ? 'level-none' : l === 'na' ? 'level-na' : `level-${l}`);

function renderMatrix(ctx: OutputsContext, def: Def, entries: Entries): TemplateResult | typeof nothing {
  const m = def.outputs?.matrix;
  const mx = matrixOf(def, entries);
  if (!m || !mx) return nothing;
  const rowLabel = (id: string, fallback: string) => ctx.text(`outputs.matrix.rows.${id}.label`, fallback);
  const colLabel = (id: string, fallback: string) => ctx.text(`outputs.matrix.cols.${id}.label`, fallback);
  const warnLabel = ctx.text('outputs.matrix.warning.label', m.warning.label);
  const firstQuestion = m.cells[0]?.items[0]?.question;
  const section = def.sections.find((s) => s.questions.some((q) => q.id === firstQuestion));
  return html`<div class="output matrix-wrap" part="output-matrix">
    <h4>${ctx.text('outputs.matrix.title', m.title)}</h4>
    ${section ? html`<p class="muted">${ctx.t('matrixIntro', { section: ctx.text(`sections.${section.id}.title`, section.title) })}${line(ctx, m.source)}</p>` : nothing}
    <div class="scroll">
      <table class="matrix" part="matrix">
        <caption>${ctx.text('outputs.matrix.title', m.title)}</caption>
        <thead>
          <tr>
            <td></td>
            ${m.cols.map((c) => html`<th scope="col">${colLabel(c.id, c.label)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${m.rows.map(
            (r, ri) => html`<tr>
              <th scope="row">${rowLabel(r.id, r.label)}</th>
              ${m.cols.map((c, ci) => {
                const cell = mx.cells[ri]![ci]!;
                const d = m.cells.find((x) => x.row === r.id && x.col === c.id)?.descriptor;
                const warn = r.id === m.warning.row && mx.warnings.includes(c.id);
                return html`<td class="cell ${levelClass(cell.level)}${warn ? ' warn' : ''}">
                  <span class="cell-name" aria-hidden="true">${rowLabel(r.id, r.label)} · ${colLabel(c.id, c.label)}</span>
                  <span class="level">${ctx.t(LEVEL_KEY[String(cell.level)]!)}</span>
                  ${warn ? html`<span class="warn-mark">⚠ ${warnLabel}</span>` : nothing}
                  ${d
                    ? html`<span class="descriptor"
                        >${ctx.text(`outputs.matrix.cells.${r.id}-${c.id}.descriptor.text`, d.text)}${d.status === 'inferred' ? html` <em>(${ctx.t('ourReading')})</em>` : nothing}${line(
                          ctx,
                          d.source,
                        )}</span
                      >`
                    : html`<span class="descriptor undescribed">${ctx.t('undescribed')}</span>`}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="muted">${ctx.t('matrixLegend')}</p>
    ${mx.warnings.length
      ? mx.warnings.map((col) => {
          const c = m.cols.find((x) => x.id === col)!;
          return html`<p class="warning">
            <strong>${warnLabel}</strong> (${colLabel(c.id, c.label)}):
            ${ctx.text('outputs.matrix.warning.text', m.warning.text)}${line(ctx, m.warning.source)}
          </p>`;
        })
      : html`<p class="muted">${ctx.t('noWarning')}</p>`}
  </div>`;
}

function renderPlacement(ctx: OutputsContext, def: Def, entries: Entries): TemplateResult | typeof nothing {
  const p = def.outputs?.placement;
  const pl = placementOf(def, entries);
  if (!p || !pl) return nothing;
  const bandLabel = (id: string, fallback: string) => ctx.text(`outputs.placement.bands.${id}.label`, fallback);
  const caseNames = (bandId: string) => p.cases.filter((c) => c.band === bandId).map((c) => ctx.text(`outputs.placement.cases.${c.id}.name`, c.name));
  return html`<div class="output placement" part="output-placement">
    <h4>${ctx.text('outputs.placement.title', p.title)}</h4>
    ${pl.band
      ? verdict(
          ctx,
          pl.decided,
          true,
          ctx.t('yourPlacement', { band: bandLabel(pl.band.id, pl.band.label), score: ctx.pct(pl.pct) }),
          'placementOpen',
          { band: bandLabel(pl.band.id, pl.band.label) },
          pl.missing,
        )
      : pl.answered
        ? html`<p class="verdict">${ctx.t('placementNone')}</p>`
        : html`<p class="verdict muted">${ctx.t('nothingYet')}</p>`}
    <ol class="ladder scale">
      ${p.bands.map((b, i) => {
        const names = caseNames(b.id);
        const cur = pl.decided && i === pl.index;
        return html`<li class=${cur ? 'current' : 'ahead'} aria-current=${cur ? 'true' : nothing}>
          <strong>${bandLabel(b.id, b.label)}</strong>
          <span class="muted">(${ctx.t('bandFrom', { min: formatPercent(ctx.locale, b.min, 0) ?? '' })})</span>
          ${b.text ? html`<span class="muted">${ctx.text(`outputs.placement.bands.${b.id}.text`, b.text)}</span>` : nothing}${line(ctx, b.source)}
          <span class="scale-marks">
            ${i === pl.index ? html`<span class="mark city">${ctx.t('yourCity')}${pl.decided ? '' : ` (${ctx.t('provisionalLabel')})`}</span>` : nothing}
            ${names.map((n) => html`<span class="mark case">${n}</span>`)}
          </span>
        </li>`;
      })}
    </ol>
    <details class="cases-more">
    <summary><h5>${ctx.t('cases')}</h5></summary>
    <ul class="cases">
      ${p.cases.map((c) => {
        const band = p.bands.find((b) => b.id === c.band)!;
        return html`<li>
          <strong>${ctx.t('caseIn', { name: ctx.text(`outputs.placement.cases.${c.id}.name`, c.name), band: bandLabel(band.id, band.label) })}</strong>
          <ul>
            ${c.facts.map((f, fi) => html`<li>${ctx.text(`outputs.placement.cases.${c.id}.facts.${fi}.text`, f.text)}${line(ctx, f.source)}</li>`)}
          </ul>
    </details>
        </li>`;
      })}
    </ul>
    ${rules(ctx.t('placementRules'), ctx, ctx.text('outputs.placement.note', p.note))}
  </div>`;
}

function renderSteps(ctx: OutputsContext, def: Def, entries: Entries): TemplateResult | typeof nothing {
  const st = def.outputs?.steps;
  const pos = stepOf(def, entries);
  if (!st || !pos) return nothing;
  const before = ctx.text('outputs.steps.before', st.before);
  const stepLabel = (i: number) => ctx.text(`outputs.steps.items.${st.items[i]!.question}.label`, st.items[i]!.label);
  // With no step answered, no step is marked as the city's.
  const any = st.items.some((x) => entries[x.question]?.answer);
  const at = any ? pos.index : undefined;
  return html`<div class="output steps" part="output-steps">
    <h4>${ctx.text('outputs.steps.title', st.title)}</h4>
    <p class="verdict">
      ${!any
        ? ctx.t('nothingYet')
        : pos.index === null
        ? ctx.t('notApplicable')
        : ctx.t('yourStep', {
            step: pos.index < 0 ? before : `${stepLabel(pos.index)} (${pos.done ? ctx.t('stepDone') : ctx.t('stepUnderWay')})`,
          })}
    </p>
    <ol class="ladder">
      <li class=${at === -1 ? 'current' : 'passed'} aria-current=${at === -1 ? 'true' : nothing}><strong>${before}</strong></li>
      ${st.items.map(
        (s, i) => html`<li class=${at === i ? 'current' : 'ahead'} aria-current=${at === i ? 'true' : nothing}>
          <strong>${stepLabel(i)}</strong>
          <span class="muted">${ctx.text(`outputs.steps.items.${s.question}.text`, s.text)}</span>${line(ctx, s.source)}
        </li>`,
      )}
    </ol>
    ${rules(ctx.t('stepRules'), ctx, ctx.text('outputs.steps.note', st.note))}
  </div>`;
}

function renderChallenges(ctx: OutputsContext, def: Def, entries: Entries): TemplateResult | typeof nothing {
  const ch = def.outputs?.challenges;
  if (!ch) return nothing;
  const open = openChallenges(def, entries);
  return html`<div class="output challenges" part="output-challenges">
    <details class="challenges-more">
    <summary><h4>${ctx.text('outputs.challenges.title', ch.title)} (${open.length})</h4></summary>
    ${open.length
      ? html`<ol class="open">
          ${open.map((c) => {
            const d = ch.items.find((x) => x.question === c.question)!;
            return html`<li>
              <span class="tag">${c.answer ? ctx.t(c.answer) : ctx.t('unanswered')}</span>
              <strong>${ctx.text(`outputs.challenges.items.${c.question}.title`, c.title)}</strong>:
              ${ctx.text(`outputs.challenges.items.${c.question}.advice`, c.advice)}${line(ctx, d.source)}
            </li>`;
          })}
        </ol>`
      : html`<p>${ctx.t('noOpenChallenges')}</p>`}
    </details>
  </div>`;
}

/** Every output part the definition describes, in a fixed order: placement and stage first. */
export function renderOutputs(ctx: OutputsContext, def: Def, entries: Entries): TemplateResult | typeof nothing {
  if (!def.outputs) return nothing;
  return html`${renderPlacement(ctx, def, entries)}${renderStages(ctx, def, entries)}${renderFlags(ctx, def, entries)}${renderMatrix(
    ctx,
    def,
    entries,
  )}${renderSteps(ctx, def, entries)}${renderChallenges(ctx, def, entries)}`;
}
