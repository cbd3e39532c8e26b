// The worker's side of worker-client.ts: answers each task the API sends, as soon as it is done
// (tasks that wait for I/O overlap), or says why it could not.
import { parentPort, TransferListItem } from 'worker_threads';
import type { AnswerMessage, TaskMessage } from './worker-client';

/** What a task's handler gives back: the answer, and the buffers to move to the API with it. */
export interface Answered<Answer> {
  answer: Answer;
  transfer?: TransferListItem[];
}

export function serveTasks<Task, Answer>(handle: (task: Task) => Answered<Answer> | Promise<Answered<Answer>>): void {
  const port = parentPort;
  if (!port) throw new Error('This module runs as a worker thread');
  port.on('message', ({ id, task }: TaskMessage<Task>) => {
    void (async () => {
      try {
        const { answer, transfer } = await handle(task);
        port.postMessage({ id, answer } satisfies AnswerMessage<Answer>, transfer ?? []);
      } catch (error) {
        port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies AnswerMessage<Answer>);
      }
    })();
  });
}
