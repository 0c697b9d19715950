import { describe, expect, it } from 'vitest';
import { IomOrders, ResponseValidationError, type ValidationReport } from '../../src/index.js';
import { spec } from '../contract/mock-client.js';

const ORDER_MEDIA_TYPE = 'application/vnd.intershop.order.v2+json';
const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;

/** A client whose server answers with `text` as the body of a 200 in the vendor media type. */
function clientAnswering(text: string, contentType = ORDER_MEDIA_TYPE) {
  const reports: ValidationReport[] = [];
  const client = new IomOrders({
    baseUrl: 'http://127.0.0.1:9/rest/order-service',
    shopId: 1000,
    auth: { username: 'integration', password: 'correct-horse-battery' },
    maxRetries: 0,
    fetch: async () => new Response(text, { status: 200, headers: { 'content-type': contentType } }),
    onValidationIssue: (report) => reports.push(report),
  });
  return { client, reports };
}

describe('IOM responses are checked against the spec', () => {
  it('the spec example passes', async () => {
    const { client, reports } = clientAnswering(JSON.stringify(ORDER));
    await client.orders.get('B2B-2024-000731');
    expect(reports).toEqual([]);
  });

  it('an int64 beyond 2^53 is drift: its digits were lost, and the report says so', async () => {
    // JSON.parse reads 9007199254740993 as 9007199254740992: the client cannot hand back what was sent.
    const text = JSON.stringify({ ...ORDER, reservationId: 1 }).replace('"reservationId":1', '"reservationId":9007199254740993');
    const { client, reports } = clientAnswering(text);
    const order = await client.orders.get('B2B-2024-000731');
    expect(order.reservationId).toBe(9007199254740992);
    expect(reports).toEqual([
      expect.objectContaining({ issue: { path: ['body', 'reservationId'], rule: 'int64', message: expect.stringMatching(/beyond ±2\^53.*digits were lost/) } }),
    ]);
  });

  it('an int64 within range passes', async () => {
    const { client, reports } = clientAnswering(JSON.stringify({ ...ORDER, reservationId: 2 ** 53 - 1 }));
    await client.orders.get('B2B-2024-000731');
    expect(reports).toEqual([]);
  });

  it('a media type the spec does not document for the status is drift', async () => {
    const { client, reports } = clientAnswering(JSON.stringify(ORDER), 'application/json');
    await client.orders.get('B2B-2024-000731');
    expect(reports).toEqual([expect.objectContaining({ issue: expect.objectContaining({ path: ['mediaType'], rule: 'mediaType' }) })]);
  });

  it('map keys are no kind of drift: 1,000 attribute groups with a number for a text are one report, counting 1,000', async () => {
    const groups = Object.fromEntries(Array.from({ length: 1_000 }, (_, index) => [`group${index}`, { [`attribute${index}`]: index }]));
    const { client, reports } = clientAnswering(JSON.stringify({ ...ORDER, additionalAttributes: groups }));
    await client.orders.get('B2B-2024-000731');
    expect(reports.map((report) => [report.issue.path.join('.'), report.issue.rule, report.count])).toEqual([['body.additionalAttributes.group0.attribute0', 'type', 1_000]]);
  });

  it("in 'strict' mode the int64 drift throws", async () => {
    const text = JSON.stringify({ ...ORDER, reservationId: 1 }).replace('"reservationId":1', '"reservationId":12345678901234567890');
    const { client } = clientAnswering(text);
    const error = await client.orders.get('B2B-2024-000731', { validateResponses: 'strict' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([expect.objectContaining({ rule: 'int64' })]);
  });
});
