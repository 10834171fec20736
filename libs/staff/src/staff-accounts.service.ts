import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError } from '@dsar/domain';
import {
  appendAuditEvent,
  type Actor,
  StaffSessionEntity,
  StaffUserEntity,
  type StaffRole,
} from '@dsar/persistence';
import { hashPassword } from './passwords.js';

export interface CreateStaffCommand {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
}

export interface UpdateStaffCommand {
  name?: string;
  role?: StaffRole;
  enabled?: boolean;
  password?: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function emailTaken(email: string): DomainError {
  return new DomainError('conflict', `An account for ${email} exists already`, {
    errors: [{ field: 'email', message: 'is taken' }],
  });
}

/** Two creates racing past the check: the UNIQUE constraint decides, and the loser hears 409. */
function isRacedDuplicateEmail(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? error.driverError : undefined;
  return driverError?.code === '23505' && driverError.constraint === 'staff_users_email_key';
}

/**
 * Staff accounts: created, changed, disabled (never deleted; the audit trail names them). A new
 * password or a disabled account ends every session at once: the guard checks both on each call.
 */
@Injectable()
export class StaffAccounts {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: string, manager: EntityManager = this.dataSource.manager) {
    const user = await manager.findOneBy(StaffUserEntity, { id });
    if (!user) throw new DomainError('not_found', `No staff account with id ${id}`);
    return user;
  }

  async create(command: CreateStaffCommand, actor: Actor, now = new Date()) {
    const passwordHash = await hashPassword(command.password);
    const email = normaliseEmail(command.email);
    return this.dataSource
      .transaction(async (manager) => {
        if (await manager.existsBy(StaffUserEntity, { email })) throw emailTaken(email);
        const user = await manager.save(
          StaffUserEntity,
          manager.create(StaffUserEntity, {
            email,
            name: command.name.trim(),
            role: command.role,
            enabled: true,
            passwordHash,
            passwordChangedAt: now,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await this.audit(manager, actor, 'staff_created', user.id, { role: user.role });
        return user;
      })
      .catch((error: unknown) => {
        throw isRacedDuplicateEmail(error) ? emailTaken(email) : error;
      });
  }

  /** Creates the boot-time admin unless that e-mail has an account; safe when two boot at once. */
  async ensureAdmin(email: string, password: string): Promise<boolean> {
    const normalised = normaliseEmail(email);
    if (await this.dataSource.manager.existsBy(StaffUserEntity, { email: normalised }))
      return false;
    try {
      await this.create(
        { email: normalised, name: 'Administrator', role: 'admin', password },
        { type: 'system', id: null },
      );
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'conflict') return false;
      throw error;
    }
  }

  async update(id: string, command: UpdateStaffCommand, actor: Actor, now = new Date()) {
    const passwordHash = command.password ? await hashPassword(command.password) : null;
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(StaffUserEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new DomainError('not_found', `No staff account with id ${id}`);
      if (
        actor.id === id &&
        (command.enabled === false || (command.role && command.role !== 'admin'))
      ) {
        throw new DomainError('conflict', 'You cannot disable or demote your own account');
      }
      const changed: string[] = [];
      if (command.name !== undefined && command.name.trim() !== user.name) {
        user.name = command.name.trim();
        changed.push('name');
      }
      if (command.role !== undefined && command.role !== user.role) {
        user.role = command.role;
        changed.push('role');
      }
      if (command.enabled !== undefined && command.enabled !== user.enabled) {
        user.enabled = command.enabled;
        changed.push('enabled');
      }
      if (passwordHash) {
        user.passwordHash = passwordHash;
        user.passwordChangedAt = now;
        changed.push('password');
      }
      if (changed.length === 0) return user;
      user.updatedAt = now;
      await manager.save(StaffUserEntity, user);
      if (passwordHash || command.enabled === false) {
        // The guard refuses these sessions already; revoking them keeps the table honest too.
        await manager.update(
          StaffSessionEntity,
          { userId: id, revokedAt: IsNull() },
          { revokedAt: now },
        );
      }
      const action = command.enabled === false ? 'staff_disabled' : 'staff_updated';
      await this.audit(manager, actor, action, user.id, { changed, role: user.role });
      return user;
    });
  }

  async findByEmail(email: string): Promise<StaffUserEntity | null> {
    return this.dataSource.manager.findOneBy(StaffUserEntity, { email: normaliseEmail(email) });
  }

  /** Staff events belong to no request: they go to the `system` chain, ids only. */
  private async audit(
    manager: EntityManager,
    actor: Actor,
    action: string,
    staffId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await appendAuditEvent(manager, { requestId: null, actor, action, data: { staffId, ...data } });
  }
}
