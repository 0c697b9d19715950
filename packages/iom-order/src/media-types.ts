import type { CallInit } from '@shopclients/core';

/** The vendor media type of request bodies and successful responses. */
export const ORDER_MEDIA_TYPE = 'application/vnd.intershop.order.v2+json';

/** Successes come as the vendor type, 400 error reports as plain JSON; a server must be free to send either. */
export const ACCEPT = `${ORDER_MEDIA_TYPE}, application/json`;

/** The init of a call with a body. openapi-fetch would label it `application/json`, which IOM answers with 415. */
export function withOrderBody<Init extends CallInit>(init: Init): Init {
  return { ...init, headers: { 'Content-Type': ORDER_MEDIA_TYPE, ...init.headers } };
}
