import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { themeStyles } from '../../base/theme.styles.js';
import { onDemand } from '../../core/validate.js';
import type { Assessment, ChecklistDefinition } from '../../schema/checklist.js';
import { ChecklistElement } from './checklist-element.js';
import { checklistStyles } from './checklist.styles.js';

/**
 * The Summary's outputs (their templates, styles and rules, about 6 KB gzip) load when the Summary
 * comes within a screen or so of the viewport, when the user first focuses or presses anything in
 * the element, when the assessment shown has answers (a returning user's verdicts), and before
 * printing, the CSV or a comparison. A page that shows only the first questions does not fetch them.
 */
const part = onDemand(() => import('./outputs-part.js'));

/** How far below the viewport the Summary starts loading: a fast scroll should not see it pop in. */
const NEAR = '1500px 0px';

/**
 * A checklist whose definition has `outputs` (stages, pillars, matrix, placement…): the engine plus
 * the outputs view, in the Summary and in the CSV. Not registered as an element itself.
 */
export abstract class OutputsChecklistElement extends ChecklistElement {
  static override styles = [themeStyles, checklistStyles];

  /** The outputs' code could not be loaded (offline): said in the Summary, with "Try again". */
  @state() private _outputsFailed = false;
  /** On their way (asked for, not there yet): "Loading…" is said only then. */
  @state() private _outputsLoading = false;
  /** Rendering with them: their styles adopted, nothing watched any more. */
  private _using = false;
  private _near?: IntersectionObserver;
  private _watched?: Element;
  private readonly _warm = () => void this.loadOutputs();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!part.loaded()) {
      this.addEventListener('focusin', this._warm, { once: true });
      this.addEventListener('pointerdown', this._warm, { once: true });
      // The browser's own print (Ctrl+P) does not wait for them: the printout says so, and a
      // second print has them.
      addEventListener('beforeprint', this._warm);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopWatching();
  }

  private _stopWatching(): void {
    this.removeEventListener('focusin', this._warm);
    this.removeEventListener('pointerdown', this._warm);
    removeEventListener('beforeprint', this._warm);
    this._near?.disconnect();
    this._near = undefined;
    this._watched = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (part.loaded() || this._outputsFailed) return;
    const summary = this.renderRoot.querySelector('[part="summary"]');
    if (!summary || summary === this._watched) return;
    this._near?.disconnect();
    this._watched = summary;
    this._near = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && void this.loadOutputs(), { rootMargin: NEAR });
    this._near.observe(summary);
  }

  protected override async loadOutputs(): Promise<boolean> {
    if (!part.loaded()) this._outputsLoading = true;
    try {
      await this.track(part());
    } catch {
      this._outputsFailed = true;
      return false;
    } finally {
      this._outputsLoading = false;
    }
    // Loaded (here, or by another element on the page): render with it.
    this._outputsFailed = false;
    this.requestUpdate();
    await this.rendered();
    return true;
  }

  /** The outputs' styles join the element's; it no longer watches for the Summary. */
  private _use(m: NonNullable<ReturnType<typeof part.loaded>>): void {
    if (this._using) return;
    this._using = true;
    this.adoptStyles(m.outputsStyles);
    this._stopWatching();
  }

  /** Every output the definition describes (from the bundled file, `src` or inline JSON). */
  protected override renderOutputs(def: ChecklistDefinition, a: Assessment): TemplateResult | typeof nothing {
    if (!def.outputs) return nothing;
    const m = part.loaded();
    if (m) {
      this._use(m);
      return m.renderOutputs(this.outputsContext(def), def, a.entries);
    }
    // Answers (e.g. saved on an earlier visit): their verdicts are the user's work, loaded at once
    // (after this render, which must not change the element's state).
    if (!this._outputsFailed && Object.values(a.entries).some((e) => e.answer)) queueMicrotask(this._warm);
    // Printed by the browser's own print before they are there (the print does not wait for them),
    // a line says what is missing.
    const notPrinted = html`<p class="print-only muted">${this.t('outputsNotPrinted')}</p>`;
    if (this._outputsLoading) return html`<p class="muted no-print" role="status">${this.tc('loading')}</p>${notPrinted}`;
    if (this._outputsFailed)
      return html`<div class="alert" role="alert">
        ${this.t('outputsFailed')} <button type="button" @click=${() => this.loadOutputs()}>${this.t('tryAgain')}</button>
      </div>`;
    // Until asked for (the Summary far below the screen), nothing on screen: the Summary's table follows.
    return notPrinted;
  }

  /** The stage, the placement and the hourglass step of each of the two assessments compared (once loaded). */
  protected override compareRows(def: ChecklistDefinition, a: Assessment, b: Assessment): { label: string; a: string; b: string }[] {
    const m = part.loaded();
    if (!m) {
      queueMicrotask(this._warm);
      return [];
    }
    return m.compareRows(def, a, b, { text: (id, fallback) => this.text(def, id, fallback), provisional: this.t('provisionalLabel') });
  }

  protected override csvRows(def: ChecklistDefinition, a: Assessment): [string, string, string | number][] {
    return part.loaded()?.outputRows(def, a.entries) ?? [];
  }
}
