"use client";

import Autocomplete from "@mui/material/Autocomplete";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { useSearchProductsQuery } from "@/lib/store/api";

export type TProductOption = { code: string; name: string };

export type ProductAutocompleteProps = {
  fieldKey: string;
  label: string;
  value: TProductOption | null;
  needsAttention: boolean;
  readOnly: boolean;
  onChoose: (key: string, product: TProductOption) => void;
  onFocusField: (key: string) => void;
  registerInput: (key: string, element: HTMLInputElement | null) => void;
};

/** A line's product, searched in the catalog as the operator types (arrows and Enter choose, as in any combobox). */
export const ProductAutocomplete = ({ fieldKey, label, value, needsAttention, readOnly, onChoose, onFocusField, registerInput }: ProductAutocompleteProps) => {
  const [input, setInput] = useState("");
  const query = useDebouncedValue(input, 250);
  const typed = query.trim().length >= 2 && query !== (value ? `${value.code} · ${value.name}` : "");
  const { data, isFetching } = useSearchProductsQuery({ q: query, limit: 10 }, { skip: !typed });
  const options: TProductOption[] = typed ? (data?.items ?? []) : value ? [value] : [];
  return (
    <Autocomplete<TProductOption>
      options={options}
      value={value}
      readOnly={readOnly}
      loading={isFetching}
      filterOptions={(candidates) => candidates}
      getOptionLabel={(option) => `${option.code} · ${option.name}`}
      isOptionEqualToValue={(option, selected) => option.code === selected.code}
      onInputChange={(_, text) => setInput(text)}
      // Clearing is not a choice: a line keeps its product until another one is chosen.
      onChange={(_, option) => option && onChoose(fieldKey, option)}
      size="small"
      fullWidth
      noOptionsText={typed ? "Ningún producto coincide" : "Escriba para buscar en el catálogo"}
      loadingText="Buscando…"
      openText="Abrir"
      closeText="Cerrar"
      renderInput={(params) => (
        <TextField
          {...params}
          placeholder="Buscar producto"
          color={value ? undefined : "warning"}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              ref: (element: HTMLInputElement | null) => {
                const { ref } = params.slotProps.htmlInput as { ref?: React.Ref<HTMLInputElement> };
                if (typeof ref === "function") ref(element);
                else if (ref) (ref as React.RefObject<HTMLInputElement | null>).current = element;
                registerInput(fieldKey, element);
              },
              tabIndex: needsAttention ? 0 : -1,
              "aria-label": label,
              "data-field": fieldKey,
              onFocus: (event: React.FocusEvent<HTMLInputElement>) => {
                (params.slotProps.htmlInput as { onFocus?: React.FocusEventHandler<HTMLInputElement> }).onFocus?.(event);
                onFocusField(fieldKey);
              },
            },
          }}
        />
      )}
    />
  );
};
