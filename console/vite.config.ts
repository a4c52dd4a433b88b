import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The coordinator console: built into console/dist and served at /console/ (locally by
 * the HTTP server, on AWS from S3 behind CloudFront). `npm run build:console` builds it.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/console/",
  // The console's types and labels come from the domain core, one copy (`@shared/...`).
  resolve: { alias: { "@shared": fileURLToPath(new URL("../shared", import.meta.url)) } },
  // No plugin needed: the TypeScript transform compiles JSX for the automatic runtime.
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Cloudscape is large; one chunk per vendor keeps the app's own code small to reload.
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
  server: {
    // `npx vite console` during development: the API from a running `npm start`.
    proxy: { "/api": "http://localhost:3000", "/local": "http://localhost:3000" },
  },
});
