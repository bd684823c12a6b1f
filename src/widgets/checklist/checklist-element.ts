import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { CwElement } from '../../base/cw-element.js';
import { DataController } from '../../base/data-controller.js';
import type { CwChangeDetail } from '../../base/events.js';
import { makeId } from '../../base/download.js';
import { ShareController } from '../../base/share.js';
import {
  initialState,
  newAssessment,
  nextUnanswered,
  openPoints,
  overallScore,
  progress,
  sectionScores,
  updateEntry,
} from '../../core/checklist.js';
import { repairCollection, salvageCollection, type CollectionLimits } from '../../core/collection.js';
import { CollectionController, renderCollectionBar } from '../../base/collection-controller.js';
import { citation, sectionsOf, splitRefs } from '../../core/citation.js';
import { type Catalogue, formatPercent, localize, translate } from '../../core/i18n.js';
import { onDemand, schemasOnDemand, type DataProblem } from '../../core/validate.js';
import type { Assessment, ChecklistDefinition, ChecklistExport, ChecklistState, Figure, QuestionEntry } from '../../schema/checklist.js';
import { CHECKLIST_ANSWERS as ANSWERS, HTTP_URL, MAX_ASSESSMENT_ID, MAX_ASSESSMENT_NAME, MAX_LEAD, MAX_NOTES } from '../../schema/constants.js';
import { StateController } from '../../storage/state-controller.js';
import { checklistStrings, type ChecklistKey } from './checklist.strings.js';
import type { OutputsContext } from './outputs-view.js';

/** Detail of `cw-change`. */
export interface ChecklistChangeDetail extends CwChangeDetail {
  storageKey: string;
  assessmentId: string;
  /** What changed: an answer, notes, evidence or lead of `questionId`, or the list of assessments. */
  field: 'answer' | 'notes' | 'evidence' | 'lead' | 'assessments';
  questionId?: string;
  value?: string;
  /** The overall score of the active assessment after the change (null when nothing applies). */
  overall: number | null;
}

/** The schemas (and zod) load only when something needs validating: custom data, saved work, share links, imports. */
const schemas = schemasOnDemand(() => import('../../schema/checklist.js'));

/** Downloads, import and print: loaded on the first press of their buttons. */
const files = onDemand(() => import('./checklist-files.js'));
type ChecklistFiles = Awaited<ReturnType<typeof files>>;

/** The comparisons of the Summary: loaded when there are two assessments to compare. */
const comparing = onDemand(() => import('./compare-view.js'));

/** The schema's limits, for the collection of assessments. */
const LIMITS: CollectionLimits = { maxName: MAX_ASSESSMENT_NAME, maxId: MAX_ASSESSMENT_ID };

/**
 * The checklist engine: a definition (sections of questions, validated) and the user's named
 * assessments, saved per `storage-key`. Each checklist element is this engine with its own
 * bundled definition and tag.
 */
export abstract class ChecklistElement extends CwElement {
  protected abstract bundledDefinition(): ChecklistDefinition;

  protected readonly _def = new DataController<ChecklistDefinition>(this, () => schemas().then((m) => m.ChecklistDefinition), () =>
    this.bundledDefinition(),
  );

  protected readonly _state: StateController<ChecklistState> = new StateController<ChecklistState>(this, {
    tag: this.localName,
    schema: () => schemas().then((m) => m.ChecklistState),
    version: 1,
    // The same in every tab, so that two tabs starting on an empty record agree on it.
    ready: () => this.languageReady(),
    initial: () => initialState(this.t('defaultName', { n: 1 }), 0, 'assessment-1'),
    salvage: (data) => salvageCollection(data, 'assessments', schemas.loaded()!.Assessment, LIMITS),
    repair: (s) => repairCollection(s, 'assessments', MAX_ASSESSMENT_ID),
  });

  /** An assessment opened from a share link (`#cw-share=…`): read-only until added. */
  private readonly _share = new ShareController<Assessment>(this, () => schemas().then((m) => m.Assessment));

