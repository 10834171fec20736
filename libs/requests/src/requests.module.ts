import { Module } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { SettingsModule } from '@dsar/settings';
import { ActOnReceipt } from './decisions/act-on-receipt.service.js';
import { OptOutRegistry } from './opt-outs/opt-out-registry.service.js';
import { GpcSignals } from './opt-outs/gpc-signals.service.js';
import { AutoApprovalService } from './decisions/auto-approval.service.js';
import { AppealService } from './appeals/appeal.service.js';
import { ClarificationService } from './pauses/clarification.service.js';
import { RegimeChangeService } from './regimes/regime-change.service.js';
import { ExpiryService } from './expiry/expiry.service.js';
import { IntakeService } from './intake/intake.service.js';
import { RecipientMailLimit } from './recipient-mail-limit.service.js';
import { RequestLifecycle } from './request-lifecycle.service.js';
import { RequestTokens } from './request-tokens.service.js';
import { SubjectLinks } from './subject-links.js';
import { SubjectMailer } from './mails/subject-mailer.service.js';
import { SubjectStatusService } from './subject/subject-status.service.js';
import { VerificationService } from './verification/verification.service.js';

const SERVICES = [
  RequestLifecycle,
  RequestTokens,
  RecipientMailLimit,
  SubjectLinks,
  SubjectMailer,
  IntakeService,
  VerificationService,
  SubjectStatusService,
  ExpiryService,
  AutoApprovalService,
  ActOnReceipt,
  OptOutRegistry,
  GpcSignals,
  ClarificationService,
  AppealService,
  RegimeChangeService,
];

@Module({
  imports: [MailModule, SettingsModule],
  providers: SERVICES,
  exports: [...SERVICES, MailModule, SettingsModule],
})
export class RequestsModule {}
