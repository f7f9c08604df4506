import '@xyflow/react/dist/style.css';
import '@veranderlogica/ui/styles.css';
import './editor.css';
import { roomInAddress } from './room/claims.js';

/*
 * The page's first script: it reads the address and loads that page's code only, the editor, a participant's page,
 * the projector's screen or a partner's review page, so a phone never fetches the editor. It imports nothing that
 * runs besides reading the address: the page's own scripts are asked for as soon as this small file is in.
 */
const inRoom = roomInAddress();
const page =
  inRoom.join || (inRoom.room && inRoom.role === 'participant')
    ? 'participant'
    : inRoom.room && inRoom.token && inRoom.role === 'reviewer'
      ? 'review'
      : inRoom.room && inRoom.token && inRoom.role === 'viewer'
        ? 'screen'
        : 'editor';

async function start() {
  // In development every operation's result is parsed in full, so a core bug shows at once (on every page).
  if (import.meta.env.DEV) (await import('@veranderlogica/core/editing')).setStrictOperations(true);
  if (page === 'editor') await (await import('./editor-start.js')).startEditor(inRoom);
  else await (await import('./room-pages.js')).startRoomPage(page, inRoom);
}

void start();
// The app shell stays in this browser (a service worker, in the build only): a reload without network opens it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void import('./keep-offline.js').then((offline) => offline.startServiceWorker());
