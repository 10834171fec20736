import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  DEFAULT_LANGUAGE,
  type IdentityRecord,
  OPEN_STATUSES,
  type ObjectionGround,
  type Residence,
  type RequestType,
} from '@dsar/domain';
import {
  appendAuditEvent,
  appendFirstAuditEvent,
  type Correction,
  RequestEntity,
  SUBJECT_ACTOR,
  SYSTEM_ACTOR,
} from '@dsar/persistence';
import { MailOutbox } from '@dsar/mail';
import { SettingsService } from '@dsar/settings';
import { nextRequestReference } from '../request-reference.js';
import { RecipientMailLimit } from '../recipient-mail-limit.service.js';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectLinks } from '../subject-links.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { ActOnReceipt } from '../decisions/act-on-receipt.service.js';
import { regimeFields } from './regime-fields.js';

export interface SubmitRequestCommand {
  type: RequestType;
  /**
   * Already normalised (trimmed, lower-cased). Null only for a GPC signal that carries a browser
   * id alone (`GpcSignals` finds its repeats by that id) or for its follow-up telling the systems
   * of identities that joined it later (an e-mail among them is not written to): no mail either.
   */
  email: string | null;
  name: string | null;
  /** A known code; absent: derived from `residence`. */
  jurisdiction?: string | null;
  residence?: Residence | null;
  /** Canonical BCP 47 (the schema checks it); absent: English, as the contract says. */
  language?: string | null;
  details: string | null;
  corrections: Correction[] | null;
  /** An objection's ground (the schema requires it for an objection and refuses it otherwise). */
  objectionGround?: ObjectionGround | null;
  /** More identities than the e-mail (a GPC signal's browser ids). */
  identities?: IdentityRecord;
  /** Where it came from; `web` unless said. */
  source?: 'web' | 'gpc';
}

/** What a submission leaves to do once its transaction has committed. */
export interface Submitted {
  receipt: IntakeReceipt;
  afterCommit(): Promise<void>;
  /**
   * True when `afterCommit` only relays the committed mail to the queue, which never throws (the
   * outbox relay timer takes a row it misses): an answer need not wait for it.
   */
  onlyRelaysMail: boolean;
}

export interface IntakeReceipt {
  reference: string;
  status: string;
  jurisdiction: string;
  dueAt: Date;
  policy: { code: string; version: string | null };
}

/**
 * Public intake: stores the request with its reference and legal due date, writes the
 * acknowledgement to the outbox in the same transaction, and dispatches it after commit.
 * A second open request of the same type for the same e-mail is recorded, linked to the first
 * and closed; the subject is told (with a fresh link while the first is unverified).
 */
