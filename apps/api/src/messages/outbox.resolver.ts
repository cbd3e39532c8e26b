import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { LOCALES } from '@life-relay/domain';
import { maskKeyLinks } from './rendering/key-links';
import { MessageRenderer } from './rendering/message-renderer.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Organizers } from '../common/auth/access.decorators';
import { InvalidInputError } from '../common/errors/domain-errors';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/connection';
import { Outbox } from '../outbox/outbox.repository';
import { OutboxMessage, OutboxMessageConnection, OutboxState } from './dto/outbox.types';

@ObjectType()
export class MessagePreview {
  @Field()
  purpose: string;

  @Field()
  locale: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field()
  html: string;
}

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: MessageRenderer,
    private readonly messages: Outbox,
  ) {}

  @Organizers()
  @Query(() => [MessagePreview], { description: 'Organizers: every message template, filled with sample data, in both languages.' })
  messagePreviews(): MessagePreview[] {
    return MessageRenderer.PURPOSES.flatMap((purpose) =>
      LOCALES.map((locale) => ({ purpose, locale, ...this.renderer.preview(purpose, locale) })),
    );
  }

  @Organizers()
  @Query(() => OutboxMessageConnection, { description: 'Organizers: every message and its delivery state, newest first.' })
  async outbox(
    @Args('state', { type: () => OutboxState, nullable: true }) state?: OutboxState,
    @Args('purpose', { nullable: true }) purpose?: string,
    @Args('recipient', { nullable: true }) recipient?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<OutboxMessage>> {
    const limit = pageSize(first);
    const filter = { state: state ?? null, purpose: purpose ?? null, recipient: recipient?.trim().toLowerCase() || null };
    let cursor: { createdAt: string; id: string } | null = null;
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['string', 'string']) as string[];
      if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/i.test(id)) throw InvalidInputError.field('after', 'invalidValue');
      cursor = { createdAt, id };
    }
    const { count, rows } = await this.messages.page(this.dataSource.manager, filter, cursor, limit);
    const messages: OutboxMessage[] = rows.map((r) => ({
      id: r.id,
      purpose: r.purpose,
      channel: r.channel,
      recipient: r.recipient,
      locale: r.locale,
      state: r.state as OutboxState,
      attempts: r.attempts,
      lastError: r.last_error,
      subject: r.subject,
      // Stored masked already; masked again so that no key shows, whatever wrote the row.
      body: r.body && maskKeyLinks(r.body),
      createdAt: r.created_at,
      sendAfter: r.send_after,
      sentAt: r.sent_at,
      sortKey: r.sort_key,
    }));
    return toConnection(messages, limit, count, (m) => encodeCursor([m.sortKey, m.id]));
  }
}
