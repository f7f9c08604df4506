/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'elkjs/lib/elk-worker.min.js?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
