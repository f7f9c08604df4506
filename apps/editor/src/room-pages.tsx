import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadHyphenation } from '@veranderlogica/ui';
import { interfaceLanguage, startLanguage } from './page-language.js';
import type { RoomInAddress } from './room/claims.js';

/** The pages a room has besides the editor. */
export type RoomPage = 'participant' | 'review' | 'screen';

/**
 * Opens a participant's page (phone or laptop), a partner's review page or the projector's screen: each its own small
 * page, never the editor. Loaded by `main.tsx` for those addresses only.
 */
export async function startRoomPage(page: RoomPage, inRoom: RoomInAddress): Promise<void> {
  const root = createRoot(window.document.getElementById('root')!);
  const patterns = loadHyphenation(startLanguage());
  if (page === 'participant') {
    const [{ ParticipantApp }] = await Promise.all([import('./room/ParticipantApp.js'), patterns]);
    root.render(
      <StrictMode>
        <ParticipantApp start={interfaceLanguage()} />
      </StrictMode>,
    );
  } else if (page === 'review') {
    // A partner's review link: the plan to read, comment on and suggest for.
    const [{ ReviewApp }] = await Promise.all([import('./room/ReviewApp.js'), patterns]);
    root.render(
      <StrictMode>
        <ReviewApp room={inRoom.room!} token={inRoom.token!} start={interfaceLanguage()} />
      </StrictMode>,
    );
  } else {
    // The projector: the room's own screen.
    const [{ ScreenApp }] = await Promise.all([import('./room/ScreenApp.js'), patterns]);
    root.render(
      <StrictMode>
        <ScreenApp room={inRoom.room!} token={inRoom.token!} start={interfaceLanguage()} />
      </StrictMode>,
    );
  }
}
