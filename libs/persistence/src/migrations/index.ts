import { CoreSchema1764000000000 } from './1764000000000-core-schema.js';
import { FanoutAndPackages1764000300000 } from './1764000300000-fanout-and-packages.js';

/** Every migration in order; a feature that adds one appends it here. */
export const ALL_MIGRATIONS = [CoreSchema1764000000000, FanoutAndPackages1764000300000];
