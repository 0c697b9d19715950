/** The order that `orders.create` created, as its answer's `Location` header names it. */
export interface CreatedOrder {
  /** The header as the server sent it (an absolute URL or a path), or the URL a reconciled order was read from. */
  location: string;
  shopOrderNumber: string;
  /** Set when the answer was lost and the order was found by reading it back by its `shopOrderNumber`. */
  reconciled?: true;
}

/** The change request that `changeRequests.create` created, as its answer's `Location` header names it. */
export interface CreatedChangeRequest {
  /** The header as the server sent it (an absolute URL or a path), or the URL a reconciled change request was read from. */
  location: string;
  shopOrderNumber: string;
  changeRequestId: string;
  /** Set when the answer was lost and the change request was found by reading it back by its `changeRequestId`. */
  reconciled?: true;
}
