import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` makes every asset URL relative, so the built page loads both
// inside the Wails window (asset server) and from http://127.0.0.1:PORT/.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  // Vitest must load Svelte's browser build so components can be mounted.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
});
