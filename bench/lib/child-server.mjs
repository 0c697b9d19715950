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
