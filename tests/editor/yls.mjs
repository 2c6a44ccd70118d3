// Drives yaml-language-server over stdio as an editor does, and prints what
// it shows for one guide: its diagnostics, and the hover and completion
// items at the positions asked for.
//
//   node tests/editor/yls.mjs SERVER SCHEMA REQUEST.json
//
// SERVER is the `yaml-language-server` script (node_modules/.bin/...),
// SCHEMA the schema file, associated with `*.yaml` through the `yaml.schemas`
// setting (the README's way, no modeline). REQUEST is
//   {"text": "...guide...", "hovers": [[line, character], ...],
//    "completions": [[line, character], ...]}
// with 0-based positions. The answer, on stdout, is
//   {"diagnostics": [{"line", "character", "message"}],
//    "hovers": ["markdown", ...], "completions": [[{label, insertText, ...}], ...]}
// No dependency but node itself.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [server, schema, requestFile] = process.argv.slice(2);
if (!server || !schema || !requestFile) {
  console.error('usage: node yls.mjs SERVER SCHEMA REQUEST.json');
  process.exit(2);
}
const request = JSON.parse(readFileSync(requestFile, 'utf8'));
const schemaUri = pathToFileURL(resolve(schema)).href;
const docUri = 'file:///workspace/guides/guide.yaml';

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const timer = setTimeout(() => {
  console.error('yaml-language-server did not answer in time');
  child.kill();
  process.exit(1);
}, 60000);

let nextId = 1;
const pending = new Map();
let diagnostics = null;
let diagnosticsAt = 0;

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}
function call(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((ok) => pending.set(id, ok));
}
const notify = (method, params) => send({ method, params });

let buffer = Buffer.alloc(0);
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.subarray(end + 4 + length);
    receive(message);
  }
});

function receive(message) {
  if (message.id !== undefined && message.method === undefined) {
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  } else if (message.id !== undefined) {
    // A request from the server (workspace/configuration, capability
    // registration, progress): answer it as a plain editor would.
    const result = message.method === 'workspace/configuration'
      ? message.params.items.map(() => settings.yaml)
      : null;
    send({ id: message.id, result });
  } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === docUri) {
    diagnostics = message.params.diagnostics;
    diagnosticsAt = Date.now();
  }
}

const settings = {
  yaml: {
    schemas: { [schemaUri]: '*.yaml' },
    validate: true,
    hover: true,
    completion: true,
    schemaStore: { enable: false },
  },
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

function hoverText(hover) {
  if (!hover) return null;
  const contents = hover.contents;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return contents.value;
}

async function main() {
  await call('initialize', {
    processId: process.pid,
    rootUri: 'file:///workspace',
    capabilities: {
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
        publishDiagnostics: {},
      },
      workspace: { configuration: false },
    },
  });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings });
  notify('textDocument/didOpen', {
    textDocument: { uri: docUri, languageId: 'yaml', version: 1, text: request.text },
  });
  // Diagnostics come when validation ends (after the schema is loaded, and
  // again when the settings arrive): wait until they settle.
  // Only then is the schema loaded for hover and completion too.
  const started = Date.now();
  while (diagnostics === null || Date.now() - diagnosticsAt < 700) {
    if (Date.now() - started > 30000) break;
    await sleep(100);
  }
  const at = ([line, character]) => ({ textDocument: { uri: docUri }, position: { line, character } });
  const hovers = [];
  for (const position of request.hovers ?? []) {
    hovers.push(hoverText(await call('textDocument/hover', at(position))));
  }
  const completions = [];
  for (const position of request.completions ?? []) {
    const list = await call('textDocument/completion', at(position));
    const items = Array.isArray(list) ? list : list?.items ?? [];
    completions.push(items.map(({ label, insertText, kind, documentation }) => ({
      label, insertText, kind, documentation: typeof documentation === 'object' ? documentation.value : documentation,
    })));
  }
  await call('shutdown', null);
  notify('exit', null);
  clearTimeout(timer);
  const answer = {
    diagnostics: (diagnostics ?? []).map((d) => ({
      line: d.range.start.line,
      character: d.range.start.character,
      message: d.message,
    })),
    hovers,
    completions,
  };
  process.stdout.write(JSON.stringify(answer, null, 1) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
