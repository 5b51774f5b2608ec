import type { Metadata } from "next";
import { CertificateVerificationView } from "@/components/certificates/certificate-verification-view";
import { getCertificateVerification } from "@/lib/certificates/get-certificate-verification";

export const metadata: Metadata = { title: "Verificar certificado", robots: { index: false, follow: false } };

const VerifyCertificatePage = async ({ params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const verification = await getCertificateVerification({ code: decodeURIComponent(code) });
  return <CertificateVerificationView code={code} verification={verification} />;
};

export default VerifyCertificatePage;
