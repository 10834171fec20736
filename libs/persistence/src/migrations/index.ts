import { CoreSchema1764000000000 } from './1764000000000-core-schema.js';

/** Every migration in order; a feature that adds one appends it here. */
export const ALL_MIGRATIONS = [CoreSchema1764000000000];
