import { describe, expect, it } from 'vitest';
import { parseChangeRequestLocation, parseOrderLocation } from '../../src/location.js';

const REQUEST = 'https://iom.example.com/rest/order-service/shops/1000/orders';

describe('parseOrderLocation', () => {
  it.each([
    ['an absolute URL', 'http://localhost:8080/rest/order-service/shops/1000/orders/B2B-2024-000731', 'B2B-2024-000731'],
    ['an absolute path', '/rest/order-service/shops/1000/orders/B2B-2024-000731', 'B2B-2024-000731'],
    ['a path relative to the request', 'orders/B2C-1', 'B2C-1'],
    ['a trailing slash', '/shops/1000/orders/B2C-1/', 'B2C-1'],
    ['a query and a fragment', '/shops/1000/orders/B2C-1?view=full#top', 'B2C-1'],
    ['a percent-encoded number', '/shops/1000/orders/eBay%2F123%20%237', 'eBay/123 #7'],
  ])('reads the order number from %s', (_, location, shopOrderNumber) => {
    expect(parseOrderLocation(location, REQUEST)).toEqual({ location, shopOrderNumber });
  });

  it.each([
    ['the collection itself', '/rest/order-service/shops/1000/orders'],
    ['a change request', '/shops/1000/orders/B2C-1/change-requests/CR-1'],
    ['a malformed percent escape', '/shops/1000/orders/B2C-%E0%A4%A'],
    ['something that is no URI reference', 'http://[::1'],
    ['an empty header', ''],
  ])('names no order for %s', (_, location) => {
    expect(parseOrderLocation(location, REQUEST)).toBeUndefined();
  });
});

describe('parseChangeRequestLocation', () => {
  it('reads the order number and the change request ID', () => {
    const location = 'http://localhost:8080/rest/order-service/shops/1000/orders/B2B-2024-000731/change-requests/CR-000731-01';
    expect(parseChangeRequestLocation(location, REQUEST)).toEqual({
      location,
      shopOrderNumber: 'B2B-2024-000731',
      changeRequestId: 'CR-000731-01',
    });
  });

  it('decodes percent-encoded segments', () => {
    expect(parseChangeRequestLocation('/shops/1/orders/A%2FB/change-requests/CR%2001', REQUEST)).toMatchObject({
      shopOrderNumber: 'A/B',
      changeRequestId: 'CR 01',
    });
  });

  it.each([
    ['an order', '/shops/1000/orders/B2B-2024-000731'],
    ['the change request collection', '/shops/1000/orders/B2B-2024-000731/change-requests'],
  ])('names no change request for %s', (_, location) => {
    expect(parseChangeRequestLocation(location, REQUEST)).toBeUndefined();
  });
});
