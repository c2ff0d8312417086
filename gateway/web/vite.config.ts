import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// the gateway serves dist/ at /; in development (vite dev) the API calls go to a running npm start
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/aanmelden': 'http://127.0.0.1:4000', '/afmelden': 'http://127.0.0.1:4000' } },
});
