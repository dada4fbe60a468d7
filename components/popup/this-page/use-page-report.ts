import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../../../contract/messages.ts';
import { useAsync } from '../../hooks/use-async.ts';
import type { PageServices } from '../services.ts';

/** While the page is still reading its article, ask again this often. */
export const SCANNING_POLL_MS = 400;
/** After a change the page applies on its own (a setting it hears of from storage), ask this often until it shows. */
export const FOLLOW_POLL_MS = 50;
/** Stop following after this long; the report then shows whatever the page says. */
export const FOLLOW_LIMIT_MS = 3000;

export type ReportCheck = (report: PageReport | null) => boolean;

/**
 * The page's report, asked again while the page is scanning, and after `follow(check)` until
 * the page's answer passes the check (a site switched off reaches the page through storage
 * events, in its own time): the popup shows the page's real state, not a guess after a wait.
 */
export function usePageReport(page: PageServices) {
  const report = useAsync<PageReport | null>(() => page.report());
  const [awaiting, setAwaiting] = useState<{ check: ReportCheck; until: number } | null>(null);
  const current = report.status === 'done' ? report.value : null;

  useEffect(() => {
    if (report.status !== 'done') return;
    if (awaiting) {
      if (awaiting.check(current) || Date.now() > awaiting.until) setAwaiting(null);
      else {
        const timer = setTimeout(() => report.reload({ quiet: true }), FOLLOW_POLL_MS);
        return () => clearTimeout(timer);
      }
    }
    if (current?.state !== 'scanning') return;
    const timer = setTimeout(() => report.reload({ quiet: true }), SCANNING_POLL_MS);
    return () => clearTimeout(timer);
  }, [report, awaiting]);

  const follow = (check: ReportCheck) => {
    setAwaiting({ check, until: Date.now() + FOLLOW_LIMIT_MS });
    report.reload({ quiet: true });
  };
  return { report, current, follow };
}
