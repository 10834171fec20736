import type { EntityManager } from 'typeorm';

/** A human reference such as DSR-2026-000123: the year of receipt and a database sequence. */
export async function nextRequestReference(
  manager: EntityManager,
  receivedAt: Date,
): Promise<string> {
  const [row] = (await manager.query(`SELECT nextval('request_reference_seq') AS value`)) as {
    value: string;
  }[];
  return `DSR-${receivedAt.getUTCFullYear()}-${String(row!.value).padStart(6, '0')}`;
}
