import { parse } from "@marcbachmann/cel-js";

type CompiledExpression = ReturnType<typeof parse>;
const compiled = new Map<string, CompiledExpression>();

const compile = (expression: string): CompiledExpression => {
  let program = compiled.get(expression);
  if (!program) {
    program = parse(expression);
    compiled.set(expression, program);
  }
  return program;
};

/**
 * Evaluates an Inngest expression (CEL) against `event` (and `async` for waits). Integers come back as JS numbers
 * (CEL yields bigint).
 */
export const evaluateExpression = (expression: string, variables: Record<string, unknown>): unknown => {
  const value: unknown = compile(expression)(variables);
  return typeof value === "bigint" ? Number(value) : value;
};

/**
 * A filter (`if`, trigger expression): true only when the expression yields true. A reference to a missing field
 * makes it false rather than an error, as in Inngest.
 */
export const evaluateCondition = (expression: string, variables: Record<string, unknown>): boolean => {
  try {
    return evaluateExpression(expression, variables) === true;
  } catch {
    return false;
  }
};

/** Throws on a syntax error, so that a bad expression is reported at sync rather than silently never matching. */
export const assertValidExpression = (expression: string): void => {
  compile(expression);
};
