import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { getSessionUser } from "@/lib/auth/get-session-user";

export const dynamic = "force-dynamic";

const SignedInLayout = async ({ children }: { children: ReactNode }) => {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return <AppShell user={user}>{children}</AppShell>;
};

export default SignedInLayout;
