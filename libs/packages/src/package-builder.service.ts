import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { categoryCovers, refusalWordsIn, ruleOf } from '@dsar/domain';
import {
  AccessPackageEntity,
  RequestEntity,
  RequestRefusalEntity,
  StoreTaskEntity,
  TaskAttachmentEntity,
} from '@dsar/persistence';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { SettingsService } from '@dsar/settings';
import { FileVault } from './crypto/file-vault.js';
import type {
  InventoryFacts,
  PackageAttachment,
  PackageSystem,
  StoredTaskResult,
  SystemFacts,
  WithheldPart,
} from './package-contents.js';
import { readCollectionRows, readCollectionTexts } from './spool/access-spool.js';
import { packageZip } from './zip/package-zip.js';
import { SegmentAllocator } from './zip/safe-names.js';

/**
 * A task settled by its connector carries the facts as they stood when it ran; one answered later
 * (a callback, staff) or skipped carries none, so the inventory supplies them.
 */
function factsOf(
  task: StoreTaskEntity,
  result: StoredTaskResult | null,
  inventory: InventoryFacts,
): SystemFacts {
  const facts = result?.system ?? inventory.get(task.systemId);
  // Facts stored before the registry had the Art. 15 fields say nothing of them: none recorded.
  return {
    source: null,
    transfers: [],
    automatedDecisions: null,
    ...(facts ?? {
      name: task.systemName,
      kind: 'unknown',
      categories: [],
      purposes: [],
      legalBases: [],
      recipients: [],
      retention: null,
    }),
  };
}

/** A system whose data could not lose a refused category alone, so it was held back whole. */
interface Inseparable {
  taskId: string;
  system: string;
  category: string;
}

/** What the subject reads about it: the refusal's reason and citation; the letter says why all. */
function inseparableWords(system: string, refusal: RequestRefusalEntity, language: string) {
  return {
    ...refusalWordsIn(language)(refusal),
    // The manifest's name for the part; the letter words it in the reader's language.
    part: `the data held in ${system}`,
    systemName: system,
    category: refusal.category,
    heldWhole: true as const,
  };
}

/** Staff's attachments to a settled task, beside its collections under `attachments/`. */
function attachmentsOf(
  attached: TaskAttachmentEntity[],
  dir: string,
  names: SegmentAllocator,
): PackageAttachment[] {
  if (attached.length === 0) return [];
  const folder = names.allocate('attachments');
  const inFolder = new SegmentAllocator();
  return attached.map((file) => ({
    name: file.fileName,
    contentType: file.contentType,
    bytes: Number(file.sizeBytes),
    storedAt: file.path,
    zipPath: `${dir}/${folder}/${inFolder.allocate(file.fileName)}`,
  }));
}

