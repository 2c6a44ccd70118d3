// The extension's client side against the real `spotter lsp`: the server is
// started exactly as the extension starts it (serverCommand), and spoken to
// through vscode-languageserver-protocol, the protocol layer that
// vscode-languageclient itself runs on. A real VS Code cannot be downloaded
// on the build machine, so the `vscode` glue (src/extension.ts) is only
// type-checked; everything it hands the server is tested here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { serverCommand } = require("../dist/lib/binary.js");
const rpc = require("vscode-languageserver-protocol/node");

const binary = process.env.SPOTTER_BIN;
const skip = binary && existsSync(binary) ? false : "SKIPPED: set SPOTTER_BIN to a built spotter binary";
if (skip) console.error(`server.test.mjs ${skip}`);

const DRAFT = `spotter: 1
id: knee-hug-guide
title: Stretches for the back
exercises:
  - id: knee-hug
    name: Knee hug
    risk: Low
    steps:
      - Draw both knees to your chest and hold for 10 seconds.
    hold: 10 s
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
`;

function apply(text, edits) {
  const lines = text.split("\n");
  const offset = ({ line, character }) =>
    lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) {
    out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  }
  return out;
}

test("the extension's server command serves diagnostics, hover and a quick fix", { skip, timeout: 30000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "spotter-vscode-"));
  const file = path.join(dir, "knee-hug.yaml");
  writeFileSync(file, DRAFT);
  const uri = pathToFileURL(file).href;

  const { command, args } = serverCommand(binary);
  const child = spawn(command, args, { cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const published = [];
  let wake = () => {};
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    wake();
  });
  connection.listen();
  const nextDiagnostics = async (version) => {
    for (;;) {
      const found = published.find((p) => p.uri === uri && (version === undefined || p.version === undefined || p.version === version));
      if (found) {
        published.splice(published.indexOf(found), 1);
        return found.diagnostics;
      }
      await new Promise((resolve) => (wake = resolve));
    }
  };

  const init = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "guides" }],
    capabilities: {
      general: { positionEncodings: ["utf-16"] },
      textDocument: {
        publishDiagnostics: { relatedInformation: true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } } },
      },
    },
  });
  assert.equal(init.serverInfo.name, "spotter");
  assert.ok(init.capabilities.hoverProvider, "hover offered");
  assert.ok(init.capabilities.codeActionProvider, "code actions offered");
  connection.sendNotification(rpc.InitializedNotification.type, {});

  connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "yaml", version: 1, text: DRAFT },
  });
  const diagnostics = await nextDiagnostics(1);
  const risk = diagnostics.find((d) => d.code === "schema-violation");
  assert.ok(risk, JSON.stringify(diagnostics));
  assert.deepEqual(risk.range, { start: { line: 6, character: 10 }, end: { line: 6, character: 13 } });
  assert.equal(risk.source, "spotter");

  const hover = await connection.sendRequest(rpc.HoverRequest.type, {
    textDocument: { uri },
    position: { line: 6, character: 11 },
  });
  assert.match(JSON.stringify(hover.contents), /schema-violation/);

  // What the "spotter: Fix all safe problems" command asks for.
  const fixAll = await connection.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ["source.fixAll.spotter"] },
  });
  assert.equal(fixAll.length, 1, JSON.stringify(fixAll));
  assert.equal(fixAll[0].kind, "source.fixAll.spotter");
  assert.match(apply(DRAFT, fixAll[0].edit.changes[uri]), /\n {4}risk: low\n/);

  const actions = await connection.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri },
    range: risk.range,
    context: { diagnostics: [risk], only: ["quickfix"] },
  });
  const change = actions.find((a) => a.title === "Change to `low`");
  assert.ok(change, JSON.stringify(actions.map((a) => a.title)));
  const fixed = apply(DRAFT, change.edit.changes[uri]);
  assert.match(fixed, /\n {4}risk: low\n/);

  connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: fixed }],
  });
  assert.deepEqual(await nextDiagnostics(2), []);

  await connection.sendRequest(rpc.ShutdownRequest.type);
  connection.sendNotification(rpc.ExitNotification.type);
  assert.equal(await exited, 0);
  connection.dispose();
});
