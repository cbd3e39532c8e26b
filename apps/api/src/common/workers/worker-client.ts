// Tasks for a worker thread, and their answers: one worker started when the first task comes,
// each task's answer matched to it by an id (serve-tasks.ts is the worker's side). A worker
// that fails or ends takes its unanswered tasks with it (each fails), and the next task starts
// another. Callers decide what a failed task means; the API's never depend on a worker.
import { Worker } from 'worker_threads';
import { startWorker } from './start-worker';

/** What goes to the worker: a task and its id. */
export interface TaskMessage<Task> {
  id: number;
  task: Task;
}

/** What comes back: the task's answer, or why there is none. */
export type AnswerMessage<Answer> = { id: number; answer: Answer } | { id: number; error: string };

export class WorkerClient<Task, Answer> {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private stopped = false;

  /**
   * @param modulePath the worker's module, without extension (start-worker.ts)
   * @param workerData what the worker is started with, asked for when one is started
   */
  constructor(
    private readonly modulePath: string,
    private readonly workerData: () => unknown,
  ) {}

  /** The task's answer from the worker. */
  run(task: Task): Promise<Answer> {
    if (this.stopped) return Promise.reject(new Error('the worker was stopped'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, task } satisfies TaskMessage<Task>);
    });
  }

  /** Stops the worker for good; tasks it has not answered fail, and so do later ones. */
  async stop(): Promise<void> {
    this.stopped = true;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startWorker(this.modulePath, this.workerData());
    // A worker waiting for tasks must not keep a stopping process alive.
    worker.unref();
    worker.on('message', (message: AnswerMessage<Answer>) => {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if ('answer' in message) pending?.resolve(message.answer);
      else pending?.reject(new Error(message.error));
    });
    const ended = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', ended);
    worker.on('exit', (code) => ended(new Error(`the worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
