import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { ReviewQueueTable } from "@/components/review/review-queue-table";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { ZPageQuery } from "@/lib/invoices/schemas";
import { findReviewQueue } from "@/lib/review/find-review-queue";

export const metadata: Metadata = { title: "Revisión" };

const ReviewPage = async ({ searchParams }: { searchParams: Promise<Record<string, string>> }) => {
  const user = await requirePageUser("revision");
  const query = ZPageQuery.catch({ page: 1, pageSize: 25 }).parse(await searchParams);
  const data = await findReviewQueue(query);
  return (
    <>
      <PageHeader title="Revisión" subtitle="Facturas con baja confianza o hallazgos de validación: urgentes primero, luego las más antiguas" />
      <ReviewQueueTable data={data} userId={user.id} />
    </>
  );
};

export default ReviewPage;
