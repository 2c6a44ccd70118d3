// Which `spotter` binary the extension starts. Kept free of the `vscode`
// module so the tests can run it under plain Node.
import * as fs from "node:fs";
import * as path from "node:path";

export interface BinarySearch {
  /** The `spotter.path` setting; empty when unset. */
  configured: string;
  /** The PATH of the extension host's environment. */
  envPath: string | undefined;
  /** Where a platform build of the extension keeps its bundled binary. */
  extensionRoot: string;
  platform: NodeJS.Platform;
  arch: string;
  /** Injected for the tests; the file system by default. */
  isFile?: (candidate: string) => boolean;
}

export interface FoundBinary {
  command: string;
  /** Where it came from, for the log line and the error message. */
  source: "setting" | "PATH" | "bundled";
}

const isRegularFile = (candidate: string): boolean => {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
};

export function executableName(platform: NodeJS.Platform): string {
  return platform === "win32" ? "spotter.exe" : "spotter";
}

/** The binary bundled by a platform build: `bin/<platform>-<arch>/spotter`. */
export function bundledBinary(extensionRoot: string, platform: NodeJS.Platform, arch: string): string {
  return path.join(extensionRoot, "bin", `${platform}-${arch}`, executableName(platform));
}

/**
 * The setting wins; then `spotter` on the PATH; then the bundled binary.
 * A setting that names no file is an error rather than a silent fallback:
 * the user asked for that binary.
 */
export function findBinary(search: BinarySearch): FoundBinary | { error: string } {
  const isFile = search.isFile ?? isRegularFile;
  const configured = search.configured.trim();
  if (configured !== "") {
    return isFile(configured)
      ? { command: configured, source: "setting" }
      : { error: `spotter.path is set to ${configured}, which is not a file` };
  }
  const name = executableName(search.platform);
  const separator = search.platform === "win32" ? ";" : ":";
  for (const folder of (search.envPath ?? "").split(separator)) {
    if (folder === "") continue;
    const candidate = path.join(folder, name);
    if (isFile(candidate)) return { command: candidate, source: "PATH" };
  }
  const bundled = bundledBinary(search.extensionRoot, search.platform, search.arch);
  if (isFile(bundled)) return { command: bundled, source: "bundled" };
  return {
    error:
      "spotter was not found: set `spotter.path`, put `spotter` on the PATH " +
      "(`cargo install --path .` or `pip install` of the wheel), or install a platform build of this extension",
  };
}

/** How the language server is started: the one place that says `lsp`. */
export function serverCommand(binary: string): { command: string; args: string[] } {
  return { command: binary, args: ["lsp"] };
}
