"use client";

import BlockOutlined from "@mui/icons-material/BlockOutlined";
import DownloadOutlined from "@mui/icons-material/DownloadOutlined";
import MailOutlined from "@mui/icons-material/MailOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Snackbar from "@mui/material/Snackbar";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TablePagination from "@mui/material/TablePagination";
import TableRow from "@mui/material/TableRow";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import type { TRole } from "@/lib/auth/schemas";
import { CERTIFICATE_STATUS_LABELS, type TCertificateListItem } from "@/lib/certificates/schemas";
import { formatDateTime } from "@/lib/format/format-date";
import { useGetCertificatesQuery } from "@/lib/store/api";
import { EmailCertificateDialog } from "./email-certificate-dialog";
import { VoidCertificateDialog } from "./void-certificate-dialog";

const PAGE_SIZES = [25, 50, 100];

const StatusCell = ({ certificate }: { certificate: TCertificateListItem }) => {
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={certificate.status === "VALID" ? "success" : "error"}
      label={CERTIFICATE_STATUS_LABELS[certificate.status]}
    />
  );
  if (certificate.status === "VALID") return chip;
  return (
    <Stack spacing={0.25} sx={{ alignItems: "flex-start" }}>
      <Tooltip title={certificate.voidReason ?? ""}>{chip}</Tooltip>
      {certificate.replacedByNumber && (
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: "nowrap" }}>
          Reemplazado por {certificate.replacedByNumber}
        </Typography>
      )}
    </Stack>
  );
};

/** Certificados: every role downloads; staff e-mail; Admins void or reissue with a reason. */
export const CertificateList = ({ role }: { role: TRole }) => {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [emailing, setEmailing] = useState<TCertificateListItem | null>(null);
  const [voiding, setVoiding] = useState<TCertificateListItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, isFetching } = useGetCertificatesQuery({ page, pageSize });
  const canEmail = role === "ADMIN" || role === "OPERATOR";
  const canVoid = role === "ADMIN";

  return (
    <Paper>
      {isFetching && <LinearProgress aria-label="Cargando certificados" />}
      {error && <Alert severity="error">{apiErrorMessage(error, "No se pudieron cargar los certificados.")}</Alert>}
      <TableContainer>
        <Table size="small" aria-label="Certificados">
          <TableHead>
            <TableRow>
              <TableCell>Número</TableCell>
              <TableCell>Factura</TableCell>
              <TableCell>Proveedor</TableCell>
              <TableCell>Emitido</TableCell>
              <TableCell>Estado</TableCell>
              <TableCell align="right">Acciones</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.items.map((certificate) => (
              <TableRow key={certificate.id} hover>
                <TableCell sx={{ fontWeight: 600, whiteSpace: "nowrap" }}>{certificate.number}</TableCell>
                <TableCell>{certificate.invoiceNumber ?? "—"}</TableCell>
                <TableCell>{certificate.supplierName ?? "—"}</TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDateTime(certificate.issuedAt)}</TableCell>
                <TableCell>
                  <StatusCell certificate={certificate} />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  <Tooltip title="Descargar PDF">
                    <IconButton
                      component="a"
                      href={`/api/certificates/${certificate.id}/download`}
                      aria-label={`Descargar ${certificate.number}`}
                    >
                      <DownloadOutlined />
                    </IconButton>
                  </Tooltip>
                  {canEmail && certificate.status === "VALID" && (
                    <Tooltip title="Enviar por correo">
                      <IconButton onClick={() => setEmailing(certificate)} aria-label={`Enviar ${certificate.number} por correo`}>
                        <MailOutlined />
                      </IconButton>
                    </Tooltip>
                  )}
                  {canVoid && certificate.status === "VALID" && (
                    <Tooltip title="Anular o reemitir">
                      <IconButton onClick={() => setVoiding(certificate)} aria-label={`Anular ${certificate.number}`} color="error">
                        <BlockOutlined />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {data && data.items.length === 0 && (
        <Box sx={{ py: 6, textAlign: "center" }}>
          <Typography variant="h3" component="p">
            Aún no hay certificados emitidos
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Cada factura registrada recibe un certificado con código de verificación.
          </Typography>
        </Box>
      )}
      <TablePagination
        component="div"
        count={data?.total ?? 0}
        page={page - 1}
        rowsPerPage={pageSize}
        rowsPerPageOptions={PAGE_SIZES}
        onPageChange={(_, next) => setPage(next + 1)}
        onRowsPerPageChange={(event) => {
          setPageSize(Number(event.target.value));
          setPage(1);
        }}
        labelRowsPerPage="Filas por página"
        labelDisplayedRows={({ from, to, count }) => `${from}–${to} de ${count}`}
      />
      <EmailCertificateDialog
        certificate={emailing}
        onClose={(sentTo) => {
          setEmailing(null);
          if (sentTo) setNotice(`Certificado enviado a ${sentTo.join(", ")}.`);
        }}
      />
      <VoidCertificateDialog
        certificate={voiding}
        onClose={(done) => {
          setVoiding(null);
          if (done) setNotice(done);
        }}
      />
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={() => setNotice(null)} message={notice ?? ""} />
    </Paper>
  );
};
