import { BROWSER_EXECUTABLES, unavailableReason, type BrowserName } from './browsers.ts';
import { missingBuilds } from './extension-build.ts';

/** Says plainly, before any test, which browsers will run and why any will not. */
export default function checkPrerequisites(): void {
  const missing = missingBuilds();
  if (missing.length > 0) {
    throw new Error(`The extension is not built (${missing.join(', ')} missing): run \`npm run build\` first.`);
  }
  const strict = process.env.CI === 'true';
  for (const name of Object.keys(BROWSER_EXECUTABLES) as BrowserName[]) {
    const reason = unavailableReason(name);
    if (!reason) continue;
    if (strict) throw new Error(`CI=true and ${name} cannot run: ${reason}. .ci/run installs it.`);
    console.warn(`\n*** ${name} end-to-end tests SKIPPED: ${reason}. (With CI=true this is a failure.)\n`);
  }
}
