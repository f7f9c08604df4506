import { defineConfig } from 'vite';

// The <veranderlogica-viewer> element for web pages: one script module with core and layout inside; ELK goes in a file
// of its own beside it, loaded only for a plan without places (a plan saved from the editor never needs it).
export default defineConfig({
  resolve: { conditions: ['veranderlogica-source'] },
  build: {
    target: 'es2022',
    outDir: 'bundle',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 3_000,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'veranderlogica-viewer.js',
    },
    // Library builds keep ES output readable; this one is a file for web pages, so it is minified.
    rolldownOptions: { output: { minify: true } },
  },
});
