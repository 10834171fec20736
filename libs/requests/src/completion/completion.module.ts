import { Module } from '@nestjs/common';
import { PackagesModule } from '@dsar/packages';
import { RequestsModule } from '../requests.module.js';
import { AnswerContext } from './answer-context.js';
import { AccessCompletion } from './complete-access.service.js';
import { ErasureCompletion } from './complete-erasure.service.js';
import { RectificationCompletion } from './complete-rectification.service.js';
import { DownloadLinks } from './download-links.service.js';
import { OutcomeAnswer } from './outcome-answer.js';
import { RequestCompletion } from './request-completion.service.js';

const SERVICES = [
  AnswerContext,
  OutcomeAnswer,
  DownloadLinks,
  AccessCompletion,
  ErasureCompletion,
  RectificationCompletion,
  RequestCompletion,
];

/** The subject's answer once the work is done: one use case per request type, download links. */
@Module({
  imports: [RequestsModule, PackagesModule],
  providers: SERVICES,
  exports: [...SERVICES, PackagesModule],
})
export class CompletionModule {}
