import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import AgricultureIcon from '@mui/icons-material/Agriculture';
import ApartmentIcon from '@mui/icons-material/Apartment';
import BusinessCenterIcon from '@mui/icons-material/BusinessCenter';
import ConstructionIcon from '@mui/icons-material/Construction';
import EngineeringIcon from '@mui/icons-material/Engineering';
import FactoryIcon from '@mui/icons-material/Factory';
import FlagIcon from '@mui/icons-material/Flag';
import GrassIcon from '@mui/icons-material/Grass';
import GroupsIcon from '@mui/icons-material/Groups';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HomeIcon from '@mui/icons-material/Home';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import MapIcon from '@mui/icons-material/Map';
import PetsIcon from '@mui/icons-material/Pets';
import WorkIcon from '@mui/icons-material/Work';
import type { SvgIconComponent } from '@mui/icons-material';
import type { OrgUnitKind } from '@lianxi/rules';

/** One icon per kind, so a long tree can be scanned by shape before reading. */
export const KIND_ICONS: Record<OrgUnitKind, SvgIconComponent> = {
  BUREAU: AccountBalanceIcon,
  BUREAU_DEPARTMENT: BusinessCenterIcon,
  DIRECT_UNIT: ApartmentIcon,
  FARM: AgricultureIcon,
  FARM_DEPARTMENT: WorkIcon,
  MANAGEMENT_AREA: MapIcon,
  WORK_STATION: EngineeringIcon,
  LIVESTOCK_AREA: PetsIcon,
  COMMUNITY: GroupsIcon,
  RESIDENTIAL_QUARTER: HomeWorkIcon,
  RESIDENTS_GROUP: HomeIcon,
  ENTERPRISE: FactoryIcon,
  INDUSTRIAL_PROJECT: ConstructionIcon,
  COOPERATIVE: HandshakeIcon,
  PRODUCTION_POINT: GrassIcon,
  PARTY_BRANCH: FlagIcon,
};

/** Party-red for Party organisations, green for farming, blue for organs: a hint, never the only signal. */
export const KIND_COLORS: Record<OrgUnitKind, string> = {
  BUREAU: '#b71c1c',
  BUREAU_DEPARTMENT: '#1565c0',
  DIRECT_UNIT: '#1565c0',
  FARM: '#2e7d32',
  FARM_DEPARTMENT: '#1565c0',
  MANAGEMENT_AREA: '#558b2f',
  WORK_STATION: '#558b2f',
  LIVESTOCK_AREA: '#6d4c41',
  COMMUNITY: '#00838f',
  RESIDENTIAL_QUARTER: '#00838f',
  RESIDENTS_GROUP: '#00695c',
  ENTERPRISE: '#5d4037',
  INDUSTRIAL_PROJECT: '#5d4037',
  COOPERATIVE: '#827717',
  PRODUCTION_POINT: '#827717',
  PARTY_BRANCH: '#c62828',
};

export function KindIcon({ kind, fontSize = 'small' }: { kind: OrgUnitKind; fontSize?: 'small' | 'medium' | 'inherit' }) {
  const Icon = KIND_ICONS[kind];
  return <Icon fontSize={fontSize} sx={{ color: KIND_COLORS[kind] }} />;
}
