/** Many writers on one document: the binding between a veranderlogica document and a Yjs document. */
export { FILE_VOTER, SharedDocument, SYNC_VERSION } from './binding.js';
