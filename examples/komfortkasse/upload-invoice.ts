import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Komfortkasse } from '@shopclients/komfortkasse';

/** Uploads the PDF of an order's invoice. Returns how many bytes were sent. */
export async function uploadInvoice(komfortkasse: Komfortkasse, orderNumber: string, invoiceNumber: string, pdfPath: string): Promise<number> {
  const pdf = await readFile(pdfPath);
  // Upload each invoice number once: the first upload may make Komfortkasse print the invoice and post
  // it to the customer, which is why the client never retries this call.
  await komfortkasse.invoices.upload(orderNumber, invoiceNumber, pdf, { filename: basename(pdfPath) });
  return pdf.byteLength;
}
