import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspMeta } from './scripts/vite/csp.ts';
import { offline } from './scripts/vite/offline.ts';

export default defineConfig({
  plugins: [react(), cspMeta(), offline()],
  // ES workers: with the default format a dynamic import() inside the worker is inlined,
  // and the dictionaries would no longer load lazily.
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'holdout/**/*.test.ts'],
    environment: 'node',
    // Many tests inspect whole reports; on a loaded 2-core machine one took over the 5 s
    // default. Speed is measured by `npm run bench`, never asserted here.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
