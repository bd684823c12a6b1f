// The comparison table: one column per compared network, attribute rows then dimension rows, each
// cell with its value, status and sources (the quotes on demand), and the references cited below.
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/i18n.js';
import type { Cell, Network, ScoreCell } from '../../schema/networks.js';
import type { ComparisonRow } from './network-compare.model.js';
import { reference } from './network-compare.cite.js';
import type { NetworkCompareKey } from './network-compare.strings.js';
import type { ViewContext } from './network-compare.views.js';

/** Attributes whose values are years: never grouped (2015, not 2.015 in German). */
const YEAR_ATTRIBUTES = new Set(['founded', 'multilevel']);

export interface TableOptions {
  nets: readonly Network[];
  rows: ComparisonRow[];
  highlight: boolean;
  hideUnknown: boolean;
  quotes: boolean;
  /** The article view: a disputed value's readings with the quotes, on demand (its status always shown). */
  compact?: boolean;
  /** The article view's "Show all attributes" toggle: shown when set. */
  allRows?: { pressed: boolean; flip(): void };
  onHighlight(): void;
  onHideUnknown(): void;
  onQuotes(): void;
}

function toggle(ctx: ViewContext, pressed: boolean, label: NetworkCompareKey, flip: () => void): TemplateResult {
  return html`<button type="button" class="toggle" aria-pressed=${pressed ? 'true' : 'false'} @click=${flip}>${ctx.t(label)}</button>`;
}

export function renderTable(ctx: ViewContext, o: TableOptions): TemplateResult {
  const { data, t } = ctx;
  const { rows, nets } = o;
  const attrs = rows.filter((r) => r.kind === 'attribute');
  const typology = rows.filter((r) => r.kind === 'typology');
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
            (r) => html`<tr class=${o.highlight && r.differs ? 'differs' : ''}>
              <th scope="row">
                ${r.kind === 'dimension' ? `${r.id.toUpperCase()} ` : ''}${ctx.text(rowTextKey(r), r.label)}
                ${o.highlight && r.differs ? html`<span class="tag">≠ ${t('differs')}</span>` : nothing}
              </th>
              ${r.cells.map((c) => renderCell(ctx, r, c, o.quotes, !!o.compact))}
            </tr>`,
          )}
        </tbody>`
      : nothing;
  return html`<div class="toolbar" role="group" aria-label=${t('comparison')}>
      ${toggle(ctx, o.highlight, 'highlight', o.onHighlight)}
      ${toggle(ctx, o.hideUnknown, 'hideUnknown', o.onHideUnknown)}
      ${toggle(ctx, o.quotes, 'quotes', o.onQuotes)}
      ${o.allRows ? toggle(ctx, o.allRows.pressed, 'allAttributes', o.allRows.flip) : nothing}
    </div>
    <div class="table-wrap" role="region" aria-label=${t('tableLabel', { names })} tabindex="0">
      <table part="table">
        <caption class="visually-hidden">${t('tableLabel', { names })}</caption>
        <thead>
          <tr>
            <td class="corner"></td>
            ${nets.map((n) => html`<th scope="col">${n.name}</th>`)}
          </tr>
        </thead>
        ${group(t('attributes'), attrs)} ${group(t('typologyRows'), typology)} ${group(t('dimensions'), dims)}
      </table>
    </div>
    <div class="docs">
      <h4>${t('sources')}</h4>
      <ul>
        ${(data.docs ?? [])
          .filter((d) => cited.has(d.id))
          .map(
            (d) => html`<li>
              <strong>${d.short ?? d.title}</strong>: ${reference(d, t('editorsWord'))}
              ${d.attribution ? html`<br /><span class="muted small">${t('attributed')}: ${d.attribution.note}</span>` : nothing}
            </li>`,
          )}
      </ul>
    </div>`;
}

const QUALIFIER = { nearly: 'qNearly', about: 'qAbout', over: 'qOver', 'at-least': 'qAtLeast' } as const;

function renderCell(ctx: ViewContext, row: ComparisonRow, cell: Cell | ScoreCell, quotes: boolean, compact: boolean): TemplateResult {
  const { data, t } = ctx;
  if (cell.value === null) {
    return html`<td class="cell unknown"><span class="value">${t('unknown')}</span> <span class="refs muted">(${t('noSource')})</span></td>`;
  }
  const dim = row.kind === 'dimension' ? data.dimensions.find((d) => d.id === row.id) : undefined;
  const q = 'qualifier' in cell ? cell.qualifier : undefined;
  const value = q ? t(QUALIFIER[q], { n: formatValue(ctx, cell.value, row) }) : formatValue(ctx, cell.value, row);
  return html`<td class=${`cell st-${cell.status}`}>
    <span class="value">${value}</span>
    <span class=${`status st-${cell.status}`}>${t(cell.status)}</span>
    <span class="refs">${ctx.refs(cell.source)}</span>
    ${cell.readings?.length && compact && !quotes
      ? html`<span class="readings">${t('readingsOnDemand', { n: cell.readings.length })}</span>`
      : cell.readings?.length
      ? html`<span class="readings"
          >${t('readings')}
          ${cell.readings.map(
            (r, i) =>
              html`${i ? '; ' : ''}${formatValue(ctx, r.value, row)}${'asOf' in r && r.asOf ? ` (${t('asOf', { date: r.asOf })})` : ''}
                — ${ctx.refs(r.source)}`,
          )}</span
        >`
      : nothing}
    ${quotes
      ? html`<div class="more">
          ${dim && typeof cell.value === 'number' ? html`<p class="anchor">${cell.value}: ${ctx.text(`dimensions.${dim.id}.anchors.${cell.value}`, dim.anchors[cell.value] ?? '')}</p>` : nothing}
          ${[...cell.source, ...(cell.readings ?? []).flatMap((r) => r.source)].filter((s) => s.quote).map((s) => html`<p class="quote"><q>${s.quote}</q> <span class="muted">(${ctx.refs([s])})</span></p>`)}
          ${cell.note ? html`<p class="note">${noteText(ctx, row, cell.note)}</p>` : nothing}
        </div>`
      : nothing}
  </td>`;
}

/** A cell's note; a typology rule's reasoning in the element's language. */
function noteText(ctx: ViewContext, row: ComparisonRow, note: string): string {
  const rule = row.kind === 'typology' ? ctx.data.typology?.find((f) => f.id === row.id)?.rule : undefined;
  return rule && rule.note === note ? ctx.text(`typology.${row.id}.rule.note`, note) : note;
}

/** The translation key of a row's label: `attributes.type.label`, `typology.origin.label`, `dimensions.d1.label`. */
export function rowTextKey(r: ComparisonRow): string {
  return r.kind === 'typology' ? `typology.${r.id}.label` : `${r.kind}s.${r.id}.label`;
}

function formatValue(ctx: ViewContext, v: string | number, row: ComparisonRow): string {
  if (row.kind === 'typology') {
    const label = ctx.data.typology?.find((f) => f.id === row.id)?.values[String(v)] ?? String(v);
    return ctx.text(`typology.${row.id}.values.${v}`, label);
  }
  if (typeof v === 'string') return v;
  if (row.kind === 'dimension') return `${v}${ctx.t('outOf')}`;
  return YEAR_ATTRIBUTES.has(row.id) ? String(v) : formatNumber(ctx.locale, v);
}
