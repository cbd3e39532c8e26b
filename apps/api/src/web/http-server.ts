// The HTTP server under Nest's Express adapter, made with Express's own request and response.
//
// Express gives each request its methods (req.get, res.json, …) by changing the prototype of the
// request and response objects Node made (`Object.setPrototypeOf` in its app.handle). V8 then
// keeps those objects, and everything a request hangs on them, through a young-generation
// collection they would not otherwise survive: they were promoted to the old generation and
// left for the next full collection. Node lets a server say which classes to make them with
// (the IncomingMessage and ServerResponse options): made with Express's prototypes, the change
// Express makes is to the prototype they already have, which does nothing.
//
// Measured (bench/README.md, issue 24 round twelve): a plain Express app with helmet, compression
// and the JSON parser promoted about 1 MB per young collection under one keep-alive client and
// answered 10.3–10.8 k requests in 5 s; with these classes about 0.1–0.2 MB, and 12.6–13.6 k.
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';
import { createServer, IncomingMessage, ServerResponse } from 'http';

/**
 * A constructor for `Base` whose instances' prototype is `prototype` itself, not an object
 * derived from it: a function, since a class's prototype cannot be set. `prototype` must inherit
 * from Base.prototype (Express's request and response do, from Node's).
 */
export function constructorWithPrototype<T extends new (...args: never[]) => object>(Base: T, prototype: object): T {
  function WithPrototype(...args: unknown[]) {
    return Reflect.construct(Base, args, WithPrototype);
  }
  WithPrototype.prototype = prototype;
  return WithPrototype as unknown as T;
}

export class AppExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    // HTTPS and tracked connections are made by Nest as before (neither is used here).
    if (options?.httpsOptions || options?.forceCloseConnections) return super.initHttpServer(options);
    const app = this.getInstance<Express>();
    this.httpServer = createServer(
      {
        IncomingMessage: constructorWithPrototype(IncomingMessage, app.request),
        ServerResponse: constructorWithPrototype(ServerResponse, app.response) as typeof ServerResponse,
      },
      app,
    );
  }
}
