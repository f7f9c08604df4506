import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Read the workspace packages' sources directly: no rebuild step while developing.
    conditions: ['source'],
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
