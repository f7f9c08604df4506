import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

// A service worker (Workbox, through vite-plugin-pwa) keeps the app shell: a participant's phone that reloads during an
// outage still opens the room's page, with its plan and its queue from IndexedDB. Only the built files are kept; the
// room's API and its WebSocket always go to the network. Registered from main.tsx, so no inline script is needed.
const appShell = VitePWA({
  injectRegister: false,
  registerType: 'autoUpdate',
  manifest: false,
  workbox: {
    // Kept at once: the page, its styles and fonts. Each page then keeps the scripts it loads itself
    // (`keep-offline.ts`): a phone keeps the participant's page and never fetches the editor, the layout engine,
    // slides or workbooks over the venue's network; a laptop keeps the editor it opened.
    globPatterns: ['index.html', '**/*.{css,woff2,svg}'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    runtimeCaching: [
      {
        // Built files carry their hash in the name and never change: kept once fetched. Room for the editor's
        // scripts (about 40 at start, more as menus and views open) and those of the version before.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
        handler: 'CacheFirst',
        // A file kept on request has no Origin header, a module script asks with one: a server that answers
        // `Vary: Origin` (Vite's preview does) would otherwise make every kept script a miss.
        options: { cacheName: 'veranderlogica-assets', expiration: { maxEntries: 200 }, matchOptions: { ignoreVary: true } },
      },
    ],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/api\//],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), appShell],
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
