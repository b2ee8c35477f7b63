import type { Title } from '@lianxi/rules';
import { graphqlEnum } from '../opinion/opinion.enums.js';

export const REGISTRATION_REASONS = ['REGULAR', 'NEW_MEMBER', 'TRANSFER_IN'] as const;
export type RegistrationReason = (typeof REGISTRATION_REASONS)[number];
export const REGISTRATION_REASON_TITLES: Record<RegistrationReason, Title> = {
  REGULAR: { zh: '在职党员报到', en: 'Member registering' },
  NEW_MEMBER: { zh: '新发展党员', en: 'New member' },
  TRANSFER_IN: { zh: '新转入党员', en: 'Transferred in' },
};
export const RegistrationReasonEnum = graphqlEnum(REGISTRATION_REASONS, REGISTRATION_REASON_TITLES, 'RegistrationReason', 'Why a member registers with the community.');
