import type { Metadata } from "next";
import { CertificateVerificationView } from "@/components/certificates/certificate-verification-view";
import { getCertificateVerification } from "@/lib/certificates/get-certificate-verification";

export const metadata: Metadata = { title: "Verificar certificado", robots: { index: false, follow: false } };

const VerifyCertificatePage = async ({ params }: { params: Promise<{ code: string }> }) => {
  const { code: raw } = await params;
  // A hand-typed link may hold a stray "%": treat it as an unknown code, not a server error.
  let code = raw;
  try {
    code = decodeURIComponent(raw);
  } catch {
    code = raw;
  }
  const verification = await getCertificateVerification({ code });
  return <CertificateVerificationView code={code} verification={verification} />;
};

export default VerifyCertificatePage;
