import type { Metadata } from "next";
import { ReviewScreen } from "@/components/review/review-screen";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Revisión de factura" };

const ReviewInvoicePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const user = await requirePageUser("revision");
  const { id } = await params;
  return <ReviewScreen key={id} invoiceId={id} user={{ id: user.id, email: user.email, role: user.role }} />;
};

export default ReviewInvoicePage;
