"use client";

import Button, { type ButtonProps } from "@mui/material/Button";
import Link from "next/link";

/** An MUI button that navigates with next/link; usable from server components. */
export const LinkButton = ({ href, ...props }: Omit<ButtonProps<typeof Link>, "component"> & { href: string }) => (
  <Button component={Link} href={href} {...props} />
);
