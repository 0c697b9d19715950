import { type ApiPromise, InvalidArgumentError, type RequestOptions } from '@shopclients/core';
import { REQUEST_OPTIONS, requireKnownOptions, respond } from '@shopclients/core/internal';
import type { ClientContext } from '../context.js';
import { pathParameter } from '../paths.js';

/** The invoice document: a Blob/File, or its bytes. */
export type InvoiceFile = Blob | ArrayBuffer | Uint8Array;

export interface UploadInvoiceOptions extends RequestOptions {
  /** File name sent with the document (default `<invoiceNumber>.pdf`). */
  filename?: string | undefined;
  /** Media type for bytes or a Blob that has none (default `application/pdf`). */
  contentType?: string | undefined;
}

const UPLOAD_OPTIONS = [...REQUEST_OPTIONS, 'filename', 'contentType'];

/** Invoice documents. */
export class Invoices {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Uploads the invoice document of an order. The first upload may make Komfortkasse post the
   * invoice to the customer, so this call is never retried automatically.
   * @example
   * ```ts
   * import { readFile } from 'node:fs/promises';
   *
   * await komfortkasse.invoices.upload('10001', 'INV-2018-533', await readFile('invoices/INV-2018-533.pdf'));
   * // A Blob or File keeps its own type and needs no options:
   * await komfortkasse.invoices.upload('10002', 'INV-2018-534', new Blob(['%PDF-1.7 …'], { type: 'application/pdf' }), { filename: 'invoice.pdf' });
   * ```
   */
  upload(orderNumber: string, invoiceNumber: string, file: InvoiceFile, options?: UploadInvoiceOptions): ApiPromise<void> {
    return respond(async (sink) => {
      requireKnownOptions('invoices.upload', options, UPLOAD_OPTIONS);
      const path = {
        orderNumber: pathParameter('submitInvoice', 'orderNumber', orderNumber),
        invoiceNumber: pathParameter('submitInvoice', 'invoiceNumber', invoiceNumber),
      };
      const form = new FormData();
      form.append('file', toBlob(file, options?.contentType ?? 'application/pdf'), options?.filename ?? `${invoiceNumber}.pdf`);
      // openapi-fetch sends a FormData body as it is (with its own multipart Content-Type); the spec's
      // validators check only JSON bodies, so only the path is checked.
      await this.#context.http.send('submitInvoice', { path, body: form }, options, sink);
    });
  }
}

function toBlob(file: InvoiceFile, type: string): Blob {
  if (file instanceof Blob) {
    if (file.size === 0) throw new InvalidArgumentError('file', 'is empty');
    return file.type === '' ? new Blob([file], { type }) : file;
  }
  if (file instanceof ArrayBuffer || file instanceof Uint8Array) {
    if (file.byteLength === 0) throw new InvalidArgumentError('file', 'is empty');
    return new Blob([file as BlobPart], { type });
  }
  throw new InvalidArgumentError('file', 'must be a Blob, ArrayBuffer or Uint8Array');
}
