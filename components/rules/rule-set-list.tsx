"use client";

import AddOutlined from "@mui/icons-material/AddOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { useCreateDraftRuleSetMutation, useListRuleSetsQuery } from "@/lib/store/api";
import { RuleSetStatusChip } from "./rule-set-status-chip";

const ruleSetHref = (id: string) => `/administracion/reglas/${id}`;

export const RuleSetList = () => {
  const router = useRouter();
  const { data, error, isLoading, isFetching } = useListRuleSetsQuery();
  const [createDraft, creation] = useCreateDraftRuleSetMutation();
  const draft = data?.find((ruleSet) => ruleSet.status === "DRAFT");
  const today = toBogotaIsoDate();

  const handleCreate = async () => {
    const result = await createDraft();
    if ("data" in result && result.data) router.push(ruleSetHref(result.data.id));
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
        {draft ? (
          <Button variant="contained" component={NextLink} href={ruleSetHref(draft.id)}>
            Editar el borrador (versión {draft.version})
          </Button>
        ) : (
          <Button
            variant="contained"
            startIcon={<AddOutlined />}
            onClick={() => void handleCreate()}
            disabled={isLoading || creation.isLoading}
          >
            Crear borrador desde la versión vigente
          </Button>
        )}
        <Typography variant="body2" color="text.secondary">
          {draft
            ? "Solo puede haber un borrador a la vez: publíquelo o elimínelo para empezar otro."
            : "El borrador copia la última versión publicada; nada cambia hasta que se publique con una fecha efectiva."}
        </Typography>
      </Stack>
      {creation.error && (
        <Alert severity="error">{apiErrorMessage(creation.error, "No fue posible crear el borrador. Intente de nuevo.")}</Alert>
      )}
      {error && <Alert severity="error">{apiErrorMessage(error, "No fue posible cargar las versiones. Recargue la página.")}</Alert>}
      <Paper>
        {isFetching && <LinearProgress aria-label="Cargando versiones" />}
        <TableContainer>
          <Table size="small" aria-label="Versiones de reglas">
            <TableHead>
              <TableRow>
                <TableCell>Versión</TableCell>
                <TableCell>Estado</TableCell>
                <TableCell>Fecha efectiva</TableCell>
                <TableCell>Descripción</TableCell>
                <TableCell align="right">Reglas</TableCell>
                <TableCell>Creada</TableCell>
                <TableCell>Publicada</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data?.map((ruleSet) => (
                <TableRow key={ruleSet.id} hover selected={ruleSet.inForce}>
                  <TableCell>
                    <Link component={NextLink} href={ruleSetHref(ruleSet.id)} sx={{ fontWeight: 600, whiteSpace: "nowrap" }}>
                      Versión {ruleSet.version}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <RuleSetStatusChip ruleSet={ruleSet} today={today} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{ruleSet.effectiveFrom ? formatCalendarDate(ruleSet.effectiveFrom) : "—"}</TableCell>
                  <TableCell sx={{ maxWidth: 360 }}>{ruleSet.description}</TableCell>
                  <TableCell align="right">{ruleSet.ruleCount}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    {formatDateTime(ruleSet.createdAt)}
                    <Typography variant="caption" component="div" color="text.secondary">
                      {ruleSet.createdBy?.name ?? "Sistema"}
                      {ruleSet.basedOnVersion !== null && ` · desde la versión ${ruleSet.basedOnVersion}`}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    {ruleSet.publishedAt ? (
                      <>
                        {formatDateTime(ruleSet.publishedAt)}
                        <Typography variant="caption" component="div" color="text.secondary">
                          {ruleSet.publishedBy?.name ?? "Sistema"}
                        </Typography>
                      </>
                    ) : (
                      "—"
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {isLoading && (
          <Box sx={{ py: 6, textAlign: "center" }}>
            <Typography color="text.secondary">Cargando versiones…</Typography>
          </Box>
        )}
        {data?.length === 0 && (
          <Box sx={{ py: 6, textAlign: "center" }}>
            <Typography variant="h3" component="p">
              Aún no hay versiones de reglas
            </Typography>
          </Box>
        )}
      </Paper>
    </Stack>
  );
};
