import type { SystemId } from '@lianxi/rules';
import AssignmentIcon from '@mui/icons-material/Assignment';
import CampaignIcon from '@mui/icons-material/Campaign';
import ChatIcon from '@mui/icons-material/Chat';
import DescriptionIcon from '@mui/icons-material/Description';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import EventIcon from '@mui/icons-material/Event';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import type { ComponentType } from 'react';
import { commitments } from '../resources/commitments';
import { visitCases } from '../resources/visitCases';
import { YearEndReportCreate, YearEndReportFigures } from '../yearEnd';
import { recordResource } from './components';
import {
  RECORD_DEFS,
  receptionDays as receptionDaysDef,
  researchTopics as researchTopicsDef,
  yearEndReports as yearEndReportsDef,
} from './definitions';
import { ReceptionDayActions, ResearchTopicActions, YearEndReportActions } from './workflowActions';

/** One icon per system, so the menu reads by system even when the sidebar is folded. */
export const SYSTEM_ICONS: Record<SystemId, ComponentType> = {
  S1: DirectionsWalkIcon,
  S2: HandshakeIcon,
  S3: SwapHorizIcon,
  S4: RecordVoiceOverIcon,
  S5: ChatIcon,
  S6: CampaignIcon,
  S7: AssignmentIcon,
  S8: HowToRegIcon,
  S9: VolunteerActivismIcon,
  S10: EventIcon,
  G: DescriptionIcon,
};

type ResourceProps = ReturnType<typeof recordResource> & { icon: ComponentType };

const special: Record<string, ReturnType<typeof recordResource> | typeof visitCases> = {
  researchTopics: recordResource(researchTopicsDef, { showActions: <ResearchTopicActions /> }),
  yearEndReports: { ...recordResource(yearEndReportsDef, { showActions: <YearEndReportActions />, showExtra: <YearEndReportFigures /> }), create: YearEndReportCreate },
  receptionDays: recordResource(receptionDaysDef, { showActions: <ReceptionDayActions /> }),
  commitments,
  visitCases,
};

/** The Resource props of every record type, by resource name, in menu order. */
export const RECORD_RESOURCES: { name: string; system: SystemId; props: ResourceProps | (typeof visitCases & { icon: ComponentType }) }[] = RECORD_DEFS.map(
  (def) => ({
    name: def.name,
    system: def.system,
    props: { ...(special[def.name] ?? recordResource(def)), icon: SYSTEM_ICONS[def.system] },
  }),
);
