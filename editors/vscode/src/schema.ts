// Which YAML files get the guide schema: those the workspace's spotter.toml
// includes. Kept free of the `vscode` module so the tests can run it under
// plain Node.
import * as path from "node:path";
import { minimatch } from "minimatch";
import { parse } from "smol-toml";

/** The `[files]` of one spotter.toml, with the folder its globs are relative to. */
export interface GuideGlobs {
  root: string;
  include: string[];
  exclude: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/**
 * Reads a spotter.toml's `[files]`. Without an `include`, spotter checks
 * every YAML file it is pointed at; the extension then gives the schema to
 * none, so workflow files and other YAML are not judged as guides.
 * A config that does not parse gives nothing here; `spotter lsp` reports it.
 */
export function guideGlobs(configPath: string, text: string): GuideGlobs | undefined {
  let files: unknown;
  try {
    files = (parse(text) as Record<string, unknown>)["files"];
  } catch {
    return undefined;
  }
  if (typeof files !== "object" || files === null) return undefined;
  const table = files as Record<string, unknown>;
  const include = strings(table["include"]);
  if (include.length === 0) return undefined;
  return { root: path.dirname(configPath), include, exclude: strings(table["exclude"]) };
}

/** Does the file at `filePath` get the guide schema under these configs? */
export function isGuide(filePath: string, configs: GuideGlobs[]): boolean {
  return configs.some((config) => {
    const relative = path.relative(config.root, filePath).split(path.sep).join("/");
    if (relative.startsWith("../") || path.isAbsolute(relative)) return false;
    const matches = (glob: string) => minimatch(relative, glob, { dot: true });
    return config.include.some(matches) && !config.exclude.some(matches);
  });
}