@Injectable()
export class IntakeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
    private readonly mailLimit: RecipientMailLimit,
    private readonly mailer: SubjectMailer,
    private readonly links: SubjectLinks,
    private readonly lifecycle: RequestLifecycle,
    private readonly actOnReceipt: ActOnReceipt,
    private readonly settings: SettingsService,
  ) {}

  async submit(command: SubmitRequestCommand, now = new Date()): Promise<IntakeReceipt> {
    const submitted = await this.commit(command, now);
    await submitted.afterCommit();
    return submitted.receipt;
  }

  /** The submission in a transaction of its own, committed; the caller runs `afterCommit`. */
  commit(command: SubmitRequestCommand, now = new Date()): Promise<Submitted> {
    return this.dataSource.transaction((manager) => this.submitIn(manager, command, now));
  }

  /** The submission in the caller's transaction; `afterCommit` dispatches its mail and work. */
  async submitIn(
    manager: EntityManager,
    command: SubmitRequestCommand,
    now = new Date(),
  ): Promise<Submitted> {
    const { receipt, mail, started } = await this.record(manager, command, now);
    return {
      receipt,
      afterCommit: async () => {
        await this.mailer.dispatch(mail);
        if (started) await this.actOnReceipt.afterCommit(started);
      },
      onlyRelaysMail: !started,
    };
  }

  private async record(manager: EntityManager, command: SubmitRequestCommand, now: Date) {
    const settings = await this.settings.get(manager);
    // No more than a few mails to one address per day: nobody mail-bombs a third party.
    await this.mailLimit.enforce(manager, command.email, now, settings);
    const open = await this.openRequestFor(manager, command);
    const request = await this.store(manager, command, now, open?.id ?? null);
    if (open) {
      await this.lifecycle.apply(manager, request.id, 'cancel', SYSTEM_ACTOR, {
        reason: 'duplicate',
        data: { duplicateOf: open.id },
        now,
      });
      await appendAuditEvent(manager, {
        requestId: open.id,
        actor: SUBJECT_ACTOR,
        action: 'duplicate_linked',
        fromStatus: open.status,
        toStatus: open.status,
        data: { duplicateId: request.id },
      });
      const input = await this.links.linkInput(manager, open, now, { settings });
      const queued = await this.mailer.record(manager, 'duplicate', input, open.id);
      return { receipt: this.receiptOf(open), mail: queued, started: null };
    }
    // A right that needs no verification goes to processing now; the mail has no confirm link.
    const started = await this.actOnReceipt.maybeStart(manager, request);
    const input = await this.links.linkInput(manager, request, now, { created: true, settings });
    const queued = await this.mailer.record(manager, 'acknowledgement', input, request.id);
    return {
      receipt: this.receiptOf(request),
      mail: queued,
      started: started ? request.id : null,
    };
  }

  /** An open request of the same type for the same e-mail; a browser's signal has none to match. */
  private async openRequestFor(
    manager: EntityManager,
    command: SubmitRequestCommand,
  ): Promise<RequestEntity | null> {
    if (command.email === null) return null;
    // Serialises submissions for one (e-mail, type), so two at once cannot both be "first".
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [
      `${command.type}|${command.email}`,
    ]);
    return manager.findOne(RequestEntity, {
      where: { email: command.email, type: command.type, status: In([...OPEN_STATUSES]) },
      order: { receivedAt: 'ASC' },
    });
  }

  private async store(
    manager: EntityManager,
    command: SubmitRequestCommand,
    now: Date,
    duplicateOfId: string | null,
  ): Promise<RequestEntity> {
    const request = manager.create(RequestEntity, {
      reference: await nextRequestReference(manager, now),
      type: command.type,
      status: 'pending_verification',
      ...regimeFields(command, now, this.config),
      // A browser's signal has nobody to confirm receipt to: no confirmation duty to watch.
      ...(command.email === null ? { acknowledgeBy: null } : {}),
      email: command.email,
      name: command.name,
      language: command.language ?? DEFAULT_LANGUAGE,
      details: command.details,
      corrections: command.corrections,
      objectionGround: command.objectionGround ?? null,
      source: command.source ?? 'web',
      receivedAt: now,
      duplicateOfId,
      identities: mergedIdentities(command),
    });
    const saved = await manager.save(RequestEntity, request);
    await appendFirstAuditEvent(manager, {
      requestId: saved.id,
      actor: SUBJECT_ACTOR,
      action: 'submitted',
      toStatus: saved.status,
      data: { source: saved.source, type: saved.type, jurisdiction: saved.jurisdiction },
    });
    return saved;
  }

  private receiptOf(request: RequestEntity): IntakeReceipt {
    return {
      reference: request.reference,
      status: request.status,
      jurisdiction: request.jurisdiction,
      dueAt: request.effectiveDueAt(),
      policy: { code: request.jurisdiction, version: request.policyVersion },
    };
  }
}

/** The e-mail given (if any), with any other identities the submission carries, each list without repeats. */
function mergedIdentities(command: SubmitRequestCommand): Record<string, string[]> {
  const merged: Record<string, string[]> = command.email === null ? {} : { email: [command.email] };
  for (const [type, values] of Object.entries(command.identities ?? {})) {
    merged[type] = [...new Set([...(merged[type] ?? []), ...(values ?? [])])];
  }
  return merged;
}
