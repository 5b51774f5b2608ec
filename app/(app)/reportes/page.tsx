import type { Metadata } from "next";
import { DataTable } from "@/components/common/data-table";
import { PageHeader } from "@/components/common/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { formatCop, formatCount } from "@/lib/format/format-cop";
import { getMonthlyRegistrations } from "@/lib/reports/get-monthly-registrations";

export const metadata: Metadata = { title: "Reportes" };

const MONTH_NAMES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const monthLabel = (month: string) => {
  const [year, monthNumber] = month.split("-");
  return `${MONTH_NAMES[Number(monthNumber) - 1] ?? month} de ${year}`;
};

const ReportsPage = async () => {
  await requirePageUser("reportes");
  const months = await getMonthlyRegistrations();
  return (
    <>
      <PageHeader title="Reportes" subtitle="Valor registrado y cobros por mes (hora de Bogotá), últimos 12 meses" />
      <DataTable
        label="Registro mensual"
        rows={months}
        rowKey={(row) => row.month}
        emptyTitle="Aún no hay registros liquidados"
        emptyHint="Los totales mensuales aparecen cuando se liquida la primera factura."
        columns={[
          { key: "month", header: "Mes", render: (row) => monthLabel(row.month) },
          { key: "invoices", header: "Facturas", align: "right", render: (row) => formatCount(row.invoices) },
          { key: "eligible", header: "Valor elegible", align: "right", render: (row) => formatCop(row.eligibleAmount) },
          { key: "fee", header: "Tarifa BMC", align: "right", render: (row) => formatCop(row.feeAmount) },
          { key: "commission", header: "Comisiones", align: "right", render: (row) => formatCop(row.commissionAmount) },
        ]}
      />
    </>
  );
};

export default ReportsPage;
