import { svg, type SVGTemplateResult } from 'lit';
import { linearScale } from '../../charts/scale.js';
import type { Timeline } from '../../core/action-plan.js';
import type { PlanAction } from '../../schema/action-plan.js';

export const TIMELINE = { width: 720, row: 22, gap: 10, head: 26 } as const;

/**
 * The timeline's SVG content: a month axis (years labelled), a band per area with a bar per
 * action, and today's line. Sizes in viewBox units; the SVG scales to its container.
 */
export function timelineSvg(t: Timeline, opts: { yearLabel: (year: number) => string; todayLabel: string; title: (a: PlanAction) => string }): { height: number; body: SVGTemplateResult } {
  const x = linearScale([t.from, t.to + 1], [8, TIMELINE.width - 8]);
  let y = TIMELINE.head;
  const bands = t.rows.map((r, i) => {
    const top = y;
    const lanes = Math.max(r.bars.length, 1);
    y += lanes * TIMELINE.row + TIMELINE.gap;
    return svg`<g class=${`band band-${i % 5}`}>
      <rect class="band-bg" x="0" y=${top - 4} width=${TIMELINE.width} height=${lanes * TIMELINE.row + 4}></rect>
      ${r.bars.map((b, j) => {
        const x0 = x(b.start);
        const x1 = x0 + Math.max(x(b.end + 1) - x0, 3);
        const y0 = top + j * TIMELINE.row;
        // The title beside its bar: after it where it fits, else before it.
        const label = opts.title(b.action);
        const after = x1 + 4 + label.length * 6 <= TIMELINE.width;
        return svg`<rect class=${`bar status-${b.action.status}${b.reversed ? ' reversed' : ''}`}
            x=${x0} y=${y0} width=${x1 - x0} height=${TIMELINE.row - 6} rx="3"></rect>
          <text class="bar-label" x=${after ? x1 + 4 : x0 - 4} y=${y0 + TIMELINE.row - 10} text-anchor=${after ? 'start' : 'end'}>${label}</text>`;
      })}
    </g>`;
  });
  const bottom = y;
  const height = y + 16;
  const years: number[] = [];
  for (let m = t.from; m <= t.to; m++) if (m % 12 === 0 || m === t.from) years.push(m);
  return {
    height,
    body: svg`
      ${years.map(
        (m) => svg`<g class="tick"><line x1=${x(m)} x2=${x(m)} y1="14" y2=${bottom}></line>
          <text x=${x(m) + 3} y="12">${opts.yearLabel(Math.floor(m / 12))}</text></g>`,
      )}
      ${bands}
      <g class="today"><line x1=${x(t.today + 0.5)} x2=${x(t.today + 0.5)} y1="16" y2=${bottom}></line>
        <text x=${x(t.today + 0.5)} y=${height - 3} text-anchor="middle">${opts.todayLabel}</text></g>`,
  };
}
