// The requests-list benchmark (out of CI; it prints figures, asserts nothing):
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c bench/requests-list.jest.config.mjs
import base from '../jest.config.js';

const unit = base.projects[0];

export default {
  ...unit,
  displayName: 'bench',
  testMatch: ['<rootDir>/bench/requests-list.bench.ts'],
  testTimeout: 30 * 60_000,
};
