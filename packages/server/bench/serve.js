// A room server (or the bare fan-out peer) in its own process, for the room benchmark: prints its address as one JSON line.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { startRoomServer } from '../dist/index.js';

if (process.argv[2] === 'peer') {
  // The floor: a WebSocket server that passes every message on to the other sockets of the same room, and does nothing else.
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const rooms = new Map();
  wss.on('connection', (socket, request) => {
    const room = request.url ?? '/';
    if (!rooms.has(room)) rooms.set(room, new Set());
    const members = rooms.get(room);
    members.add(socket);
    socket.on('message', (data, binary) => {
      for (const other of members) if (other !== socket && other.readyState === 1) other.send(data, { binary });
    });
    socket.on('close', () => members.delete(socket));
  });
  http.listen(0, '127.0.0.1', () => process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${http.address().port}` }) + '\n'));
} else {
  const server = await startRoomServer({ port: 0, data: mkdtempSync(join(tmpdir(), 'vl-bench-')), quiet: true });
  process.stdout.write(JSON.stringify({ url: server.url }) + '\n');
}
