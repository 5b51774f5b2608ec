import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useId, type ReactNode } from "react";

export type ChartFigureProps = {
  title: string;
  /** What the chart shows, in words: read by screen readers (and shown) since the SVG itself says little. */
  description: string;
  children: ReactNode;
  testId?: string;
};

/** A dashboard card whose chart is a figure named by its heading and described by a sentence of its data. */
export const ChartFigure = ({ title, description, children, testId }: ChartFigureProps) => {
  const id = useId();
  return (
    <Paper
      component="figure"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      data-testid={testId}
      sx={{ p: 2.5, m: 0, flex: "1 1 380px", minWidth: 0, display: "flex", flexDirection: "column" }}
    >
      <Typography id={`${id}-title`} variant="h3" component="h2">
        {title}
      </Typography>
      <Typography id={`${id}-description`} component="figcaption" variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 1 }}>
        {description}
      </Typography>
      {children}
    </Paper>
  );
};
