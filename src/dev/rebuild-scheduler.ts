/**
 * Runs rebuilds one at a time. Changes that arrive while a rebuild runs are merged and handled by
 * the next one, so a burst of saves costs at most one extra rebuild and never two overlapping ones.
 */
export class RebuildScheduler {
  private pending = new Set<string>();
  private running: Promise<void> | undefined;

  /** `rebuild` receives the changed paths (sorted); it must not throw for a user's mistake. */
  constructor(
    private readonly rebuild: (paths: string[]) => Promise<void>,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Queues changed paths; starts a rebuild unless one is running. */
  schedule(paths: readonly string[]): void {
    for (const p of paths) this.pending.add(p);
    // With nothing queued, drain() would finish synchronously and leave a settled promise behind.
    if (this.pending.size > 0) this.running ??= this.drain();
  }

  /** Resolves once no rebuild is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.size > 0) {
        const paths = [...this.pending].sort();
        this.pending = new Set();
        try {
          await this.rebuild(paths);
        } catch (error) {
          // A bug in a rebuild must not stop the preview: report it and keep serving.
          this.onFailure(error);
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
