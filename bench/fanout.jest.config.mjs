// Runs the fan-out and access-package benchmarks (out of CI; they print figures, assert nothing):
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c bench/fanout.jest.config.mjs bench/fanout.bench.ts
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c bench/fanout.jest.config.mjs bench/access-package.bench.ts
import base from '../jest.config.js';

const unit = base.projects[0];

export default {
  ...unit,
  displayName: 'bench',
  testMatch: ['<rootDir>/bench/{fanout,access-package}.bench.ts'],
  testTimeout: 30 * 60_000,
};
