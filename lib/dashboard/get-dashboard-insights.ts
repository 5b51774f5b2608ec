import { getAutoApprovalRates } from "./get-auto-approval-rates";
import { getConfidenceDistribution } from "./get-confidence-distribution";
import { getCorrectionDrift } from "./get-correction-drift";
import { getInvoicesTodayByStatus } from "./get-invoices-today-by-status";
import { getProcessingTimes } from "./get-processing-times";
import { getReviewBacklog } from "./get-review-backlog";
import { getDashboardWindows } from "./dashboard-windows";
import { ZDashboardInsights, type TDashboardInsights } from "./schemas";

export type GetDashboardInsightsOptions = { now?: Date };

/** The home page's charts, every aggregate computed in PostgreSQL over windows taken from one instant. */
export const getDashboardInsights = async ({ now = new Date() }: GetDashboardInsightsOptions = {}): Promise<TDashboardInsights> => {
  const windows = getDashboardWindows(now);
  const [today, backlog, autoApproval, processingTimes, confidence, drift] = await Promise.all([
    getInvoicesTodayByStatus({ windows }),
    getReviewBacklog({ windows }),
    getAutoApprovalRates({ windows }),
    getProcessingTimes({ windows }),
    getConfidenceDistribution({ windows }),
    getCorrectionDrift({ windows }),
  ]);
  return ZDashboardInsights.parse({ today, backlog, autoApproval, processingTimes, confidence, drift, generatedAt: now.toISOString() });
};
