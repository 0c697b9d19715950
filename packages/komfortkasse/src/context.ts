import type { ApiClient } from '@shopclients/core/internal';
import type { operations, paths } from '@shopclients/komfortkasse-types';

/** What every resource of the client shares. */
export interface ClientContext {
  readonly http: ApiClient<paths, operations>;
  /** Zone whose calendar day a `Date` argument stands for. */
  readonly timeZone: string;
}
