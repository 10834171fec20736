// `npm run bench`: every benchmark, one after the other (out of `npm test`; they print
// `BENCH <name> <value> <unit>` lines and assert nothing). One file:
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c bench/jest.config.mjs bench/fanout.bench.ts
import base from '../jest.config.js';

const unit = base.projects[0];

export default {
  ...unit,
  displayName: 'bench',
  testMatch: ['<rootDir>/bench/*.bench.ts'],
  testTimeout: 60 * 60_000,
};
