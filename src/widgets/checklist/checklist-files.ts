// What the checklist's buttons do beyond answering: the files it writes (JSON, CSV), reading an
// imported file (an export, or a record kept aside by the storage notice) and the add/replace choice
// after it, and printing. Loaded on the first press of one of them (see `files` in
// checklist-element.ts), so that a page showing a checklist does not carry this code.
import { html, type TemplateResult } from 'lit';
import { download, makeId } from '../../base/download.js';
import { fileName, toCsv, toExport } from '../../core/checklist-export.js';
import { importItems, type Change, type CollectionLimits } from '../../core/collection.js';
import { parseJson } from '../../core/check.js';
import type { Validated } from '../../core/validate.js';
import type { Assessment, ChecklistDefinition, ChecklistExport } from '../../schema/checklist.js';
import type { ChecklistKey } from './checklist.strings.js';

export { printAlone } from './print.js';

type T = (key: ChecklistKey, params?: Record<string, string | number>) => string;

/** Every assessment as one JSON file, named after the checklist and the open assessment. */
export function downloadJson(def: ChecklistDefinition, items: Assessment[], open: Assessment): void {
  const body = toExport(def, items, new Date());
  download(fileName(`${def.id}-${open.name}`, 'json'), JSON.stringify(body, null, 2), 'application/json');
}

/** The open assessment as CSV, with the element's extra rows at the end. */
export function downloadCsv(def: ChecklistDefinition, a: Assessment, extra: [string, string, string | number][]): void {
  download(fileName(`${def.id}-${a.name}`, 'csv'), toCsv(def, a, extra), 'text/csv;charset=utf-8');
}

/**
 * An imported file's assessments: an export of this checklist, or a record kept aside and
 * downloaded from the storage notice (fixed by hand). A problem names its path.
 */
export async function readImport(text: string, def: ChecklistDefinition | undefined, t: T): Promise<Validated<ChecklistExport>> {
  const { ChecklistExport, KeptAsideChecklist } = await import('../../schema/checklist.js');
  let result = parseJson(ChecklistExport, text);
  if (!result.ok && /^\s*\{\s*"v"\s*:/.test(text)) {
    const aside = parseJson(KeptAsideChecklist, text);
    result = aside.ok
      ? {
          ok: true,
          data: {
            format: 'city-widgets/checklist',
            schemaVersion: 1,
            checklist: def?.id ?? '',
            exportedAt: new Date(aside.data.savedAt).toISOString(),
            assessments: aside.data.data.assessments,
          },
        }
      : aside;
  }
  if (result.ok && def && result.data.checklist !== def.id) {
    return { ok: false, problem: { kind: 'shape', path: 'checklist', expected: t('importWrongChecklist', { id: def.id, found: result.data.checklist }) } };
  }
  return result;
}

/** The imported assessments added to the list or replacing it; repeated ids get new ones, names are made unique. */
export function mergeImport(items: Assessment[], incoming: Assessment[], mode: 'add' | 'replace', limits: CollectionLimits): Change<Assessment> | null {
  return importItems(items, incoming, mode, makeId, limits);
}

/** After a file is read: add its assessments, replace the list with them, or cancel. */
export function renderImportChoice(
  p: { file: string; data: ChecklistExport },
  t: T,
  apply: (mode: 'add' | 'replace') => void,
  cancel: () => void,
): TemplateResult {
  return html`<div class="confirm no-print" role="group" aria-label=${t('importJson')}>
    <p>
      ${t('importAsk', {
        file: p.file,
        count: p.data.assessments.length,
        names: p.data.assessments.map((x) => x.name).join(', '),
      })}
    </p>
    <button type="button" class="primary" @click=${() => apply('add')}>${t('importAdd')}</button>
    <button type="button" @click=${() => apply('replace')}>${t('importReplace')}</button>
    <button type="button" @click=${cancel}>${t('cancel')}</button>
  </div>`;
}
