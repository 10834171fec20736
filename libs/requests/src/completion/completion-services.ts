import { AnswerContext } from './answer-context.js';
import { AccessCompletion } from './complete-access.service.js';
import { ErasureCompletion } from './complete-erasure.service.js';
import { RectificationCompletion } from './complete-rectification.service.js';
import { DownloadLinks } from './download-links.service.js';
import { OutcomeAnswer } from './outcome-answer.js';
import { RequestCompletion } from './request-completion.service.js';

/**
 * The subject's answer once the work is done. Provided by the fan-out's module, which also
 * provides their `SystemInventory` from the registry it reads.
 */
export const COMPLETION_SERVICES = [
  AnswerContext,
  OutcomeAnswer,
  DownloadLinks,
  AccessCompletion,
  ErasureCompletion,
  RectificationCompletion,
  RequestCompletion,
];
