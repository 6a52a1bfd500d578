import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../core/errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}.` })
  first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}.` })
  last?: number | null;
  @Field(() => String, { nullable: true }) before?: string | null;
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when the field is requested (GraphQL calls the function). */
  totalCount: () => Promise<number>;
};

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [nodeType]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return { Edge, Connection: ConnectionType };
}

type Cursor = [string | number, string];

function encodeCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

function decodeCursor(cursor: string, argName: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed[1])
    ) {
      return parsed as Cursor;
    }
  } catch {
    // fall through
  }
  throw badUserInput(
    `"${argName}" is not a valid cursor. Use a cursor from a previous page.`,
    argName,
  );
}

export function validatePageArgs(args: ConnectionArgs): { size: number; backward: boolean } {
  const { first, last } = args;
  if (first != null && last != null) throw badUserInput('Pass either "first" or "last", not both.');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`"${name}" must be between 0 and ${MAX_PAGE_SIZE}.`, name);
    }
  }
  const backward = last != null || (args.before != null && first == null);
  return { size: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, backward };
}

/**
 * Keyset pagination on (sortField, id). The tenant filter (and RLS) still applies, so a cursor
 * taken from another site can only ever position the page, never reveal that site's rows.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  sortField: keyof T & string,
  args: ConnectionArgs,
  order: 'asc' | 'desc' = 'asc',
  /** Relations loaded in the same statement (joined), for the fields a list always shows. */
  populate: readonly string[] = [],
): Promise<Connection<T>> {
  const { size, backward } = validatePageArgs(args);
  const [after, before] = order === 'asc' ? (['$gt', '$lt'] as const) : (['$lt', '$gt'] as const);
  const conditions: FilterQuery<T>[] = [where];
  const keyset = (cursor: string, argName: string, op: '$gt' | '$lt') => {
    const [value, id] = decodeCursor(cursor, argName);
    conditions.push({
      $or: [{ [sortField]: { [op]: value } }, { [sortField]: value, id: { [op]: id } }],
    } as FilterQuery<T>);
  };
  if (args.after) keyset(args.after, 'after', after);
  if (args.before) keyset(args.before, 'before', before);
  const flip = (d: 'asc' | 'desc') => (d === 'asc' ? 'desc' : 'asc');
  const direction = backward ? flip(order) : order;
  // One transaction holds one connection: run the two statements one after the other.
  const rows = await em.find(entity, { $and: conditions } as FilterQuery<T>, {
    orderBy: { [sortField]: direction, id: direction } as never,
    limit: size + 1,
    ...(populate.length ? { populate: populate as never, strategy: 'joined' as const } : {}),
  });
  const totalCount = () => em.count(entity, where);
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map(node => ({ node, cursor: encodeCursor(node[sortField], node.id) }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: backward ? Boolean(args.before) : hasMore,
    hasPreviousPage: backward ? hasMore : Boolean(args.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return { edges, nodes: page, pageInfo, totalCount };
}

/** Maps the nodes of a page (entities) to their GraphQL projection. */
export function mapConnection<T, U>(page: Connection<T>, project: (node: T) => U): Connection<U> {
  return {
    ...page,
    edges: page.edges.map(e => ({ cursor: e.cursor, node: project(e.node) })),
    nodes: page.nodes.map(project),
  };
}
