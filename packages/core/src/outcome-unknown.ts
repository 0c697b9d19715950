import { ApiError, type ApiErrorInit } from './errors.js';

/** The natural key a create was reconciled by: the body field and its value. */
export interface KeyValue {
  readonly field: string;
  readonly value: string;
}

export interface OutcomeUnknownErrorInit extends ApiErrorInit {
  key: KeyValue;
  /** What was tried, in order: each attempt and each read-back with its outcome. */
  tried: string[];
}

/**
 * A create whose outcome the client could not establish: its answer was lost and reading it back
 * by its natural key did not tell whether it exists. It may or may not have been created. Calling
 * the create again with the same key is safe: the client reads back before it re-sends.
 */
export class OutcomeUnknownError extends ApiError {
  override name = 'OutcomeUnknownError';
  readonly key: KeyValue;
  readonly tried: readonly string[];

  constructor(message: string, init: OutcomeUnknownErrorInit) {
    super(message, init);
    this.key = init.key;
    this.tried = init.tried;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), key: this.key, tried: this.tried };
  }
}
