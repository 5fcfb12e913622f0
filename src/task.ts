/** How long one named build step took. */
export interface StepTiming {
  step: string;
  ms: number;
}

/** Runs build steps by name, timing each; `log` receives a progress line per step when given. */
export class Tasks {
  readonly timings: StepTiming[] = [];

  constructor(private readonly log?: (line: string) => void) {}

  /** Runs `fn` as the step `name` ("loading files", "rendering pages" …). */
  run<T>(name: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.done(name, start);
    }
  }

  /** Runs an asynchronous step. */
  async runAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.done(name, start);
    }
  }

  private done(name: string, start: number): void {
    const ms = performance.now() - start;
    this.timings.push({ step: name, ms });
    this.log?.(`  ${name.padEnd(24)} ${ms.toFixed(1).padStart(8)} ms`);
  }
}
