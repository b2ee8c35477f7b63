import { Card, CardContent, CardHeader, CircularProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { LoadError } from '../common/LoadError';
import { runQuery } from '../records/steps';
import { YearEndReportFiguresDocument } from './documents';
import { FiguresExcelButton, FiguresTable } from './FiguresTable';

/**
 * Below a year-end report: the unit's figures of the report's year, computed now, with their Excel export.
 * Asked apart from the record so the list and the forms never pay for the computation.
 */
export function YearEndReportFigures() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const id = record?.id;
  const figures = useQuery({
    queryKey: ['yearEndReportFigures', id],
    queryFn: async () => (await runQuery(YearEndReportFiguresDocument, { id: String(id) })).yearEndReport.figures,
    enabled: Boolean(id),
    staleTime: 60_000,
  });
  if (!id) return null;
  return (
    <Card variant="outlined" sx={{ m: 2 }} data-testid="year-end-report-figures">
      <CardHeader
        title={translate('lianxi.year_end.panel')}
        titleTypographyProps={{ variant: 'h6' }}
        action={figures.data ? <FiguresExcelButton figures={figures.data} /> : null}
      />
      <CardContent sx={{ pt: 0 }}>
        {figures.error ? <LoadError error={figures.error} onRetry={() => void figures.refetch()} /> : null}
        {figures.isPending ? <CircularProgress size={22} /> : null}
        {figures.data ? <FiguresTable figures={figures.data} /> : null}
      </CardContent>
    </Card>
  );
}
