import type { TExtractedValue } from "@/lib/extraction/schemas";
import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";
import { UBL_NS } from "./ubl-namespaces";
import { xmlValue, type TWarn } from "./xml-value";
import { childOf, childrenOf, pathOf, textOf, type XNode } from "./xml-node";

const { cbc, cac } = UBL_NS;

export type ReadUblPartyOptions = { party: XNode | null; role: "emisor" | "adquiriente"; warn: TWarn };
export type TUblParty = {
  name: TExtractedValue<string> | null;
  id: TExtractedValue<string> | null;
  dv: TExtractedValue<string> | null;
};

/** DIAN identification type 31 is a NIT; only NITs carry a check digit. */
const NIT_SCHEME = "31";

/**
 * The legal name and tax id of a party. The annex puts both in PartyTaxScheme (RegistrationName, CompanyID with
 * the DV in schemeID); PartyLegalEntity, PartyIdentification and the trade names in PartyName are fallbacks, in
 * that order, because PartyName often holds a shop name rather than the legal one.
 */
export const readUblParty = ({ party, role, warn }: ReadUblPartyOptions): TUblParty => {
  const taxScheme = childOf(party, cac, "PartyTaxScheme");
  const legalEntity = childOf(party, cac, "PartyLegalEntity");
  const person = childOf(party, cac, "Person");
  const personName = person
    ? [textOf(childOf(person, cbc, "FirstName")), textOf(childOf(person, cbc, "MiddleName")), textOf(childOf(person, cbc, "FamilyName"))]
        .filter((part): part is string => part !== null)
        .join(" ") || null
    : null;
  const name =
    textOf(childOf(taxScheme, cbc, "RegistrationName")) ??
    textOf(childOf(legalEntity, cbc, "RegistrationName")) ??
    childrenOf(party, cac, "PartyName")
      .map((partyName) => textOf(childOf(partyName, cbc, "Name")))
      .find((value) => value !== null) ??
    personName;

  const idNode =
    [childOf(taxScheme, cbc, "CompanyID"), childOf(legalEntity, cbc, "CompanyID"), pathOf(party, [cac, "PartyIdentification"], [cbc, "ID"])].find(
      (node) => textOf(node) !== null,
    ) ?? null;
  let id = textOf(idNode);
  let dv = idNode?.attrs.schemeID?.trim() || null;
  const isNit = idNode?.attrs.schemeName?.trim() === NIT_SCHEME;
  if (id !== null) {
    // Separators are formatting, not identity: "800.197.268" and "800 197 268" are the same NIT.
    const compact = id.replace(/[\s.]/g, "");
    const withDv = /^(\d+)-(\d)$/.exec(compact);
    if (withDv?.[1] && withDv[2] && (dv === null || dv === withDv[2])) {
      id = withDv[1];
      dv = withDv[2];
    } else {
      id = compact;
    }
  }
  if (id !== null && dv !== null && (isNit || idNode?.attrs.schemeName === undefined)) {
    const expected = computeNitCheckDigit(id);
    if (expected !== null && expected !== dv) {
      warn(
        "NIT_CHECK_DIGIT_INVALID",
        `El dígito de verificación del NIT del ${role} ${id} debería ser ${expected}, no ${dv}; revíselo antes de registrar.`,
      );
    }
  }
  return {
    name: name === null ? null : xmlValue(name),
    id: id === null || id === "" ? null : xmlValue(id),
    dv: dv === null ? null : xmlValue(dv),
  };
};
