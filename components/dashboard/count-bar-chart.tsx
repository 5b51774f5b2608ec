"use client";

import { BarChart } from "@mui/x-charts/BarChart";
import { formatCount } from "@/lib/format/format-cop";

export type CountBarChartProps = {
  /** One bar per row: its category label and its invoice count. */
  rows: { label: string; count: number }[];
  title: string;
  color: string;
  height: number;
  /** Bars across, categories down the side: for long category names. */
  horizontal?: boolean;
};

/** Invoice counts per category, the shape of most dashboard charts. */
export const CountBarChart = ({ rows, title, color, height, horizontal = false }: CountBarChartProps) => {
  const categories = { scaleType: "band" as const, dataKey: "label", tickLabelStyle: { fontSize: 11 } };
  const counts = { tickMinStep: 1, valueFormatter: (value: number) => formatCount(value) };
  return (
    <BarChart
      height={height}
      skipAnimation
      layout={horizontal ? "horizontal" : "vertical"}
      dataset={rows}
      xAxis={[horizontal ? counts : categories]}
      yAxis={[horizontal ? { ...categories, width: 90 } : { ...counts, width: 40 }]}
      series={[{ dataKey: "count", label: "Facturas", color, valueFormatter: (value) => formatCount(value ?? 0) }]}
      hideLegend
      title={title}
    />
  );
};
