import { Module } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { SettingsModule } from '@dsar/settings';
import { AutoApprovalService } from './decisions/auto-approval.service.js';
import { AppealService } from './appeals/appeal.service.js';
import { ClarificationService } from './pauses/clarification.service.js';
import { RegimeChangeService } from './regimes/regime-change.service.js';
import { ExpiryService } from './expiry/expiry.service.js';
import { AFTER_VERIFIED } from './verification/after-verified.hook.js';
import { IntakeService } from './intake/intake.service.js';
import { RequestLifecycle } from './request-lifecycle.service.js';
import { RequestTokens } from './request-tokens.service.js';
import { SubjectLinks } from './subject-links.js';
import { SubjectStatusService } from './subject/subject-status.service.js';
import { VerificationService } from './verification/verification.service.js';

const SERVICES = [
  RequestLifecycle,
  RequestTokens,
  SubjectLinks,
  IntakeService,
  VerificationService,
  SubjectStatusService,
  ExpiryService,
  AutoApprovalService,
  ClarificationService,
  AppealService,
  RegimeChangeService,
];

@Module({
  imports: [MailModule, SettingsModule],
  // A verified request goes straight on when an auto-approval rule matches.
  providers: [...SERVICES, { provide: AFTER_VERIFIED, useExisting: AutoApprovalService }],
  exports: [...SERVICES, MailModule, SettingsModule],
})
export class RequestsModule {}
