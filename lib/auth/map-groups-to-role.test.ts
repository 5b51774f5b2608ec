import { expect, test } from "vitest";
import { mapGroupsToRole, parseRoleGroups, readGroupsClaim } from "./map-groups-to-role";

const mapping = parseRoleGroups("ADMIN=BMC-Admin|TI-Admins, OPERATOR=BMC-Operator, VIEWER=BMC-Viewer, BOGUS=x");

test.each([
  [["BMC-Viewer"], "VIEWER"],
  [["BMC-Operator", "BMC-Viewer"], "OPERATOR"],
  [["TI-Admins"], "ADMIN"],
  [["Otro", "BMC-Admin", "BMC-Viewer"], "ADMIN"],
  [["Otro"], null],
  [[], null],
])("groups %j → %s", (groups, role) => {
  expect(mapGroupsToRole(groups, mapping)).toBe(role);
});

test("unknown roles in the setting are ignored", () => {
  expect([...mapping.keys()].sort()).toEqual(["ADMIN", "OPERATOR", "VIEWER"]);
});

test("the groups claim is read whether it is an array or a string", () => {
  expect(readGroupsClaim({ "cognito:groups": ["a", "b", 3] }, "cognito:groups")).toEqual(["a", "b"]);
  expect(readGroupsClaim({ groups: "a b,c" }, "groups")).toEqual(["a", "b", "c"]);
  expect(readGroupsClaim(undefined, "groups")).toEqual([]);
});
