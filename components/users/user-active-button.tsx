"use client";

import Button from "@mui/material/Button";
import Tooltip from "@mui/material/Tooltip";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import type { TUserListItem } from "@/lib/users/schemas";
import { useSetUserActiveMutation } from "@/lib/store/api";

/** Deactivates or reactivates one user; the list is server-rendered, so it is refreshed from the server afterwards. */
export const UserActiveButton = ({ user }: { user: Pick<TUserListItem, "id" | "email" | "active"> }) => {
  const router = useRouter();
  const [setUserActive, { isLoading }] = useSetUserActiveMutation();
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    try {
      await setUserActive({ id: user.id, active: !user.active }).unwrap();
      setError(null);
      router.refresh();
    } catch (caught) {
      setError(apiErrorMessage(caught, "No se pudo cambiar el estado del usuario."));
    }
  };
  return (
    <Tooltip title={error ?? ""} open={!!error} arrow>
      <Button
        size="small"
        color={user.active ? "error" : "primary"}
        disabled={isLoading}
        aria-label={`${user.active ? "Desactivar" : "Reactivar"} ${user.email}`}
        onClick={() => void toggle()}
      >
        {user.active ? "Desactivar" : "Reactivar"}
      </Button>
    </Tooltip>
  );
};
