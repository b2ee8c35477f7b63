import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Menu as RaMenu, useTranslate } from 'react-admin';

export function Menu() {
  const translate = useTranslate();
  return (
    <RaMenu>
      <RaMenu.Item to="/" primaryText={translate('lianxi.menu.tree')} leftIcon={<AccountTreeIcon />} />
      <RaMenu.ResourceItem name="orgUnits" />
      <RaMenu.ResourceItem name="people" />
      <RaMenu.ResourceItem name="households" />
      <RaMenu.ResourceItem name="deputyTerms" />
    </RaMenu>
  );
}
