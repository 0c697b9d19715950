import { describe, expect, it } from 'vitest';
import { toKomfortkasseDate } from '../../src/dates.js';
import { InvalidArgumentError, Komfortkasse, fromKomfortkasseDate } from '../../src/index.js';

describe('toKomfortkasseDate', () => {
  it('formats a Date as the calendar day in the given zone', () => {
    const lateEvening = new Date('2026-03-28T23:30:00Z');
    expect(toKomfortkasseDate('d', lateEvening, 'Europe/Berlin')).toBe('29-03-2026');
    expect(toKomfortkasseDate('d', lateEvening, 'UTC')).toBe('28-03-2026');
    expect(toKomfortkasseDate('d', lateEvening, 'America/New_York')).toBe('28-03-2026');
  });

  it('keeps dd-MM-yyyy and converts ISO yyyy-MM-dd', () => {
    expect(toKomfortkasseDate('d', '05-01-2024', 'UTC')).toBe('05-01-2024');
    expect(toKomfortkasseDate('d', '2024-01-05', 'UTC')).toBe('05-01-2024');
    expect(toKomfortkasseDate('d', '29-02-2024', 'UTC')).toBe('29-02-2024');
  });

  it.each(['31-02-2026', '29-02-2025', '00-01-2026', '2026-13-01', '5-1-2024', '2024-01-05T10:00:00Z', '', 'yesterday'])(
    'refuses %j, naming the argument',
    (value) => {
      expect(() => toKomfortkasseDate('order.date', value, 'UTC')).toThrow(InvalidArgumentError);
      expect(() => toKomfortkasseDate('order.date', value, 'UTC')).toThrow(/`order\.date`/);
    },
  );

  it('refuses an invalid Date and other types', () => {
    expect(() => toKomfortkasseDate('d', new Date(Number.NaN), 'UTC')).toThrow(/invalid Date/);
    expect(() => toKomfortkasseDate('d', 20240105 as never, 'UTC')).toThrow(/must be a Date/);
  });
});

describe('fromKomfortkasseDate', () => {
  it('reads dd-MM-yyyy as midnight UTC', () => {
    expect(fromKomfortkasseDate('25-04-2018').toISOString()).toBe('2018-04-25T00:00:00.000Z');
  });

  it('refuses what is not a real day', () => {
    expect(() => fromKomfortkasseDate('2018-04-25')).toThrow(InvalidArgumentError);
    expect(() => fromKomfortkasseDate('31-04-2018')).toThrow(/not a real calendar day/);
  });
});

describe('the client time zone', () => {
  const sent: Request[] = [];
  const client = (timeZone: string) =>
    new Komfortkasse({
      apiKey: 'unit-test-api-key',
      baseUrl: 'http://127.0.0.1:9/api/v2',
      timeZone,
      fetch: async (url, init) => {
        sent.push(new Request(url, init));
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });

  it('refuses a name not shaped like a zone when the client is built', () => {
    expect(() => client('Europe/Berlin; DROP')).toThrow(/`timeZone`: is not a time zone this runtime knows/);
  });

  it('refuses an unknown zone when a Date is first read in it, before sending', async () => {
    const komfortkasse = client('Mars/Olympus_Mons');
    const order = { date: new Date(), type: 'INVOICE', amount: 22.38, currency: 'EUR', billing: { lastName: 'Mustermann', countryCode: 'DE' } } as const;
    const error = await komfortkasse.orders.submit('10001', order).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('timeZone');
    expect(sent).toHaveLength(0);
  });
});
