import { defineConfig } from 'vite';

// The <veranderlogica-viewer> element as one script file: core, layout and ELK inside, nothing else to load.
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
