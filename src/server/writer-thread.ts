/**
 * The writer thread's entry: it opens its own connection to the store, the only one that
 * writes, and runs the jobs the server sends, one at a time, so that reading an input and
 * analysing stories never hold up the server's thread. Errors go back as plain values
 * (see writer.ts) because class instances do not cross threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from '../store/sqlite.js';
import { storeJobs } from './jobs.js';
import { serializeError, type JobRequest, type JobReply, type WriterData } from './writer.js';

const data = workerData as WriterData;
const port = parentPort!;
const store = openSqliteStore(data.path);
const jobs = storeJobs(store, data.version, data.maxInputBytes, data.watch ?? null);

port.on('message', (request: JobRequest) => {
  void answer(request).then((reply) => port.postMessage(reply));
});

async function answer(request: JobRequest): Promise<JobReply> {
  try {
    switch (request.op) {
      case 'ingest':
        return { id: request.id, value: await jobs.ingest(request.bytes, request.name, request.fetched) };
      case 'analyzeStory':
        return { id: request.id, value: await jobs.analyzeStory(request.storyId) };
      case 'annotate':
        return { id: request.id, value: await jobs.annotate(request.articleId) };
      case 'place':
        await jobs.place(request.articleIds);
        return { id: request.id, value: null };
      case 'finish':
        await jobs.finish(request.articleIds);
        return { id: request.id, value: null };
      case 'poll':
        return { id: request.id, value: await jobs.poll() };
      case 'close':
        await store.close();
        return { id: request.id, value: null };
    }
  } catch (error) {
    return { id: request.id, error: serializeError(error) };
  }
}
