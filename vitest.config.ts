import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // seeds every fast-check property (test/seed.ts)
    setupFiles: ["test/seed.ts"],
    // wall-clock limits only catch hangs: on a busy 2-core machine a 1-second test can take a
    // minute, so no test fails for being slow (vitest's default is 5 s)
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
