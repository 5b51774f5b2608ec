import pg from "pg";

export type SeedLoadInvoicesOptions = {
  databaseUrl: string;
  invoices: number;
  linesPerInvoice: number;
  suppliers: number;
};

export type SeededLoadInvoices = { invoiceIds: string[]; lines: number };

const STATUSES = ["NEEDS_REVIEW", "CERTIFIED", "CERTIFIED", "CERTIFIED", "COMMISSIONED", "APPROVED", "REJECTED", "FAILED"];

/**
 * An inbox as a load test needs it, inserted set-wise in SQL (a few thousand invoices in seconds instead of one
 * Prisma call each): suppliers, invoices spread over the last 90 days in a realistic mix of statuses, and lines
 * pointing at products of the seeded catalog. Needs a seeded database (an OPERATOR user and products).
 */
export const seedLoadInvoices = async ({
  databaseUrl,
  invoices,
  linesPerInvoice,
  suppliers,
}: SeedLoadInvoicesOptions): Promise<SeededLoadInvoices> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Organization" (id, nit, dv, name, "updatedAt")
       SELECT gen_random_uuid(), (800100000 + g)::text, (g % 10)::text, 'Proveedor de carga ' || g || ' S.A.S.', now()
       FROM generate_series(1, $1::int) AS g
       ON CONFLICT (nit) DO NOTHING`,
      [suppliers],
    );
    const { rows } = await client.query<{ id: string }>(
      `WITH uploader AS (SELECT id FROM "User" WHERE role = 'OPERATOR' ORDER BY "createdAt" LIMIT 1),
            supplier AS (SELECT array_agg(id ORDER BY nit) AS ids FROM "Organization" WHERE name LIKE 'Proveedor de carga %')
       INSERT INTO "Invoice" (id, status, "sourceType", sha256, "storageKey", "originalFilename", "mimeType", "sizeBytes",
                              "documentType", number, "issueDate", "supplierId", subtotal, "taxTotal", total, confidence,
                              "uploadedById", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), ($2::text[])[1 + g % cardinality($2::text[])]::"InvoiceStatus", 'XML',
              encode(sha256(('carga-' || g)::bytea), 'hex'), 'carga/' || g, 'factura-' || g || '.xml', 'application/xml', 20000,
              'INVOICE', 'SETP' || (990000000 + g), (now() - (g % 90) * interval '1 day')::date,
              supplier.ids[1 + g % cardinality(supplier.ids)], 1000000 + g, 190000, 1190000 + g, 0.9800,
              uploader.id, now() - g * interval '20 minutes', now()
       FROM generate_series(1, $1::int) AS g, uploader, supplier
       RETURNING id`,
      [invoices, STATUSES],
    );
    const lines = await client.query(
      `WITH product AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(name ORDER BY id) AS names FROM "Product"),
            invoice AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Invoice" WHERE id = ANY($1::uuid[]))
       INSERT INTO "InvoiceLine" (id, "invoiceId", "lineNumber", description, quantity, "unitCode", "unitPrice",
                                  "lineAmount", "taxAmount", "productId", "matchScore", "updatedAt")
       SELECT gen_random_uuid(), invoice.id, line, product.names[k], line * 2, 'NIU', 12500, line * 25000, line * 4750,
              product.ids[k], 0.9500, now()
       FROM invoice, product, generate_series(1, $2::int) AS line,
            LATERAL (SELECT 1 + ((invoice.n * 7919 + line * 104729) % cardinality(product.ids))::int AS k) AS pick`,
      [rows.map((row) => row.id), linesPerInvoice],
    );
    await client.query("COMMIT");
    return { invoiceIds: rows.map((row) => row.id), lines: lines.rowCount ?? 0 };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
};
