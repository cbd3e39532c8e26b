// The worker's side of worker-client.ts: answers each task the API sends, as soon as it is done
// (tasks that wait for I/O overlap), or says why it could not.
import { parentPort } from 'worker_threads';
import type { AnswerMessage, TaskMessage } from './worker-client';

export function serveTasks<Task, Answer>(handle: (task: Task) => Answer | Promise<Answer>): void {
  const port = parentPort;
  if (!port) throw new Error('This module runs as a worker thread');
  port.on('message', ({ id, task }: TaskMessage<Task>) => {
    void (async () => {
      try {
        port.postMessage({ id, answer: await handle(task) } satisfies AnswerMessage<Answer>);
      } catch (error) {
        port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies AnswerMessage<Answer>);
      }
    })();
  });
}
