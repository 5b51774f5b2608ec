import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/common/page-header";
import { AdministrationTabs } from "@/components/rules/administration-tabs";
import { RuleSetEditor } from "@/components/rules/rule-set-editor";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listDianClassifications } from "@/lib/catalog/list-dian-classifications";
import { listProductCategories } from "@/lib/commissions/rule-sets/list-product-categories";
import { ZRuleSetId } from "@/lib/commissions/rule-sets/schemas";

export const metadata: Metadata = { title: "Versión de reglas" };

const RuleSetPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requirePageUser("administracion");
  const id = ZRuleSetId.safeParse((await params).id);
  if (!id.success) notFound();
  const [classifications, categories] = await Promise.all([listDianClassifications(), listProductCategories()]);
  return (
    <>
      <PageHeader title="Administración" subtitle="Versiones de las reglas de tarifa BMC y comisión del corredor" />
      <AdministrationTabs />
      <RuleSetEditor
        id={id.data}
        // Codes and names only: database ids stay on the server.
        classifications={classifications.map(({ id: _id, ...classification }) => classification)}
        categories={categories}
      />
    </>
  );
};

export default RuleSetPage;
