import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { type MailMessage, MailOutbox } from '@dsar/mail';
import { type OutboundMailEntity, RequestEntity } from '@dsar/persistence';
import { type Settings, SettingsService } from '@dsar/settings';
import { claimOnce } from '@dsar/notices';
import {
  languageTag,
  type Connector,
  type ConnectorExecution,
  type FieldProblem,
  type SystemRecord,
  type TaskContext,
} from '@dsar/systems';
import { connectorResult, type ProcessorDisclosure } from '@dsar/domain';
import { processorRequestMail, restrictionLiftedMail } from './processor-mail.js';
import { disclosedToProcessor, processorLanguage } from './processor-disclosure.js';

const PROCESSOR_REQUEST = { claim: 'processor_request', template: 'processor_request' };
const RESTRICTION_LIFTED = {
  claim: 'restriction_lifted',
  template: 'processor_restriction_lifted',
};

/** `language`: what the processor's contact reads (BCP 47); its mails are English without it. */
export const emailSettingsSchema = z
  .object({ to: z.email('must be an e-mail address'), language: languageTag.optional() })
  .strict();

export function settingsProblems(schema: z.ZodType, settings: unknown): FieldProblem[] {
  const parsed = schema.safeParse(settings);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: ['settings', ...issue.path, key].join('.'),
          message: 'is not a known field',
        }))
      : [{ field: ['settings', ...issue.path].join('.'), message: issue.message }],
  );
}

/**
 * Processors with no API: their privacy contact gets the request by mail (once per task, even
 * when the task runs again) and the task waits in the staff inbox until an officer records the
 * processor's answer. A reminder goes 7 days before the due date (ProcessorReminders).
 */
@Injectable()
export class EmailConnector implements Connector {
  readonly kind = 'email' as const;
  readonly secretSettings = [] as const;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
    private readonly settings: SettingsService,
  ) {}

  validateSettings(settings: unknown): FieldProblem[] {
    return settingsProblems(emailSettingsSchema, settings);
  }

  async test(system: SystemRecord): Promise<{ ok: boolean; message: string }> {
    const problems = this.validateSettings(system.settings);
    return problems.length
      ? { ok: false, message: problems.map((p) => `${p.field} ${p.message}`).join('; ') }
      : { ok: true, message: `Requests are mailed to ${String(system.settings.to)}` };
  }

  /** Art. 18(3): the processor is mailed that it may use the data again (once per task). */
  async liftRestriction(context: TaskContext): Promise<ConnectorExecution> {
    const to = String(context.system.settings.to);
    await this.mailOnce(context, RESTRICTION_LIFTED, (request, settings, disclosed) =>
      restrictionLiftedMail({
        to,
        language: processorLanguage(context.system),
        reference: request.reference,
        disclosed,
        controllerName: settings.controllerName,
        replyTo: settings.controllerContact,
        systemName: context.system.name,
      }),
    );
    return connectorResult('completed', { note: `the lifting was mailed to ${to}` });
  }

  async execute(context: TaskContext): Promise<ConnectorExecution> {
    const to = String(context.system.settings.to);
    await this.mailOnce(context, PROCESSOR_REQUEST, (request, settings, disclosed) =>
      processorRequestMail({
        to,
        language: processorLanguage(context.system),
        reference: request.reference,
        action: context.action,
        disclosed,
        dueAt: context.dueAt,
        timeZone: this.config.controllerTimezone,
        controllerName: settings.controllerName,
        replyTo: settings.controllerContact,
        systemName: context.system.name,
      }),
    );
    return {
      waiting: true,
      note: `request mailed to ${to}; waiting for staff to record the processor's answer`,
    };
  }

  /**
   * One mail to the processor per task and kind, naming only what its system holds, recorded in the outbox in one transaction with
   * its claim (a re-run finds the claim and sends nothing), then handed to the mail queue.
   */
  private async mailOnce(
    context: TaskContext,
    kind: { claim: string; template: string },
    compose: (
      request: RequestEntity,
      settings: Settings,
      disclosed: ProcessorDisclosure,
    ) => MailMessage,
  ): Promise<void> {
    let mail: OutboundMailEntity | null = null;
    await this.dataSource.transaction(async (manager) => {
      if (!(await claimOnce(manager, kind.claim, context.taskId, context.requestId))) return;
      const request = await manager.findOneByOrFail(RequestEntity, { id: context.requestId });
      const settings = await this.settings.get(manager);
      mail = await this.outbox.record(
        manager,
        kind.template,
        compose(request, settings, await disclosedToProcessor(manager, request, context.system)),
        context.requestId,
      );
    });
    await this.outbox.dispatch(mail);
  }
}
