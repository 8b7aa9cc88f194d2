import { defineConfig } from "vitest/config";

/** Browser journeys: a real server (built server, built web app, embedded database with demo data) and Chromium. */
export default defineConfig({
  resolve: { conditions: ["development"] },
  test: {
    root: import.meta.dirname,
    include: ["**/*.e2e.ts"],
    globalSetup: ["./global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    fileParallelism: false,
  },
});
