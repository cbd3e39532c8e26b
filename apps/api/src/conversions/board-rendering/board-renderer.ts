// Long boards answered by the board worker (board-worker.ts), off the event loop.
//
// A whole board (every team: "Show all", a screen on the wall) is some 2,000 rows that pg parses
// and graphql-js completes on the event loop, about 40 ms of it however finely sliced; a sign-up
// arriving meanwhile waits (bench/README.md, issue 24). Here the board's rows are read, its
// selection completed and its JSON written by a worker thread, which the operating system can
// run on another core; the event loop only passes the text on (common/graphql/rendered-lists.ts).
// Who may see the board is decided before, by the resolver, as for any board.
//
// The top of a board (at most AT_ONCE_ROWS, what phones and dashboards ask for) is answered on
// the event loop as before: a round trip to the worker costs more than it saves. So is a board
// whose selection needs the app (list-selection.ts), and any board while the worker fails: the
// answer never depends on it.
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { listSelection, schemaSdl } from '../../common/graphql/list-selection';
import { answerRendered } from '../../common/graphql/rendered-lists';
import { AT_ONCE_ROWS, slicedList } from '../../common/graphql/sliced-list';
import { WorkerClient } from '../../common/workers/worker-client';
import type { Board } from '../board-length';
import { ConversionsService } from '../conversions.service';
import type { CollegeLeaderboardRow, LeaderboardRow } from '../dto/conversion.types';
import type { BoardQuery } from '../ranked-boards';
import { BOARD_ROW_FIELDS, BoardTask, BoardWorkerData } from './board-task';

/** Where a board field is being resolved: its request's GraphQL context and the field's info. */
export interface BoardField {
  context: object;
  info: GraphQLResolveInfo;
}

@Injectable()
export class BoardRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(BoardRenderer.name);
  private readonly worker: WorkerClient<BoardTask, string>;
  /** The schema the worker completes selections against: the one of the first board it gets. */
  private sdl = '';
  private rendered = 0;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly conversions: ConversionsService,
  ) {
    const databaseUrl = (dataSource.options as PostgresConnectionOptions).url;
    this.worker = new WorkerClient(`${__dirname}/board-worker`, () => {
      if (!databaseUrl) throw new Error('The board worker needs the database URL');
      return { databaseUrl, sdl: this.sdl } satisfies BoardWorkerData;
    });
  }

  /** Boards whose JSON the worker wrote, since the start (for the tests). */
  get boardsRendered(): number {
    return this.rendered;
  }

  /** A team board as its field answers it: from the worker when it is long and may be, else computed here. */
  teams(board: Omit<BoardQuery, 'kind'>, field: BoardField): Promise<Board<LeaderboardRow>> {
    return this.answer({ ...board, kind: 'teams' }, field, () => this.conversions.rankedBoard({ ...board, kind: 'teams' }));
  }

  /** A college board, as teams() answers a team board. */
  colleges(board: Omit<BoardQuery, 'kind'>, field: BoardField): Promise<Board<CollegeLeaderboardRow>> {
    return this.answer({ ...board, kind: 'colleges' }, field, () => this.conversions.rankedBoard({ ...board, kind: 'colleges' }));
  }

  onModuleDestroy(): Promise<void> {
    return this.worker.stop();
  }

  private async answer<Row>(board: BoardQuery, { context, info }: BoardField, computeHere: () => Promise<Row[]>): Promise<Board<Row>> {
    const selection = board.length > AT_ONCE_ROWS ? listSelection(info, board.kind, BOARD_ROW_FIELDS) : null;
    if (selection) {
      try {
        this.sdl ||= schemaSdl(info.schema);
        const json = await this.worker.run({ board, document: selection.document, variables: selection.variables });
        this.rendered++;
        return answerRendered(context, info, json);
      } catch (error) {
        this.logger.warn(`A board was computed on the event loop: its worker failed (${error instanceof Error ? error.message : error})`);
      }
    }
    return slicedList(await computeHere());
  }
}
