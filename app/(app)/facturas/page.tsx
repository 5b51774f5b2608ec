import type { Metadata } from "next";
import { InvoiceTable } from "@/components/common/invoice-table";
import { PageHeader } from "@/components/common/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findInvoices } from "@/lib/invoices/find-invoices";
import { ZFindInvoicesQuery } from "@/lib/invoices/schemas";

export const metadata: Metadata = { title: "Facturas" };

const InvoicesPage = async ({ searchParams }: { searchParams: Promise<Record<string, string>> }) => {
  await requirePageUser("facturas");
  const query = ZFindInvoicesQuery.catch({ page: 1, pageSize: 25 }).parse(await searchParams);
  const data = await findInvoices(query);
  return (
    <>
      <PageHeader title="Facturas" subtitle="Todas las facturas cargadas, de la más reciente a la más antigua" />
      <InvoiceTable data={data} emptyTitle="Aún no hay facturas" emptyHint="Las facturas cargadas por los operadores aparecen aquí." />
    </>
  );
};

export default InvoicesPage;
