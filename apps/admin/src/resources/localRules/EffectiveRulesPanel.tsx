import { Alert, Box, Card, CardContent, CardHeader, Chip, CircularProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, Form, ReferenceInput, useGetIdentity, useTranslate } from 'react-admin';
import { LoadError } from '../../common/LoadError';
import { useCompliance } from '../../compliance/useAsync';
import { formatAmount } from '../../compliance/model';
import type { EffectiveRule } from '../../dataProvider/dataProvider';
import { todayInChina } from '../../i18n/dates';

const threshold = (min: number, max: number | null | undefined) => (max === null || max === undefined ? `≥ ${formatAmount(min)}` : `${formatAmount(min)} – ${formatAmount(max)}`);

/** Differing rules first, then catalogue order. */
export function orderEffective(rules: readonly EffectiveRule[]): EffectiveRule[] {
  return [...rules].sort((a, b) => Number(b.differs) - Number(a.differs));
}

/**
 * The rules in force for one unit on one date against the bureau's catalogue; the rules a local rule changes
 * are highlighted and listed first.
 */
export function EffectiveRulesPanel() {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const scope = typeof identity?.['scopeUnitId'] === 'string' ? identity['scopeUnitId'] : undefined;
  const [unitId, setUnitId] = useState<string | undefined>();
  const [date, setDate] = useState(todayInChina());
  const unit = unitId ?? scope;
  const rules = useCompliance(['effective', unit, date], (dp) => dp.effectiveRules(unit ?? '', date), Boolean(unit));
  const differing = (rules.data ?? []).filter((r) => r.differs).length;
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={translate('lianxi.local_rule.effective')} titleTypographyProps={{ variant: 'h6' }} />
      <CardContent>
        <Form record={{ unitId: unit }}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <ReferenceInput source="unitId" reference="orgUnits" perPage={50}>
              <AutocompleteInput
                optionText="name"
                label="lianxi.local_rule.unit"
                filterToQuery={(q: string) => ({ q })}
                onChange={(v: unknown) => setUnitId(typeof v === 'string' && v ? v : undefined)}
                sx={{ minWidth: 280 }}
                helperText={false}
              />
            </ReferenceInput>
            <TextField
              type="date"
              size="small"
              label={translate('lianxi.local_rule.effective_on')}
              value={date}
              onChange={(e) => setDate(e.target.value || todayInChina())}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {rules.data ? (
              <Chip color={differing ? 'warning' : 'default'} label={translate('lianxi.local_rule.differs_count', { smart_count: differing })} />
            ) : null}
          </Stack>
        </Form>
        {rules.error ? <Unavailable error={rules.error} /> : null}
        {rules.isPending && unit ? <CircularProgress size={22} /> : null}
        {rules.data ? (
          <Table size="small" data-testid="effective-rules" sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('lianxi.local_rule.rule')}</TableCell>
                <TableCell align="right">{translate('lianxi.local_rule.base')}</TableCell>
                <TableCell align="right">{translate('lianxi.local_rule.local')}</TableCell>
                <TableCell>{translate('lianxi.compliance.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {orderEffective(rules.data).map((r) => (
                <TableRow key={r.ruleId} data-differs={r.differs} sx={r.differs ? { bgcolor: 'warning.50', '& td': { fontWeight: 600 }, backgroundColor: '#fff4e5' } : undefined}>
                  <TableCell>
                    <Typography variant="body2">{r.title}</Typography>
                    <Typography variant="caption" color="text.secondary">{r.ruleId}</Typography>
                  </TableCell>
                  <TableCell align="right">{threshold(r.baseMin, r.baseMax)}</TableCell>
                  <TableCell align="right">{threshold(r.min, r.max)}</TableCell>
                  <TableCell>
                    {r.differs ? <Chip size="small" color="warning" label={translate('lianxi.local_rule.differs')} /> : <Typography variant="body2" color="text.secondary">{translate('lianxi.local_rule.same')}</Typography>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The API does not serve local rules yet (a validation error), or another failure with a retry. */
export function Unavailable({ error }: { error: unknown }) {
  const translate = useTranslate();
  const code = (error as { body?: { code?: string } } | undefined)?.body?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    return (
      <Box sx={{ my: 1 }}>
        <Alert severity="info">{translate('lianxi.local_rule.unavailable')}</Alert>
      </Box>
    );
  }
  return <LoadError error={error} />;
}
