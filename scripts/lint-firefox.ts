// Runs `web-ext lint` (Mozilla's add-on linter) on the Firefox build and fails on any error; warnings are listed, not fatal.
// Usage: tsx scripts/lint-firefox.ts [--build] [--source-dir <dir>]   (default dir: $AIGUILLEUR_OUT_DIR or .output, then firefox-mv2)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Parses web-ext's JSON output (it may print log lines before the JSON object). */
export function parseLintOutput(stdout: string): LintReport {
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`Sortie de web-ext lint illisible :\n${stdout.slice(0, 500)}`);
  return JSON.parse(stdout.slice(start)) as LintReport;
}

/** A short French report: every error, then warnings and notices grouped by code with their files. */
export function formatLintReport(report: LintReport): string {
  const lines: string[] = [];
  const { errors, warnings, notices } = report.summary;
  lines.push(`web-ext lint : ${errors} erreur(s), ${warnings} avertissement(s), ${notices} remarque(s).`);
  for (const e of report.errors) lines.push(`  ERREUR ${e.code} — ${e.message}${e.file ? ` (${e.file}${e.line ? `:${e.line}` : ''})` : ''}`);
  for (const [label, list] of [['avertissement', report.warnings], ['remarque', report.notices]] as const) {
    const byCode = new Map<string, { message: string; files: Set<string> }>();
    for (const m of list) {
      const entry = byCode.get(m.code) ?? { message: m.message, files: new Set<string>() };
      if (m.file) entry.files.add(m.file);
      byCode.set(m.code, entry);
    }
    for (const [code, { message, files }] of byCode) {
      lines.push(`  ${label} ${code} — ${message}${files.size ? ` [${[...files].join(', ')}]` : ''}`);
    }
  }
  return lines.join('\n');
}

function firefoxDir(args: string[]): string {
  const i = args.indexOf('--source-dir');
  if (i >= 0 && args[i + 1]) return resolve(args[i + 1]!);
  return resolve(ROOT, process.env.AIGUILLEUR_OUT_DIR || '.output', 'firefox-mv2');
}

function main(): number {
  const args = process.argv.slice(2);
  const dir = firefoxDir(args);
  if (args.includes('--build') || !existsSync(resolve(dir, 'manifest.json'))) {
    console.log('Construction Firefox (wxt build -b firefox)…');
    const build = spawnSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('La construction Firefox a échoué : corrigez-la avant de relancer le lint.');
      return 1;
    }
  }
  const run = spawnSync(resolve(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    console.error(`web-ext n'a pas pu être lancé : ${run.error.message}`);
    return 1;
  }
  const report = parseLintOutput(run.stdout);
  console.log(formatLintReport(report));
  return report.summary.errors > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main());
