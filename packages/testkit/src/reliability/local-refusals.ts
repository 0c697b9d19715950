import { InvalidArgumentError } from '@shopclients/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiUnderTest, LocalRow, SentRequest } from './api.js';

/** Runs one row against a client whose `fetch` records what it would send: the verdict must hold. */
async function check<C>(api: ApiUnderTest<C>, [, call, verdict]: LocalRow<C>): Promise<'refused' | 'sent'> {
  const sent: SentRequest[] = [];
  const make = (options: Record<string, unknown>) =>
    api.client({
      baseUrl: `http://127.0.0.1:9${api.basePath}`,
      fetch: async (url: string, init: RequestInit) => {
        const request = new Request(url, init);
        const text = init.body == null ? undefined : await request.clone().text();
        let body: unknown = text;
        try {
          body = text === undefined ? undefined : JSON.parse(text);
        } catch {
          // a multipart body stays text
        }
        sent.push({ method: request.method, url: new URL(request.url), body });
        return api.local.respond(request);
      },
      ...options,
    });
  const error = await Promise.resolve()
    .then(() => call(make({}), make))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  if ('refused' in verdict) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(verdict.refused);
    expect((error as Error).message).toContain(`\`${verdict.refused}\``);
    expect(sent).toEqual([]);
    return 'refused';
  }
  expect(error).toBeUndefined();
  expect(sent).toHaveLength(1);
  await verdict.sent(sent[0] as SentRequest);
  return 'sent';
}

/**
 * What a JavaScript caller without a type checker passes: typical mistakes, which must all stay local,
 * and hostile arguments, each refused before sending with the argument named or sent correctly encoded.
 */
export function describeLocalRefusals<C>(api: ApiUnderTest<C>): void {
  describe(`${api.name}: mistakes a JavaScript caller makes stay local`, () => {
    let local = 0;
    it.each(api.local.mistakes.map((row) => [row[0], row] as const))('%s', async (_, row) => {
      expect(row[2]).toHaveProperty('refused');
      expect(await check(api, row)).toBe('refused');
      local++;
    });
    afterAll(() => console.log(`${api.name}: JavaScript caller mistakes kept local (nothing sent): ${local} of ${api.local.mistakes.length}`));
  });

  describe(`${api.name}: hostile arguments`, () => {
    const tally = { refused: 0, sent: 0 };
    it.each(api.local.hostile.map((row) => [row[0], row] as const))('%s', async (_, row) => {
      tally[await check(api, row)]++;
    });
    afterAll(() => {
      console.log(
        `${api.name}: hostile inputs tried: ${api.local.hostile.length} (refused before sending: ${tally.refused}, sent correctly encoded: ${tally.sent})`,
      );
    });
  });
}
