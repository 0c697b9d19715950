import { ApiError, type ApiErrorInit, ConflictError } from './errors.js';
import type { FieldDifference } from './operations/same-resource.js';

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

export interface KeyConflictErrorInit extends ApiErrorInit {
  key: KeyValue;
  /** The compared fields that differ, sent vs found (redacted). */
  differences: readonly FieldDifference[];
}

/**
 * A create whose natural key is held by a different resource: reading it back found a resource under
 * the key whose compared fields differ from this request's (e.g. a refund of 5 EUR where this call
 * asked for 50 EUR). Nothing was created by this call, and it is not sent again. A `ConflictError`,
 * so one `catch` serves this and a taken key that the server answered with 409.
 */
export class KeyConflictError extends ConflictError {
  override name = 'KeyConflictError';
  readonly key: KeyValue;
  readonly differences: readonly FieldDifference[];

  constructor(message: string, init: KeyConflictErrorInit) {
    super(message, init);
    this.key = init.key;
    this.differences = init.differences;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), key: this.key, differences: this.differences };
  }
}
