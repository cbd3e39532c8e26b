// The HTTP server under Nest's Express adapter, made with Express's own request and response.
//
// Express gives each request its methods (req.get, res.json, …) by changing the prototype of the
// request and response objects Node made (`Object.setPrototypeOf` in its app.handle), and V8 makes
// an object whose prototype changed slower to use and to collect. Node lets a server say what to
// make them with (the IncomingMessage and ServerResponse options): made with Express's prototypes
// already, Express's change sets the prototype they have, which does nothing.
//
// Measured (bench/README.md, issue 24 round twelve), one kept-alive client asking `{ __typename }`
// one request at a time, three alternations: the API's CPU a request 0.42–0.52 → 0.30–0.34 ms.
// A plain Express app with our middleware promoted about 1 MB of its requests' objects per young
// collection before, 0.1–0.2 MB after.
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';
import { createServer, IncomingMessage, ServerResponse } from 'http';

/** Node's request and response constructors, called on an object made with another prototype. */
type Initializer = (this: object, first: unknown, second: unknown) => void;

/**
 * A constructor that makes what `Base` makes, with `prototype` as its instances' prototype
 * itself (not an object derived from it): a function, since a class's prototype cannot be set.
 * `prototype` must inherit from Base.prototype (Express's request and response do, from Node's).
 * Null when Base is a class, which cannot be called on an object it did not make.
 *
 * `Base.call(this, …)`, not `Reflect.construct(Base, args, …)`: the latter made the
 * API's requests dearer than Express's own prototype change did (measured, round twelve).
 */
export function constructorWithPrototype<T extends new (...args: never[]) => object>(Base: T, prototype: object): T | null {
  if (/^class\b/.test(Function.prototype.toString.call(Base))) return null;
  const initialize = Base as unknown as Initializer;
  function WithPrototype(this: object, first: unknown, second: unknown) {
    initialize.call(this, first, second);
  }
  WithPrototype.prototype = prototype;
  return WithPrototype as unknown as T;
}

export class AppExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    // HTTPS and tracked connections are made by Nest as before (neither is used here).
    if (options?.httpsOptions || options?.forceCloseConnections) return super.initHttpServer(options);
    const app = this.getInstance<Express>();
    const Request = constructorWithPrototype(IncomingMessage, app.request);
    const Response = constructorWithPrototype(ServerResponse, app.response);
    // A Node whose request or response is a class: Express changes their prototypes, as it did.
    if (!Request || !Response) return super.initHttpServer(options);
    this.httpServer = createServer({ IncomingMessage: Request, ServerResponse: Response as typeof ServerResponse }, app);
  }
}
