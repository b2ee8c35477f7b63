import { recordResource } from '../../records/components';
import { commitments as def } from '../../records/definitions';
import { CommitmentLifecycle } from './CommitmentLifecycle';

/** Commitments (S7): the generic screens, with the lifecycle and its steps on the show page. */
export const commitments = recordResource(def, { showExtra: <CommitmentLifecycle /> });
