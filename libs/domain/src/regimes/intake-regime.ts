import type { ControllerPlace } from '../clocks/holiday.calendar.js';
import { DomainError } from '../errors/domain-error.js';
import { packInForce } from './pack-history.js';
import type { PolicyPack } from './policy-pack.types.js';
import { type Residence, resolveRegime } from './residence.resolver.js';

export interface IntakeRegimeInput {
  /** A known code (checked at the edge); absent: derived from the residence. */
  readonly jurisdiction?: string | null;
  readonly residence?: Residence | null;
  /** The request type; one the regime does not grant is refused. */
  readonly type?: string;
}

/**
 * The pack a new request is received under, in the version in force on its receipt day: the
 * jurisdiction given, or the one the residence
 * resolves to (earliest due date first). A 400 naming the field when neither gives one, or when
 * the regime does not grant the right asked for.
 */
export function intakeRegime(
  input: IntakeRegimeInput,
  receivedAt: Date,
  place: ControllerPlace,
): PolicyPack {
  const pack = regimeOf(input, receivedAt, place);
  const granted: readonly string[] = pack.rights.granted;
  if (input.type !== undefined && !granted.includes(input.type)) {
    throw DomainError.invalidInput('The request body is invalid', [
      {
        field: 'type',
        message: `${pack.name} grants no ${input.type} right (${pack.rights.citation}); it grants ${granted.join(', ')}`,
      },
    ]);
  }
  return pack;
}

function regimeOf(input: IntakeRegimeInput, receivedAt: Date, place: ControllerPlace): PolicyPack {
  if (input.jurisdiction)
    return packInForce(input.jurisdiction, receivedAt, place.controllerTimezone);
  if (!input.residence) {
    throw DomainError.invalidInput('The request body is invalid', [
      { field: 'jurisdiction', message: 'is required unless residence is given' },
    ]);
  }
  const pack = resolveRegime(input.residence, receivedAt, place);
  if (!pack) {
    const where = input.residence.region ?? input.residence.country;
    throw DomainError.invalidInput('The request body is invalid', [
      {
        field: 'residence',
        message: `no regime covers ${where.toUpperCase()}; choose a jurisdiction`,
      },
    ]);
  }
  return pack;
}
