import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { swedenOutline } from './vite/sweden-outline.ts';

const API = process.env.STRATEGIGRAFEN_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react(), swedenOutline()],
  server: {
    proxy: {
      '/graphql': API,
      '/healthz': API,
      '/readyz': API,
    },
  },
  preview: {
    proxy: {
      '/graphql': API,
      '/healthz': API,
      '/readyz': API,
    },
  },
  build: {
    // the sigma/graphology and recharts chunks are loaded only by the views that need them
    chunkSizeWarningLimit: 700,
  },
});
