import { DomainError } from '../errors/domain-error.js';
import { ruleOf } from '../request-types/request-types.table.js';
import { exemptionUnder, type ExemptionCode, type ExemptionUnder } from './exemption-codes.js';

/** What part of a request an officer refuses: one system's share, or one data category. */
export type RefusedPart =
  { scope: 'system'; systemId: string } | { scope: 'category'; category: string };

export interface PartRefusalCase {
  type: string;
  jurisdiction: string;
  part: RefusedPart;
  exemptionCode: ExemptionCode;
  /** The state of the refused system's task; null when none is planned yet. */
  taskState: string | null;
}

/**
 * Whether part of a request may be refused (the lifecycle says in which statuses): the exemption
 * must exist under the request's regime; a system whose task is running must settle first; a
 * system that has already carried out a request which changes data cannot take it back; a data
 * category can only be withheld from data that is returned (the package leaves it out).
 */
export function checkPartRefusal(refusal: PartRefusalCase): ExemptionUnder {
  const exemption = exemptionUnder(refusal.exemptionCode, refusal.jurisdiction);
  if (!exemption) {
    throw DomainError.invalidInput('That exemption is not offered under this regime', [
      {
        field: 'exemptionCode',
        message: `"${refusal.exemptionCode}" has no citation under ${refusal.jurisdiction}`,
      },
    ]);
  }
  const returnsData = ruleOf(refusal.type).returnsData;
  if (refusal.part.scope === 'category' && !returnsData) {
    throw DomainError.invalidInput('A data category can only be withheld from data returned', [
      {
        field: 'category',
        message: `a ${refusal.type} request returns no data; refuse the system instead`,
      },
    ]);
  }
  if (refusal.taskState === 'running') {
    throw new DomainError('conflict', "The system's task is running; refuse it once it settles", {
      reasonCode: 'task_running',
    });
  }
  if (refusal.taskState === 'succeeded' && !returnsData) {
    throw new DomainError('conflict', 'The system has already carried out this request', {
      reasonCode: 'task_done',
    });
  }
  return exemption;
}

/** A refused category covers its subcategories: `user.contact` covers `user.contact.email`. */
export function categoryCovers(refused: string, category: string): boolean {
  return category === refused || category.startsWith(`${refused}.`);
}
