// The part of the smpp package (https://github.com/farhadi/node-smpp, no published types) that the
// journeys' SMS gateway uses: the server side, its sessions and the PDUs they carry.
declare module 'smpp' {
  import { EventEmitter } from 'events';
  import { Server as NetServer } from 'net';

  export interface ShortMessage {
    message: string | Buffer;
    /** The user data header's information elements, each [IEI, length, …data]. */
    udh?: Buffer[];
  }

  export interface PDU {
    command: string;
    command_status: number;
    system_id?: string;
    password?: string;
    source_addr?: string;
    destination_addr?: string;
    data_coding?: number;
    short_message?: ShortMessage;
    [param: string]: unknown;
    response(options?: Record<string, unknown>): PDU;
  }

  export class Session extends EventEmitter {
    send(pdu: PDU): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
  }

  export class Server extends NetServer {
    sessions: Session[];
  }

  export function createServer(options: Record<string, unknown>, listener: (session: Session) => void): Server;
  export const errors: Record<string, number>;
}
