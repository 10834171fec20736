import { QueryFailedError } from 'typeorm';
import { DomainError } from '@dsar/domain';

export function nameTaken(): DomainError {
  return DomainError.invalidInput('A system of that name exists', [
    { field: 'name', message: 'is taken' },
  ]);
}

/** Two saves racing past the name check: the UNIQUE constraint decides, and the loser hears why. */
export function refuseRacedDuplicateName(error: unknown): never {
  const driverError = error instanceof QueryFailedError ? error.driverError : undefined;
  if (driverError?.code === '23505' && driverError.constraint === 'systems_name_key') {
    throw nameTaken();
  }
  throw error;
}
