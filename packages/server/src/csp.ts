/**
 * The editor's Content-Security-Policy, in one place: the built editor declares it in a `<meta>` tag, and the room
 * server, which serves that editor, sends it on every answer (adding `frame-ancestors 'none'`, which only a header
 * can carry). Its own scripts and workers only, no inline script, no eval, nothing fetched from elsewhere. Inline
 * styles stay allowed: React Flow positions every card with a style attribute, and the report's print view carries
 * its own stylesheet; fonts may come as data (a picture that carries its font).
 *
 * @example
 * response.setHeader('content-security-policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self' blob: data:",
].join('; ');