  /** The assessments as this tab sees them (which one is open is the tab's own), and their bar. */
  private readonly _c = new CollectionController(this, {
    state: this._state,
    key: 'assessments',
    limits: LIMITS,
    share: this._share,
    fresh: (name) => newAssessment(name, Date.now(), makeId()),
    copy: () => ({ createdAt: Date.now(), updatedAt: Date.now() }),
    touch: () => ({ updatedAt: Date.now() }),
    t: (key, params) => this.t(key, params),
    keys: { bar: 'assessments', item: 'assessment', create: 'newAssessment' },
    changed: () => this._fire({ field: 'assessments' }),
  });

  @state() private _pendingImport: { file: string; data: ChecklistExport } | null = null;
  @state() private _importProblem: DataProblem | null = null;
  /** The files module (downloads, import, print) could not be loaded. */
  @state() private _filesProblem = false;
  @state() private _compareId = '';
  @state() private _evidenceDraft: Record<string, string> = {};
  /** The question last focused, so that "Next unanswered" goes on from there. */
  private _lastQuestion: string | undefined;
  /** Ids of the assessments shown in the agreement view; all when null. */
  @state() private _agreeIds: string[] | null = null;
  /** The comparisons' code could not be loaded (offline). */
  @state() private _compareFailed = false;

  /** The checklist definition shown (bundled, from `src` or inline JSON); undefined while loading or invalid. */
  get data(): ChecklistDefinition | undefined {
    return this._def.data;
  }

  /** Every assessment saved under this `storage-key` and the open one (a copy). */
  get assessments(): ChecklistState {
    return structuredClone(this._c.state);
  }

  protected t(key: ChecklistKey, params?: Record<string, string | number>): string {
    return translate(checklistStrings as Catalogue<ChecklistKey>, this.locale, key, params);
  }

