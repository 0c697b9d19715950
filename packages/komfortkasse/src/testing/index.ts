// `@shopclients/komfortkasse/testing`: a stateful in-memory Komfortkasse for your tests.
export { type FakeKomfortkasse, type FakeKomfortkasseOptions, type PaymentWebhook, type CustomerPayment, createFakeKomfortkasse } from './fake.js';
export type { StoredInvoice } from './order-book.js';
export type { OperationId } from '@shopclients/komfortkasse-types/validators';
export type { FakeCallRecord, Fault, FaultOptions, ListeningFake, SpecViolation } from '@shopclients/core/testing';
