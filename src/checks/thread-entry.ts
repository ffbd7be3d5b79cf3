import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './index.ts';
import { readContentFiles } from './read.ts';

// The body of the content check's thread (src/checks/thread.ts): the check of
// the project at workerData, whose problems are posted back as plain data.
if (typeof workerData !== 'string') throw new Error('The content check thread needs the project folder as its workerData.');
parentPort?.postMessage(checkContent(readContentFiles(workerData)).problems);
