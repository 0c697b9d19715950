// The machinery the API fakes (`@shopclients/<api>/testing`) share. Nothing API-specific lives here.
export { FakeClock } from './clock.js';
export {
  type FakeAnswer,
  type FakeApiDefinition,
  type FakeCall,
  type FakeCallRecord,
  type FakeServer,
  type SpecViolation,
  createFakeServer,
} from './fake-server.js';
export { type Fault, type FaultAnswer, type FaultOptions, FaultPlan, type Loss, type Outcome, applyFault } from './faults.js';
export { type ListeningFake, type LoopbackConnection, type LoopbackOptions, type LoopbackServer, listenOnLoopback } from './listen.js';
export type { FakeOperation, FakeParameter, SpecIssue, SpecRequest } from './operations.js';
export { expandPath } from '../operations/location.js';
