import type { Metadata } from "next";
import { InvoiceTable } from "@/components/common/invoice-table";
import { PageHeader } from "@/components/common/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findInvoices } from "@/lib/invoices/find-invoices";
import { ZPageQuery } from "@/lib/invoices/schemas";

export const metadata: Metadata = { title: "Revisión" };

const ReviewPage = async ({ searchParams }: { searchParams: Promise<Record<string, string>> }) => {
  await requirePageUser("revision");
  const query = ZPageQuery.catch({ page: 1, pageSize: 25 }).parse(await searchParams);
  const data = await findInvoices({ ...query, status: ["NEEDS_REVIEW"] });
  return (
    <>
      <PageHeader title="Revisión" subtitle="Facturas con baja confianza o hallazgos de validación" />
      <InvoiceTable data={data} emptyTitle="No hay facturas por revisar" emptyHint="Cuando una factura necesite corrección, aparecerá aquí." />
    </>
  );
};

export default ReviewPage;
