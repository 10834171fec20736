import type { AppConfig } from '@dsar/config';
import { acknowledgeBy, computeDueAt, intakeRegime, type Residence } from '@dsar/domain';

/**
 * The regime columns of a new request: the pack it is received under (given, or derived from the
 * residence), its version pinned, and the due date that pack gives from `receivedAt`.
 */
export function regimeFields(
  command: { type: string; jurisdiction?: string | null; residence?: Residence | null },
  receivedAt: Date,
  config: AppConfig,
) {
  const pack = intakeRegime(command, receivedAt, config);
  return {
    jurisdiction: pack.code,
    policyVersion: pack.version,
    residenceCountry: command.residence?.country.toUpperCase() ?? null,
    residenceRegion: command.residence?.region?.toUpperCase() ?? null,
    // The version pinned here is the one these dates are counted under.
    dueAt: computeDueAt(receivedAt, pack, config, command.type),
    acknowledgeBy: acknowledgeBy(receivedAt, pack, config),
  };
}
