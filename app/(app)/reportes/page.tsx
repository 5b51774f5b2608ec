import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { ReportsView } from "@/components/reports/reports-view";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listDianClassifications } from "@/lib/catalog/list-dian-classifications";
import { BOGOTA_TIME_ZONE } from "@/lib/format/format-date";
import { listStatementOrganizations } from "@/lib/reports/list-statement-organizations";

export const metadata: Metadata = { title: "Reportes" };
export const dynamic = "force-dynamic";

const ReportsPage = async () => {
  await requirePageUser("reportes");
  const [classifications, organizations] = await Promise.all([listDianClassifications(), listStatementOrganizations()]);
  // Today in Bogotá; the default range is the last twelve calendar months including this one.
  const [year = 0, month = 1, day = 1] = new Intl.DateTimeFormat("en-CA", { timeZone: BOGOTA_TIME_ZONE }).format(new Date()).split("-").map(Number);
  const pad = (value: number) => String(value).padStart(2, "0");
  const start = new Date(Date.UTC(year, month - 12, 1));
  return (
    <>
      <PageHeader title="Reportes" subtitle="Valor registrado, tarifa BMC, comisiones y retención evitada por periodo, clasificación, proveedor, cliente u operador (fechas de registro, hora de Bogotá)" />
      <ReportsView
        defaultFrom={`01/${pad(start.getUTCMonth() + 1)}/${start.getUTCFullYear()}`}
        defaultTo={`${pad(day)}/${pad(month)}/${year}`}
        defaultMonth={`${year}-${pad(month)}`}
        classifications={classifications.map(({ code, name }) => ({ code, name }))}
        organizations={organizations}
      />
    </>
  );
};

export default ReportsPage;
