// The element's smaller regions (header, timeline, chips, the embed snippet) and the context every
// view of `<network-compare>` receives from the element: the dataset, the language, the texts.
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonKey } from '../../core/strings.js';
import type { Lang, SourceRef } from '../../schema/common.js';
import type { Network, Networks } from '../../schema/networks.js';
import { foundings } from './network-compare.geometry.js';
import type { NetworkCompareKey } from './network-compare.strings.js';

/** Marker shapes of the compared networks (circle, square, triangle, diamond; ~64 px² each): colour is never the only cue. */
export const MARKS = [
  'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0Z',
  'M-4,-4h8v8h-8Z',
  'M0,-5.6L5.2,3.4L-5.2,3.4Z',
  'M0,-5.8L4.4,0L0,5.8L-4.4,0Z',
];

/** What every view needs from the element. */
export interface ViewContext {
  data: Networks;
  locale: Lang;
  t(key: NetworkCompareKey, params?: Record<string, string | number>): string;
  tc(key: CommonKey, params?: Record<string, string | number>): string;
  /** A dataset text in the element's language (`key` is its translation key). */
  text(key: string, fallback: string): string;
  /** "Caponio 2022, Case studies: …; Lacroix & Spencer 2022, Going global?" */
  refs(sources: readonly SourceRef[]): string;
}

export function renderHeader(ctx: ViewContext): TemplateResult {
  const { data, t } = ctx;
  return html`<header part="header">
    <h2>${ctx.text('title', data.title)}</h2>
    <p class="muted">${t('scalesNote')}</p>
    <details class="scales">
      <summary>${t('scales')}</summary>
      <p>${ctx.text('method', data.method)}</p>
      <dl>
        ${data.dimensions.map(
          (d) => html`<dt>${d.id.toUpperCase()} ${ctx.text(`dimensions.${d.id}.label`, d.label)}</dt>
            <dd>
              <p>${ctx.text(`dimensions.${d.id}.description`, d.description)}</p>
              <ol class="anchors" start="0">
                ${d.anchors.map((a, i) => html`<li><span class="num">${i}</span> ${ctx.text(`dimensions.${d.id}.anchors.${i}`, a)}</li>`)}
              </ol>
              <p class="muted">${ctx.tc('source')}: ${ctx.refs(d.source)}</p>
            </dd>`,
        )}
      </dl>
    </details>
    <p class="muted small">${t('statusKey')}</p>
  </header>`;
}

/** The networks' founding years, oldest first, each cited, its note (an earlier start, a dispute) kept. */
export function renderTimeline(ctx: ViewContext, ids: readonly string[]): TemplateResult | typeof nothing {
  const { t } = ctx;
  const list = foundings(ctx.data);
  if (!list.length) return nothing;
  const sel = new Set(ids);
  return html`<details class="timeline" part="timeline">
    <summary>${t('timeline', { n: list.length, from: list[0]!.year, to: list[list.length - 1]!.year })}</summary>
    <ol>
      ${list.map(
        (f) => html`<li class=${sel.has(f.id) ? 'selected' : ''}>
          <span class="year">${f.year}</span>
          <span class="what"
            ><strong>${f.name}</strong> <span class=${`status st-${f.cell.status}`}>${t(f.cell.status)}</span>
            <span class="refs muted small">${ctx.refs(f.cell.source)}</span>
            ${f.cell.note ? html`<span class="note small">${f.cell.note}</span>` : nothing}</span
          >
        </li>`,
      )}
    </ol>
  </details>`;
}

/** Ids in `selected` (or a share link) that the dataset lacks: said, not silently dropped. */
export function renderUnknownIds(ctx: ViewContext, asked: readonly string[]): TemplateResult | typeof nothing {
  const unknown = asked.filter((id) => !ctx.data.networks.some((n) => n.id === id));
  return unknown.length ? html`<p class="notice" role="status">${ctx.t('unknownIds', { ids: unknown.join(', ') })}</p>` : nothing;
}

export function renderChips(nets: readonly Network[], onRemove: (id: string) => void): TemplateResult | typeof nothing {
  if (!nets.length) return nothing;
  return html`<ul class="chips">
    ${nets.map(
      (n, k) => html`<li class=${`chip s${k}`}>
        <svg class="mark" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${MARKS[k]!}></path></svg>
        ${n.name}
        <button type="button" class="remove" @click=${() => onRemove(n.id)}>
          ✕<span class="visually-hidden"> ${n.name}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}

export interface EmbedOptions {
  ids: readonly string[];
  code: string;
  /** null: not tried; true: copied; false: copying failed. */
  copied: boolean | null;
  onCopy(): void;
  onToggle(): void;
}

/** "Embed this comparison": the snippet with the ids `selected` needs, and a copy button. */
export function renderEmbed(ctx: ViewContext, o: EmbedOptions): TemplateResult | typeof nothing {
  const { t } = ctx;
  if (o.ids.length < 2) return nothing;
  return html`<details class="embed no-print" @toggle=${o.onToggle}>
    <summary>${t('embedTitle')}</summary>
    <p class="small">${t('embedHelp', { ids: o.ids.join(',') })}</p>
    <pre class="snippet" tabindex="0" aria-label=${t('embedTitle')}><code>${o.code}</code></pre>
    <button type="button" @click=${o.onCopy}>${t('embedCopy')}</button>
    <span role="status" class="small">${o.copied === null ? '' : o.copied ? t('embedCopied') : t('embedCopyFailed')}</span>
  </details>`;
}
