import { decodeBody } from './response-body.js';

/**
 * A `Response` over a body that was already read whole, whose `text()`, `json()` and
 * `arrayBuffer()` read those bytes directly. undici gives every `Response` with a body a
 * `ReadableStream` (on Node 20 also made transferable) and reads it back chunk by chunk: about two
 * thirds of what our layer adds to a small GET. Everything else (`body`, `blob()`, `formData()`,
 * `bytes()`, `clone()` once read) goes through a standard `Response` of the same bytes, made on
 * first use, so middleware sees standard behaviour either way.
 *
 * The class is defined on first use: `extends Response` at import would load Node's fetch
 * implementation (undici) in every process that imports a client, whether it sends or not.
 */
export function bufferedResponse(bytes: ArrayBuffer, init: ResponseInit): Response {
  BufferedResponse ??= defineBufferedResponse();
  return new BufferedResponse(bytes, init);
}

let BufferedResponse: (new (bytes: ArrayBuffer, init: ResponseInit) => Response) | undefined;

const defineBufferedResponse = () =>
  class BufferedResponse extends Response {
    readonly #bytes: ArrayBuffer;
    #read = false;
    #standard: Response | undefined;

    constructor(bytes: ArrayBuffer, init: ResponseInit) {
      super(null, init);
      this.#bytes = bytes;
    }

    override get body(): Response['body'] {
      return this.#standardResponse().body;
    }

    override get bodyUsed(): boolean {
      return this.#standard ? this.#standard.bodyUsed : this.#read;
    }

    override async text(): Promise<string> {
      return this.#standard ? this.#standard.text() : decodeBody(this.#take());
    }

    override async json(): Promise<any> {
      return this.#standard ? this.#standard.json() : JSON.parse(decodeBody(this.#take()));
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      return this.#standard ? this.#standard.arrayBuffer() : this.#take().slice(0);
    }

    override async bytes(): ReturnType<Response['bytes']> {
      return this.#standard ? this.#standard.bytes() : new Uint8Array(this.#take().slice(0));
    }

    override blob(): Promise<Blob> {
      return this.#standardResponse().blob();
    }

    override formData(): Promise<FormData> {
      return this.#standardResponse().formData();
    }

    override clone(): Response {
      if (this.#standard || this.#read) return this.#standardResponse().clone();
      return new BufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers });
    }

    #take(): ArrayBuffer {
      if (this.#read) throw new TypeError('Body is unusable: Body has already been read');
      this.#read = true;
      return this.#bytes;
    }

    /** The standard Response in the same state: its body already read if this one's was. */
    #standardResponse(): Response {
      if (!this.#standard) {
        this.#standard = new Response(this.#bytes.slice(0), { status: this.status, statusText: this.statusText, headers: this.headers });
        if (this.#read) this.#standard.arrayBuffer().catch(() => {});
      }
      return this.#standard;
    }
  };
