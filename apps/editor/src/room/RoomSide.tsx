import { lazy, Suspense, type ComponentProps } from 'react';
import type { RoomControls as Controls } from './RoomControls.js';
import type { RoomConnection } from './connection.js';

// The facilitator's controls and the screen's banner load with the room they belong to.
const RoomControls = lazy(() => import('./RoomControls.js').then((module) => ({ default: module.RoomControls })));
const RoomScreen = lazy(() => import('./RoomControls.js').then((module) => ({ default: module.RoomScreen })));

/** The room in the editor's right column: the facilitator's controls, or the banner of a screen that shows the room. */
export function RoomSide({ room, store, capture }: { room: RoomConnection } & Omit<ComponentProps<typeof Controls>, 'connection'>) {
  return (
    <Suspense>
      {room.claims.role === 'facilitator' ? (
        <RoomControls connection={room} store={store} capture={capture} />
      ) : (
        <RoomScreen connection={room} />
      )}
    </Suspense>
  );
}
