import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // seeds every fast-check property (test/seed.ts)
    setupFiles: ["test/seed.ts"],
  },
});
