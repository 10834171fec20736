import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import type { Connector } from './connector.js';
import { ConnectorRegistry } from './connector-registry.js';
import { systemRecord, type SystemKind } from './system-record.js';
import { DomainError } from '@dsar/domain';
import { appendAuditEvent, SystemEntity, type Actor } from '@dsar/persistence';
import { SecretBox } from '@dsar/security';
import { nameTaken, refuseRacedDuplicateName } from './duplicate-name.js';
import { keepMaskedSecrets, openSecrets, sealSecrets } from './secret-settings.js';
import type { SystemInput } from './system.schemas.js';
import { systemView, type SystemView } from './system.view.js';

/** The registry of systems: every change checked through its connector, sealed and audited. */
@Injectable()
export class SystemsService {
  readonly box: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly connectors: ConnectorRegistry,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.appSecret);
  }

  secretNames(kind: string): readonly string[] {
    return this.connectors.connectorFor(kind as SystemKind)?.secretSettings ?? [];
  }

  view(system: SystemEntity): SystemView {
    return systemView(system, this.secretNames(system.kind));
  }

  async get(id: string): Promise<SystemEntity> {
    const system = await this.dataSource.manager.findOneBy(SystemEntity, { id });
    if (!system) throw new DomainError('not_found', 'no such system');
    return system;
  }

  /** The create answer carries generated secrets once (`revealed`); later reads never do. */
  async create(
    input: SystemInput,
    actor: Actor,
  ): Promise<SystemView & { revealed?: Record<string, string> }> {
    const connector = this.connectorOf(input.kind);
    const completed = connector.completeSettings?.(input.settings) ?? {
      settings: input.settings,
      revealed: {},
    };
    await this.check(connector, completed.settings);
    const saved = await this.dataSource
      .transaction(async (manager) => {
        await this.refuseDuplicateName(manager, input.name);
        const system = await manager.save(
          manager.create(SystemEntity, this.columns(input, connector, completed.settings)),
        );
        await appendAuditEvent(manager, {
          requestId: null,
          actor,
          action: 'system.created',
          data: { systemId: system.id, kind: system.kind },
        });
        return system;
      })
      .catch(refuseRacedDuplicateName);
    const revealed =
      Object.keys(completed.revealed).length > 0 ? { revealed: completed.revealed } : {};
    return { ...this.view(saved), ...revealed };
  }

  async update(id: string, input: SystemInput, actor: Actor): Promise<SystemView> {
    const stored = await this.get(id);
    if (stored.kind !== input.kind)
      throw DomainError.invalidInput('The kind of a system cannot change', [
        { field: 'kind', message: `stays ${stored.kind}` },
      ]);
    const connector = this.connectorOf(input.kind);
    const names = connector.secretSettings;
    const settings = keepMaskedSecrets(
      input.settings,
      openSecrets(this.box, stored.settings, names),
      names,
    );
    await this.check(connector, settings);
    const saved = await this.dataSource
      .transaction(async (manager) => {
        if (stored.name !== input.name) await this.refuseDuplicateName(manager, input.name);
        const system = await manager.save(
          Object.assign(stored, this.columns(input, connector, settings), {
            updatedAt: new Date(),
          }),
        );
        await appendAuditEvent(manager, {
          requestId: null,
          actor,
          action: 'system.updated',
          data: { systemId: id },
        });
        return system;
      })
      .catch(refuseRacedDuplicateName);
    return this.view(saved);
  }

  async remove(id: string, actor: Actor): Promise<SystemView> {
    const stored = await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(SystemEntity, { id });
      await appendAuditEvent(manager, {
        requestId: null,
        actor,
        action: 'system.deleted',
        data: { systemId: id, kind: stored.kind },
      });
    });
    return this.view(stored);
  }

  /** "Test connection": the connector says what failed; the test is audited, its answer shown. */
  async test(id: string, actor: Actor): Promise<{ ok: boolean; message: string }> {
    const stored = await this.get(id);
    const connector = this.connectorOf(stored.kind);
    const record = systemRecord(
      stored,
      openSecrets(this.box, stored.settings, connector.secretSettings),
    );
    // A DomainError is a refusal of the input (an address the outbound policy refuses): a 4xx.
    let refusal: DomainError | null = null;
    const result = await connector.test(record).catch((error: Error) => {
      if (error instanceof DomainError) refusal = error;
      return { ok: false, message: error.message };
    });
    await this.dataSource.transaction((manager) =>
      appendAuditEvent(manager, {
        requestId: null,
        actor,
        action: 'system.tested',
        data: { systemId: id, ok: result.ok },
      }),
    );
    if (refusal) throw refusal;
    return result;
  }

  private connectorOf(kind: string): Connector {
    const connector = this.connectors.connectorFor(kind as SystemKind);
    if (!connector)
      throw DomainError.invalidInput('This kind of system is not available', [
        { field: 'kind', message: `no connector for ${kind}` },
      ]);
    return connector;
  }

  /** Shape first, then the live checks (a map against its database); 400 naming each field. */
  private async check(connector: Connector, settings: Record<string, unknown>): Promise<void> {
    let problems = connector.validateSettings(settings);
    if (problems.length === 0 && connector.checkLive)
      problems = await connector.checkLive(settings);
    if (problems.length > 0) throw DomainError.invalidInput('The settings are not valid', problems);
  }

  private async refuseDuplicateName(manager: EntityManager, name: string): Promise<void> {
    if (await manager.existsBy(SystemEntity, { name })) throw nameTaken();
  }

  private columns(input: SystemInput, connector: Connector, settings: Record<string, unknown>) {
    return {
      name: input.name,
      kind: input.kind,
      ownerName: input.owner.name,
      ownerEmail: input.owner.email,
      enabled: input.enabled,
      categories: input.categories,
      purposes: input.purposes,
      legalBases: input.legalBases,
      recipients: input.recipients,
      retention: input.retention,
      source: input.source,
      transfers: input.transfers,
      automatedDecisions: input.automatedDecisions,
      identityTypes: input.identityTypes,
      actions: input.actions,
      settings: sealSecrets(this.box, settings, connector.secretSettings),
    };
  }
}
