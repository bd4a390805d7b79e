import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { htmlIncludes } from './scripts/html-includes';
import { preloadLists } from './scripts/preload-lists';
import { reactRouterBuild } from './scripts/react-router-build';
import { firstPageChunks } from './scripts/first-page-chunks';
import { routePages } from './scripts/route-pages';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
// Two pages: the app, and the static front door a signed-out visitor sees at "/".
const pages = {
  main: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
  frontDoor: fileURLToPath(new URL('./src/web/front-door.html', import.meta.url)),
};

// `vite build --ssr`: the server's drawing of the first pages (src/web/server-render.tsx, decision
// 0068), into dist/ssr; the server imports it when it is there.
const ssrConfig = {
  root: webRoot,
  plugins: [reactRouterBuild(), react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/ssr', import.meta.url)),
    emptyOutDir: true,
    ssr: 'server-render.tsx',
    copyPublicDir: false,
    sourcemap: true,
  },
};

export default defineConfig(({ isSsrBuild }) =>
  isSsrBuild
    ? ssrConfig
    : {
        root: webRoot,
        plugins: [
          htmlIncludes(),
          reactRouterBuild(),
          preloadLists(),
          routePages(),
          react(),
          tailwindcss(),
        ],
        // The manifest lets scripts/measure-bundle.mjs sum what the first page loads (issue 16).
        build: {
          outDir,
          emptyOutDir: true,
          // Maps are written (to read what a chunk holds) but not named in the files people load.
          sourcemap: 'hidden',
          manifest: true,
          modulePreload: { polyfill: false },
          rollupOptions: { input: pages, output: { codeSplitting: firstPageChunks(webRoot) } },
        },
        server: { proxy: { '/api': 'http://localhost:8080' } },
      },
);