  private _fire(detail: Omit<ChecklistChangeDetail, 'storageKey' | 'assessmentId' | 'overall'>): void {
    const def = this._def.data;
    const a = this._c.item;
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('cw-change', {
        detail: {
          storageKey: this.storageKey,
          assessmentId: a.id,
          overall: def ? overallScore(def, a.entries).pct : null,
          ...detail,
        } as ChecklistChangeDetail,
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _setEntry(questionId: string, patch: Partial<QuestionEntry>, field: ChecklistChangeDetail['field']): void {
    // The assessment being answered stays open, even if it was shown while saved state was loading.
    if (!this._c.set(updateEntry(this._c.state, questionId, patch, Date.now()))) return;
    this._fire({ field, questionId, value: String(Object.values(patch)[0] ?? '') });
  }

  // ---- export / import ---------------------------------------------------------------------------

  /**
   * Runs a button's action with the files module, loaded on the first press. If it cannot be loaded
   * (e.g. offline), an alert says so and the button can be pressed again.
   */
  private async _withFiles(act: (m: ChecklistFiles) => void | Promise<void>): Promise<void> {
    this._filesProblem = false;
    let m: ChecklistFiles;
    try {
      m = await files();
    } catch {
      this._filesProblem = true;
      return;
    }
    await act(m);
  }

  private _onDownloadJson(): Promise<void> {
    return this._withFiles((m) => {
      const def = this._def.data;
      if (def) m.downloadJson(def, this._c.items, this._c.item);
    });
  }

  private _onDownloadCsv(): Promise<void> {
    return this._withFiles(async (m) => {
      if (!(await this.loadOutputs())) return void (this._filesProblem = true);
      const def = this._def.data;
      const a = this._c.item;
      if (def) m.downloadCsv(def, a, this.csvRows(def, a));
    });
  }

  private _onPrint(): Promise<void> {
    return this._withFiles(async (m) => {
      const [outputs] = await Promise.all([this.loadOutputs(), this.beforePrint()]);
      if (!outputs) return void (this._filesProblem = true);
      m.printAlone(this);
    });
  }

  /** Loads what printing shows beyond the form (e.g. a folded part's content); nothing by default. */
  protected async beforePrint(): Promise<void> {}

  /**
   * Loads the code of the Summary's outputs (`renderOutputs`, `compareRows`, `csvRows`) and renders
   * with it, before printing or the CSV; nothing to load by default. Never throws: false if it
   * could not be loaded (then the print or CSV is not made, and the alert says why).
   */
  protected async loadOutputs(): Promise<boolean> {
    return true;
  }

  private async _onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this._pendingImport = null;
    this._importProblem = null;
    this._filesProblem = false;
    const text = await file.text();
    const def = this._def.data;
    let result: Awaited<ReturnType<ChecklistFiles['readImport']>>;
    try {
      result = await (await files()).readImport(text, def, (key, params) => this.t(key, params));
    } catch {
      this._importProblem = { kind: 'network', path: '(root)', expected: 'the code that checks imports (it could not be loaded)' };
      return;
    }
    if (!result.ok) {
      this._importProblem = result.problem;
      return;
    }
    this._pendingImport = { file: file.name, data: result.data };
  }

  private _applyImport(m: ChecklistFiles, mode: 'add' | 'replace'): void {
    const pending = this._pendingImport;
    if (!pending) return;
    const incoming = pending.data.assessments;
    const change = m.mergeImport(this._c.items, incoming, mode, LIMITS);
    this._pendingImport = null;
    this._c.apply(change, () => this.t('imported', { count: incoming.length }));
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.renderData(this._def.state, (def) => this._renderChecklist(def));
  }

  /**
   * A text of the definition in the element's language, else its English original. `id` follows the
   * convention documented at the top of outputs-view.ts (e.g. `sections.<id>.title`, `questions.<id>`).
   */
  protected text(def: ChecklistDefinition, id: string, fallback: string): string {
    return localize(def, this.locale, id, fallback);
  }

  /** What the output templates need from this element. */
  protected outputsContext(def: ChecklistDefinition): OutputsContext {
    return {
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      text: (id, fallback) => this.text(def, id, fallback),
      pct: (v) => this._pct(v),
      ours: this.tc('ours'),
      where: (lines) => sectionsOf(def.source, lines).join('; '),
      rule: (text) => this._withCites(def, text),
      question: (id) => {
        const q = def.sections.flatMap((x) => x.questions).find((x) => x.id === id);
        return q ? this.text(def, `questions.${id}`, q.text) : id;
      },
    };
  }

  /**
   * Summary parts beyond the section scores, shown under the progress line. None by default; an
   * element whose definition has `outputs` returns `renderOutputs()` of `outputs-view.js` (kept out
   * of the engine so a checklist without outputs does not carry their code).
   */
  protected renderOutputs(_def: ChecklistDefinition, _a: Assessment): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Extra rows of the comparison of two assessments (a stage, a placement…); none by default. */
  protected compareRows(_def: ChecklistDefinition, _a: Assessment, _b: Assessment): { label: string; a: string; b: string }[] {
    return [];
  }

  /** Extra `[id, label, value]` rows at the end of the CSV export; none by default. */
  protected csvRows(_def: ChecklistDefinition, _a: Assessment): [string, string, string | number][] {
    return [];
  }

  /** "86%", "about 50%", "more than 50%", "at most 15%", "26 cities". */
  private _figure(f: Figure): string {
    const n = f.unit === '%' ? (formatPercent(this.locale, f.value, 1) ?? '') : this.t('figureCities', { value: f.value });
    const q = f.qualifier;
    return q === 'about' ? this.t('figureAbout', { value: n }) : q === 'more-than' ? this.t('figureMoreThan', { value: n }) : q === 'at-most' ? this.t('figureAtMost', { value: n }) : n;
  }

  private _renderChecklist(def: ChecklistDefinition): TemplateResult {
    const s = this._c.state;
    // An assessment opened from a share link is shown read-only, in place of the user's own.
    const shared = this._share.shared;
    const a = shared ?? this._c.item;
    const translated = this.locale !== 'en' && def.translations?.[this.locale];
    const date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(new Date(a.updatedAt || Date.now()));
    return html`<div class="checklist" lang=${this.locale}>
      <header part="header">
        <h2>${this.text(def, 'title', def.title)}</h2>
        <p class="print-only printed">${this.t('printedHeading', { name: a.name, date })}</p>
        ${def.intro ? html`<p>${this.text(def, 'intro', def.intro)}</p>` : nothing}
        <p class="muted source">
          ${this.t('cite', { citation: citation(def.source) })}
          ${translated && translated.unofficial ? html`<br />${translated.note ?? ''}` : nothing}
        </p>
      </header>
      ${this.renderStorageStatus(this._state.status, this._state.refused)}
      ${this.renderShared({
        name: shared?.name ?? null,
        problem: this._share.problem,
        canImport: this._c.canAdd,
        onImport: () => this._c.addShared(),
        onDismiss: () => this._share.dismiss(),
      })}
      ${shared ? nothing : renderCollectionBar(this._c)}
      ${this._renderWayfinding(def, a)}
      <fieldset
        class="questions-set"
        ?disabled=${!!shared}
        @focusin=${(e: FocusEvent) => (this._lastQuestion = (e.target as HTMLElement).closest<HTMLElement>('li.question')?.dataset.q)}
      >
        ${def.sections.map((sec, si) => this._renderSection(def, sec, si, a))}
      </fieldset>
      ${this._renderSummary(def, s, a)}
      ${shared ? nothing : this._renderActions()}
    </div>`;
  }

  /** Progress, "Next unanswered", the sections and the Summary: before the first question. */
  private _renderWayfinding(def: ChecklistDefinition, a: Assessment): TemplateResult {
    const done = progress(def, a.entries);
    const next = nextUnanswered(def, a.entries);
    const label = this.t('progress', { answered: done.answered, total: done.total });
    return html`<nav class="wayfinding no-print" part="progress" aria-label=${this.t('sectionsNav')}>
      <div class="progress-row">
        <progress
          role="progressbar"
          max=${done.total}
          .value=${done.answered}
          aria-valuemin="0"
          aria-valuemax=${done.total}
          aria-valuenow=${done.answered}
          aria-valuetext=${label}
          aria-label=${this.t('progressLabel')}
        ></progress>
        <span class="progress-text">${label}</span>
        <button type="button" class="next" ?disabled=${!next} @click=${() => this._onNext(def)}>${this.t('nextUnanswered')}</button>
        ${next ? nothing : html`<span class="muted">${this.t('allAnswered')}</span>`}
      </div>
      <ul class="jump">
        ${def.sections.map((sec) => {
          const ids = sec.questions.map((q) => q.id);
          const n = ids.filter((id) => a.entries[id]?.answer).length;
          return html`<li>
            <a href=${`#sec-${sec.id}`} @click=${(e: Event) => this._jump(e, `sec-${sec.id}`)}
              >${this.text(def, `sections.${sec.id}.title`, sec.title)} <span class="muted">${n}/${ids.length}</span></a
            >
          </li>`;
        })}
        <li><a href="#summary-h" class="to-summary" @click=${(e: Event) => this._jump(e, 'summary-h')}>${this.t('toSummary')}</a></li>
      </ul>
    </nav>`;
  }

  /** In-page links inside a shadow root: scroll to and focus the target (a heading with tabindex -1). */
  private _jump(e: Event, id: string): void {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  /** Focus the next unanswered question after the one last worked on (read now, not at render). */
  private _onNext(def: ChecklistDefinition): void {
    const id = nextUnanswered(def, this._c.item.entries, this._lastQuestion);
    if (id) this._focusQuestion(id);
  }

  private _focusQuestion(id: string): void {
    const group = this.renderRoot.querySelector<HTMLElement>(`#rg-${id}`);
    group?.scrollIntoView({ block: 'center' });
    group?.focus({ preventScroll: true });
  }

  private _renderSection(def: ChecklistDefinition, sec: ChecklistDefinition['sections'][number], si: number, a: Assessment) {
    const headingId = `sec-${sec.id}`;
    return html`<section class="phase" part="section" aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1">${this.text(def, `sections.${sec.id}.title`, sec.title)}</h3>
      <ol class="questions">
        ${sec.questions.map((q, qi) => this._renderQuestion(def, q, `${si + 1}.${qi + 1}`, a.entries[q.id] ?? {}))}
      </ol>
    </section>`;
  }

  private _renderQuestion(
    def: ChecklistDefinition,
    q: ChecklistDefinition['sections'][number]['questions'][number],
    num: string,
    entry: QuestionEntry,
  ): TemplateResult {
    const textId = `q-${q.id}`;
    const draft = this._evidenceDraft[q.id];
    const evidenceBad = draft !== undefined && draft !== '' && !HTTP_URL.test(draft);
    const leads = def.leads?.options ?? [];
    const work = def.source.short ?? def.source.work;
    return html`<li class="question" part="question" data-q=${q.id}>
      <p class="qtext" id=${textId}><span class="num">${num}</span> ${this.text(def, `questions.${q.id}`, q.text)}</p>
      ${q.scored === false ? html`<p class="muted unscored">${this.t('notScored')}</p>` : nothing}
      ${q.figure
        ? html`<p class="figure" id=${`fig-${q.id}`} part="figure">
              <span class="figure-label">${this.t('surveyFigure')}:</span>
              <strong class="figure-value">${this._figure(q.figure)}</strong>
              ${this.text(def, `questions.${q.id}.figure`, q.figure.text)}
              <span class="muted cite">(${this.t('citeWhere', { work, section: sectionsOf(def.source, q.figure.source.lines).join('; ') })})</span>
            </p>
            ${q.figure.caveat
              ? html`<details class="caveat">
                  <summary>${this.t('caveat')}</summary>
                  <p>${q.figure.caveat.text}</p>
                </details>`
              : nothing}`
        : nothing}
      <div class="choices" role="radiogroup" id=${`rg-${q.id}`} tabindex="-1" aria-labelledby=${textId} aria-describedby=${q.figure ? `fig-${q.id}` : nothing}>
        ${ANSWERS.map(
          (v) => html`<label class="choice"
            ><input
              type="radio"
              name=${`a-${q.id}`}
              value=${v}
              .checked=${entry.answer === v}
              @change=${() => this._setEntry(q.id, { answer: v }, 'answer')}
            /><span>${this.t(v)}</span></label
          >`,
        )}
      </div>
      <p class="print-only">${this.t('answerLabel', { answer: entry.answer ? this.t(entry.answer) : this.t('unanswered') })}</p>
      <div class="details">
        <label class="notes"
          ><span class="notes-label">${this.t('notes')}</span>
          <textarea
            rows="1"
            maxlength=${MAX_NOTES}
            .value=${entry.notes ?? ''}
            aria-describedby=${textId}
            @input=${(e: Event) => this._setEntry(q.id, { notes: (e.target as HTMLTextAreaElement).value }, 'notes')}
          ></textarea>
        </label>
        <details class="more" ?open=${!!(entry.evidence || entry.lead || evidenceBad)}>
          <summary>${this.t('moreFields')}</summary>
          <div class="row">
            <label class="field"
              ><span>${this.t('evidence')}</span>
              <input
                type="url"
                inputmode="url"
                placeholder="https://"
                .value=${draft ?? entry.evidence ?? ''}
                aria-invalid=${evidenceBad ? 'true' : 'false'}
                aria-describedby=${evidenceBad ? `ev-${q.id}` : textId}
                @input=${(e: Event) => this._onEvidence(q.id, (e.target as HTMLInputElement).value)}
              />
            </label>
            <label class="field"
              ><span>${this.t('lead')}</span>
              <input
                type="text"
                list=${leads.length ? 'cw-leads' : nothing}
                maxlength=${MAX_LEAD}
                .value=${entry.lead ?? ''}
                aria-describedby=${textId}
                @input=${(e: Event) => this._setEntry(q.id, { lead: (e.target as HTMLInputElement).value }, 'lead')}
              />
            </label>
          </div>
          ${evidenceBad ? html`<p class="error" id=${`ev-${q.id}`}>${this.t('evidenceInvalid')}</p>` : nothing}
        </details>
      </div>
      ${entry.notes ? html`<p class="print-only notes-print">${this.t('notes')}: ${entry.notes}</p>` : nothing}
      ${entry.lead ? html`<p class="print-only">${this.t('lead')}: ${entry.lead}</p>` : nothing}
      ${entry.evidence
        ? html`<p class="evidence-link">
            <a href=${entry.evidence} target="_blank" rel="noopener noreferrer nofollow">${this.t('openEvidence')}: ${entry.evidence}</a>
          </p>`
        : nothing}
      ${leads.length && num === '1.1' ? html`<datalist id="cw-leads">${leads.map((l, i) => html`<option value=${this.text(def, `leads.${i}`, l)}></option>`)}</datalist>` : nothing}
    </li>`;
  }

  private _onEvidence(questionId: string, value: string): void {
    const trimmed = value.trim();
    this._evidenceDraft = { ...this._evidenceDraft, [questionId]: value };
    if (trimmed === '' || HTTP_URL.test(trimmed)) this._setEntry(questionId, { evidence: trimmed }, 'evidence');
  }

  /** A rule's text with its line references shown as the source's sections, marked as citations. */
  private _withCites(def: ChecklistDefinition, text: string): TemplateResult {
    return html`${splitRefs(def.source, text).map((x) =>
      typeof x === 'string' ? x : html` <span class="cite">(“${x.sections.join('”, “')}”)</span>`,
    )}`;
  }

  /** A whole percentage; "not applicable" for null (the "no score yet" case is told apart by the caller). */
  private _pct(v: number | null): string {
    return formatPercent(this.locale, v, 0) ?? this.t('notApplicable');
  }

  /** A score with what it rests on; no score (never 0 %) when nothing is answered. */
  private _scoreCell(x: { pct: number | null; answered: number; rests: number }): TemplateResult {
    if (x.answered === 0) return html`<span class="muted">${this.t('noScore')}</span>`;
    if (x.pct === null) return html`${this.t('notApplicable')}`;
    return html`${this._pct(x.pct)} <span class="muted rests">(${this.t('restsOn', { n: x.rests })})</span>`;
  }

  private _renderSummary(def: ChecklistDefinition, s: ChecklistState, a: Assessment): TemplateResult {
    const sections = sectionScores(def, a.entries);
    const overall = overallScore(def, a.entries);
    const done = progress(def, a.entries);
    const open = openPoints(def, a.entries);
    const sectionLabel = def.sectionLabel ? this.text(def, 'sectionLabel', def.sectionLabel) : this.t('phase');
    return html`<section class="summary" role="region" aria-labelledby="summary-h" part="summary">
      <h3 id="summary-h" tabindex="-1">${this.t('summary')}: ${a.name}</h3>
      <p>${this.t('progress', { answered: done.answered, total: done.total })}</p>
      ${this.renderOutputs(def, a)}
      <div class="scroll">
        <table part="summary-table">
          <thead>
            <tr>
              <th scope="col">${sectionLabel}</th>
              <th scope="col">${this.t('score')}</th>
              <th scope="col">${this.t('answered')}</th>
            </tr>
          </thead>
          <tbody>
            ${sections.map(
              (x) => html`<tr>
                <th scope="row">${this.text(def, `sections.${x.sectionId}.title`, x.title)}</th>
                <td class="pct">${this._scoreCell(x)}</td>
                <td>${x.answered}/${x.total}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${this.t('overall')}</th>
              <td class="pct overall">${this._scoreCell(overall)}</td>
              <td>${overall.answered}/${overall.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <details class="scoring">
        <summary>${this.t('scoringTitle')} (${this.tc('ours')})</summary>
        <p>${this._withCites(def, this.text(def, 'scoring.note', def.scoring.note))}</p>
      </details>
      ${def.caveats?.length
        ? html`<details class="scoring caveats">
            <summary>${this.t('caveatsTitle')}</summary>
            <ul>
              ${def.caveats.map((c) => html`<li>${c.text} <span class="muted cite">(${sectionsOf(def.source, c.source.lines).join('; ')})</span></li>`)}
            </ul>
          </details>`
        : nothing}
      <details class="open-points">
        <summary><h4>${this.t('openPoints')} (${open.length})</h4></summary>
        ${open.length
          ? html`<ul class="open">
              ${open.map(
                (p) => html`<li>
                  <span class="tag">${p.answer ? this.t(p.answer) : this.t('unanswered')}</span>
                  ${this.text(def, `questions.${p.questionId}`, p.text)}
                </li>`,
              )}
            </ul>`
          : html`<p>${this.t('noOpenPoints')}</p>`}
      </details>
      ${s.assessments.length > 1 ? this._renderCompare(def, s, a, sectionLabel) : nothing}
    </section>`;
  }

  /**
   * The comparisons (another assessment, the partners' agreement), once their module is there: it
   * loads with the second assessment. If it can't load, an alert with "Try again".
   */
  private _renderCompare(def: ChecklistDefinition, s: ChecklistState, a: Assessment, sectionLabel: string): TemplateResult | typeof nothing {
    const m = comparing.loaded();
    if (!m) {
      if (this._compareFailed)
        return html`<div class="alert no-print" role="alert">
          ${this.t('filesFailed')} <button type="button" @click=${() => this._loadCompare()}>${this.t('tryAgain')}</button>
        </div>`;
      queueMicrotask(() => void this._loadCompare());
      return nothing;
    }
    return m.renderCompare({
      def,
      open: a,
      assessments: s.assessments,
      compareId: this._compareId,
      onCompare: (id) => (this._compareId = id),
      agreeIds: this._agreeIds ?? s.assessments.map((x) => x.id),
      onAgree: (ids) => (this._agreeIds = ids),
      sectionLabel,
      t: (key, params) => this.t(key, params),
      text: (id, fallback) => this.text(def, id, fallback),
      pct: (v) => this._pct(v),
      delta: (d) => (d === null ? '—' : `${d > 0 ? '+' : ''}${formatPercent(this.locale, d, 0)}`),
      extraRows: (x, y) => this.compareRows(def, x, y),
    });
  }

  private async _loadCompare(): Promise<void> {
    try {
      await this.track(comparing());
      this._compareFailed = false;
    } catch {
      this._compareFailed = true;
    }
    this.requestUpdate();
  }

  private _renderActions(): TemplateResult {
    const p = this._pendingImport;
    // The choice shows only once a file was read, so the files module is there.
    const m = files.loaded();
    return html`<div class="actions no-print" part="actions">
        <button type="button" @click=${this._onDownloadJson}>${this.t('downloadJson')}</button>
        <button type="button" @click=${this._onDownloadCsv}>${this.t('downloadCsv')}</button>
        <button type="button" @click=${this._onPrint}>${this.t('print')}</button>
        <label class="button file"
          >${this.t('importJson')}<input type="file" accept=".json,application/json" @change=${this._onImport}
        /></label>
      </div>
      ${this._filesProblem ? html`<div class="alert no-print" role="alert">${this.t('filesFailed')}</div>` : nothing}
      ${this._importProblem
        ? html`<div class="alert" role="alert">
            <strong>${this.t('importInvalid')}</strong>
            <p>${this.tc('invalidAt', { path: this._importProblem.path, expected: this._importProblem.expected })}</p>
          </div>`
        : nothing}
      ${p && m
        ? m.renderImportChoice(
            p,
            (key, params) => this.t(key, params),
            (mode) => this._applyImport(m, mode),
            () => (this._pendingImport = null),
          )
        : nothing}`;
  }
}
