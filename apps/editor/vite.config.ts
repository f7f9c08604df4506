import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built editor's Content-Security-Policy: its own scripts and workers only, no inline script, no eval, nothing
 * fetched from elsewhere. Inline styles stay allowed: React Flow positions every card with a style attribute, and
 * the report's print view carries its own stylesheet. Only the build gets it (the development server injects an
 * inline script for hot reloading); the browser tests run against the build.
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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'veranderlogica-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    // Read the workspace packages' sources directly: no rebuild step while developing.
    conditions: ['veranderlogica-source'],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2_000,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
