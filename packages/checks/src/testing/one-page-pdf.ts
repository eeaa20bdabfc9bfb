import PDFDocument from "pdfkit";

/** A one-page A4 PDF whose content stream is `ops`, line by line (uncompressed unless `compress`). */
export function onePagePdf(ops: string[], compress = false): Promise<Uint8Array> {
  const doc = new PDFDocument({ compress, size: "A4" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  for (const op of ops) doc.addContent(op);
  doc.end();
  return done;
}
