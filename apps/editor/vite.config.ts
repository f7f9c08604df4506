import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '@veranderlogica/server/csp';

// The built editor's Content-Security-Policy comes from the room server's `csp.ts`, so the page and the server that
// serves it declare the same. Only the build gets it (the development server injects an inline script for hot
// reloading); the browser tests run against the build.

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
