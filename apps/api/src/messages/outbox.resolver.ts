import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { LOCALES } from '@life-relay/domain';
import { MessageRenderer } from './rendering/message-renderer.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Organizers } from '../common/auth/access.decorators';
import { InvalidInputError } from '../common/errors/domain-errors';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/connection';
import { OutboxMessage, OutboxMessageConnection, OutboxState } from './dto/outbox.types';

/** Manage links are keys to someone's sign-up: the Outbox shows that one was sent, not the key. */
function maskLinks(text: string | null): string | null {
  return text && text.replace(/(\/m\/)[\w-]{20,}/g, '$1••••••');
}

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
    const params: unknown[] = [state ?? null, purpose ?? null, recipient?.trim().toLowerCase() || null];
    const where = `($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR purpose = $2) AND ($3::text IS NULL OR lower(recipient) = $3)`;
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM outbox WHERE ${where}`, params);
    let cursor = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['string', 'string']) as string[];
      if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/i.test(id)) throw InvalidInputError.field('after', 'invalidValue');
      params.push(createdAt, id);
      cursor = `AND (created_at, id) < ($4::timestamptz, $5::uuid)`;
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query(
      `SELECT id, purpose, recipient, locale, state, attempts, last_error, subject, rendered->>'text' AS body, created_at, send_after, sent_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key
         FROM outbox WHERE ${where} ${cursor} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const messages: OutboxMessage[] = rows.map((r: Record<string, never>) => ({
      id: r.id,
      purpose: r.purpose,
      recipient: r.recipient,
      locale: r.locale,
      state: r.state,
      attempts: r.attempts,
      lastError: r.last_error,
      subject: r.subject,
      body: maskLinks(r.body),
      createdAt: r.created_at,
      sendAfter: r.send_after,
      sentAt: r.sent_at,
      sortKey: r.sort_key,
    }));
    return toConnection(messages, limit, count, (m) => encodeCursor([m.sortKey, m.id]));
  }
}
