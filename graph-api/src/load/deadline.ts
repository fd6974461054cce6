/**
 * A request's deadline (REQUEST_TIMEOUT_MS from its arrival). When it passes, its signal aborts: the
 * request's queries still running are stopped and their sessions closed (which frees their connections
 * at once), and queries not yet started fail without going to the database.
 */

export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
  constructor(readonly timeoutMs: number) {
    super(`the request ran longer than ${timeoutMs} ms`);
  }
}

export class RequestDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  readonly startedAt: number;
  readonly endsAt: number;

  constructor(
    readonly timeoutMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
    this.endsAt = this.startedAt + timeoutMs;
    this.timer = setTimeout(() => this.controller.abort(new DeadlineExceeded(timeoutMs)), timeoutMs);
    this.timer.unref?.();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted || this.now() >= this.endsAt;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  elapsedMs(): number {
    return this.now() - this.startedAt;
  }

  /** The request is over: nothing more to stop. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}

/** What a request's queries need to know about it: its deadline, and whether it is heavy work (set once its cost is known). */
export interface RequestScope {
  deadline: RequestDeadline;
  lane: { heavy: boolean };
}
