import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { AdministrationTabs } from "@/components/rules/administration-tabs";
import { RuleSetList } from "@/components/rules/rule-set-list";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Reglas de comisión" };

const RuleSetsPage = async () => {
  await requirePageUser("administracion");
  return (
    <>
      <PageHeader title="Administración" subtitle="Versiones de las reglas de tarifa BMC y comisión del corredor" />
      <AdministrationTabs />
      <RuleSetList />
    </>
  );
};

export default RuleSetsPage;
