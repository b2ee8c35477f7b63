import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Breadcrumbs, Link as MuiLink, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { KindIcon } from '../../common/kindIcons';
import type { OrgUnitRecord } from '../../dataProvider/resources';

/** 九三管理局 › 鹤山农场 › 第一管理区: where the unit sits, each step a link to that unit. */
export function OrgUnitBreadcrumbs() {
  const record = useRecordContext<OrgUnitRecord>();
  if (!record) return null;
  return (
    <Breadcrumbs separator={<NavigateNextIcon fontSize="small" />} aria-label="breadcrumb" sx={{ mb: 1 }}>
      {record.ancestors.map((a) => (
        <MuiLink
          key={a.id}
          component={Link}
          to={`/orgUnits/${a.id}/show`}
          underline="hover"
          color="inherit"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
        >
          <KindIcon kind={a.kind} fontSize="inherit" />
          {a.name}
        </MuiLink>
      ))}
      <Typography color="text.primary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 600 }}>
        <KindIcon kind={record.kind} fontSize="inherit" />
        {record.name}
      </Typography>
    </Breadcrumbs>
  );
}
