"use client";

import AddOutlined from "@mui/icons-material/AddOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { apiErrorMessage } from "@/components/common/api-error-message";
import type { TDianClassification } from "@/lib/catalog/schemas";
import {
  newRuleRowKey,
  toRuleSetDraftInput,
  toRuleSetFormValues,
  type TRuleFormRow,
  type TRuleSetFormValues,
} from "@/lib/commissions/rule-sets/rule-set-form-values";
import { RULE_KIND_LABELS, ZFieldError, ZRuleSetDraftInput, type TRuleSetDetail } from "@/lib/commissions/rule-sets/schemas";
import { ZCommissionRuleKind } from "@/lib/commissions/schemas";
import { useUpdateDraftRuleSetMutation } from "@/lib/store/api";

type FieldErrors = Record<string, string>;

const ZErrorDetails = z.object({ data: z.object({ error: z.object({ details: z.array(ZFieldError) }) }) });

const percentInput = { input: { endAdornment: <InputAdornment position="end">%</InputAdornment> }, htmlInput: { inputMode: "decimal" as const } };
const pesoInput = { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> }, htmlInput: { inputMode: "numeric" as const } };

export type RuleSetFormProps = {
  ruleSet: TRuleSetDetail;
  classifications: TDianClassification[];
  categories: string[];
  onDirtyChange: (dirty: boolean) => void;
};

/**
 * The draft's editor. Rates are typed as percentages and amounts as pesos; on save they are converted and checked
 * with the same schema the API uses, so most errors show before the request and the server's (classification or
 * category unknown) land on the same fields.
 */
