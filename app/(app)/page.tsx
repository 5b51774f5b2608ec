import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { DashboardSummary } from "@/components/dashboard/dashboard-summary";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Inicio" };

const HomePage = async () => {
  const user = await requirePageUser("inicio");
  return (
    <>
      <PageHeader title={`Hola, ${user.name.split(" ")[0]}`} subtitle="Resumen del registro de facturas" />
      <DashboardSummary />
    </>
  );
};

export default HomePage;
