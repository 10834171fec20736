import { Readable } from 'node:stream';
import {
  categoryLabel,
  IDENTITY_TYPE_LABELS,
  isDataCategory,
  isIdentityType,
  outcomeInWords,
} from '@dsar/domain';
import { html, trusted } from '@dsar/mail';
import { coverLetter } from './cover-letter.js';
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
const STYLE = `body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 1rem auto;
  padding: 0 1rem; line-height: 1.4; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: minmax(7rem, 16rem) minmax(0, 1fr); gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
ol.records { padding-left: 1.5rem; }
ol.records > li { border-top: 1px solid #ccc; padding: 0.5rem 0; }
@media (max-width: 40rem) { dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: 0.5rem; } }`;

/** What each request type asked for, in the opening sentence. */
const ASKED: Record<string, string> = {
  access: 'for a copy of your personal data',
  portability: 'for your data in a form you can take elsewhere',
};

function value(raw: unknown): string {
  if (raw === null || raw === undefined || raw === '') return '—';
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

/**
 * The label a person reads for a column: its category's, else (a processor's own field) the
 * category or identity type it is named after; null for a column the system gave no meaning to,
 * which stays in the files only. Never the column's own name.
 */
export function columnLabel(collection: PackageCollection, column: string): string | null {
  const category = collection.categories[column];
  if (category) return categoryLabel(category);
  if (isDataCategory(column)) return categoryLabel(column);
  if (isIdentityType(column)) return IDENTITY_TYPE_LABELS[column];
  return null;
}

/** Columns grouped by label, in first-seen order: two card columns are one "Payment card" line. */
function labelledColumns(collection: PackageCollection): { label: string; columns: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const column of collection.columns) {
    const label = columnLabel(collection, column);
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
): string {
  const identifiers = Object.entries(request.identities).map(([type, values]) =>
    trusted(
      html`<li>${isIdentityType(type) ? IDENTITY_TYPE_LABELS[type] : categoryLabel(type)}: ${values.join(', ')}</li>`,
    ),
  );
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Your personal data — ${request.reference}</title>
<style>${trusted(STYLE)}</style></head>
<body>
<h1>Your personal data</h1>
<p>${controller.name} answers your request ${ASKED[request.type] ?? ''} (reference ${request.reference}), received on
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
  const categories = [...new Set(facts.categories.map((code) => categoryLabel(code)))];
  const result = outcomeInWords(system.result ?? { outcome: system.state });
  return html`<section>
<h2>${facts.name}</h2>
<dl>
<dt>What it holds</dt><dd>${categories.join(', ') || '—'}</dd>
<dt>Why</dt><dd>${facts.purposes.join(', ') || '—'}</dd>
<dt>Legal grounds</dt><dd>${facts.legalBases.join(', ') || '—'}</dd>
<dt>Who receives it</dt><dd>${facts.recipients.map((r) => r.name).join(', ') || 'no one outside us'}</dd>
<dt>How long we keep it</dt><dd>${facts.retention ?? '—'}</dd>
<dt>Where it came from</dt><dd>${facts.source ?? 'You, and your use of our services'}</dd>
<dt>Transfers abroad</dt><dd>${facts.transfers.map((t) => `${t.country} (${t.safeguard})`).join(', ') || 'none recorded'}</dd>
<dt>Automated decisions</dt><dd>${facts.automatedDecisions ?? 'none recorded'}</dd>
<dt>What we did</dt><dd>${result}</dd>
${system.note ? trusted(html`<dt>A note for you</dt><dd>${system.note}</dd>`) : ''}
</dl>
${attachments.length ? trusted(html`<p>Files from this system:</p><ul>${attachments}</ul>`) : ''}
`;
}

async function* collectionRecords(
  system: PackageSystem,
  collection: PackageCollection,
  rows: RowSource,
): AsyncGenerator<string> {
  const groups = labelledColumns(collection);
  const unlabelled = collection.columns.length - groups.flatMap((g) => g.columns).length;
  const what = groups.map((group) => group.label).join(', ');
  const count = collection.rows === 1 ? 'One record' : `${collection.rows} records`;
  yield html`<h3>${count}${what ? `: ${what}` : ''}</h3>
<p>All of them, with every detail${unlabelled ? ` (also ${unlabelled === 1 ? 'one technical field' : `${unlabelled} technical fields`} such as internal numbers and dates)` : ''}, are in the folder ${folderOf(collection.csvPath)} of this download, as JSON and CSV.</p>
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
            html`<dt>${group.label}</dt><dd>${group.columns.map((column) => value(row[column])).join(' · ')}</dd>`,
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
    yield html`<p>${collection.rows - shown} more records are in the files.</p>\n`;
  }
}

/**
 * `report.html`, for a person to read, written as it streams: every element opened in one piece
 * is closed in a later one. Every value from the company's data goes through the escaping `html`
 * template; nothing in it is trusted markup. Table and column names stay in the JSON and CSV
 * files: the report names data by its category's label.
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
          yield* collectionRecords(system, collection, rows);
        }
        yield '</section>\n';
      }
      yield '</body>\n</html>\n';
    })(),
  );
}
