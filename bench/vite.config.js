// Two pages, one per baseline; relative asset URLs so scripts/perf.mjs can
// serve dist/ under /bench/.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { lit: 'lit.html', rjsf: 'rjsf.html' } },
  },
});
