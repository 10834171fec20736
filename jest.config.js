// Jest runs in ESM mode (NestJS 12 ships ES modules only): NODE_OPTIONS=--experimental-vm-modules.
const rootDir = import.meta.dirname;

const common = {
  rootDir,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    // Workspace libs resolve to their sources, so tests need no build of the libs.
    '^@dsar/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Its ES build imports JSON without an import attribute, which Jest warns about in every
    // suite; the CommonJS build is the same library.
    '^libphonenumber-js$': '<rootDir>/node_modules/libphonenumber-js/index.cjs',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};

export default {
  // Every test stack logs into one file for the run; its end checks that file for secrets.
  globalSetup: '<rootDir>/e2e/support/run-log-setup.mjs',
  globalTeardown: '<rootDir>/e2e/support/run-log-teardown.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      // Real databases and servers: a loaded 2-core CI machine is slower than Jest's 5 s default.
      testTimeout: 60_000,
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testTimeout: 60_000,
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
    },
  ],
};
