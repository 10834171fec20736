import { Readable } from 'node:stream';
import { IDENTITY_TYPE_LABELS, isIdentityType } from '@dsar/domain';
import { html, trusted } from '@dsar/mail';
import { coverLetter } from './cover-letter.js';
import type {
  PackageCollection,
  PackageController,
  PackageRequest,
  PackageSystem,
  WithheldPart,
} from '../package-contents.js';

/** Rows shown per collection in the report; the full data is in the JSON and CSV files. */
export const REPORT_ROWS_PER_COLLECTION = 200;

type RowSource = (
  system: PackageSystem,
  collection: string,
) => AsyncIterable<Record<string, unknown>[]>;

const STYLE = `body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 2rem auto;
  padding: 0 1rem; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
.rows { overflow-x: auto; max-width: 100%; }
body, dd, li { overflow-wrap: anywhere; }
td, th { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }`;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function opening(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  withheld: WithheldPart[],
): string {
  const identifiers = Object.entries(request.identities).map(([type, values]) =>
    trusted(
      html`<li>${isIdentityType(type) ? IDENTITY_TYPE_LABELS[type] : type}: ${values.join(', ')}</li>`,
    ),
  );
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Your personal data — ${request.reference}</title>
<style>${trusted(STYLE)}</style></head>
<body>
<h1>Your personal data</h1>
<p>${controller.name} answers your request ${request.reference} (${request.type}), received on
${request.receivedAt.toISOString().slice(0, 10)}. Privacy contact: ${controller.contact}.</p>
${trusted(coverLetter(request, systems, controller, withheld))}
<h2>How we found you</h2>
<p>We searched our systems with:</p>
<ul>${identifiers}</ul>
`;
}

function systemFacts(system: PackageSystem): string {
  const facts = system.facts;
  const attachments = system.attachments.map((file) =>
    trusted(html`<li>${file.name} (${file.bytes} bytes): ${file.zipPath}</li>`),
  );
  return html`<section>
<h2>${facts.name}</h2>
<dl>
<dt>Categories</dt><dd>${facts.categories.join(', ') || '—'}</dd>
<dt>Purposes</dt><dd>${facts.purposes.join(', ') || '—'}</dd>
<dt>Legal bases</dt><dd>${facts.legalBases.join(', ') || '—'}</dd>
<dt>Recipients</dt><dd>${facts.recipients.map((r) => r.name).join(', ') || '—'}</dd>
<dt>Retention</dt><dd>${facts.retention ?? '—'}</dd>
<dt>Source</dt><dd>${facts.source ?? 'You, and your use of our services'}</dd>
<dt>Transfers abroad</dt><dd>${facts.transfers.map((t) => `${t.country} (${t.safeguard})`).join(', ') || 'none recorded'}</dd>
<dt>Automated decisions</dt><dd>${facts.automatedDecisions ?? 'none recorded'}</dd>
<dt>Result</dt><dd>${system.result?.outcome ?? system.state}${system.note ? ` — ${system.note}` : ''}</dd>
</dl>
${attachments.length ? trusted(html`<p>Files from this system:</p><ul>${attachments}</ul>`) : ''}
`;
}

async function* collectionTable(
  system: PackageSystem,
  collection: PackageCollection,
  rows: RowSource,
): AsyncGenerator<string> {
  const header = collection.columns.map((column) => trusted(html`<th>${column}</th>`));
  yield html`<h3>${collection.name} (${collection.rows} rows; files ${collection.jsonPath},
${collection.csvPath})</h3>
<div class="rows"><table><thead><tr>${header}</tr></thead><tbody>`;
  let shown = 0;
  for await (const batch of rows(system, collection.name)) {
    const page = batch.slice(0, REPORT_ROWS_PER_COLLECTION - shown);
    yield page
      .map((row) => {
        const cells = collection.columns.map((column) =>
          trusted(html`<td>${cell(row[column])}</td>`),
        );
        return html`<tr>${cells}</tr>`;
      })
      .join('');
    shown += page.length;
    if (shown >= REPORT_ROWS_PER_COLLECTION) break;
  }
  yield '</tbody></table></div>\n';
  if (collection.rows > shown) {
    yield html`<p>${collection.rows - shown} more rows are in ${collection.csvPath}.</p>\n`;
  }
}

/**
 * `report.html`, for a person to read, written as it streams: every element opened in one piece
 * is closed in a later one. Every value from the company's data goes through the escaping `html`
 * template; nothing in it is trusted markup.
 */
export function reportHtmlStream(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  rows: RowSource,
  withheld: WithheldPart[],
): Readable {
  return Readable.from(
    (async function* () {
      yield opening(request, systems, controller, withheld);
      for (const system of systems) {
        yield systemFacts(system);
        for (const collection of system.collections) {
          yield* collectionTable(system, collection, rows);
        }
        yield '</section>\n';
      }
      yield '</body>\n</html>\n';
    })(),
  );
}
