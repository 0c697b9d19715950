// Starts a benchmark server module in a process of its own (`node <module> --serve`), so its work never
// shares the event loop or the heap of the client being measured. The child sends `{ port }` once it
// listens and answers `{ id, command }` messages with `{ id, … }`.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Resolves with the server's URL, `ask(command)` for its remote controls, and `close()`. */
export async function forkServer(moduleUrl, name) {
  const child = fork(fileURLToPath(moduleUrl), ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies = new Map();
  let sequence = 0;
  child.on('message', (message) => {
    replies.get(message.id)?.(message);
    replies.delete(message.id);
  });
  const ask = (command) =>
    new Promise((resolve) => {
      const id = ++sequence;
      replies.set(id, resolve);
      child.send({ id, command });
    });
  const { port } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    ask,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/**
 * The child's side: keeps idle connections open longer than any run, listens on a free port of
 * 127.0.0.1, tells the parent the port, answers each `{ id, command }` with `{ id, ...commands[command]() }`,
 * and exits with its parent.
 */
export function serveToParent(server, commands) {
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 130_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', ({ id, command }) => {
    const reply = commands[command];
    if (reply) process.send({ id, ...reply() });
  });
  process.on('disconnect', () => process.exit(0));
}
