export { type PrismMock, specPath, startPrismMock } from './prism.js';
export { type RecordedRequest, recordingFetch } from './recording-fetch.js';
export { SpecExamples } from './spec-examples.js';
