import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { findBinary, bundledBinary, serverCommand } = require("../dist/lib/binary.js");

const search = (files, overrides = {}) => ({
  configured: "",
  envPath: "/usr/local/bin:/usr/bin",
  extensionRoot: "/ext",
  platform: "linux",
  arch: "x64",
  isFile: (candidate) => files.includes(candidate),
  ...overrides,
});

test("the setting wins over the PATH and the bundled binary", () => {
  const files = ["/opt/spotter", "/usr/bin/spotter", bundledBinary("/ext", "linux", "x64")];
  assert.deepEqual(findBinary(search(files, { configured: "/opt/spotter" })), {
    command: "/opt/spotter",
    source: "setting",
  });
});

test("a setting that names no file is an error, not a fallback", () => {
  const found = findBinary(search(["/usr/bin/spotter"], { configured: "/nowhere/spotter" }));
  assert.match(found.error, /spotter\.path is set to \/nowhere\/spotter, which is not a file/);
});

test("the PATH is searched in order before the bundled binary", () => {
  const files = ["/usr/bin/spotter", "/usr/local/bin/spotter", bundledBinary("/ext", "linux", "x64")];
  assert.deepEqual(findBinary(search(files)), { command: "/usr/local/bin/spotter", source: "PATH" });
});

test("the bundled binary is used when nothing else is there, named for the platform", () => {
  const exe = bundledBinary("/ext", "win32", "x64");
  assert.equal(exe, path.join("/ext", "bin", "win32-x64", "spotter.exe"));
  const found = findBinary(search([exe], { platform: "win32", envPath: "C:\\bin;C:\\tools" }));
  assert.deepEqual(found, { command: exe, source: "bundled" });
});

test("nothing found says every way to get spotter", () => {
  const found = findBinary(search([], { envPath: undefined }));
  assert.match(found.error, /spotter\.path/);
  assert.match(found.error, /PATH/);
  assert.match(found.error, /platform build/);
});

test("the server is started as `spotter lsp`", () => {
  assert.deepEqual(serverCommand("/usr/bin/spotter"), { command: "/usr/bin/spotter", args: ["lsp"] });
});
