import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import type {
  PackageAttachment,
  PackageController,
  PackageRequest,
  PackageSystem,
  WithheldPart,
} from '../package-contents.js';
import { csvStream, jsonArrayStream } from './csv-entry.js';
import { buildManifest } from './manifest.js';
import { portableSystemStream } from './portable-export.js';
import { reportHtmlStream } from './report-html.js';

/** The rows of one collection of one system, in batches. */
export type RowSource = (
  system: PackageSystem,
  collection: string,
) => AsyncIterable<Record<string, unknown>[]>;

/** The spooled rows of a collection: parsed, or as each row's JSON text (copied, not re-made). */
export interface PackageRows {
  rows: RowSource;
  texts: (system: PackageSystem, collection: string) => AsyncIterable<string[]>;
}

/** The content of an attached file, decrypted. */
export type AttachmentSource = (attachment: PackageAttachment) => Readable;

export interface PackageZipInput {
  request: PackageRequest;
  systems: PackageSystem[];
  /** What an officer refused, and why (a partial answer). */
  withheld: WithheldPart[];
  /** Portability: one file per system, `portable/<system>.json` (docs/portability-format.md). */
  portable: boolean;
  controller: PackageController;
  generatedAt: Date;
  /** The controller's time zone (CONTROLLER_TIMEZONE): the report's dates are its days. */
  timeZone: string;
}

/**
 * Deflate's fastest level: the entries are text (JSON, CSV, HTML) that level 1 already shrinks
 * to a small fraction, and at a million rows level 6 cost several times the CPU for a few per
 * cent less (docs/performance.md).
 */
export const ZIP_LEVEL = 1;

/**
 * The zip as a stream. Entries are appended one at a time, each made only when the previous one is
 * written, so at most one spool file is open and memory stays flat whatever the row count.
 */
export function packageZip(
  input: PackageZipInput,
  { rows, texts }: PackageRows,
  attachments: AttachmentSource,
): Readable {
  const archive = new ZipArchive({ zlib: { level: ZIP_LEVEL } });
  const append = async (name: string, make: () => Readable | string): Promise<void> => {
    const written = once(archive, 'entry');
    archive.append(make(), { name, date: input.generatedAt });
    await written;
  };
  void (async () => {
    const manifest = buildManifest(
      input.request,
      input.systems,
      input.controller,
      input.generatedAt,
      input.withheld,
      input.timeZone,
    );
    await append('manifest.json', () => `${JSON.stringify(manifest, null, 2)}\n`);
    for (const system of input.systems) {
      for (const collection of system.collections) {
        await append(collection.jsonPath, () =>
          jsonArrayStream(() => texts(system, collection.name)),
        );
        await append(collection.csvPath, () =>
          csvStream(collection.columns, () => rows(system, collection.name)),
        );
      }
      for (const attachment of system.attachments) {
        await append(attachment.zipPath, () => attachments(attachment));
      }
      if (input.portable && system.collections.length > 0) {
        await append(system.portablePath, () =>
          portableSystemStream(input.request, system, input.controller, input.generatedAt, texts),
        );
      }
    }
    await append('report.html', () =>
      reportHtmlStream(
        input.request,
        input.systems,
        input.controller,
        rows,
        input.withheld,
        input.timeZone,
      ),
    );
    await archive.finalize();
  })().catch((error: Error) => archive.destroy(error));
  return archive;
}
