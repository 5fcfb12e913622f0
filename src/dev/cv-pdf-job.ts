import { makeCvPdf, type CvPdfResult } from '../cv-pdf/cv-pdf.js';
import { sourceDateFromEnv } from '../cv-pdf/document-date.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Site } from '../model/types.js';

/** What the dev server does with a typeset CV. */
export interface CvPdfJobOptions {
  root: string;
  /** Quiet time after the last rebuild before typesetting: a burst of saves costs one compile. */
  delayMs: number;
  /** A new PDF (its bytes changed). */
  written: (pdf: Buffer) => void;
  /** Problems of the latest CV (an empty list once they are fixed). */
  reported: (diagnostics: Diagnostic[]) => void;
  /** A bug in Vita while typesetting: reported, and the preview goes on. */
  failed: (error: unknown) => void;
}

/**
 * Typesets /cv.pdf for `vita dev` after the HTML is served, debounced: the PDF may lag the pages by the delay
 * and a compile. The Typst source is compared with the last one, so edits that leave the CV as it was cost no
 * compile; the compiler stays warm between runs.
 */
export class CvPdfJob {
  private timer: NodeJS.Timeout | undefined;
  private pending: Site | undefined;
  private last: CvPdfResult | undefined;
  private hadErrors = false;
  private running: Promise<void> | undefined;

  constructor(private readonly options: CvPdfJobOptions) {}

  /** The PDF most recently written, so a rebuild of the pages keeps it in the output. */
  get pdf(): Buffer | undefined {
    return this.last?.pdf;
  }

  /** Typesets the CV of this site after the delay, replacing any run not yet started. */
  schedule(site: Site): void {
    this.pending = site;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const run: Promise<void> = (this.running ?? Promise.resolve()).then(() => this.run()).finally(() => {
        if (this.running === run) this.running = undefined;
      });
      this.running = run;
    }, this.options.delayMs);
  }

  /** Resolves once no run is waiting or running. */
  async idle(): Promise<void> {
    const waitForTimer = () => new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
    while (this.timer || this.running) await (this.running ?? waitForTimer());
  }

  /** Drops a run not yet started. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    const site = this.pending;
    if (!site) return;
    this.pending = undefined;
    const before = this.last;
    try {
      const result = makeCvPdf(site, { root: this.options.root, ...sourceDateFromEnv(), ...(before ? { previous: before } : {}) });
      // Problems are said once per change, and their end is said too.
      if (result !== before || this.hadErrors) this.options.reported(result.diagnostics);
      this.hadErrors = !result.pdf;
      if (!result.pdf || result === before) return;
      this.last = result;
      if (!before?.pdf?.equals(result.pdf)) this.options.written(result.pdf);
    } catch (error) {
      this.options.failed(error);
    }
  }
}
