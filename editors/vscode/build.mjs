// Bundles the extension into dist/extension.js and copies the guide schema
// beside it, so the .vsix carries no node_modules.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

await build({
  entryPoints: ["src/extension.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  external: ["vscode"],
  outfile: "dist/extension.js",
  minify: true,
  logLevel: "warning",
});
// The same modules the extension uses, for the tests (Node cannot load .ts).
await build({
  entryPoints: ["src/binary.ts", "src/schema.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  outdir: "dist/lib",
  logLevel: "warning",
});
mkdirSync("schema", { recursive: true });
copyFileSync("../../schema/guide.schema.json", "schema/guide.schema.json");
