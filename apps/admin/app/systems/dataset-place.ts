/** The parts of a dataset map this reads (the api's `DatasetMap`; the UI holds it as JSON). */
interface MapTable {
  name?: unknown;
  primaryKey?: unknown;
  follow?: unknown;
}

const at = (list: unknown, index: string): unknown =>
  Array.isArray(list) ? list[Number(index)] : undefined;

/**
 * A problem's path inside a dataset map (`tables.1.fields.email.erasure`) in the words of the map
 * itself: `table payments, column email (erasure)`; a path it cannot place is given as it is.
 */
export function datasetPlace(dataset: unknown, path: string): string {
  const [root, t, part, key, ...rest] = path.split('.');
  const tables = (dataset as { tables?: unknown } | null)?.tables;
  const table = at(tables, t ?? '') as MapTable | undefined;
  if (root !== 'tables' || !table || typeof table.name !== 'string') return path;
  const where = `table ${table.name}`;
  const detail = (more: (string | undefined)[]) => {
    const words = more.filter(Boolean).join('.');
    return words ? ` (${words})` : '';
  };
  switch (part) {
    case undefined:
      return where;
    case 'fields':
    case 'identities':
      return key ? `${where}, column ${key}${detail(rest)}` : `${where} (${part})`;
    case 'primaryKey': {
      const column = at(table.primaryKey, key ?? '');
      return typeof column === 'string'
        ? `${where}, column ${column} (primary key)`
        : `${where} (primary key)`;
    }
    case 'follow': {
      const edge = at(table.follow, key ?? '') as { column?: unknown } | undefined;
      return typeof edge?.column === 'string'
        ? `${where}, column ${edge.column} (${['follow', ...rest].join('.')})`
        : `${where} (follow)`;
    }
    default:
      return `${where} (${[part, key, ...rest].filter(Boolean).join('.')})`;
  }
}

/**
 * A light check of the map's shape in the browser, before the api's full check and the live one:
 * what it names here is wrong for certain.
 */
export function datasetShapeProblem(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === 'string') return undefined;
  const tables = (value as { tables?: unknown }).tables;
  if (typeof value !== 'object' || Array.isArray(value) || !Array.isArray(tables))
    return 'must be an object with a "tables" list';
  if (tables.length === 0) return '"tables" must list at least one table';
  for (const [index, table] of tables.entries()) {
    const { name, primaryKey } = (table ?? {}) as MapTable;
    if (typeof name !== 'string' || name.trim() === '') return `table ${index + 1} needs a "name"`;
    if (!Array.isArray(primaryKey) || primaryKey.length === 0)
      return `table ${name} needs a "primaryKey" (a list of columns)`;
  }
  return undefined;
}
