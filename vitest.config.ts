import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

const env = {
  // Lambda runs Node 22; on this Node 20 machine the SDK's upgrade notice is noise.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

/** One vitest project per test layer (DESIGN.md, "Tests by layer"). */
export default defineConfig({
  test: {
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "console/src/**/*.test.ts"],
          env,
        },
        // The console's path alias (console/tsconfig.json), for its own tests.
        resolve: { alias: { "@shared": resolve("shared") } },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          env,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "workflows",
          include: ["test/workflows/**/*.test.ts"],
          globalSetup: ["test/workflows/global-setup.ts"],
          // aws-cdk-lib caches asset fingerprints under $HOME/.cdk: keep that in the project.
          env: { ...env, HOME: resolve(".cdk/home") },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "infra",
          include: ["test/infra/**/*.test.ts"],
          // aws-cdk-lib caches asset fingerprints under $HOME/.cdk: keep that in the project.
          env: { ...env, HOME: resolve(".cdk/home") },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          env,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
