// Deny by default (house rule 2): every operation declares who may call it, and anything not
// declared public refuses an anonymous caller.
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isNonNullType,
} from 'graphql';
import { JwtService } from '@nestjs/jwt';
import { SessionService } from '../../accounts/session.service';
import { createTestApp, TestApp } from '../../testing/test-app';
import { UnauthenticatedError } from '../errors/domain-errors';
import { ACCESS_KEY } from './access.decorators';
import { OrganizationScope } from './in-organization';

/** Operations anyone may call. Adding one here is a decision about personal data: review it. */
const PUBLIC_OPERATIONS = [
  'login', 'setPassword', 'publicDrive', 'requestSignUpCode', 'signUp', 'cancelSignUp', 'changeShift', 'mySignUp', 'leaderboard', 'collegeLeaderboard', 'upcomingDrives', 'publicCampaign',
  // The person's own data, each behind their /me/<token> link (the first sends that link).
  'requestMyDataLink', 'myData', 'requestMyContactCode', 'updateMyData', 'setMyMessageKind', 'withdrawMyConsent', 'eraseMyData',
  // A call-out's answer, behind the person's own link in the message (issue 23).
  'callOutAsk', 'answerCallOut',
  'teamRequestForm', 'requestTeam',
];
const GUARD_REFUSAL = new UnauthenticatedError().message;

describe('access rules', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('are declared on every resolver method and every route handler', () => {
    const discovery = new DiscoveryService(app.server.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = new Reflector();
    const undeclared: string[] = [];
    let checked = 0;
    for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      const isController = discovery.getControllers().includes(wrapper);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        const isOperation = Reflect.getMetadata('graphql:resolver_type', method) !== undefined || Reflect.getMetadata('graphql:resolve_property', method) !== undefined;
        const isRoute = isController && Reflect.getMetadata('path', method) !== undefined;
        if (!isOperation && !isRoute) continue;
        checked++;
        if (!reflector.getAllAndOverride(ACCESS_KEY, [method, prototype.constructor])) undeclared.push(`${prototype.constructor.name}.${name}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  it('refuse an anonymous caller on every operation that is not public', async () => {
    const schema = app.server.app.get(GraphQLSchemaHost).schema;
    const roots = [schema.getQueryType(), schema.getMutationType()].filter(Boolean) as GraphQLObjectType[];
    const outcomes: Record<string, string> = {};
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        const args = field.args.filter((a) => isNonNullType(a.type));
        const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
        const signature = args.length ? `(${args.map((a) => `$${a.name}: ${a.type}`).join(', ')})` : '';
        const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
        const selection = selectionFor(field.type);
        const op = root === schema.getMutationType() ? 'mutation' : 'query';
        const result = await app.gql(`${op} ${signature} { ${field.name}${call} ${selection} }`, variables);
        const error = result.errors?.[0];
        // The guard's refusal, as opposed to a public operation's own answer (a wrong password).
        outcomes[field.name] = error?.extensions.code === 'UNAUTHENTICATED' && error.message === GUARD_REFUSAL ? 'REFUSED' : 'ANSWERED';
      }
    }
    const notRefused = Object.keys(outcomes).filter((name) => outcomes[name] !== 'REFUSED');
    expect(notRefused.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('refuse a token that is not ours before reading anything: no account, not even whose the ids it names are', async () => {
    const DRIVE = `query($id: ID!) { drive(id: $id) { id } }`;
    const id = '00000000-0000-4000-8000-000000000000';
    const accounts = jest.spyOn(app.server.app.get(SessionService), 'accountOf');
    const owners = jest.spyOn(app.server.app.get(OrganizationScope), 'lookUp');
    try {
      const forged = await new JwtService({ secret: 'another-secret-that-is-long-enough-x' }).signAsync({ sub: id });
      const expired = await new JwtService({ secret: app.config.jwtSecret }).signAsync({ sub: id, exp: Math.floor(Date.now() / 1000) - 60 });
      for (const token of [forged, expired, 'not-a-jwt']) expect((await app.gql(DRIVE, { id }, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(accounts).not.toHaveBeenCalled();
      expect(owners).not.toHaveBeenCalled();
      // A token of ours is read on, and the id traced beside its account (the drive does not exist).
      expect((await app.gql(DRIVE, { id }, { token: await app.adminToken() })).data).toEqual({ drive: null });
      expect(accounts).toHaveBeenCalled();
      expect(owners).toHaveBeenCalledTimes(1);
    } finally {
      accounts.mockRestore();
      owners.mockRestore();
    }
  });
});

/** A value of the right shape for a required argument; what it names need not exist. */
function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  const scalar = (type as GraphQLScalarType).name;
  return { ID: '00000000-0000-4000-8000-000000000000', Int: 1, Float: 1, Boolean: true, DateTime: '2030-01-01T10:00:00Z' }[scalar] ?? 'x';
}

/** The smallest selection a field's type needs. */
function selectionFor(type: unknown): string {
  let t = type as { ofType?: unknown };
  while (t instanceof GraphQLNonNull || t instanceof GraphQLList) t = t.ofType as { ofType?: unknown };
  return t instanceof GraphQLObjectType ? '{ __typename }' : '';
}
