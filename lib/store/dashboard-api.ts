import { ZDashboardInsights, type TDashboardInsights } from "@/lib/dashboard/schemas";
import { cotejoApi } from "./api";

/** The home page's charts (issue 7), on the shared slice under the existing "Dashboard" tag. */
export const dashboardApi = cotejoApi.injectEndpoints({
  endpoints: (build) => ({
    getDashboardInsights: build.query<TDashboardInsights, void>({
      query: () => "dashboard/insights",
      transformResponse: (response: unknown) => ZDashboardInsights.parse(response),
      providesTags: ["Dashboard"],
    }),
  }),
});

export const { useGetDashboardInsightsQuery } = dashboardApi;
