import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { armor, LIMITS, oneLoginPerRequest } from './limits.js';

// A recursive schema reaches depths and costs that Horae's own schema cannot express yet.
const WIDE_FIELDS = Array.from({ length: 30 }, (_, i) => `f${i}`);
const WIDE = WIDE_FIELDS.map(f => `${f}: [Node!]!`).join(' ');
const schema = buildSchema(`
  type Node { id: ID! name: String child: Node children: [Node!]! ${WIDE} }
  type Query { node: Node }
  type Mutation { login(password: String!): Boolean }
`);

function nested(depth: number): string {
  let q = 'id';
  for (let i = 1; i < depth; i++) q = `child { ${q} }`;
  return `{ node { ${q} } }`;
}

function check(query: string) {
  const { validationRules } = armor();
  return validate(schema, parse(query), [...validationRules, oneLoginPerRequest]).map(
    e => e.message,
  );
}

describe('GraphQL request limits (SECURITY.md)', () => {
  it(`accepts depth ${LIMITS.depth} and refuses depth ${LIMITS.depth + 1}`, () => {
    expect(check(nested(LIMITS.depth - 1))).toEqual([]);
    const errors = check(nested(LIMITS.depth + 1));
    expect(errors).toHaveLength(1);
    // The limit itself is not echoed to the caller.
    expect(errors.join()).not.toContain(String(LIMITS.depth));
  });

  it('counts fragments by what they select, not as extra levels', () => {
    const viaFragments = `
      fragment Inner on Node { child { child { id } } }
      fragment Outer on Node { child { ...Inner } }
      { node { child { ...Outer } } }`;
    expect(check(viaFragments)).toEqual([]); // node, child, child, child, child, id: depth 6
    const tooDeep = viaFragments.replace('child { id }', 'child { child { id } }');
    expect(check(tooDeep)).toHaveLength(1);
  });

  it(`accepts ${LIMITS.aliases} aliases and refuses ${LIMITS.aliases + 1}`, () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(check(aliases(LIMITS.aliases))).toEqual([]);
    expect(check(aliases(LIMITS.aliases + 1))).toHaveLength(1);
  });

  it(`refuses more than ${LIMITS.directives} directives`, () => {
    const directives = (n: number) =>
      Array.from({ length: n }, () => '@include(if: true)').join(' ');
    expect(check(`{ node { id ${directives(LIMITS.directives)} } }`)).toEqual([]);
    expect(check(`{ node { id ${directives(LIMITS.directives + 1)} } }`)).toHaveLength(1);
  });

  it(`refuses a query costing more than ${LIMITS.cost}`, () => {
    // 30 x 30 list fields, no aliases and depth 4: only the cost rule can object.
    const wide = WIDE_FIELDS.map(f => `${f} { ${WIDE_FIELDS.map(g => `${g} { id }`).join(' ')} }`);
    expect(check(`{ node { ${wide.join(' ')} } }`)).toHaveLength(1);
    expect(check(`{ node { ${wide[0]} } }`)).toEqual([]);
  });

  it('allows a single login field per mutation', () => {
    expect(check('mutation { login(password: "a") }')).toEqual([]);
    expect(check('mutation { a: login(password: "a") b: login(password: "b") }').join()).toMatch(
      /one sign-in attempt/,
    );
  });
});
