import Chip from "@mui/material/Chip";
import type { Metadata } from "next";
import { DataTable } from "@/components/common/data-table";
import { PageHeader } from "@/components/common/page-header";
import { PagePagination } from "@/components/common/page-pagination";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findCertificates } from "@/lib/certificates/find-certificates";
import { formatDateTime } from "@/lib/format/format-date";
import { ZPageQuery } from "@/lib/invoices/schemas";

export const metadata: Metadata = { title: "Certificados" };

const CertificatesPage = async ({ searchParams }: { searchParams: Promise<Record<string, string>> }) => {
  await requirePageUser("certificados");
  const query = ZPageQuery.catch({ page: 1, pageSize: 25 }).parse(await searchParams);
  const data = await findCertificates(query);
  return (
    <>
      <PageHeader title="Certificados" subtitle="Comprobantes de registro emitidos" />
      <DataTable
        label="Certificados"
        rows={data.items}
        rowKey={(certificate) => certificate.id}
        emptyTitle="Aún no hay certificados emitidos"
        emptyHint="Cada factura registrada recibe un certificado con código de verificación."
        columns={[
          { key: "number", header: "Número", render: (row) => row.number },
          { key: "invoice", header: "Factura", render: (row) => row.invoiceNumber ?? "—" },
          { key: "supplier", header: "Proveedor", render: (row) => row.supplierName ?? "—" },
          { key: "issuedAt", header: "Emitido", render: (row) => formatDateTime(row.issuedAt) },
          {
            key: "state",
            header: "Estado",
            render: (row) => (
              <Chip size="small" variant="outlined" color={row.voided ? "error" : "success"} label={row.voided ? "Anulado" : "Vigente"} />
            ),
          },
        ]}
        footer={<PagePagination page={query.page} pageSize={query.pageSize} total={data.total} />}
      />
    </>
  );
};

export default CertificatesPage;
