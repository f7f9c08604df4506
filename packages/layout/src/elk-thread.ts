// ELK in a Node worker thread: elkjs's worker build (its in-thread "fake worker") answers the messages the main
// thread's elk-api sends, so a layout past its budget can be stopped for real by terminating this thread.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

interface FakeWorker {
  onmessage: (event: { data: unknown }) => void;
  postMessage(message: unknown): void;
}

const require = createRequire(import.meta.url);
const { Worker } = require('elkjs/lib/elk-worker.min.js') as { Worker: new () => FakeWorker };
const elk = new Worker();
elk.onmessage = (event) => parentPort?.postMessage(event.data);
parentPort?.on('message', (message: unknown) => elk.postMessage(message));
