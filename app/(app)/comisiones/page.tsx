import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { DataTable } from "@/components/common/data-table";
import { PageHeader } from "@/components/common/page-header";
import { PagePagination } from "@/components/common/page-pagination";
import { TextLink } from "@/components/common/text-link";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findCommissions } from "@/lib/commissions/find-commissions";
import { getRuleSetInForce } from "@/lib/commissions/get-rule-set-in-force";
import { formatBasisPoints } from "@/lib/format/format-basis-points";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate } from "@/lib/format/format-date";
import { ZPageQuery } from "@/lib/invoices/schemas";

export const metadata: Metadata = { title: "Comisiones" };

const range = (min: { toString(): string }, max: { toString(): string } | null) =>
  `mín. ${formatCop(min, { decimals: 0 })}${max ? `, máx. ${formatCop(max, { decimals: 0 })}` : ", sin máximo"}`;

const CommissionsPage = async ({ searchParams }: { searchParams: Promise<Record<string, string>> }) => {
  await requirePageUser("comisiones");
  const query = ZPageQuery.catch({ page: 1, pageSize: 25 }).parse(await searchParams);
  const [ruleSet, commissions] = await Promise.all([getRuleSetInForce(), findCommissions(query)]);
  return (
    <>
      <PageHeader title="Comisiones" subtitle="Tarifa de registro BMC y comisión del corredor por factura registrada" />
      <Paper sx={{ p: 2.5, mb: 3 }} data-testid="rule-set-in-force">
        {ruleSet ? (
          <Stack spacing={0.75}>
            <Typography variant="h3" component="h2">
              Reglas vigentes: versión {ruleSet.version}
              {ruleSet.effectiveFrom && ` (desde ${formatCalendarDate(ruleSet.effectiveFrom)})`}
            </Typography>
            <Typography variant="body2">
              Tarifa BMC: {formatBasisPoints(ruleSet.feeRateBps)} del valor elegible, {range(ruleSet.feeMin, ruleSet.feeMax)}
            </Typography>
            <Typography variant="body2">
              Comisión del corredor: {formatBasisPoints(ruleSet.commissionRateBps)},{" "}
              {range(ruleSet.commissionMin, ruleSet.commissionMax)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Facturas con más de {ruleSet.maxInvoiceAgeDays} días desde su emisión no se pueden registrar.{" "}
              {ruleSet.rules.length} reglas adicionales (tramos y tarifas por clasificación).
            </Typography>
          </Stack>
        ) : (
          <Typography>No hay reglas de comisión vigentes.</Typography>
        )}
      </Paper>
      <DataTable
        label="Comisiones"
        rows={commissions.items}
        rowKey={(commission) => commission.id}
        emptyTitle="Aún no hay comisiones liquidadas"
        emptyHint="Cada factura aprobada se liquida con la versión de reglas vigente en su fecha de registro."
        columns={[
          {
            key: "invoice",
            header: "Factura",
            render: (row) => (
              <TextLink href={`/comisiones/${row.invoiceId}`}>{row.invoiceNumber ?? "Sin número"}</TextLink>
            ),
          },
          { key: "supplier", header: "Proveedor", render: (row) => row.supplierName ?? "—" },
          { key: "eligible", header: "Valor elegible", align: "right", render: (row) => formatCop(row.eligibleAmount) },
          { key: "fee", header: "Tarifa BMC", align: "right", render: (row) => formatCop(row.feeAmount) },
          { key: "commission", header: "Comisión", align: "right", render: (row) => formatCop(row.commissionAmount) },
          { key: "withholding", header: "Retención evitada", align: "right", render: (row) => formatCop(row.withholdingAvoided) },
          { key: "version", header: "Reglas", render: (row) => `v${row.ruleSetVersion}` },
          { key: "registeredOn", header: "Registro", render: (row) => formatCalendarDate(row.registeredOn) },
        ]}
        footer={<PagePagination page={query.page} pageSize={query.pageSize} total={commissions.total} />}
      />
    </>
  );
};

export default CommissionsPage;
