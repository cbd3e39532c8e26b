import { IncomingMessage, ServerResponse } from 'http';
import { Socket } from 'net';
import { constructorWithPrototype } from './http-server';

describe('constructorWithPrototype', () => {
  it("makes Node's request and response with the prototype given, initialized as Node makes them", () => {
    const requestPrototype = Object.create(IncomingMessage.prototype, { app: { value: 'express app' } });
    const Request = constructorWithPrototype(IncomingMessage, requestPrototype) as typeof IncomingMessage;
    const socket = new Socket();
    const req = new Request(socket);
    expect(Object.getPrototypeOf(req)).toBe(requestPrototype);
    expect(req).toBeInstanceOf(IncomingMessage);
    expect(req.socket).toBe(socket);
    expect(req.headers).toEqual({});

    const responsePrototype = Object.create(ServerResponse.prototype);
    const Response = constructorWithPrototype(ServerResponse, responsePrototype) as typeof ServerResponse;
    const res = new Response(req);
    expect(Object.getPrototypeOf(res)).toBe(responsePrototype);
    expect(res.req).toBe(req);
    expect(res.statusCode).toBe(200);
    socket.destroy();
  });

  it('gives up on a class, which cannot be called on an object it did not make', () => {
    class Modern {}
    expect(constructorWithPrototype(Modern, Object.create(Modern.prototype))).toBeNull();
  });
});
