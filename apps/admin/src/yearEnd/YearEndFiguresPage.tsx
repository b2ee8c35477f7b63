import { Alert, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { LoadError } from '../common/LoadError';
import { useComplianceYear, YearPicker } from '../compliance/components';
import type { OrgUnitRecord } from '../dataProvider/resources';
import { runQuery } from '../records/steps';
import { YearEndFiguresDocument } from './documents';
import { FiguresExcelButton, FiguresTable } from './FiguresTable';

/** Units that write a year-end report: farms and bureau-direct units. */
const REPORTING_KINDS = ['FARM', 'DIRECT_UNIT'];

/**
 * 年度数据 (ADMIN, HEAD): a farm's or direct unit's year in figures, as its year-end report will state them,
 * with the Excel export. Unit and year live in the address, so a view can be linked.
 */
export function YearEndFiguresPage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useComplianceYear();
  const identity = useGetIdentity();
  const scopeUnitId = typeof identity.data?.['scopeUnitId'] === 'string' ? identity.data['scopeUnitId'] : undefined;
  // The API lists only units in the viewer's scope.
  const units = useGetList<OrgUnitRecord>('orgUnits', { filter: { kinds: REPORTING_KINDS }, pagination: { page: 1, perPage: 200 }, sort: { field: 'code', order: 'ASC' } });
  const options = units.data ?? [];
  const chosen = params.get('unitId') ?? '';
  // Until one is picked: the viewer's own farm when it is one, else the first in the list.
  const unitId = chosen || (options.find((u) => u.id === scopeUnitId) ?? options[0])?.id || '';
  const pickUnit = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('unitId', id);
    next.set('year', String(year));
    setParams(next);
  };
  const figures = useQuery({
    queryKey: ['yearEndFigures', unitId, year],
    queryFn: async () => (await runQuery(YearEndFiguresDocument, { unitId, year })).yearEndFigures,
    enabled: Boolean(unitId),
    staleTime: 60_000,
  });
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Title title={translate('lianxi.year_end.title')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {figures.data
            ? translate('lianxi.year_end.heading', { unit: figures.data.unitName, year: figures.data.year })
            : translate('lianxi.year_end.title')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <TextField
            select
            size="small"
            label={translate('lianxi.year_end.unit')}
            value={options.some((u) => u.id === unitId) ? unitId : ''}
            onChange={(e) => pickUnit(e.target.value)}
            sx={{ minWidth: 220 }}
            slotProps={{ select: { inputProps: { 'data-testid': 'unit-picker' } } }}
          >
            {options.map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.name}
              </MenuItem>
            ))}
          </TextField>
          <YearPicker year={year} onChange={setYear} />
          {figures.data ? <FiguresExcelButton figures={figures.data} /> : null}
        </Stack>
      </Stack>
      {units.error ? <LoadError error={units.error} /> : null}
      {units.data && options.length === 0 ? <Alert severity="info">{translate('lianxi.year_end.no_units')}</Alert> : null}
      {figures.error ? <LoadError error={figures.error} onRetry={() => void figures.refetch()} /> : null}
      {figures.isFetching && !figures.data ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', p: 2 }}>
          <CircularProgress size={22} />
          <Typography color="text.secondary">{translate('lianxi.compliance.loading')}</Typography>
        </Stack>
      ) : null}
      {figures.data ? (
        <Card>
          <CardContent>
            <FiguresTable figures={figures.data} />
          </CardContent>
        </Card>
      ) : null}
    </Stack>
  );
}
