export type BuildContentSecurityPolicyOptions = {
  /** Fresh per request: only scripts and style elements carrying it run. */
  nonce: string;
  /** next dev: React rebuilds server error stacks with eval. */
  development: boolean;
  /** Served over https: subresources are upgraded too. */
  https: boolean;
};

/**
 * The page CSP. Scripts run only with the request's nonce ('strict-dynamic' lets Next's loader add its chunks);
 * <style> elements need it too (Next and the emotion cache set it); style attributes stay allowed because MUI and
 * Next render them in the server HTML and they cannot carry a nonce. Nothing may frame the app.
 */
export const buildContentSecurityPolicy = ({ nonce, development, https }: BuildContentSecurityPolicyOptions): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
