import { Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource, IsNull, LessThan, type EntityManager } from 'typeorm';
import { DomainError, WORKING_STATUSES_SQL } from '@dsar/domain';
import {
  AccessPackageEntity,
  type Actor,
  appendAuditEvent,
  RequestEntity,
  SUBJECT_ACTOR,
  SYSTEM_ACTOR,
} from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { FileVault } from './crypto/file-vault.js';

export interface PackageDownload {
  fileName: string;
  sizeBytes: number;
  stream: Readable;
}

/** Downloads (each one audited) and deletion of access packages; the links are the requests'. */
@Injectable()
export class AccessPackages {
  private readonly logger = new Logger(AccessPackages.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly vault: FileVault,
  ) {}

  async hasLivePackage(manager: EntityManager, requestId: string): Promise<boolean> {
    const pkg = await manager.findOne(AccessPackageEntity, {
      where: { requestId, deletedAt: IsNull() },
    });
    return pkg !== null && (await this.vault.exists(pkg.fileName));
  }

  /** The subject's download, once the requests feature has checked the download link. */
  async openForSubject(requestId: string): Promise<PackageDownload> {
    return this.open(requestId, SUBJECT_ACTOR, 'subject_link');
  }

  /** An officer's download from the admin UI. */
  async openForStaff(requestId: string, actor: Actor): Promise<PackageDownload> {
    return this.open(requestId, actor, 'admin');
  }

  private async open(requestId: string, actor: Actor, channel: string): Promise<PackageDownload> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOneBy(RequestEntity, { id: requestId });
      if (!request) throw new DomainError('not_found', `No request with id ${requestId}`);
      const pkg = await manager.findOne(AccessPackageEntity, { where: { requestId } });
      if (!pkg)
        throw new DomainError('not_found', `Request ${request.reference} has no access package`);
      if (pkg.deletedAt || !(await this.vault.exists(pkg.fileName))) {
        throw new DomainError(
          'gone',
          `The access package of ${request.reference} has been deleted`,
        );
      }
      await appendAuditEvent(manager, {
        requestId,
        actor,
        action: 'download_package',
        fromStatus: request.status,
        toStatus: request.status,
        data: { packageId: pkg.id, channel },
      });
      return {
        fileName: `${request.reference}-personal-data.zip`,
        sizeBytes: Number(pkg.sizeBytes),
        stream: this.vault.read(pkg.fileName),
      };
    });
  }

  /** When the live package is deleted by retention (`packageRetentionDays` after it was built). */
  async deletionDate(requestId: string): Promise<Date> {
    const pkg = await this.dataSource.manager.findOne(AccessPackageEntity, {
      where: { requestId, deletedAt: IsNull() },
    });
    if (!pkg) throw new DomainError('gone', 'The access package has been deleted');
    const { packageRetentionDays } = await this.settings.get();
    return new Date(pkg.createdAt.getTime() + packageRetentionDays * 24 * 3600_000);
  }

  /** The scheduled clean-up: packages past retention, spool files of closed requests. */
  async sweep(now = new Date()): Promise<{ deleted: number; spoolsRemoved: number }> {
    return {
      deleted: await this.deleteExpired(now),
      spoolsRemoved: await this.removeClosedSpools(),
    };
  }

  /** Packages past the retention period are deleted (the file, and the row marked). */
  async deleteExpired(now = new Date()): Promise<number> {
    const { packageRetentionDays } = await this.settings.get();
    const cutoff = new Date(now.getTime() - packageRetentionDays * 24 * 3600_000);
    const expired = await this.dataSource.manager.find(AccessPackageEntity, {
      where: { deletedAt: IsNull(), createdAt: LessThan(cutoff) },
      take: 500,
    });
    for (const pkg of expired) {
      await this.dataSource.transaction((manager) =>
        this.markDeleted(manager, pkg, 'retention', now),
      );
      await this.vault.remove(pkg.fileName);
    }
    if (expired.length)
      this.logger.log({ deleted: expired.length }, 'expired access packages deleted');
    return expired.length;
  }

  /**
   * Spool files hold rows until the package is built; a request closed without a package
   * (cancelled, say) must not keep them. Folders are named by request id.
   */
  async removeClosedSpools(): Promise<number> {
    const folders = (await this.vault.list('spool')).filter((name) => /^[0-9a-f-]{36}$/.test(name));
    if (folders.length === 0) return 0;
    const open = (await this.dataSource.query(
      `SELECT id FROM requests WHERE id = ANY($1::uuid[]) AND status IN ${WORKING_STATUSES_SQL}`,
      [folders],
    )) as { id: string }[];
    const keep = new Set(open.map((row) => row.id));
    const closed = folders.filter((id) => !keep.has(id));
    for (const id of closed) await this.vault.remove(`spool/${id}`);
    return closed.length;
  }

  /**
   * An erasure deletes the subject's earlier packages: rows marked in the caller's transaction;
   * the returned files are removed by the caller after commit.
   */
  async deleteForSubject(
    manager: EntityManager,
    email: string,
    now = new Date(),
  ): Promise<string[]> {
    const live = await manager
      .createQueryBuilder(AccessPackageEntity, 'pkg')
      .innerJoin(RequestEntity, 'request', 'request.id = pkg.request_id')
      .where('request.email = :email', { email })
      .andWhere('pkg.deleted_at IS NULL')
      .getMany();
    for (const pkg of live) await this.markDeleted(manager, pkg, 'erasure', now);
    return live.map((pkg) => pkg.fileName);
  }

  async removeFiles(fileNames: string[]): Promise<void> {
    for (const fileName of fileNames) await this.vault.remove(fileName);
  }

  private async markDeleted(
    manager: EntityManager,
    pkg: AccessPackageEntity,
    reason: string,
    now: Date,
  ): Promise<void> {
    await manager.update(AccessPackageEntity, pkg.id, { deletedAt: now, deletionReason: reason });
    const { status } = await manager.findOneByOrFail(RequestEntity, { id: pkg.requestId });
    await appendAuditEvent(manager, {
      requestId: pkg.requestId,
      actor: SYSTEM_ACTOR,
      action: 'package_deleted',
      fromStatus: status,
      toStatus: status,
      reason,
      data: { packageId: pkg.id },
    });
  }
}
