import { useGetIdentity } from 'react-admin';
import { OrgTreePage } from '../tree/OrgTreePage';
import { MyRecordsPage } from './MyRecordsPage';

/** The landing page: a cadre with a person starts at 我的记录 (their own work); everyone else at the tree. */
export function HomePage() {
  const { data: identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return identity?.['role'] === 'CADRE' && typeof identity['personId'] === 'string' ? <MyRecordsPage /> : <OrgTreePage />;
}
