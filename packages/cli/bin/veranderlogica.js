#!/usr/bin/env node
import { main } from '../dist/index.js';

// A reader that stops early (`veranderlogica validate … | head -1`) closes the pipe: what is left is not written,
// and the command still ends with its own exit code, quietly.
let closed = false;
const write = (stream) => (text) => {
  if (!closed) stream.write(text);
};
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });

process.exitCode = await main(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  env: process.env,
});
