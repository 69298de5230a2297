/**
 * The Content-Security-Policy of the renderer. The built index.html carries it
 * in a meta tag and browser mode sends the identical header; a test checks both.
 * Styles allow 'unsafe-inline' because the component library sets style
 * attributes; scripts never do.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
