import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

export type DataTableColumn<Row> = {
  key: string;
  header: string;
  align?: "left" | "right" | "center";
  render: (row: Row) => ReactNode;
};

type DataTableProps<Row> = {
  label: string;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  emptyTitle: string;
  emptyHint?: string;
  footer?: ReactNode;
};

/** A read-only table rendered on the server: cells are formatted before they reach the browser. */
export const DataTable = <Row,>({ label, columns, rows, rowKey, emptyTitle, emptyHint, footer }: DataTableProps<Row>) => (
  <Paper>
    {/* A tab stop, so that a keyboard can scroll a table wider than the screen sideways. */}
    <TableContainer tabIndex={0} role="region" aria-label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.key} align={column.align}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} hover>
              {columns.map((column) => (
                // Amounts (right-aligned) never break between the sign and the digits.
                <TableCell key={column.key} align={column.align} sx={column.align === "right" ? { whiteSpace: "nowrap" } : undefined}>
                  {column.render(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
    {rows.length === 0 && (
      <Box sx={{ py: 6, textAlign: "center" }}>
        <Typography variant="h3" component="p">
          {emptyTitle}
        </Typography>
        {emptyHint && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {emptyHint}
          </Typography>
        )}
      </Box>
    )}
    {footer}
  </Paper>
);
