import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/common/page-header";
import { InvoiceInbox } from "@/components/invoices/invoice-inbox";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Facturas" };

const InvoicesPage = async () => {
  const user = await requirePageUser("facturas");
  return (
    <>
      <PageHeader title="Facturas" subtitle="Todas las facturas cargadas: filtre, ordene, guarde vistas y actúe sobre varias a la vez" />
      {/* The inbox reads its filters from the URL on the client. */}
      <Suspense>
        <InvoiceInbox canAct={user.role !== "VIEWER"} canRetry={user.role === "ADMIN"} />
      </Suspense>
    </>
  );
};

export default InvoicesPage;