export const RuleSetForm = ({ ruleSet, classifications, categories, onDirtyChange }: RuleSetFormProps) => {
  const [values, setValues] = useState<TRuleSetFormValues>(() => toRuleSetFormValues(ruleSet));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  // The version this editor last saw: the mutation's answer, without waiting for the detail to be fetched again.
  const [updatedAt, setUpdatedAt] = useState(ruleSet.updatedAt);
  const [updateDraft, update] = useUpdateDraftRuleSetMutation();
  const classificationByCode = new Map(classifications.map((classification) => [classification.code, classification]));

  const change = (next: TRuleSetFormValues) => {
    setValues(next);
    setSaved(false);
    onDirtyChange(true);
  };
  const setField = (field: Exclude<keyof TRuleSetFormValues, "rules">, value: string) => change({ ...values, [field]: value });
  const setRule = (index: number, patch: Partial<TRuleFormRow>) =>
    change({ ...values, rules: values.rules.map((row, position) => (position === index ? { ...row, ...patch } : row)) });
  const addRule = () =>
    change({
      ...values,
      rules: [
        ...values.rules,
        { key: newRuleRowKey(), kind: "AMOUNT_BRACKET", minAmount: "", maxAmount: "", classificationCode: "", category: "", feePercent: "", commissionPercent: "" },
      ],
    });
  const removeRule = (index: number) => {
    change({ ...values, rules: values.rules.filter((_, position) => position !== index) });
    // Rule errors are indexed by position; after a removal they would point at the wrong rows.
    setErrors({});
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, errors: conversionErrors } = toRuleSetDraftInput(values);
    const parsed = ZRuleSetDraftInput.safeParse(input);
    const found: FieldErrors = {};
    if (!parsed.success) for (const issue of parsed.error.issues) found[issue.path.join(".")] ??= issue.message;
    Object.assign(found, conversionErrors);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await updateDraft({ id: ruleSet.id, expectedUpdatedAt: updatedAt, draft: input });
    if ("error" in result) {
      const details = ZErrorDetails.safeParse(result.error);
      if (details.success) setErrors(Object.fromEntries(details.data.data.error.details.map((detail) => [detail.path, detail.message])));
      return;
    }
    setUpdatedAt(result.data.updatedAt);
    setSaved(true);
    onDirtyChange(false);
  };

  const fieldError = (path: string) => ({ error: Boolean(errors[path]), helperText: errors[path] });
  const unplaced = Object.entries(errors).filter(([path]) => path === "" || path === "rules");

  return (
    <Paper component="form" noValidate onSubmit={(event: FormEvent) => void handleSubmit(event)} sx={{ p: 2.5 }} aria-label="Editar borrador">
      <Stack spacing={2.5}>
        <TextField
          label="Descripción"
          value={values.description}
          onChange={(event) => setField("description", event.target.value)}
          size="small"
          fullWidth
          required
          {...fieldError("description")}
        />
        <Box>
          <Typography variant="h3" component="h2" sx={{ mb: 1.5 }}>
            Tarifa BMC
          </Typography>
          <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
            <TextField label="Tarifa BMC" value={values.feePercent} onChange={(event) => setField("feePercent", event.target.value)} size="small" slotProps={percentInput} {...fieldError("feeRateBps")} />
            <TextField label="Mínimo por factura" value={values.feeMin} onChange={(event) => setField("feeMin", event.target.value)} size="small" slotProps={pesoInput} {...fieldError("feeMin")} />
            <TextField label="Máximo por factura" placeholder="Sin máximo" value={values.feeMax} onChange={(event) => setField("feeMax", event.target.value)} size="small" slotProps={pesoInput} {...fieldError("feeMax")} />
          </Stack>
        </Box>
        <Box>
          <Typography variant="h3" component="h2" sx={{ mb: 1.5 }}>
            Comisión del corredor
          </Typography>
          <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
            <TextField label="Comisión" value={values.commissionPercent} onChange={(event) => setField("commissionPercent", event.target.value)} size="small" slotProps={percentInput} {...fieldError("commissionRateBps")} />
            <TextField label="Mínimo por factura" value={values.commissionMin} onChange={(event) => setField("commissionMin", event.target.value)} size="small" slotProps={pesoInput} {...fieldError("commissionMin")} />
            <TextField label="Máximo por factura" placeholder="Sin máximo" value={values.commissionMax} onChange={(event) => setField("commissionMax", event.target.value)} size="small" slotProps={pesoInput} {...fieldError("commissionMax")} />
          </Stack>
        </Box>
        <TextField
          label="Antigüedad máxima de la factura"
          value={values.maxInvoiceAgeDays}
          onChange={(event) => setField("maxInvoiceAgeDays", event.target.value)}
          size="small"
          sx={{ maxWidth: 280 }}
          slotProps={{ input: { endAdornment: <InputAdornment position="end">días</InputAdornment> }, htmlInput: { inputMode: "numeric" } }}
          {...fieldError("maxInvoiceAgeDays")}
        />
        <Box>
          <Typography variant="h3" component="h2">
            Reglas adicionales
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            Para cada línea manda la tarifa de su clasificación, luego la de su categoría, luego la del tramo del valor
            elegible de la factura y por último la base. Una tarifa vacía deja ese cobro a la regla siguiente.
          </Typography>
          <Stack spacing={1.5} role="list" aria-label="Reglas adicionales">
            {values.rules.map((row, index) => (
              <Stack key={row.key} role="listitem" aria-label={`Regla ${index + 1}`} direction={{ xs: "column", lg: "row" }} spacing={1.5} sx={{ alignItems: { lg: "flex-start" } }}>
                <TextField
                  select
                  label={`Regla ${index + 1}: tipo`}
                  value={row.kind}
                  onChange={(event) => {
                    const kind = ZCommissionRuleKind.safeParse(event.target.value);
                    if (kind.success) setRule(index, { kind: kind.data });
                  }}
                  size="small"
                  sx={{ width: { lg: 210 }, flexShrink: 0 }}
                >
                  {ZCommissionRuleKind.options.map((kind) => (
                    <MenuItem key={kind} value={kind}>
                      {RULE_KIND_LABELS[kind]}
                    </MenuItem>
                  ))}
                </TextField>
                {/* One fixed-width slot for the condition, so the rate columns line up whatever the rule's kind. */}
                <Stack direction="row" spacing={1.5} sx={{ width: { lg: 400 }, flexShrink: 0 }}>
                {row.kind === "AMOUNT_BRACKET" && (
                  <>
                    <TextField label="Desde" value={row.minAmount} onChange={(event) => setRule(index, { minAmount: event.target.value })} size="small" slotProps={pesoInput} sx={{ flex: 1 }} {...fieldError(`rules.${index}.minAmount`)} />
                    <TextField label="Hasta (sin incluir)" placeholder="En adelante" value={row.maxAmount} onChange={(event) => setRule(index, { maxAmount: event.target.value })} size="small" slotProps={pesoInput} sx={{ flex: 1 }} {...fieldError(`rules.${index}.maxAmount`)} />
                  </>
                )}
                {row.kind === "CLASSIFICATION_RATE" && (
                  <Autocomplete
                    options={classifications.map((classification) => classification.code)}
                    value={row.classificationCode || null}
                    onChange={(_, code) => setRule(index, { classificationCode: code ?? "" })}
                    getOptionLabel={(code) => {
                      const classification = classificationByCode.get(code);
                      return classification ? `${code} · ${classification.name}` : code;
                    }}
                    size="small"
                    sx={{ flex: 1 }}
                    renderInput={(params) => <TextField {...params} label="Clasificación DIAN" {...fieldError(`rules.${index}.classificationCode`)} />}
                    noOptionsText="Ninguna clasificación coincide"
                    openText="Abrir"
                    closeText="Cerrar"
                    clearText="Borrar"
                  />
                )}
                {row.kind === "CATEGORY_RATE" && (
                  <Autocomplete
                    options={categories}
                    value={row.category || null}
                    onChange={(_, category) => setRule(index, { category: category ?? "" })}
                    size="small"
                    sx={{ flex: 1 }}
                    renderInput={(params) => <TextField {...params} label="Categoría de producto" {...fieldError(`rules.${index}.category`)} />}
                    noOptionsText="Ninguna categoría coincide"
                    openText="Abrir"
                    closeText="Cerrar"
                    clearText="Borrar"
                  />
                )}
                </Stack>
                <TextField label="Tarifa BMC" placeholder="—" value={row.feePercent} onChange={(event) => setRule(index, { feePercent: event.target.value })} size="small" slotProps={percentInput} sx={{ width: { lg: 150 }, flexShrink: 0 }} {...fieldError(`rules.${index}.feeRateBps`)} />
                <TextField label="Comisión" placeholder="—" value={row.commissionPercent} onChange={(event) => setRule(index, { commissionPercent: event.target.value })} size="small" slotProps={percentInput} sx={{ width: { lg: 150 }, flexShrink: 0 }} {...fieldError(`rules.${index}.commissionRateBps`)} />
                <Tooltip title="Quitar la regla">
                  <IconButton aria-label={`Quitar la regla ${index + 1}`} onClick={() => removeRule(index)}>
                    <DeleteOutlined />
                  </IconButton>
                </Tooltip>
              </Stack>
            ))}
            {values.rules.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                Sin reglas adicionales: todas las líneas elegibles usan las tarifas base.
              </Typography>
            )}
          </Stack>
          <Button startIcon={<AddOutlined />} onClick={addRule} sx={{ mt: 1.5 }}>
            Agregar regla
          </Button>
        </Box>
        {unplaced.map(([path, message]) => (
          <Alert key={path} severity="error">
            {message}
          </Alert>
        ))}
        {Object.keys(errors).length > 0 && unplaced.length === 0 && (
          <Alert severity="error">Revise los campos marcados.</Alert>
        )}
        {update.error && !ZErrorDetails.safeParse(update.error).success && (
          <Alert severity="error">{apiErrorMessage(update.error, "No fue posible guardar el borrador. Intente de nuevo.")}</Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <Button type="submit" variant="contained" disabled={update.isLoading}>
            {update.isLoading ? "Guardando…" : "Guardar borrador"}
          </Button>
          {saved && (
            <Typography variant="body2" color="success.main" role="status">
              Borrador guardado.
            </Typography>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
};
