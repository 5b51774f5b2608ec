import type { Metadata } from "next";
import { CertificateList } from "@/components/certificates/certificate-list";
import { PageHeader } from "@/components/common/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Certificados" };

const CertificatesPage = async () => {
  const user = await requirePageUser("certificados");
  return (
    <>
      <PageHeader title="Certificados" subtitle="Comprobantes de registro emitidos, con su código de verificación pública" />
      <CertificateList role={user.role} />
    </>
  );
};

export default CertificatesPage;
