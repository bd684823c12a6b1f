import { formatDate, formatPercent, localize } from '../../core/i18n.js';
import type { Lang } from '../../schema/common.js';
import type { Capital, Capitals, Profile } from '../../schema/capitals.js';
import { benchmarks, describe, profileValues, type CapitalDescription, type RadarSeriesModel } from './capital-radar.model.js';
import type { CapitalRadarKey } from './capital-radar.strings.js';

/**
 * What the radar says in words, in the element's language: capital and series names, values,
 * the sentences that describe each profile against the benchmark, the source line. The chart, the
 * table, the description and the exported files all read it from here.
 */
export class RadarText {
  constructor(
    readonly data: Capitals,
    readonly locale: Lang,
    private readonly t: (key: CapitalRadarKey, params?: Record<string, string | number>) => string,
  ) {}

  /** A text of the dataset, in the element's language where translated. */
  text(id: string, fallback: string): string {
    return localize(this.data, this.locale, id, fallback);
  }

  capShort(c: Capital): string {
    return this.text(`capitals.${c.id}.name`, c.name);
  }

  capName(c: Capital): string {
    return this.t('capitalName', { name: this.capShort(c) });
  }

  pct(v: number | null): string | null {
    return formatPercent(this.locale, v, 2);
  }

  seriesName(s: RadarSeriesModel): string {
    return s.kind === 'profile' ? s.name : this.t('benchmark');
  }

  seriesLabel(s: RadarSeriesModel): string {
    return s.date ? `${this.seriesName(s)} (${this.date(s.date)})` : this.seriesName(s);
  }

  date(iso: string): string {
    return formatDate(this.locale, `${iso}T12:00:00`) || iso;
  }

  clause(p: CapitalDescription): string {
    const c = this.data.capitals.find((x) => x.id === p.capitalId)!;
    const params = { capital: this.capName(c), value: this.pct(p.value) ?? '', benchmark: this.pct(p.benchmark) ?? '' };
    switch (p.relation) {
      case 'no-value':
        return this.t(p.benchmark === null ? 'clauseNoValueNoBenchmark' : 'clauseNoValue', params);
      case 'no-benchmark':
        return this.t('clauseNoBenchmark', params);
      case 'equal':
        return this.t('clauseEqual', params);
      case 'above':
        return this.t('clauseAbove', params);
      default:
        return this.t('clauseBelow', params);
    }
  }

  /** The generated sentences: the benchmark alone, or each profile against it. */
  sentences(profiles: readonly Profile[]): string[] {
    const data = this.data;
    const bench = benchmarks(data);
    if (profiles.length === 0) {
      const clauses = data.capitals.map((c) =>
        bench[c.id] === null
          ? this.t('clauseBenchmarkNone', { capital: this.capName(c) })
          : this.t('clauseBenchmark', { capital: this.capName(c), benchmark: this.pct(bench[c.id]) ?? '' }),
      );
      return [this.t('sentenceBenchmark', { clauses: clauses.join('; ') })];
    }
    return profiles.map((p) =>
      this.t('sentenceProfile', {
        profile: p.name,
        clauses: describe(data, profileValues(data, p), bench)
          .map((d) => this.clause(d))
          .join('; '),
      }),
    );
  }

  /** Which capitals have no benchmark, said once (empty when all have one). */
  noBenchmarkNote(): string {
    const bench = benchmarks(this.data);
    const missing = this.data.capitals.filter((c) => bench[c.id] === null).map((c) => this.capName(c));
    return missing.length ? this.t('noBenchmarkFor', { capitals: missing.join(', ') }) : '';
  }

  /** The survey's date, e.g. "Oct 2021" (empty when the source gives none). */
  surveyDate(): string {
    const date = this.data.source.date;
    return date ? formatSurveyDate(this.locale, date) : '';
  }

  benchmarkLong(): string {
    return this.t('benchmarkLong', { n: this.data.source.respondents, date: this.surveyDate() });
  }

  sourceLine(): string {
    const src = this.data.source.source;
    return this.t('source', {
      survey: this.data.source.name,
      table: this.data.source.tableTitle ?? `Table ${src.table ?? ''}`,
      book: this.bookRef(),
      chapter: src.chapter ?? '',
    });
  }

  /** "De Cuyper, “Mentoring migrant talent to work…”, Welcoming International Talent": author and chapter, never file or lines. */
  bookRef(): string {
    const c = this.data.chapter;
    if (!c) return '';
    return [c.author, c.title ? `“${c.title}”` : '', c.book].filter(Boolean).join(', ');
  }
}

/** `2021-10` → "Oct 2021" in the locale. */
export function formatSurveyDate(lang: string, date: string): string {
  const [y, m] = date.split('-').map(Number);
  if (!m) return String(y);
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric' }).format(new Date(y!, m - 1, 15));
}
