// The finder: search, filters and the list of networks, each with its checkbox and Member button.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Network, Networks } from '../../schema/networks.js';
import { facetOptions, filterNetworks, UNKNOWN_OPTION, type FacetOptions, type NetworkQuery } from './network-compare.model.js';
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
  /** Typology facet id → the value chosen (`unknown` included); absent or '' for any. */
  typology: Readonly<Record<string, string>>;
}

export const NO_FILTERS: FilterValues = Object.freeze({ text: '', scope: '', lead: '', focus: '', period: '', show: 'all', typology: {} });

/** The filters after the control named `name` took `value` (`typology.<facet>` for a typology facet). */
export function withFilter(values: FilterValues, name: string, value: string): FilterValues {
  if (name.startsWith('typology.')) return { ...values, typology: { ...values.typology, [name.slice('typology.'.length)]: value } };
  if (name === 'show') return { ...values, show: (SHOW as readonly string[]).includes(value) ? (value as Show) : 'all' };
  if (name === 'text' || name === 'scope' || name === 'lead' || name === 'focus' || name === 'period') return { ...values, [name]: value };
  return values;
}

/** The model's query for the filters' values (a period `1990s` is 1990–1999). */
export function filterQuery(v: FilterValues): NetworkQuery {
  const from = v.period ? Number.parseInt(v.period, 10) : null;
  return {
    text: v.text,
    scope: v.scope ? [v.scope] : [],
    leadership: v.lead ? [v.lead] : [],
    focus: v.focus ? [v.focus] : [],
    foundedFrom: from,
    foundedTo: from === null ? null : from + 9,
    kind: v.show === 'full' || v.show === 'mention' ? v.show : undefined,
    typology: Object.fromEntries(Object.entries(v.typology).filter(([, x]) => x).map(([k, x]) => [k, [x]])),
  };
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
  const typologyActive = Object.values(v.typology).some(Boolean);
  const active = v.text || v.scope || v.lead || v.focus || v.period || v.show !== 'all' || typologyActive;
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
    ${renderTypology(ctx, o, typologyActive)}
    ${active ? html`<button type="button" class="clear" @click=${o.onClear}>${t('clear')}</button>` : nothing}
  </div>`;
}

/**
 * The typology's facets, one select each, in a group that opens by itself while one is in use.
 * "Unknown" is an option like any other: most networks are not classified by the texts.
 */
function renderTypology(ctx: ViewContext, o: FiltersOptions, open: boolean): TemplateResult | typeof nothing {
  const { t, data } = ctx;
  const facets = o.facets.typology;
  if (!facets.length) return nothing;
  const defs = new Map((data.typology ?? []).map((f) => [f.id, f]));
  // Our rules, labelled as ours, apart from the source's definitions.
  const rules = (data.typology ?? []).filter((f) => f.rule);
  return html`<details class="typology" ?open=${open}>
    <summary>${t('typology')}</summary>
    <p class="muted small">${t('typologyNote')}</p>
    <div class="typology-fields">
      ${facets.map((f) => {
        const def = defs.get(f.id);
        const value = o.values.typology[f.id] ?? '';
        return html`<div class="field">
          <label for=${`ty-${f.id}`}>${ctx.text(`typology.${f.id}.label`, f.label)}</label>
          <select id=${`ty-${f.id}`} name=${`typology.${f.id}`} aria-describedby=${`ty-${f.id}-d`} @change=${o.onFilter}>
            <option value="" ?selected=${value === ''}>${t('any')}</option>
            ${f.options.map(
              (opt) => html`<option value=${opt.id} ?selected=${opt.id === value}>
                ${opt.id === UNKNOWN_OPTION ? t('unknownOption') : ctx.text(`typology.${f.id}.values.${opt.id}`, opt.label)} (${opt.count})
              </option>`,
            )}
          </select>
          <p class="hint muted small" id=${`ty-${f.id}-d`}>
            ${def ? ctx.text(`typology.${f.id}.description`, def.description) : ''}
            (${def ? ctx.refs(def.source) : ''})
          </p>
        </div>`;
      })}
    </div>
    ${rules.length
      ? html`<details class="rules small">
          <summary>${t('typologyRule')}</summary>
          <dl>
            ${rules.map(
              (f) => html`<dt>${ctx.text(`typology.${f.id}.label`, f.label)}</dt>
                <dd>${ctx.text(`typology.${f.id}.rule.note`, f.rule!.note)} (${ctx.refs(f.rule!.source)})</dd>`,
            )}
          </dl>
        </details>`
      : nothing}
  </details>`;
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

/** "Full record · European · 2008", per network, in the context's language. */
export function descriptions(ctx: ViewContext): Map<string, string> {
  const { data } = ctx;
  const scopes = data.facets?.scope ?? {};
  return new Map(
    data.networks.map((n) => [
      n.id,
      [ctx.t(n.kind), n.short, n.scope.map((s) => ctx.text(`facets.scope.${s}`, scopes[s] ?? s)).join(', '), n.founded === null ? '' : String(n.founded)]
        .filter(Boolean)
        .join(' · '),
    ]),
  );
}

/** List items rendered at once; more on request (search and filters reach every network). */
const PAGE = 500;

export interface FinderOptions {
  selected: readonly string[];
  members: readonly string[];
  max: number;
  message: string;
  onPick(e: Event): void;
  onMember(e: Event): void;
}

/**
 * The finder's state (the filters' values, how many list items are shown) and the lists derived
 * from it, kept per dataset, query and language so that typing in the search recomputes no more
 * than it must.
 */
export class FinderController implements ReactiveController {
  filters: FilterValues = NO_FILTERS;
  private limit = PAGE;
  private memo: { data?: Networks; facets?: FacetOptions; key?: string; list?: Network[]; lang?: string; desc?: Map<string, string> } = {};

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(filters: FilterValues): void {
    this.filters = filters;
    this.limit = PAGE;
    this.host.requestUpdate();
  }

  readonly onFilter = (e: Event): void => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    this.set(withFilter(this.filters, el.name, el.value));
  };

  readonly clear = (): void => this.set(NO_FILTERS);

  facets(data: Networks): FacetOptions {
    if (this.memo.data !== data) this.memo = { data, facets: facetOptions(data) };
    return this.memo.facets!;
  }

  /** The networks the filters let through (before the selected/member views), in dataset order. */
  filtered(data: Networks): Network[] {
    this.facets(data);
    const query = filterQuery(this.filters);
    const key = JSON.stringify(query);
    if (this.memo.key !== key || !this.memo.list) {
      this.memo.key = key;
      this.memo.list = filterNetworks(data, query);
    }
    return this.memo.list;
  }

  private descriptions(ctx: ViewContext): Map<string, string> {
    this.facets(ctx.data);
    if (this.memo.desc && this.memo.lang === ctx.locale) return this.memo.desc;
    this.memo.lang = ctx.locale;
    return (this.memo.desc = descriptions(ctx));
  }

  render(ctx: ViewContext, o: FinderOptions): TemplateResult {
    const sel = new Set(o.selected);
    const members = new Set(o.members);
    let list = this.filtered(ctx.data);
    if (this.filters.show === 'selected') list = list.filter((n) => sel.has(n.id));
    if (this.filters.show === 'member') list = list.filter((n) => members.has(n.id));
    return html`${renderFilters(ctx, { facets: this.facets(ctx.data), values: this.filters, onFilter: this.onFilter, onClear: this.clear })}
    ${renderList(ctx, {
      list,
      total: ctx.data.networks.length,
      selected: sel,
      members,
      descriptions: this.descriptions(ctx),
      max: o.max,
      limit: this.limit,
      page: PAGE,
      message: o.message,
      onPick: o.onPick,
      onMember: o.onMember,
      onMore: () => {
        this.limit += PAGE;
        this.host.requestUpdate();
      },
    })}`;
  }
}
