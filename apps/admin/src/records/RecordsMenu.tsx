import { SYSTEM_IDS, SYSTEM_TITLES, type SystemId } from '@lianxi/rules';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { Collapse, List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { Menu, useSidebarState, useStore, useTranslate } from 'react-admin';
import { useLocale } from '../common/fields';
import { langOf } from '../i18n/messages';
import { RECORD_RESOURCES, SYSTEM_ICONS } from './resources';

const NUMERALS: Record<SystemId, string> = { S1: '一', S2: '二', S3: '三', S4: '四', S5: '五', S6: '六', S7: '七', S8: '八', S9: '九', S10: '十', G: '' };
const NUMBERS: Record<SystemId, string> = { S1: '1', S2: '2', S3: '3', S4: '4', S5: '5', S6: '6', S7: '7', S8: '8', S9: '9', S10: '10', G: '' };

/** A system's heading in the menu: 一 调查研究制度 (or "1. Research and investigation"). */
export function systemHeading(system: SystemId, lang: 'zh' | 'en'): string {
  const title = SYSTEM_TITLES[system][lang];
  const number = lang === 'zh' ? NUMERALS[system] : NUMBERS[system];
  if (!number) return title;
  return lang === 'zh' ? `${number} ${title}` : `${number}. ${title}`;
}

function SystemGroup({ system }: { system: SystemId }) {
  const locale = useLocale();
  const translate = useTranslate();
  const [sidebarOpen] = useSidebarState();
  const [open, setOpen] = useStore<boolean>(`records.menu.${system}`, false);
  const items = RECORD_RESOURCES.filter((r) => r.system === system);
  if (items.length === 0) return null;
  const Icon = SYSTEM_ICONS[system];
  return (
    <>
      <ListItemButton dense onClick={() => setOpen(!open)} data-system={system}>
        <ListItemIcon sx={{ minWidth: 40 }}>
          <Icon />
        </ListItemIcon>
        {sidebarOpen ? <ListItemText primary={systemHeading(system, langOf(locale))} slotProps={{ primary: { variant: 'body2', fontWeight: 600 } }} /> : null}
        {open ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
      </ListItemButton>
      <Collapse in={open} timeout="auto" unmountOnExit>
        <List disablePadding sx={{ pl: sidebarOpen ? 2 : 0 }}>
          {items.map((r) => (
            <Menu.ResourceItem key={r.name} name={r.name} />
          ))}
          {system === 'S4' ? <Menu.Item to="/dutyRoster" primaryText={translate('lianxi.records.roster.menu')} leftIcon={<Icon />} /> : null}
        </List>
      </Collapse>
    </>
  );
}

/** The record screens, grouped by system in the policy's order (一 调查研究 … 十 体验生活, then 相关要求). */
export function RecordsMenu() {
  return (
    <>
      {SYSTEM_IDS.map((system) => (
        <SystemGroup key={system} system={system} />
      ))}
    </>
  );
}
