import { Readable } from 'node:stream';
import { isDataCategory, isIdentityType } from '@dsar/domain';
import { html, trusted } from '@dsar/mail';
import { coverLetter } from './cover-letter.js';
import { ReportWords } from './report-words.js';
import type {
  PackageCollection,
  PackageController,
  PackageRequest,
  PackageSystem,
  WithheldPart,
} from '../package-contents.js';

/** Records shown per collection in the report; every record is in the JSON and CSV files. */
export const REPORT_ROWS_PER_COLLECTION = 200;

type RowSource = (
  system: PackageSystem,
  collection: string,
) => AsyncIterable<Record<string, unknown>[]>;

// Records are label/value lists, not wide tables: the report reads at 360 px as at 1366 px.
// Headings shrink on a phone and hyphenate in the page's language: German compounds are long.
const STYLE = `body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 1rem auto;
  padding: 0 1rem; line-height: 1.4; overflow-wrap: anywhere; }
h1 { font-size: clamp(1.5rem, 1rem + 2.5vw, 2rem); }
h1, h2, h3 { hyphens: auto; line-height: 1.2; }
dl { display: grid; grid-template-columns: minmax(7rem, 16rem) minmax(0, 1fr); gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
ol.records { padding-left: 1.5rem; }
ol.records > li { border-top: 1px solid #ccc; padding: 0.5rem 0; }
@media (max-width: 40rem) { dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: 0.5rem; } }`;

/**
 * The label a person reads for a column: its category's, else (a processor's own field) the
 * category or identity type it is named after; null for a column the system gave no meaning to,
 * which stays in the files only. Never the column's own name.
 */
export function columnLabel(
  collection: PackageCollection,
  column: string,
  words: ReportWords,
): string | null {
  const category = collection.categories[column];
  if (category) return words.category(category);
  if (isDataCategory(column)) return words.category(column);
  if (isIdentityType(column)) return words.identity(column);
  return null;
}

/** Columns grouped by label, in first-seen order: two card columns are one "Payment card" line. */
function labelledColumns(
  collection: PackageCollection,
  words: ReportWords,
): { label: string; columns: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const column of collection.columns) {
    const label = columnLabel(collection, column, words);
    if (label) groups.set(label, [...(groups.get(label) ?? []), column]);
  }
  return [...groups].map(([label, columns]) => ({ label, columns }));
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

function opening(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  withheld: WithheldPart[],
  words: ReportWords,
): string {
  const identifiers = Object.entries(request.identities).map(([type, values]) =>
    trusted(
      html`<li>${words.text('found.item', { label: words.identity(type), values: values.join(', ') })}</li>`,
    ),
  );
  const opening = words.text('report.opening', {
    controller: controller.name,
    type: request.type,
    reference: request.reference,
    received: request.receivedAt,
    contact: controller.contact,
  });
  return html`<!doctype html>
<html lang="${words.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${words.text('report.title', { reference: request.reference })}</title>
<style>${trusted(STYLE)}</style></head>
<body>
<h1>${words.text('report.heading')}</h1>
<p>${opening}</p>
${trusted(coverLetter(request, systems, controller, withheld, words))}
<h2>${words.text('found.heading')}</h2>
<p>${words.text('found.intro')}</p>
<ul>${identifiers}</ul>
`;
}

function systemFacts(system: PackageSystem, words: ReportWords): string {
  const facts = system.facts;
  const none = words.text('system.noneRecorded');
  const attachments = system.attachments.map((file) =>
    trusted(
      html`<li>${words.text('system.file', { name: file.name, bytes: file.bytes, path: file.zipPath })}</li>`,
    ),
  );
  const categories = [...new Set(facts.categories.map((code) => words.category(code)))];
  const result = words.outcome(system.result ?? { outcome: system.state });
  const transfers = facts.transfers.map((t) => words.text('system.transfer', t));
  return html`<section>
<h2>${facts.name}</h2>
<dl>
<dt>${words.text('system.holds')}</dt><dd>${categories.join(', ') || '—'}</dd>
<dt>${words.text('system.why')}</dt><dd>${facts.purposes.join(', ') || '—'}</dd>
<dt>${words.text('system.grounds')}</dt><dd>${facts.legalBases.join(', ') || '—'}</dd>
<dt>${words.text('system.recipients')}</dt><dd>${facts.recipients.map((r) => r.name).join(', ') || words.text('system.recipients.none')}</dd>
<dt>${words.text('system.retention')}</dt><dd>${facts.retention ?? '—'}</dd>
<dt>${words.text('system.source')}</dt><dd>${facts.source ?? words.text('system.source.unknown')}</dd>
<dt>${words.text('system.transfers')}</dt><dd>${transfers.join(', ') || none}</dd>
<dt>${words.text('system.decisions')}</dt><dd>${facts.automatedDecisions ?? none}</dd>
<dt>${words.text('system.outcome')}</dt><dd>${result}</dd>
${system.note ? trusted(html`<dt>${words.text('system.note')}</dt><dd>${system.note}</dd>`) : ''}
</dl>
${attachments.length ? trusted(html`<p>${words.text('system.files')}</p><ul>${attachments}</ul>`) : ''}
`;
}

async function* collectionRecords(
  system: PackageSystem,
  collection: PackageCollection,
  rows: RowSource,
  words: ReportWords,
): AsyncGenerator<string> {
  const groups = labelledColumns(collection, words);
  const technical = collection.columns.length - groups.flatMap((g) => g.columns).length;
  const what = groups.map((group) => group.label).join(', ');
  const count = collection.rows;
  const folder = folderOf(collection.csvPath);
  yield html`<h3>${what ? words.text('records.headingWhat', { count, what }) : words.text('records.heading', { count })}</h3>
<p>${technical ? words.text('records.filesTechnical', { technical, folder }) : words.text('records.files', { folder })}</p>
`;
  if (groups.length === 0) return;
  yield '<ol class="records">';
  let shown = 0;
  for await (const batch of rows(system, collection.name)) {
    const page = batch.slice(0, REPORT_ROWS_PER_COLLECTION - shown);
    yield page
      .map((row) => {
        const lines = groups.map((group) =>
          trusted(
            html`<dt>${group.label}</dt><dd>${group.columns.map((column) => words.value(row[column])).join(' · ')}</dd>`,
          ),
        );
        return html`<li><dl>${lines}</dl></li>`;
      })
      .join('');
    shown += page.length;
    if (shown >= REPORT_ROWS_PER_COLLECTION) break;
  }
  yield '</ol>\n';
  if (collection.rows > shown) {
    yield html`<p>${words.text('records.more', { count: collection.rows - shown })}</p>\n`;
  }
}

/**
 * `report.html`, for a person to read, written as it streams: every element opened in one piece
 * is closed in a later one. Every value from the company's data goes through the escaping `html`
 * template; nothing in it is trusted markup. Table and column names stay in the JSON and CSV
 * files: the report names data by its category's label. Every sentence is in the request's
 * language (`catalogs/`), dates in the locale and the controller's `timeZone`.
 */
export function reportHtmlStream(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  rows: RowSource,
  withheld: WithheldPart[],
  timeZone: string,
): Readable {
  const words = new ReportWords(request.language, timeZone);
  return Readable.from(
    (async function* () {
      yield opening(request, systems, controller, withheld, words);
      for (const system of systems) {
        yield systemFacts(system, words);
        for (const collection of system.collections) {
          yield* collectionRecords(system, collection, rows, words);
        }
        yield '</section>\n';
      }
      yield '</body>\n</html>\n';
    })(),
  );
}