/** Builds a request's access package from its tasks' spool files: a zip, encrypted, under DATA_DIR. */
@Injectable()
export class PackageBuilder {
  private readonly logger = new Logger(PackageBuilder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly vault: FileVault,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Idempotent: a request that has a live package keeps it. */
  async build(
    requestId: string,
    inventory: InventoryFacts = new Map(),
    now = new Date(),
  ): Promise<AccessPackageEntity> {
    const manager = this.dataSource.manager;
    const existing = await manager.findOne(AccessPackageEntity, {
      where: { requestId, deletedAt: IsNull() },
    });
    if (existing) return existing;
    const request = await manager.findOneByOrFail(RequestEntity, { id: requestId });
    const tasks = await manager.find(StoreTaskEntity, {
      // A lookup-only task searched for identities; it is no part of the answer.
      where: { requestId, lookupOnly: false },
      order: { stage: 'ASC', systemName: 'ASC' },
    });
    const attached = await manager.find(TaskAttachmentEntity, {
      where: { requestId },
      order: { createdAt: 'ASC' },
    });
    const refusals = await manager.find(RequestRefusalEntity, {
      where: { requestId },
      order: { createdAt: 'ASC' },
    });
    const inseparable: Inseparable[] = [];
    const systems = this.layout(
      tasks,
      attached,
      inventory,
      {
        systems: new Set(refusals.flatMap((r) => (r.systemId ? [r.systemId] : []))),
        categories: refusals.flatMap((r) => (r.category ? [r.category] : [])),
      },
      inseparable,
    );
    const withheld: WithheldPart[] = [
      ...refusals.map((refusal) => ({
        ...refusalWordsIn(request.language)(refusal),
        category: refusal.scope === 'category' ? refusal.category : null,
      })),
      ...inseparable.map(({ system, category }) =>
        inseparableWords(
          system,
          refusals.find((r) => r.category === category)!,
          request.language,
        ),
      ),
    ];
    if (inseparable.length > 0) {
      this.logger.log(
        { requestId, systems: inseparable.map((part) => part.taskId) },
        'refused category not separable: those systems held back whole',
      );
    }
    const settings = await this.settings.get();
    // Without a live package, anything in the request's folder is left over from a crashed build.
    await this.vault.remove(`packages/${requestId}`);
    const fileName = `packages/${requestId}/${randomBytes(8).toString('hex')}.zip.enc`;
    const zip = packageZip(
      {
        request,
        systems,
        withheld,
        portable: ruleOf(request.type).portableExport,
        controller: { name: settings.controllerName, contact: settings.controllerContact },
        generatedAt: now,
        timeZone: this.config.controllerTimezone,
      },
      {
        rows: (system, collection) => this.rows(system, collection),
        texts: (system, collection) => this.texts(system, collection),
      },
      (attachment) => this.vault.read(attachment.storedAt),
    );
    const sizeBytes = await this.vault.write(fileName, zip);
    const rowCount = systems.flatMap((s) => s.collections).reduce((sum, c) => sum + c.rows, 0);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(AccessPackageEntity)
      .values({ requestId, fileName, sizeBytes: String(sizeBytes), rowCount, createdAt: now })
      .orIgnore()
      .execute();
    if (!(inserted.raw as unknown[]).length) {
      // Another worker built it first: keep theirs.
      await this.vault.remove(fileName);
    }
    this.logger.log({ requestId, rowCount, sizeBytes }, 'access package built');
    return manager.findOneOrFail(AccessPackageEntity, { where: { requestId } });
  }

  private layout(
    tasks: StoreTaskEntity[],
    attached: TaskAttachmentEntity[],
    inventory: InventoryFacts,
    refused: { systems: ReadonlySet<string>; categories: string[] },
    inseparable: Inseparable[],
  ): PackageSystem[] {
    const systemDirs = new SegmentAllocator();
    return tasks.map((task) => {
      const result = task.result as StoredTaskResult | null;
      const facts = factsOf(task, result, inventory);
      const dir = systemDirs.allocate(facts.name);
      const files = new SegmentAllocator();
      // A refused system's data stays out, though its task may have found it.
      const found = task.state === 'succeeded' && !refused.systems.has(task.systemId);
      // Data nobody labelled by category (a webhook's rows, staff's files) cannot lose only the
      // refused category: where the registry says the system holds it, all of it stays out.
      const unlabelled =
        Object.values(result?.collections ?? {}).some((summary) => !summary.categories) ||
        attached.some((file) => file.taskId === task.id);
      const heldCategory = refused.categories.find((r) =>
        facts.categories.some((category) => categoryCovers(r, category)),
      );
      if (found && unlabelled && heldCategory) {
        inseparable.push({ taskId: task.id, system: facts.name, category: heldCategory });
      }
      const given = found && !(unlabelled && heldCategory);
      const collections = given
        ? Object.entries(result?.collections ?? {}).flatMap(([name, summary]) => {
            const withheld = summary.columns.filter((column) => {
              const category = summary.categories?.[column];
              return category && refused.categories.some((r) => categoryCovers(r, category));
            });
            const columns = summary.columns.filter((column) => !withheld.includes(column));
            if (columns.length === 0) return [];
            const segment = files.allocate(name);
            return [
              {
                name,
                rows: summary.rows,
                columns,
                categories: summary.categories ?? {},
                withheldColumns: withheld,
                jsonPath: `data/${dir}/${segment}.json`,
                csvPath: `data/${dir}/${segment}.csv`,
              },
            ];
          })
        : [];
      const attachments = given
        ? attachmentsOf(
            attached.filter((file) => file.taskId === task.id),
            `data/${dir}`,
            files,
          )
        : [];
      return {
        taskId: task.id,
        state: task.state,
        facts,
        result,
        note: result?.subjectNote ?? null,
        spool: result?.spool ?? null,
        collections,
        attachments,
        portablePath: `portable/${dir}.json`,
      };
    });
  }

  /** A collection's rows without the columns an officer refused. */
  private async *rows(
    system: PackageSystem,
    collection: string,
  ): AsyncGenerator<Record<string, unknown>[]> {
    if (!system.spool) return;
    const withheld = this.withheldColumns(system, collection);
    for await (const batch of readCollectionRows(this.vault, system.spool, collection)) {
      yield withheld.size === 0 ? batch : batch.map((row) => withoutColumns(row, withheld));
    }
  }

  /** The same rows as JSON texts: copied from the spool as written where nothing is withheld. */
  private async *texts(system: PackageSystem, collection: string): AsyncGenerator<string[]> {
    if (!system.spool) return;
    if (this.withheldColumns(system, collection).size === 0) {
      yield* readCollectionTexts(this.vault, system.spool, collection);
      return;
    }
    for await (const batch of this.rows(system, collection)) {
      yield batch.map((row) => JSON.stringify(row));
    }
  }

  private withheldColumns(system: PackageSystem, collection: string): ReadonlySet<string> {
    return new Set(system.collections.find((c) => c.name === collection)?.withheldColumns ?? []);
  }
}

function withoutColumns(
  row: Record<string, unknown>,
  withheld: ReadonlySet<string>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !withheld.has(column)));
}
