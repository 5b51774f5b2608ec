import CloudUploadOutlined from "@mui/icons-material/CloudUploadOutlined";
import type { Metadata } from "next";
import { LinkButton } from "@/components/common/link-button";
import { PageHeader } from "@/components/common/page-header";
import { DashboardInsights } from "@/components/dashboard/dashboard-insights";
import { DashboardSummary } from "@/components/dashboard/dashboard-summary";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { canAccessSection } from "@/lib/auth/sections";

export const metadata: Metadata = { title: "Inicio" };

const HomePage = async () => {
  const user = await requirePageUser("inicio");
  const canUpload = canAccessSection(user.role, "cargar");
  return (
    <>
      <PageHeader
        title={`Hola, ${user.name.split(" ")[0]}`}
        subtitle="Resumen del registro de facturas"
        actions={
          canUpload && (
            <LinkButton href="/cargar" variant="contained" startIcon={<CloudUploadOutlined />}>
              Cargar facturas
            </LinkButton>
          )
        }
      />
      <DashboardSummary />
      <DashboardInsights canAct={canAccessSection(user.role, "revision")} />
    </>
  );
};

export default HomePage;
