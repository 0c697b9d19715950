export { type PrismMock, specPath, startPrismMock, startPrismProxy } from './prism.js';
export { type RecordedRequest, recordingFetch } from './recording-fetch.js';
export { type BodyExample, SpecExamples } from './spec-examples.js';
export { type ArbitraryOptions, type Mutation, type Schema, arbitraryFor, expand, mutationsFor } from './schema-arbitrary.js';
export {
  type Answer,
  type Hit,
  type Reply,
  type TestRequest,
  type TestServer,
  type TestServerOptions,
  answerResponse,
  jsonFault,
  proxyPage,
  startTestServer,
} from './test-server.js';
export { settledHeapUsed } from './heap.js';
export { type Violation, violationRecorder } from './violations.js';
export { type LoadResult, measureLoad } from './load.js';
export {
  type Creation,
  type KeyedStoreOptions,
  type KeyedStoreServer,
  type StoreApi,
  type StoreRequest,
  startKeyedStoreServer,
} from './keyed-store-server.js';
export { type LostAnswer, type TrialTally, lostAnswerFaults, runTrials, seededRandom } from './reconcile-trials.js';
export { type ExampleValidators, describeSpecExamples } from './spec-examples-check.js';
export { describePolicies } from './policy-check.js';
export { type ApiMdInput, renderApiMd } from './api-md.js';
export * from './reliability/index.js';
export { type QueryCall, describeQueryValueRefusals, stringQueryParameters } from './query-values.js';
