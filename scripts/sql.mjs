// `npm run sql -- "<query>"`: one query against the product's database, printed as a table, for
// a machine without psql. While `npm start` runs embedded, that is its PGlite (whose port changes
// on every start); otherwise DATABASE_URL or the local server's `dsar` database.
import { existsSync } from 'node:fs';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const query = process.argv.slice(2).join(' ').trim();
if (!query) {
  console.error('usage: npm run sql -- "SELECT …"');
  process.exit(64);
}
if (existsSync(`${root}.env`)) process.loadEnvFile(`${root}.env`);

let libs;
try {
  libs = await Promise.all([import('@dsar/config'), import('@dsar/embedded')]);
} catch {
  console.error('The project is not built yet: run `npm start` (or `npm run build`) first.');
  process.exit(1);
}
const [{ loadConfigOrExit }, { runningEmbeddedDatabaseUrl }] = libs;
const config = loadConfigOrExit();
const embedded = process.env.DATABASE_URL ? null : runningEmbeddedDatabaseUrl(config.dataDir);
const client = new pg.Client({ connectionString: embedded ?? config.databaseUrl });
try {
  await client.connect();
  const result = await client.query(query);
  for (const each of Array.isArray(result) ? result : [result]) {
    if (each.rows.length) console.table(each.rows);
    else console.log(`${each.command ?? 'OK'} ${each.rowCount ?? ''}`.trim());
  }
} catch (error) {
  const where = embedded ? 'the embedded database (is `npm start` running?)' : config.databaseUrl;
  console.error(`${error.message} — ${where}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
}
