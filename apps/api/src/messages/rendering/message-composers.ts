// Messages whose words a feature above messages supplies (the layers run one way, so the
// renderer cannot call it): the feature registers, for its purpose, what the message says and the
// keys it mints for it as it is sent. Privacy's data link (MY_DATA_LINK) is one.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale } from '@life-relay/domain';
import type { OutboxRow } from './message-renderer.service';

/** What a message says (its template's context) and the tokens minted for it, masked in the copy its row keeps. */
export interface ComposedMessage {
  context: object;
  secrets: string[];
}

/** Composes an outbox row's message as it is sent; null: no longer worth sending (SKIPPED). */
export type MessageComposer = (tx: EntityManager, row: OutboxRow, locale: Locale) => Promise<ComposedMessage | null>;

@Injectable()
export class MessageComposers {
  private readonly composers = new Map<string, MessageComposer>();

  register(purpose: string, composer: MessageComposer): void {
    if (this.composers.has(purpose)) throw new Error(`${purpose} has a composer already`);
    this.composers.set(purpose, composer);
  }

  of(purpose: string): MessageComposer | undefined {
    return this.composers.get(purpose);
  }
}
