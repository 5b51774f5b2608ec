"use client";

import Box from "@mui/material/Box";
import Pagination from "@mui/material/Pagination";
import PaginationItem from "@mui/material/PaginationItem";
import Typography from "@mui/material/Typography";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { formatCount } from "@/lib/format/format-cop";

type PagePaginationProps = { page: number; pageSize: number; total: number };

/** Page links that keep the other query parameters (search, filters) of the current URL. */
export const PagePagination = ({ page, pageSize, total }: PagePaginationProps) => {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (target: number | null) => {
    const params = new URLSearchParams(searchParams.toString());
    params.set("page", String(target ?? 1));
    return `${pathname}?${params.toString()}`;
  };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", px: 2, py: 1.5, gap: 2, flexWrap: "wrap" }}>
      <Typography variant="body2" color="text.secondary">
        {formatCount(first)}–{formatCount(last)} de {formatCount(total)}
      </Typography>
      {pageCount > 1 && (
        <Pagination
          page={page}
          count={pageCount}
          size="small"
          renderItem={(item) => <PaginationItem component={Link} href={hrefFor(item.page)} {...item} />}
        />
      )}
    </Box>
  );
};
