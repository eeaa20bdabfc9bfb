import type { WorkerError, WorkerReply, WorkerRequest } from "../worker/protocol.js";

/** An error the worker reported, with its class name and code. */
export class RenderWorkerError extends Error {
  readonly code: string | undefined;
  constructor(readonly detail: WorkerError) {
    super(detail.message);
    this.name = detail.name;
    this.code = detail.code;
  }
}

/** One render worker: requests go in, answers come back in any order, matched by id. */
export class RenderWorker {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  /**
   * `assetBase`: where the worker fetches fonts and hyphenation patterns;
   * with `prefetch` it starts at once (the first preview needs them), else on its first PDF.
   */
  constructor(assetBase: string, prefetch?: boolean);
  /** Takes over a render worker started elsewhere and already told where its assets are. */
  constructor(started: Worker);
  constructor(assetBaseOrWorker: string | Worker, prefetch = false) {
    if (typeof assetBaseOrWorker === "string") {
      this.worker = new Worker(new URL("../worker/render.worker.ts", import.meta.url), { type: "module", name: "handreichung-render" });
      this.worker.postMessage({ assetBase: assetBaseOrWorker, prefetch });
    } else {
      this.worker = assetBaseOrWorker;
    }
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new RenderWorkerError(reply.error));
    };
    // A worker that cannot start (its script failed to load) fails every request with a message, not silence.
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new RenderWorkerError({ name: "WorkerError", message: event.message || "the render worker could not start" }));
    };
  }

  /** Sends a request; `transfer` hands buffers over instead of copying them. */
  request<T>(request: WorkerRequest, transfer: Transferable[] = []): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new RenderWorkerError({ name: "AbortError", message: "stopped" }));
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
