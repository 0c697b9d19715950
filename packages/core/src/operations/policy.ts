/**
 * What a client declares of each operation beyond its spec: the facts a spec cannot say. Each client
 * keeps one table of these, `satisfies Policies<OperationId>`, so an operation of the spec without a
 * policy (or a policy for an operation the spec lacks) fails the build with the operation's name.
 */
export interface Policy<OperationId extends string = string> {
  /** The client's methods that send it, e.g. `['orders.create']` (none: only used inside other calls). */
  readonly methods: readonly string[];
  /** Whether sending it twice does no more than sending it once; only such operations are retried by default. */
  readonly safeToRepeat: boolean;
  /**
   * Whether a success needs no body (e.g. 201 with a `Location` header, or a body the API does not
   * document): anything but valid JSON then resolves with `data` undefined instead of an error.
   */
  readonly emptySuccess?: boolean;
  /** The least time an attempt is given unless the call sets its own timeout (for slow operations). */
  readonly minTimeoutMs?: number;
  /** For a create that is not safe to repeat: how one whose answer was lost is found again. */
  readonly naturalKey?: NaturalKey<OperationId>;
}

/**
 * How a create that is not safe to repeat can still be reconciled: the request body's field whose
 * value the server keeps unique, and the operation that reads the created resource back by it.
 */
export interface NaturalKey<OperationId extends string = string> {
  /** The body field, e.g. `shopOrderNumber`. */
  readonly field: string;
  /** The operation that reads the resource back by it (a read of the same spec). */
  readonly readBack: OperationId;
  /**
   * Statuses by which this API may answer a create whose key is already taken: a re-send rejected
   * with one of them is read back before the rejection is believed.
   */
  readonly takenStatuses: readonly number[];
  /**
   * Fields that must be equal in what was sent and what was read back for the read-back to count as
   * this request's resource, beyond the key (body paths such as `amount`).
   */
  readonly sameResource?: readonly string[];
}

/** One policy per operation of a spec. */
export type Policies<OperationId extends string> = { readonly [Id in OperationId]: Policy<OperationId> };
