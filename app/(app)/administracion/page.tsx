import Chip from "@mui/material/Chip";
import type { Metadata } from "next";
import { DataTable } from "@/components/common/data-table";
import { PageHeader } from "@/components/common/page-header";
import { AdministrationTabs } from "@/components/rules/administration-tabs";
import { UserActiveButton } from "@/components/users/user-active-button";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { ROLE_LABELS } from "@/lib/auth/schemas";
import { formatDateTime } from "@/lib/format/format-date";
import { findUsers } from "@/lib/users/find-users";

export const metadata: Metadata = { title: "Administración" };

const AdministrationPage = async () => {
  const admin = await requirePageUser("administracion");
  const users = await findUsers();
  return (
    <>
      <PageHeader title="Administración" subtitle="Usuarios y roles" />
      <AdministrationTabs />
      <DataTable
        label="Usuarios"
        rows={users}
        rowKey={(user) => user.id}
        emptyTitle="No hay usuarios"
        columns={[
          { key: "name", header: "Nombre", render: (user) => user.name },
          { key: "email", header: "Correo", render: (user) => user.email },
          { key: "role", header: "Rol", render: (user) => ROLE_LABELS[user.role] },
          {
            key: "active",
            header: "Estado",
            render: (user) => (
              <Chip size="small" variant="outlined" color={user.active ? "success" : "default"} label={user.active ? "Activo" : "Inactivo"} />
            ),
          },
          { key: "lastSignIn", header: "Último ingreso", render: (user) => (user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Nunca") },
          // An Admin cannot deactivate themselves (lib/users/set-user-active.ts), so their own row has no button.
          { key: "actions", header: "Acciones", render: (user) => (user.id === admin.id ? null : <UserActiveButton user={user} />) },
        ]}
      />
    </>
  );
};

export default AdministrationPage;
