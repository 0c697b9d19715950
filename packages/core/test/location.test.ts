import { describe, expect, it } from 'vitest';
import { locationParameters } from '../src/internal.js';

const REQUEST = 'https://iom.example.com/rest/order-service/shops/1000/orders';
const ORDER = '/shops/{shopId}/orders/{shopOrderNumber}';
const CHANGE_REQUEST = '/shops/{shopId}/orders/{shopOrderNumber}/change-requests/{changeRequestId}';

describe('locationParameters, with the path template of the operation that reads the resource', () => {
  it.each([
    ['an absolute URL', 'http://localhost:8080/rest/order-service/shops/1000/orders/B2B-2024-000731', 'B2B-2024-000731'],
    ['an absolute path', '/rest/order-service/shops/1000/orders/B2B-2024-000731', 'B2B-2024-000731'],
    ['a path relative to the request', 'orders/B2C-1', 'B2C-1'],
    ['a trailing slash', '/shops/1000/orders/B2C-1/', 'B2C-1'],
    ['a query and a fragment', '/shops/1000/orders/B2C-1?view=full#top', 'B2C-1'],
    ['a percent-encoded number', '/shops/1000/orders/eBay%2F123%20%237', 'eBay/123 #7'],
  ])('reads the order number from %s', (_, location, shopOrderNumber) => {
    expect(locationParameters(location, REQUEST, ORDER)).toEqual({ shopId: '1000', shopOrderNumber });
  });

  it.each([
    ['the collection itself', '/rest/order-service/shops/1000/orders'],
    ['a change request', '/shops/1000/orders/B2C-1/change-requests/CR-1'],
    ['a malformed percent escape', '/shops/1000/orders/B2C-%E0%A4%A'],
    ['something that is no URI reference', 'http://[::1'],
    ['an empty header', ''],
    ['a path that only ends like the template', '/xshops/1000/orders/B2C-1'],
  ])('names no order for %s', (_, location) => {
    expect(locationParameters(location, REQUEST, ORDER)).toBeUndefined();
  });

  it('reads the order number and the change request ID', () => {
    const location = 'http://localhost:8080/rest/order-service/shops/1000/orders/B2B-2024-000731/change-requests/CR-000731-01';
    expect(locationParameters(location, REQUEST, CHANGE_REQUEST)).toEqual({
      shopId: '1000',
      shopOrderNumber: 'B2B-2024-000731',
      changeRequestId: 'CR-000731-01',
    });
  });

  it('decodes percent-encoded segments', () => {
    expect(locationParameters('/shops/1/orders/A%2FB/change-requests/CR%2001', REQUEST, CHANGE_REQUEST)).toMatchObject({
      shopOrderNumber: 'A/B',
      changeRequestId: 'CR 01',
    });
  });

  it.each([
    ['an order', '/shops/1000/orders/B2B-2024-000731'],
    ['the change request collection', '/shops/1000/orders/B2B-2024-000731/change-requests'],
  ])('names no change request for %s', (_, location) => {
    expect(locationParameters(location, REQUEST, CHANGE_REQUEST)).toBeUndefined();
  });

  it('escapes the template’s literal characters', () => {
    expect(locationParameters('/a.b/1', 'https://x.example/', '/a.b/{id}')).toEqual({ id: '1' });
    expect(locationParameters('/axb/1', 'https://x.example/', '/a.b/{id}')).toBeUndefined();
  });
});
