import type { ApiClient } from '@shopclients/core';
import type { paths } from '@shopclients/komfortkasse-types';

/** What every resource of the client shares. */
export interface ClientContext {
  readonly http: ApiClient<paths>;
  /** Zone whose calendar day a `Date` argument stands for. */
  readonly timeZone: string;
}
