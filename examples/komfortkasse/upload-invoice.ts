import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Komfortkasse } from '@shopclients/komfortkasse';
import { fileURLToPath } from 'node:url';
import { isMain, runKomfortkasseExample } from '../standalone.js';

/** Uploads the PDF of an order's invoice. Returns how many bytes were sent. */
export async function uploadInvoice(komfortkasse: Komfortkasse, orderNumber: string, invoiceNumber: string, pdfPath: string): Promise<number> {
  const pdf = await readFile(pdfPath);
  // Upload each invoice number once: the first upload may make Komfortkasse print the invoice and post
  // it to the customer, which is why the client never retries this call.
  await komfortkasse.invoices.upload(orderNumber, invoiceNumber, pdf, { filename: basename(pdfPath) });
  return pdf.byteLength;
}

// npx tsx examples/komfortkasse/upload-invoice.ts <order number> (on a mock any number will do)
if (isMain(import.meta)) {
  const orderNumber = process.argv[2] ?? '10001';
  const pdf = fileURLToPath(new URL('fixtures/invoice-100072533.pdf', import.meta.url));
  await runKomfortkasseExample('uploadInvoice', 'uploads an invoice', (komfortkasse) => uploadInvoice(komfortkasse, orderNumber, '100072533', pdf));
}
