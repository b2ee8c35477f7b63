import type { YearEndReportFact } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';

/**
 * A submitted (or accepted) report on year Y counts for year Y: dated on its submission, or on 31 December
 * when it went in after the year was over (reports are written at the year's end and often arrive in January).
 * A draft, or a report returned and not yet submitted again, is no fact.
 */
export function yearEndReportFact(r: { id: string; unitId: string; year: number; submittedOn: string }): YearEndReportFact {
  const end = `${r.year}-12-31`;
  return { id: r.id, kind: 'YEAR_END_REPORT', unitId: r.unitId, date: r.submittedOn < end ? r.submittedOn : end, submittedTo: 'BUREAU_COMMITTEE' };
}

export const yearEndReportFactSource: FactSource = {
  kinds: ['YEAR_END_REPORT'],
  async load(em, q) {
    const rows = await em.getConnection().execute<{ id: string; unit_id: string; year: number; submitted_on: string }[]>(
      `select x.id, x.unit_id, x.year, to_char(x.submitted_on, 'YYYY-MM-DD') as submitted_on
         from year_end_report x join org_unit u on u.id = x.unit_id
        where x.deleted_at is null and u.path like ? || '%' and x.status in ('SUBMITTED', 'ACCEPTED') and x.submitted_on is not null
          and x.year between ? and ?`,
      [q.unitPath, Number(q.from.slice(0, 4)), Number(q.to.slice(0, 4))],
    );
    return rows
      .map((r) => yearEndReportFact({ id: r.id, unitId: r.unit_id, year: r.year, submittedOn: r.submitted_on }))
      .filter((f) => f.date >= q.from && f.date <= q.to);
  },
};
