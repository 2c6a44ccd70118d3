// The VS Code side: find the binary, start `spotter lsp`, give the guide
// schema to the YAML extension, and the two commands.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { findBinary, serverCommand } from "./binary";
import { GuideGlobs, guideGlobs, isGuide } from "./schema";

/** The code action kind of spotter's "fix all safe problems" source action. */
export const FIX_ALL_KIND = "source.fixAll.spotter";
const SCHEMA_SCHEME = "spotter-guide";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let guideConfigs: GuideGlobs[] = [];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("spotter");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("spotter.restart", () => restart(context)),
    vscode.commands.registerCommand("spotter.fixAll", fixAll),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("spotter")) void restart(context);
    }),
  );
  await readGuideConfigs();
  const watcher = vscode.workspace.createFileSystemWatcher("**/spotter.toml");
  watcher.onDidChange(readGuideConfigs);
  watcher.onDidCreate(readGuideConfigs);
  watcher.onDidDelete(readGuideConfigs);
  context.subscriptions.push(watcher);
  await contributeSchema(context);
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const found = findBinary({
    configured: vscode.workspace.getConfiguration("spotter").get<string>("path", ""),
    envPath: process.env.PATH,
    extensionRoot: context.extensionPath,
    platform: process.platform,
    arch: process.arch,
  });
  if ("error" in found) {
    output.appendLine(found.error);
    void vscode.window.showErrorMessage(found.error);
    return;
  }
  output.appendLine(`starting ${found.command} lsp (from ${found.source})`);
  const server: ServerOptions = serverCommand(found.command);
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "yaml" }],
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml,toml}") },
  };
  client = new LanguageClient("spotter", "spotter", server, options);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await deactivate();
  await start(context);
}

/** Applies spotter's safe fixes to the active guide, as `spotter check --fix` would. */
async function fixAll(): Promise<void> {
  if (!vscode.window.activeTextEditor) return;
  await vscode.commands.executeCommand("editor.action.sourceAction", { kind: FIX_ALL_KIND, apply: "first" });
}

async function readGuideConfigs(): Promise<void> {
  const found: GuideGlobs[] = [];
  for (const uri of await vscode.workspace.findFiles("**/spotter.toml", "**/node_modules/**")) {
    const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString("utf8");
    const globs = guideGlobs(uri.fsPath, text);
    if (globs) found.push(globs);
  }
  guideConfigs = found;
}

interface YamlExtensionApi {
  registerContributor(
    schema: string,
    requestSchema: (resource: string) => string | undefined,
    requestSchemaContent: (uri: string) => string | undefined,
    label?: string,
  ): boolean;
}

/**
 * Gives the guide schema to Red Hat's YAML extension for the files the
 * workspace's spotter.toml includes, so completion and hover work there
 * without a `yaml.schemas` entry in the user's settings.
 */
async function contributeSchema(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.workspace.getConfiguration("spotter").get<boolean>("associateSchema", true)) return;
  const yaml = vscode.extensions.getExtension<YamlExtensionApi>("redhat.vscode-yaml");
  if (!yaml) return;
  const api = await yaml.activate();
  const schemaFile = vscode.Uri.joinPath(context.extensionUri, "schema", "guide.schema.json");
  const schema = Buffer.from(await vscode.workspace.fs.readFile(schemaFile)).toString("utf8");
  api.registerContributor(
    SCHEMA_SCHEME,
    (resource) => {
      const uri = vscode.Uri.parse(resource);
      return uri.scheme === "file" && isGuide(uri.fsPath, guideConfigs)
        ? `${SCHEMA_SCHEME}://schema/guide.schema.json`
        : undefined;
    },
    (uri) => (uri.startsWith(`${SCHEMA_SCHEME}:`) ? schema : undefined),
    "spotter guide",
  );
}
