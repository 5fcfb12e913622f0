/**
 * Browser findings that are defects of the theme (owned elsewhere), tracked here so the suite stays green while
 * they are fixed. Each entry names the exact failure; the finding is then reported as a `todo`, not hidden.
 * Never list a defect of the test harness or of `vita check` here.
 */
import type { CheckName, Finding } from './page-audit.js';

interface Where {
  site: string;
  url: string;
  viewport: 'mobile' | 'desktop';
  scheme: 'light' | 'dark';
}

interface KnownDefect {
  check: CheckName;
  /** Text the finding's detail contains, e.g. an axe rule id and selector. */
  detail: string;
  /** Where it happens; omitted fields match everywhere. */
  where?: Partial<Where>;
  /** Why it is here and who fixes it. */
  todo: string;
}

const DEFECTS: KnownDefect[] = [];

/** The todo text when `finding` is a known theme defect at `where`, else undefined. */
export function knownDefect(where: Where, finding: Finding): string | undefined {
  const match = DEFECTS.find((d) => d.check === finding.check && finding.detail.includes(d.detail)
    && Object.entries(d.where ?? {}).every(([k, v]) => where[k as keyof Where] === v));
  return match?.todo;
}
