// The e2e suites start the product through the one harness (@dsar/testing), bound to the api.
export { linkToken, startTestStack, type TestStack } from '../../apps/api/src/testing/api-stack.js';
