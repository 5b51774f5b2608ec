import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { UploadWorkspace } from "@/components/uploads/upload-workspace";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Cargar" };

const UploadPage = async () => {
  await requirePageUser("cargar");
  return (
    <>
      <PageHeader title="Cargar" subtitle="Suba facturas una a una, en grupo o por carpetas; cada carga se procesa como un lote" />
      <UploadWorkspace />
    </>
  );
};

export default UploadPage;
