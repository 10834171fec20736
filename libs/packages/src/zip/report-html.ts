import { Readable } from 'node:stream';
import { html, trusted } from '@dsar/mail';
import type { PackageController, PackageRequest, PackageSystem } from '../package-contents.js';

/** Rows shown per collection in the report; the full data is in the JSON and CSV files. */
export const REPORT_ROWS_PER_COLLECTION = 200;

type RowSource = (
  system: PackageSystem,
  collection: string,
) => AsyncIterable<Record<string, unknown>[]>;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * `report.html`, for a person to read. Every value from the company's data goes through the
 * escaping `html` template; nothing in it is trusted markup.
 */
export function reportHtmlStream(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  rows: RowSource,
): Readable {
  return Readable.from(
    (async function* () {
      yield html`<!doctype html>
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <title>Your personal data — ${request.reference}</title>
            <style>
              body {
                font-family: system-ui, sans-serif;
                max-width: 70rem;
                margin: 2rem auto;
                padding: 0 1rem;
                line-height: 1.4;
              }
              table {
                border-collapse: collapse;
                margin: 0.5rem 0 1.5rem;
                font-size: 0.9rem;
              }
              td,
              th {
                border: 1px solid #ccc;
                padding: 0.25rem 0.5rem;
                text-align: left;
                vertical-align: top;
              }
            </style>
          </head>
          <body>
            <h1>Your personal data</h1>
            <p>
              ${controller.name} answers your request ${request.reference} (${request.type}),
              received on ${request.receivedAt.toISOString().slice(0, 10)}. Privacy contact:
              ${controller.contact}.
            </p>
            <h2>Identifiers we searched with</h2>
            <ul>
              ${Object.entries(request.identities).map(([type, values]) =>
                trusted(html`<li>${type}: ${values.join(', ')}</li>`),
              )}
            </ul>
          </body>
        </html>`;
      for (const system of systems) {
        const facts = system.facts;
        yield html`<section>
          <h2>${facts.name}</h2>
          <dl>
            <dt>Categories</dt>
            <dd>${facts.categories.join(', ') || '—'}</dd>
            <dt>Purposes</dt>
            <dd>${facts.purposes.join(', ') || '—'}</dd>
            <dt>Legal bases</dt>
            <dd>${facts.legalBases.join(', ') || '—'}</dd>
            <dt>Recipients</dt>
            <dd>${facts.recipients.map((r) => r.name).join(', ') || '—'}</dd>
            <dt>Retention</dt>
            <dd>${facts.retention ?? '—'}</dd>
            <dt>Result</dt>
            <dd>
              ${system.result?.outcome ?? system.state}${system.note ? ` — ${system.note}` : ''}
            </dd>
          </dl>
        </section>`;
        for (const collection of system.collections) {
          yield html`<h3>
              ${collection.name} (${collection.rows} rows; files ${collection.jsonPath},
              ${collection.csvPath})
            </h3>
            <table>
              <thead>
                <tr></tr>
              </thead>
            </table>`;
          yield collection.columns.map((column) => html`<th>${column}</th>`).join('');
          yield '</tr></thead><tbody>';
          let shown = 0;
          for await (const batch of rows(system, collection.name)) {
            const page = batch.slice(0, REPORT_ROWS_PER_COLLECTION - shown);
            yield page
              .map(
                (row) =>
                  `<tr>${collection.columns.map((column) => html`<td>${cell(row[column])}</td>`).join('')}</tr>`,
              )
              .join('');
            shown += page.length;
            if (shown >= REPORT_ROWS_PER_COLLECTION) break;
          }
          yield '</tbody></table>';
          if (collection.rows > shown) {
            yield html`<p>${collection.rows - shown} more rows are in ${collection.csvPath}.</p>`;
          }
        }
        yield '</section>';
      }
      yield '</body></html>\n';
    })(),
  );
}
