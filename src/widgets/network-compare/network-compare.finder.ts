// The finder: search, filters and the list of networks, each with its checkbox and Member button.
import { html, nothing, type TemplateResult } from 'lit';
import type { Network } from '../../schema/networks.js';
import type { FacetOptions } from './network-compare.model.js';
import type { NetworkCompareKey } from './network-compare.strings.js';
import type { ViewContext } from './network-compare.views.js';

export const SHOW = ['all', 'full', 'mention', 'selected', 'member'] as const;
export type Show = (typeof SHOW)[number];

/** The filters' current values, by the name of their control. */
export interface FilterValues {
  text: string;
  scope: string;
  lead: string;
  focus: string;
  period: string;
  show: Show;
}

export interface FiltersOptions {
  facets: FacetOptions;
  values: FilterValues;
  onFilter(e: Event): void;
  onClear(): void;
}

export function renderFilters(ctx: ViewContext, o: FiltersOptions): TemplateResult {
  const { t } = ctx;
  const f = o.facets;
  const v = o.values;
  const facetKey: Record<string, string> = { scope: 'scope', lead: 'leadership', focus: 'focus' };
  const select = (name: string, label: NetworkCompareKey, value: string, options: { id: string; label: string; count: number }[]) =>
    options.length
      ? html`<label class="field"
          ><span>${t(label)}</span>
          <select name=${name} @change=${o.onFilter}>
            <option value="" ?selected=${value === ''}>${t('any')}</option>
            ${options.map(
              (opt) => html`<option value=${opt.id} ?selected=${opt.id === value}>
                ${facetKey[name] ? ctx.text(`facets.${facetKey[name]}.${opt.id}`, opt.label) : opt.label} (${opt.count})
              </option>`,
            )}
          </select></label
        >`
      : nothing;
  const active = v.text || v.scope || v.lead || v.focus || v.period || v.show !== 'all';
  return html`<div class="filters" role="search" aria-label=${t('find')} part="filters">
    <label class="field search"
      ><span>${t('search')}</span>
      <input type="search" name="text" autocomplete="off" .value=${v.text} @input=${o.onFilter}
    /></label>
    ${select('scope', 'scope', v.scope, f.scope)} ${select('lead', 'leadership', v.lead, f.leadership)}
    ${select('focus', 'focus', v.focus, f.focus)} ${select('period', 'founded', v.period, f.periods)}
    <label class="field"
      ><span>${t('show')}</span>
      <select name="show" @change=${o.onFilter}>
        ${SHOW.map(
          (s) => html`<option value=${s} ?selected=${s === v.show}>
            ${t(`show${s[0]!.toUpperCase()}${s.slice(1)}` as NetworkCompareKey)}
          </option>`,
        )}
      </select></label
    >
    ${active ? html`<button type="button" class="clear" @click=${o.onClear}>${t('clear')}</button>` : nothing}
  </div>`;
}

export interface ListOptions {
  /** The networks the filters let through, in dataset order. */
  list: Network[];
  total: number;
  selected: ReadonlySet<string>;
  members: ReadonlySet<string>;
  /** "Full record · European · 2008", per network. */
  descriptions: ReadonlyMap<string, string>;
  max: number;
  limit: number;
  page: number;
  message: string;
  onPick(e: Event): void;
  onMember(e: Event): void;
  onMore(): void;
}

export function renderList(ctx: ViewContext, o: ListOptions): TemplateResult {
  const { t } = ctx;
  const { list, selected: sel, members } = o;
  const atMax = sel.size >= o.max;
  const visible = list.length > o.limit ? list.slice(0, o.limit) : list;
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
          @change=${o.onPick}
        />${n.name}</label
      >
      <span class="desc" id=${`d-${n.id}`}>${o.descriptions.get(n.id)}${member ? ` · ${t('weAreMember')}` : ''}</span>
      <button type="button" class="member" data-id=${n.id} aria-pressed=${member ? 'true' : 'false'} aria-label=${t('memberOf', { name: n.name })} @click=${o.onMember}>
        ${member ? '★' : '☆'} ${t('member')}
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
      ${t('shown', { shown: list.length, total: o.total })}
      <span id="max-note">${atMax ? t('atMost', { max: o.max }) : t('selectedCount', { n: sel.size, max: o.max })}</span>
    </p>
    <p class="message" aria-live="assertive">${o.message}</p>
    <div class="list" part="list">
      ${list.length === 0 ? html`<p>${t('none')}</p>` : nothing}
      ${group(t('fullRecords', { n: fullCount }), full, 'full')}
      ${group(t('mentions', { n: list.length - fullCount }), mention, 'mention')}
      ${list.length > visible.length
        ? html`<button type="button" @click=${o.onMore}>${t('more', { n: Math.min(o.page, list.length - visible.length) })}</button>`
        : nothing}
    </div>`;
}
