import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { guideGlobs, isGuide } = require("../dist/lib/schema.js");

const config = `
[files]
include = ["guides/**/*.yaml", "guides/**/*.yml"]
exclude = ["guides/drafts/**"]

[rules]
conflicting-guidance = "off"
`;

test("the include and exclude globs are read relative to the config's folder", () => {
  const globs = guideGlobs("/repo/spotter.toml", config);
  assert.deepEqual(globs, {
    root: "/repo",
    include: ["guides/**/*.yaml", "guides/**/*.yml"],
    exclude: ["guides/drafts/**"],
  });
  assert.equal(isGuide("/repo/guides/back/stretches.yaml", [globs]), true);
  assert.equal(isGuide("/repo/guides/neck.yml", [globs]), true);
  assert.equal(isGuide("/repo/guides/drafts/new.yaml", [globs]), false, "excluded");
  assert.equal(isGuide("/repo/.github/workflows/ci.yml", [globs]), false, "not included");
  assert.equal(isGuide("/repo/mkdocs.yml", [globs]), false, "not included");
  assert.equal(isGuide("/elsewhere/guides/a.yaml", [globs]), false, "outside the config's folder");
});

test("a config without include gives the schema to no file", () => {
  assert.equal(guideGlobs("/repo/spotter.toml", "[rules]\nconflicting-guidance = 'off'\n"), undefined);
  assert.equal(guideGlobs("/repo/spotter.toml", "[files]\nexclude = ['x/**']\n"), undefined);
});

test("a config that does not parse gives nothing (the server reports it)", () => {
  assert.equal(guideGlobs("/repo/spotter.toml", "[files\ninclude = ["), undefined);
});

test("several configs: each judges the files under its own folder", () => {
  const a = guideGlobs("/repo/team-a/spotter.toml", '[files]\ninclude = ["*.yaml"]\n');
  const b = guideGlobs("/repo/team-b/spotter.toml", '[files]\ninclude = ["guides/*.yaml"]\n');
  assert.equal(isGuide("/repo/team-a/one.yaml", [a, b]), true);
  assert.equal(isGuide("/repo/team-b/one.yaml", [a, b]), false);
  assert.equal(isGuide("/repo/team-b/guides/one.yaml", [a, b]), true);
});
