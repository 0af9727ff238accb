// ESLint flat config: Next's recommended rules, plus the import direction of the architecture —
// the pipeline (lib/) knows nothing of Next.js, Prisma, the web app (app/) or the shells (server/).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const LIB_IS_FRAMEWORK_FREE = "lib/ is the pure pipeline: shells (app/, server/, cli/) call it, never the reverse.";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".next-browser-tests/**", "generated/**", "coverage/**", "tests/output/**", "next-env.d.ts"]),
  {
    rules: {
      // A leading underscore marks a parameter or binding that is unused on purpose.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx,js,mjs,cjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "react/*"], message: LIB_IS_FRAMEWORK_FREE },
            { group: ["@prisma/*", "prisma", "prisma/*", "better-sqlite3"], message: LIB_IS_FRAMEWORK_FREE },
            {
              // Relative or "@/" imports reaching the shells or the generated Prisma client.
              regex: "^(@/|(\\.\\.?/)+)(.*/)?(app|server|cli|generated|prisma)(/|$)",
              message: LIB_IS_FRAMEWORK_FREE,
            },
          ],
        },
      ],
      "import/no-cycle": "error",
    },
  },
]);
