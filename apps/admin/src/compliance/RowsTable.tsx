import { Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import type { ComplianceRow } from '../dataProvider/dataProvider';
import { StatusChip } from './components';
import { formatAmount } from './model';

export const scorecardPath = (personId: string, year: number) => `/compliance/people/${personId}?year=${year}`;

/**
 * Rows of `complianceRows`: who, where, which rule, how far, status. A person's row opens their scorecard;
 * a unit's own row (a rule held by the unit, not a person) opens the unit's dashboard.
 */
export function RowsTable({ rows, compact = false }: { rows: readonly ComplianceRow[]; compact?: boolean }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {translate('lianxi.compliance.none')}
      </Typography>
    );
  }
  const target = (r: ComplianceRow) => (r.personId ? scorecardPath(r.personId, r.year) : `/compliance/units/${r.unitId}?year=${r.year}`);
  return (
    <Table size="small" data-testid="compliance-rows">
      <TableHead>
        <TableRow>
          <TableCell>{translate('lianxi.compliance.person')}</TableCell>
          <TableCell>{translate('lianxi.compliance.unit')}</TableCell>
          {compact ? null : <TableCell>{translate('lianxi.compliance.system')}</TableCell>}
          <TableCell>{translate('lianxi.compliance.rule')}</TableCell>
          <TableCell align="right">{translate('lianxi.compliance.actual')}</TableCell>
          <TableCell align="right">{translate('lianxi.compliance.required')}</TableCell>
          {compact ? null : <TableCell>{translate('lianxi.compliance.status')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={`${r.personId ?? r.unitId}-${r.ruleId}-${i}`} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(target(r))} data-person-name={r.personName ?? ''} data-person-id={r.personId ?? ''} data-rule={r.ruleId}>
            <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
              <MuiLink component={Link} to={target(r)} underline="hover" onClick={(e) => e.stopPropagation()}>
                {r.personName ?? `${r.unitName}${translate('lianxi.compliance.unit_subject')}`}
              </MuiLink>
            </TableCell>
            <TableCell>{r.unitName}</TableCell>
            {compact ? null : <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.System.${r.system}`, { _: r.system })}</TableCell>}
            <TableCell>{r.ruleTitle}</TableCell>
            <TableCell align="right">{formatAmount(r.actual)}</TableCell>
            <TableCell align="right">{formatAmount(r.required)}</TableCell>
            {compact ? null : (
              <TableCell>
                <StatusChip status={r.status} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
