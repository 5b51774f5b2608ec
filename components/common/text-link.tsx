"use client";

import Link, { type LinkProps } from "@mui/material/Link";
import NextLink from "next/link";

/** An MUI text link that navigates with next/link; usable from server components. */
export const TextLink = ({ href, ...props }: Omit<LinkProps<typeof NextLink>, "component"> & { href: string }) => (
  <Link component={NextLink} href={href} {...props} />
);
